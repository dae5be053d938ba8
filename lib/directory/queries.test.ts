import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { getAreaCounts, getCategoryCounts, listProviders } from './queries';

let bogura: AreaSummary;
let sherpur: AreaSummary;
let mirzapur: AreaSummary;
let tailorId: number;

async function provider(slug: string, areaId: number, extra: Record<string, unknown> = {}) {
  return db.provider.create({
    data: { slug, nameBn: slug, areaId, phone: '+8801711000000', categories: { create: [{ categoryId: tailorId }] }, ...extra },
  });
}

beforeAll(async () => {
  bogura = (await getAreaBySlug('bogura'))!;
  sherpur = (await getAreaBySlug('sherpur-bogura'))!;
  mirzapur = (await getAreaBySlug('mirzapur-sherpur-bogura'))!;
  tailorId = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
  const kishoreganj = (await getAreaBySlug('kishoreganj'))!;
  await provider('t-union', mirzapur.id, { verification: 'PENDING', ratingAvg: 5, ratingCount: 3 });
  await provider('t-upazila', sherpur.id, { verification: 'VERIFIED', ratingAvg: 3, ratingCount: 1 });
  await provider('t-verified-top', mirzapur.id, { verification: 'VERIFIED', ratingAvg: 4.5, ratingCount: 2 });
  await provider('t-hidden', mirzapur.id, { status: 'HIDDEN' });
  await provider('t-suspended', sherpur.id, { status: 'SUSPENDED' });
  await provider('t-elsewhere', kishoreganj.id);
});

describe('directory queries', () => {
  it('count public providers in an area and everything below it', async () => {
    const count = async (area: AreaSummary) => (await getCategoryCounts(area)).find((c) => c.id === tailorId)!.providers;
    expect(await count(bogura)).toBe(3);
    expect(await count(sherpur)).toBe(3);
    expect(await count(mirzapur)).toBe(2);
  });

  it('leave product categories out of the service grid', async () => {
    const kinds = new Set((await getCategoryCounts(bogura)).map((c) => c.kind));
    expect(kinds.has('PRODUCT')).toBe(false);
    expect(kinds.has('EMERGENCY')).toBe(true);
  });

  it('count per upazila for the area picker', async () => {
    const rows = await getAreaCounts(bogura);
    expect(rows).toHaveLength(12);
    expect(rows.find((r) => r.slug === 'sherpur-bogura')!.providers).toBe(3);
  });

  it('rank verified first, then by rating, and never show hidden or suspended profiles', async () => {
    const { total, providers } = await listProviders(tailorId, bogura, 1);
    expect(total).toBe(3);
    expect(providers.map((p) => p.slug)).toEqual(['t-verified-top', 't-upazila', 't-union']);
  });
});

describe('a merged category', () => {
  it('leads from its old address to the category it was merged into', async () => {
    const { getMergedCategorySlug } = await import('./queries');
    const target = await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } });
    await db.category.create({ data: { slug: 'bijli-mistri-old', kind: 'SERVICE', nameBn: 'বিজলি মিস্ত্রি', nameEn: 'Bijli mistri', icon: 'zap', isActive: false, mergedIntoId: target.id } });
    expect(await getMergedCategorySlug('bijli-mistri-old')).toBe('electrician');
    expect(await getMergedCategorySlug('electrician')).toBeNull();
    expect(await getMergedCategorySlug('no-such-thing')).toBeNull();
  });
});
