// Before each test file: a fresh database copied from the seeded template, its own Meilisearch
// index prefix and its own data directory, all named in process.env before any app module reads
// them. After the file: the database is dropped.
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { postgresUrl } from '../runtime/postgres';

const TEMPLATE_DB = 'haat_template';
const name = `t_${randomBytes(6).toString('hex')}`;
const port = inject('pgPort');
const password = inject('pgPassword');

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
for (let attempt = 0; ; attempt++) {
  try {
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
    break;
  } catch (e) {
    if (attempt > 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}

const dataDir = path.join(inject('tmpDir'), 'files', name);
await mkdir(dataDir, { recursive: true });
Object.assign(process.env, {
  HAAT_ENV: 'test',
  DATABASE_URL: postgresUrl(port, password, name),
  MEILI_HOST: inject('meiliHost'),
  MEILI_MASTER_KEY: inject('meiliKey'),
  MEILI_INDEX_PREFIX: `${name}_`,
  HAAT_DATA_DIR: dataDir,
});

afterAll(async () => {
  const cached = (globalThis as { haatDb?: { $disconnect(): Promise<void> } }).haatDb;
  await cached?.$disconnect();
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
});

export const testDatabaseName = name;
