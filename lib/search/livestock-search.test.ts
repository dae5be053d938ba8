// Finding animals by what people type (issue 17): ষাঁড়/ষাড়/shar/bull, গরু/goru/cow, ছাগল/chagol/goat
// find the listed bull or goat and not the other animal — on Meilisearch and on the PostgreSQL
// fallback. Listings leave the index when sold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listing } from '@/lib/livestock/listing-fixture';
import { freePort } from '../runtime/ports';
import { ensureIndexes, waitForTask } from './engine';
import { enqueueSearch } from './outbox';
import { search } from './search';
import { drainSearchOutbox } from '@/lib/testing/search';

let bull: { id: string };
let goat: { id: string };

const drainAll = drainSearchOutbox;

beforeAll(async () => {
  for (const task of await ensureIndexes()) await waitForTask(task, 60_000);
  // In Sherpur, whose name "shar" is a typo away from: the animals' words forgive no typo.
  bull = await listing({ animal: 'BULL', breed: 'SHAHIWAL', weightKg: 320, pricePoisha: 160_000_00, area: 'mirzapur-sherpur-bogura' });
  goat = await listing({ animal: 'GOAT', breed: 'BLACK_BENGAL', weightKg: 22, pricePoisha: 18_000_00, area: 'mirzapur-sherpur-bogura' });
  await db.$transaction(async (tx) => {
    await enqueueSearch(tx, 'LIVESTOCK', bull.id);
    await enqueueSearch(tx, 'LIVESTOCK', goat.id);
  }, { timeout: 60_000 });
  await drainAll();
}, 120_000);

const found = async (q: string) => {
  const result = await search({ q, limit: 20 });
  return { degraded: result.degraded, ids: result.hits.filter((h) => h.type === 'livestock').map((h) => h.id) };
};

const BULL_WORDS = ['shar', 'ষাঁড়', 'ষাড়', 'bull', 'goru', 'গরু', 'cow'];
const GOAT_WORDS = ['chagol', 'ছাগল', 'goat'];

function expectAnimals(degraded: boolean) {
  it.each(BULL_WORDS)('“%s” finds the bull, not the goat', async (q) => {
    const { ids, degraded: d } = await found(q);
    expect(d).toBe(degraded);
    expect(ids).toContain(bull.id);
    expect(ids).not.toContain(goat.id);
  });
  it.each(GOAT_WORDS)('“%s” finds the goat, not the bull', async (q) => {
    const { ids, degraded: d } = await found(q);
    expect(d).toBe(degraded);
    expect(ids).toContain(goat.id);
    expect(ids).not.toContain(bull.id);
  });
}

describe('on Meilisearch', () => {
  expectAnimals(false);

  it('gives a hit the listing’s page, price and the livestock type filter', async () => {
    const result = await search({ q: 'shar', type: 'livestock' });
    const hit = result.hits.find((h) => h.id === bull.id);
    expect(hit).toMatchObject({ type: 'livestock', url: `/haat/l/${bull.id}`, pricePoisha: 160_000_00 });
    expect((await search({ q: 'shar', type: 'provider' })).hits.some((h) => h.id === bull.id)).toBe(false);
  });
});

describe('on the PostgreSQL fallback', () => {
  let saved: string | undefined;
  beforeAll(async () => {
    saved = process.env.MEILI_HOST;
    process.env.MEILI_HOST = `http://127.0.0.1:${await freePort()}`;
  });
  afterAll(() => {
    process.env.MEILI_HOST = saved;
  });
  expectAnimals(true);
});

describe('a sold animal', () => {
  it('leaves the index with the next drain', async () => {
    await db.$transaction(async (tx) => {
      await tx.livestockListing.update({ where: { id: goat.id }, data: { sale: 'SOLD', soldAt: new Date() } });
      await enqueueSearch(tx, 'LIVESTOCK', goat.id);
    });
    await drainAll();
    expect((await found('chagol')).ids).not.toContain(goat.id);
  });
});
