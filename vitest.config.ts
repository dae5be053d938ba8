import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Next.js resolves this to an empty module on the server; tests run server code directly.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/server-only.ts'),
    },
  },
  // Tests render no CSS; an empty PostCSS config keeps Tailwind's native modules out of the run.
  css: { postcss: {} },
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**', '.data/**'],
    globalSetup: ['lib/testing/global-setup.ts'],
    setupFiles: ['lib/testing/database-per-file.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
