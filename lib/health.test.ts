import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from './db/client';
import { freePort } from './runtime/ports';

// A running app's pool is connected already: open it first, so a probe's 2 s is for the query
// and not for connecting a fresh client on a busy machine.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
});

const saved = { ...process.env };
afterEach(() => {
  process.env.MEILI_HOST = saved.MEILI_HOST;
});

describe('healthReport', () => {
  it('is ok when PostgreSQL, Meilisearch and storage all answer', async () => {
    const { healthReport } = await import('./health');
    const report = await healthReport();
    expect(report).toMatchObject({ status: 'ok', db: 'ok', search: 'ok', storage: 'ok', searchEngine: 'meilisearch', storageBackend: 'local' });
  });

  it('is degraded, not down, when Meilisearch does not answer', async () => {
    process.env.MEILI_HOST = `http://127.0.0.1:${await freePort()}`;
    const { healthReport } = await import('./health');
    const report = await healthReport();
    expect(report).toMatchObject({ status: 'degraded', db: 'ok', search: 'down', searchEngine: 'postgres-fallback' });
  });
});
