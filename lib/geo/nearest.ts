// The served district nearest to a point (the phone's position), by the straight-line distance to
// each district's centre: the only coordinates the bundled geographic data has are districts'
// (prisma/data/bd-geo), so this can choose a district, not sort the providers inside one. Pure and
// tiny: it runs in the browser (components/district/near-me.tsx).

/** A district's slug and centre; districts without coordinates are skipped. */
export interface DistrictCentre {
  slug: string;
  lat: number | null;
  lon: number | null;
}

/**
 * Farther than this from every served district's centre, she is in none of them. The centres are
 * the district towns; the farthest upazilas of Bogura and Kishoreganj lie within about 50 km of
 * theirs (Bhairab 48 km), while Dhaka's centre is 90 km from Kishoreganj's and Gulshan 80 km.
 */
export const NEAR_KM = 70;

const valid = (lat: unknown, lon: unknown): lat is number =>
  typeof lat === 'number' && typeof lon === 'number' && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * rad) / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLon - aLon) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The slug of the district whose centre is nearest to (lat, lon) within `maxKm`; null when none is, or the point is no point. */
export function nearestDistrict(lat: number, lon: number, districts: readonly DistrictCentre[], maxKm = NEAR_KM): string | null {
  if (!valid(lat, lon)) return null;
  let best: string | null = null;
  let bestKm = maxKm;
  for (const d of districts) {
    if (!valid(d.lat, d.lon)) continue;
    const km = distanceKm(lat, lon, d.lat, d.lon as number);
    if (km <= bestKm) [best, bestKm] = [d.slug, km];
  }
  return best;
}
