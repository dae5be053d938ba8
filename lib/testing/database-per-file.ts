// Before each test file: a fresh database copied from the seeded template, its own Meilisearch
// index prefix and its own data directory, all named in process.env before any app module reads
// them. After the file: what app modules remember is written or forgotten and the database dropped.
// Most files share their worker's modules with the files before them (vitest.config.ts), so
// nothing a file changed may reach the next one: not the environment, not a module's state.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { stopCacheListener } from '../cache/broadcast';
import { flushAllWritesBehind } from '../db/write-behind';
import { forgetAll } from '../runtime/between-tests';
import { postgresUrl } from '../runtime/postgres';

const TEMPLATE_DB = 'haat_template';
const name = `t_${randomBytes(6).toString('hex')}`;
const port = inject('pgPort');
const password = inject('pgPassword');

// The environment as the worker started, before any file set or deleted a variable.
const BASE_ENV = Symbol.for('haat.testing.baseEnv');
const startEnv = ((globalThis as Record<symbol, NodeJS.ProcessEnv | undefined>)[BASE_ENV] ??= { ...process.env });
for (const key of Object.keys(process.env)) if (!(key in startEnv)) delete process.env[key];

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl(port, password, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Copies of one template cannot start at the same instant; retry briefly when another file is.
// FILE_COPY copies the template's files as they are instead of writing every page through the WAL
// (PostgreSQL's default since 15): on the 2-core machine the unit run took 25 CPU-s less (of ~375).
for (let attempt = 0; ; attempt++) {
  try {
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB} STRATEGY FILE_COPY`));
    break;
  } catch (e) {
    if (attempt > 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}

const dataDir = path.join(inject('tmpDir'), 'files', name);
await mkdir(dataDir, { recursive: true });
Object.assign(process.env, {
  ...startEnv,
  HAAT_ENV: 'test',
  DATABASE_URL: postgresUrl(port, password, name),
  MEILI_HOST: inject('meiliHost'),
  MEILI_MASTER_KEY: inject('meiliKey'),
  MEILI_INDEX_PREFIX: `${name}_`,
  HAAT_DATA_DIR: dataDir,
});
// A timer or a request the file before left running may have read the settings while this one's
// database was being made (the environment then held neither): forget it again, now they are set.
forgetAll();

afterAll(async () => {
  // Buffered writes go to this file's database, and nothing may reconnect to it once dropped.
  await flushAllWritesBehind();
  await stopCacheListener();
  const cache = globalThis as { haatDb?: { $disconnect(): Promise<void> } };
  await cache.haatDb?.$disconnect();
  delete cache.haatDb;
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  // What app modules remember (they stay loaded for the next file): see lib/runtime/between-tests.ts.
  forgetAll();
});

export const testDatabaseName = name;
