// The served districts (HAAT_DISTRICTS, Bogura and Kishoreganj in the tests): the one check every
// form that places something makes, and the tree the area pickers offer.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { nearestDistrict } from './nearest';
import { getServedDistrictCentres, servedArea, servedAreaTree } from './queries';

const union = async (district: string) => {
  const d = await db.area.findUniqueOrThrow({ where: { slug: district } });
  return db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: d.path } }, orderBy: { id: 'asc' } });
};

describe('servedArea', () => {
  it('accepts an upazila or union of any served district, with the district it lies in', async () => {
    const katiadi = await union('kishoreganj');
    await expect(servedArea(katiadi.id)).resolves.toMatchObject({ id: katiadi.id, district: { slug: 'kishoreganj' } });
    const sherpur = await db.area.findUniqueOrThrow({ where: { slug: 'sherpur-bogura' } });
    await expect(servedArea(sherpur.id)).resolves.toMatchObject({ level: 'UPAZILA', district: { slug: 'bogura' } });
  });

  it('refuses anywhere else with the form’s message, never a crash', async () => {
    const dhaka = await union('dhaka');
    await expect(servedArea(dhaka.id, { message: 'areaRequired', outside: 'areaOutside' })).rejects.toMatchObject({ code: 'invalid', message: 'areaOutside' });
    await expect(servedArea(dhaka.id)).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    const kishoreganj = await db.area.findUniqueOrThrow({ where: { slug: 'kishoreganj' } });
    await expect(servedArea(kishoreganj.id)).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    await expect(servedArea(kishoreganj.id, { levels: ['DISTRICT'] })).resolves.toMatchObject({ id: kishoreganj.id });
    for (const bad of [0, -1, 99_999_999, 3_000_000_000, Number.NaN, 2 ** 60]) await expect(servedArea(bad), String(bad)).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
  });
});

describe('servedAreaTree', () => {
  it('offers every served district, the default first, with its upazilas and their unions', async () => {
    const tree = await servedAreaTree();
    expect(tree.map((d) => d.district.slug)).toEqual(['bogura', 'kishoreganj']);
    for (const { district, upazilas } of tree) {
      expect(upazilas.length).toBeGreaterThan(5);
      for (const u of upazilas) {
        expect(u.parentId).toBe(district.id);
        expect(u.children.every((c) => c.level === 'UNION' && c.parentId === u.id)).toBe(true);
      }
    }
    expect(tree[1]!.upazilas.map((u) => u.slug)).toContain('katiadi');
  });
});

describe('getServedDistrictCentres', () => {
  it('gives each served district’s centre, in the same order, for "use my location"', async () => {
    const centres = await getServedDistrictCentres();
    expect(centres).toEqual([
      { slug: 'bogura', lat: expect.closeTo(24.85, 1), lon: expect.closeTo(89.38, 1) },
      { slug: 'kishoreganj', lat: expect.closeTo(24.44, 1), lon: expect.closeTo(90.78, 1) },
    ]);
    expect(nearestDistrict(24.4331, 90.7866, centres)).toBe('kishoreganj');
  });
});
