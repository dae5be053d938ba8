// Starts the real servers the tests use: a throwaway PostgreSQL and Meilisearch on free ports in
// a temporary directory, so runs never touch .data/ and can run side by side. A template database
// gets the migrations and the base seed once; each test file then copies it (database-per-file.ts).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../db/migrate';
import { createDb } from '../db/client';
import { startMeilisearch } from '../runtime/meilisearch';
import { freePort } from '../runtime/ports';
import { startPostgres } from '../runtime/postgres';
import { seedBase } from '../../prisma/seed/index';

export const TEMPLATE_DB = 'haat_template'; // also named in database-per-file.ts

declare module 'vitest' {
  export interface ProvidedContext {
    pgPort: number;
    pgPassword: string;
    meiliHost: string;
    meiliKey: string;
    tmpDir: string;
  }
}

export default async function setup(project: TestProject) {
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'haat-test-'));
  const pgPassword = randomBytes(12).toString('hex');
  const meiliKey = randomBytes(16).toString('hex');
  const started = await Promise.allSettled([
    startPostgres({ dataDir: path.join(tmpDir, 'pg'), port: await freePort(), password: pgPassword, database: TEMPLATE_DB, ephemeral: true }),
    startMeilisearch({ dataDir: path.join(tmpDir, 'meili'), port: await freePort(), masterKey: meiliKey }),
  ]);
  // If one of the two failed to start, stop the other: a failed run leaves no server behind.
  if (started.some((r) => r.status === 'rejected')) {
    await Promise.allSettled(started.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
    await rm(tmpDir, { recursive: true, force: true });
    throw (started.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
  }
  const [pg, meili] = started.map((r) => (r as PromiseFulfilledResult<unknown>).value) as [Awaited<ReturnType<typeof startPostgres>>, Awaited<ReturnType<typeof startMeilisearch>>];
  await applyMigrations(pg.url);
  const db = createDb(pg.url, 2);
  await seedBase(db);
  await db.$disconnect();

  project.provide('pgPort', pg.port);
  project.provide('pgPassword', pgPassword);
  project.provide('meiliHost', meili.url);
  project.provide('meiliKey', meiliKey);
  project.provide('tmpDir', tmpDir);

  return async () => {
    await Promise.allSettled([pg.stop(), meili.stop()]);
    await rm(tmpDir, { recursive: true, force: true });
  };
}

