// The served district nearest to the phone, with the districts' real centres from the areas seed.
import { describe, expect, it } from 'vitest';
import { buildAreaTree } from '@/prisma/seed/areas';
import { distanceKm, nearestDistrict, NEAR_KM, type DistrictCentre } from './nearest';

const districts: DistrictCentre[] = buildAreaTree()
  .filter((a) => a.level === 'DISTRICT')
  .map(({ slug, lat, lon }) => ({ slug, lat, lon }));
const served = districts.filter((d) => d.slug === 'bogura' || d.slug === 'kishoreganj');

// Places by their own coordinates, not the districts'.
const SHERPUR_BOGURA = [24.6695, 89.4189] as const; // Sherpur upazila's town
const KISHOREGANJ_TOWN = [24.4331, 90.7866] as const;
const BHAIRAB = [24.0524, 90.9764] as const; // Kishoreganj's southern upazila
const DHAKA = [23.7115, 90.4111] as const; // Dhaka district's centre in the seed
const GULSHAN = [23.7925, 90.4078] as const;

describe('nearestDistrict', () => {
  it('has real centres for both served districts', () => {
    expect(served).toHaveLength(2);
    for (const d of served) expect(d.lat).toBeTypeOf('number');
    // Bogura to Kishoreganj, town to town: about 145 km.
    const [b, k] = served.map((d) => [d.lat!, d.lon!] as const) as [readonly [number, number], readonly [number, number]];
    expect(distanceKm(...b, ...k)).toBeGreaterThan(135);
    expect(distanceKm(...b, ...k)).toBeLessThan(155);
  });

  it('finds the served district she is in', () => {
    expect(nearestDistrict(...SHERPUR_BOGURA, served)).toBe('bogura');
    expect(nearestDistrict(...KISHOREGANJ_TOWN, served)).toBe('kishoreganj');
    expect(nearestDistrict(...BHAIRAB, served)).toBe('kishoreganj');
  });

  it('finds none when she is far from every served district', () => {
    expect(distanceKm(...DHAKA, served[1]!.lat!, served[1]!.lon!)).toBeGreaterThan(NEAR_KM);
    expect(nearestDistrict(...DHAKA, served)).toBeNull();
    expect(nearestDistrict(...GULSHAN, served)).toBeNull();
    expect(nearestDistrict(22.3569, 91.7832, served)).toBeNull(); // Chattogram
    // With every district served, Dhaka is Dhaka's.
    expect(nearestDistrict(...DHAKA, districts)).toBe('dhaka');
    expect(nearestDistrict(...SHERPUR_BOGURA, districts)).toBe('bogura');
  });

  it('skips districts without coordinates, and refuses what is not a point', () => {
    const unplaced = [{ slug: 'nowhere', lat: null, lon: null }, { slug: 'half', lat: 24.43, lon: null }, ...served];
    expect(nearestDistrict(...KISHOREGANJ_TOWN, unplaced)).toBe('kishoreganj');
    expect(nearestDistrict(...KISHOREGANJ_TOWN, unplaced.slice(0, 2))).toBeNull();
    expect(nearestDistrict(...KISHOREGANJ_TOWN, [])).toBeNull();
    for (const [lat, lon] of [
      [Number.NaN, 90.78],
      [24.43, Number.NaN],
      [Number.POSITIVE_INFINITY, 90],
      [91, 90],
      [24.43, 181],
      ['24.43', '90.78'],
      [null, undefined],
    ]) {
      expect(nearestDistrict(lat as number, lon as number, served), `${lat},${lon}`).toBeNull();
    }
  });
});
