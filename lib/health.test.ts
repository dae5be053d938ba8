import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './runtime/ports';

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
