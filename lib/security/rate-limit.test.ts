import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { BatchedLimit, hit } from './rate-limit';

const sharedCount = async (key: string) => (await db.rateLimit.findUnique({ where: { key } }))?.count ?? null;
const minute = { windowMs: 60_000 };

describe('hit', () => {
  it('counts a weight at once (n SMS in one request) against the same allowance', async () => {
    const key = `test:weight:${Date.now()}`;
    const limit = { max: 10, ...minute };
    expect(await hit(key, limit, 6)).toMatchObject({ allowed: true, count: 6 });
    expect(await hit(key, limit, 4)).toMatchObject({ allowed: true, count: 10 });
    expect(await hit(key, limit)).toMatchObject({ allowed: false, count: 11 });
  });
});

describe('BatchedLimit', () => {
  it('refuses past the cap within one process before any sync, then sends every hit in one sync', async () => {
    const limit = new BatchedLimit({ max: 5, ...minute });
    const results = Array.from({ length: 7 }, () => limit.hit('test:one'));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(results[6]!.count).toBe(7);
    expect(results[6]!.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(await sharedCount('test:one')).toBeNull();
    await limit.flush();
    expect(await sharedCount('test:one')).toBe(7);
  });

  it('syncs by itself shortly after a hit', async () => {
    const limit = new BatchedLimit({ max: 5, ...minute }, 50);
    limit.hit('test:soon');
    await vi.waitFor(async () => expect(await sharedCount('test:soon')).toBe(1), { timeout: 5_000, interval: 20 });
  });

  it('two processes share one count: each learns the other’s hits at its next sync', async () => {
    const [a, b] = [new BatchedLimit({ max: 10, ...minute }), new BatchedLimit({ max: 10, ...minute })];
    for (let i = 0; i < 6; i++) expect(a.hit('test:shared').allowed).toBe(true);
    expect(b.hit('test:shared')).toMatchObject({ allowed: true, count: 1 }); // b has not heard of a yet
    await a.flush();
    await b.flush();
    expect([8, 9, 10].map(() => b.hit('test:shared'))).toEqual([8, 9, 10].map((count) => expect.objectContaining({ allowed: true, count })));
    expect(b.hit('test:shared')).toMatchObject({ allowed: false, count: 11 });
    await b.flush();
    expect(a.hit('test:shared')).toMatchObject({ allowed: true, count: 7 }); // a still knows only its own
    await a.flush();
    expect(a.hit('test:shared')).toMatchObject({ allowed: false, count: 13 });
    await a.flush();
    expect(await sharedCount('test:shared')).toBe(13);
  });

  it('syncs many keys from two processes at once without losing a hit', async () => {
    const [a, b] = [new BatchedLimit({ max: 10, ...minute }), new BatchedLimit({ max: 10, ...minute })];
    const keys = Array.from({ length: 200 }, (_, i) => `test:many:${i}`);
    for (const key of keys) a.hit(key);
    for (const key of [...keys].reverse()) [1, 2].forEach(() => b.hit(key));
    await Promise.all([a.flush(), b.flush()]);
    const rows = await db.rateLimit.findMany({ where: { key: { startsWith: 'test:many:' } }, select: { count: true } });
    expect(rows.map((r) => r.count)).toEqual(keys.map(() => 3));
  });

  it('starts a key afresh when its window has ended', async () => {
    const limit = new BatchedLimit({ max: 1, windowMs: 1_000 });
    const start = Date.now();
    expect(limit.hit('test:window', start).allowed).toBe(true);
    expect(limit.hit('test:window', start + 10)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(limit.hit('test:window', start + 1_000)).toMatchObject({ allowed: true, count: 1 });
    await limit.flush();
  });
});
