import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const root = import.meta.dirname;
const include = ['**/*.test.ts', '**/*.test.tsx'];
const exclude = ['node_modules/**', 'e2e/**', '.next/**', '.data/**'];

// Test files that replace modules or globals (vi.mock, spies, stubbed env or timers) need a fresh
// module registry of their own; the rest share one per worker (see `shared` below).
const MOCKS = /\bvi\.(mock|doMock|spyOn|stubEnv|stubGlobal|useFakeTimers)\(/;
// So do the files that set the environment their modules read as they load (vi.hoisted) or load
// them again (vi.resetModules): in a shared worker a module another file loaded, or a timer it
// left running, may have read the settings first (lib/payments/stripe-webhook.test.ts saw 503s).
const RELOADS = /\bvi\.(hoisted|resetModules)\(/;
// So do the files that run Prisma's schema engine (WebAssembly, one instance per worker): after a
// file that migrated, restored or diffed a database, the next one's calls fail inside the engine.
const SCHEMA_ENGINE = /\b(applyMigrations|pendingSchemaSql|restoreBackup)\(/;
// Files that count their process's CPU need a process of their own: in a worker thread the count
// would include the files running in the other threads (prisma/demo-pictures/pictures.test.ts).
const OWN_PROCESS = /\bprocess\.cpuUsage\(/;
const testFiles = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file) && !/^(node_modules|e2e|\.next|\.data)\//.test(file))
  .map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
const ownProcess = testFiles.filter(({ text }) => OWN_PROCESS.test(text)).map(({ file }) => file);
const isolated = testFiles.filter(({ file, text }) => !ownProcess.includes(file) && (MOCKS.test(text) || RELOADS.test(text) || SCHEMA_ENGINE.test(text))).map(({ file }) => file);

const common = {
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Next.js resolves this to an empty module on the server; tests run server code directly.
      { find: 'server-only', replacement: path.resolve(root, 'lib/testing/server-only.ts') },
      // next-auth imports these without the file extension Node's ESM resolver needs.
      { find: /^next\/(server|headers|navigation)$/, replacement: 'next/$1.js' },
    ],
  },
  // Let Vite (not Node) load next-auth and next-intl (proxy.test.ts) so the aliases above apply inside them.
  ssr: { noExternal: ['next-auth', '@auth/core', '@auth/prisma-adapter', 'next-intl'] },
  // Tests render no CSS; an empty PostCSS config keeps Tailwind's native modules out of the run.
  css: { postcss: {} },
} satisfies TestProjectInlineConfiguration;

const test = {
  setupFiles: ['lib/testing/database-per-file.ts'],
  // Worker threads, not forked processes: a file (or a shared worker) starts in a thread of the one
  // process, with its own modules and its own copy of the environment. Measured on the 2-core
  // machine, the whole run: 345 → 265 CPU-s and 196 → 148 s.
  pool: 'threads',
  // Vitest's default is one worker fewer than the cores: one on a 2-core machine, where these
  // tests spend much of their time waiting on PostgreSQL and Meilisearch. Each file has a
  // database and an index prefix of its own, so files run side by side safely.
  maxWorkers: os.availableParallelism() + 1,
  testTimeout: 30_000,
  hookTimeout: 120_000,
} satisfies TestProjectInlineConfiguration['test'];

export default defineConfig({
  ...common,
  test: {
    ...test,
    // Started once (by the root project) for the projects below.
    globalSetup: ['lib/testing/global-setup.ts'],
    projects: [
      // Most files: one thread per worker runs file after file with the modules it loaded (app
      // code, the Prisma client) kept, so a file no longer pays a worker of its own and the loading
      // of those modules. database-per-file.ts gives each file its fresh database and resets
      // what the modules remember between files.
      { ...common, test: { ...test, name: 'shared', include, exclude: [...exclude, ...isolated, ...ownProcess], isolate: false } },
      { ...common, test: { ...test, name: 'isolated', include: isolated, exclude } },
      { ...common, test: { ...test, name: 'own process', include: ownProcess, exclude, pool: 'forks' } },
    ],
  },
});
