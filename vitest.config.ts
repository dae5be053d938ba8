import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // Next.js resolves this to an empty module on the server; tests run server code directly.
      { find: 'server-only', replacement: path.resolve(import.meta.dirname, 'lib/testing/server-only.ts') },
      // next-auth imports these without the file extension Node's ESM resolver needs.
      { find: /^next\/(server|headers|navigation)$/, replacement: 'next/$1.js' },
    ],
  },
  // Let Vite (not Node) load next-auth and next-intl (proxy.test.ts) so the aliases above apply inside them.
  ssr: { noExternal: ['next-auth', '@auth/core', '@auth/prisma-adapter', 'next-intl'] },
  // Tests render no CSS; an empty PostCSS config keeps Tailwind's native modules out of the run.
  css: { postcss: {} },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    globalSetup: ['lib/testing/global-setup.ts'],
    setupFiles: ['lib/testing/database-per-file.ts'],
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where these
    // tests spend much of their time waiting on PostgreSQL and Meilisearch. Each file has a
    // database and an index prefix of its own, so files run side by side safely.
    maxWorkers: os.availableParallelism() + 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
