import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';

// The reads run here as plain functions: outside Next.js there is no cache to keep them in.
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));
const { areaInDistrict, categoryCounts, districtInPath, providerList, servedDistrict, servedDistricts, shops } = await import('./reads');

let bogura: AreaSummary;
let kishoreganj: AreaSummary;
let sherpur: AreaSummary;
let kishoreganjUnion: AreaSummary;
let electrician: number;
let serial = 0;

async function provider(areaId: number) {
  const n = ++serial;
  return db.provider.create({ data: { slug: `scoped-${n}`, nameBn: `কারিগর ${n}`, areaId, phone: `+8801755${String(100000 + n).slice(-6)}`, categories: { create: [{ categoryId: electrician }] } } });
}

async function shop(areaId: number) {
  const n = ++serial;
  const owner = await db.user.create({ data: { phone: `+8801766${String(100000 + n).slice(-6)}`, name: `বিক্রেতা ${n}` } });
  return db.shop.create({ data: { slug: `scoped-shop-${n}`, ownerId: owner.id, nameBn: `দোকান ${n}`, areaId, phone: owner.phone } });
}

beforeAll(async () => {
  const area = async (slug: string) => (await getAreaBySlug(slug))!;
  [bogura, kishoreganj, sherpur] = await Promise.all([area('bogura'), area('kishoreganj'), area('sherpur-bogura')]);
  kishoreganjUnion = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: kishoreganj.path } }, orderBy: { id: 'asc' } })) as AreaSummary;
  electrician = (await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } })).id;
});

describe('the served districts (HAAT_DISTRICTS unset: bogura,kishoreganj)', () => {
  it('are found by slug, the default first; any other slug is none', async () => {
    expect((await servedDistricts()).map((d) => d.slug)).toEqual(['bogura', 'kishoreganj']);
    expect((await servedDistrict())?.slug).toBe('bogura');
    expect((await servedDistrict('kishoreganj'))?.slug).toBe('kishoreganj');
    for (const slug of ['dhaka', 'sherpur-bogura', 'no-such-place']) expect(await servedDistrict(slug), slug).toBeNull();
    expect((await districtInPath([]))?.slug).toBe('bogura');
    expect((await districtInPath(['kishoreganj']))?.slug).toBe('kishoreganj');
    expect(await districtInPath(['dhaka'])).toBeNull();
    expect(await districtInPath(['kishoreganj', 'x'])).toBeNull();
  });

  it('give every place of theirs a page with its own district, and none to places outside them', async () => {
    expect(await areaInDistrict(undefined)).toMatchObject({ area: { slug: 'bogura' }, district: { slug: 'bogura' } });
    expect(await areaInDistrict('kishoreganj')).toMatchObject({ area: { slug: 'kishoreganj' }, district: { slug: 'kishoreganj' } });
    expect(await areaInDistrict(kishoreganjUnion.slug)).toMatchObject({ area: { id: kishoreganjUnion.id }, district: { slug: 'kishoreganj' } });
    expect(await areaInDistrict('sherpur-bogura')).toMatchObject({ area: { id: sherpur.id }, district: { slug: 'bogura' } });
    const division = await db.area.findFirstOrThrow({ where: { level: 'DIVISION' } });
    const elsewhere = await db.area.findFirstOrThrow({ where: { level: 'UPAZILA', NOT: [{ path: { startsWith: bogura.path } }, { path: { startsWith: kishoreganj.path } }] } });
    for (const slug of ['dhaka', division.slug, elsewhere.slug, 'no-such-place']) expect(await areaInDistrict(slug), slug).toBeNull();
  });
});

describe('a district’s counts', () => {
  it('equal its lists, and count nothing of the other district', async () => {
    await Promise.all([provider(sherpur.id), provider(bogura.id), provider(kishoreganj.id), provider(kishoreganjUnion.id), provider(kishoreganjUnion.id), shop(sherpur.id), shop(kishoreganjUnion.id)]);
    for (const [district, providers, shopCount] of [[kishoreganj, 3, 1], [bogura, 2, 1]] as const) {
      const count = (await categoryCounts(district)).find((c) => c.id === electrician)!.providers;
      const list = await providerList(electrician, district, 1, {});
      expect(count, district.slug).toBe(providers);
      expect(list.total, district.slug).toBe(count);
      expect(list.providers.length, district.slug).toBe(count);
      const listed = await shops(district);
      expect(listed.length, district.slug).toBe(shopCount);
    }
    expect((await shops(kishoreganj)).map((s) => s.area.nameEn)).not.toContain(sherpur.nameEn);
  });
});
