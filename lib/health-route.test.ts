import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

describe('GET /api/health/live and /api/health/ready', () => {
  it('live answers without asking anything; ready once the database has every migration', async () => {
    const live = await (await import('@/app/api/health/live/route')).GET();
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await (await import('@/app/api/health/ready/route')).GET();
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toMatchObject({ status: 'ready', db: 'ok', migrations: 'applied' });
    expect(ready.status).toBe(200);
  });

  it('names a migration folder the database has not applied', async () => {
    const { pendingMigrations } = await import('./health');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'haat-migrations-'));
    try {
      await cp(path.resolve(import.meta.dirname, '../prisma/migrations'), dir, { recursive: true });
      expect(await pendingMigrations(dir)).toEqual([]);
      await mkdir(path.join(dir, '29991231000000_from_the_future'));
      expect(await pendingMigrations(dir)).toEqual(['29991231000000_from_the_future']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

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
    const { GET: ready } = await import('@/app/api/health/ready/route');
    const notReady = await ready();
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: 'not-ready', ready: false, db: 'down' });
  });
});
