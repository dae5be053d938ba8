import { describe, expect, it, vi } from 'vitest';

describe('GET /api/health', () => {
  it('answers 200 with the report', async () => {
    const { GET } = await import('@/app/api/health/route');
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok', search: 'ok', storage: 'ok' });
  });

  it('answers 503 when the database is down', async () => {
    vi.resetModules();
    const { freePort } = await import('./runtime/ports');
    process.env.DATABASE_URL = `postgresql://nobody:x@localhost:${await freePort()}/none`;
    (globalThis as { haatDb?: unknown }).haatDb = undefined;
    const { GET } = await import('@/app/api/health/route');
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'down', db: 'down' });
  });
});
