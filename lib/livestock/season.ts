// Seasons decide how long a listing stays up: listed while its district's season runs (or within
// a month before it starts), it expires the day after the season's last day; otherwise after
// OFF_SEASON_DAYS. Pure but for the one query; the worker imports it too (no server-only).
import { db } from '@/lib/db/client';
import { OFF_SEASON_DAYS } from './schemas';

const DAY = 86_400_000;

/** The season a listing made now in this district belongs to: running, or starting within `aheadDays` (OFF_SEASON_DAYS). */
export function currentSeason(districtId: number, now = new Date(), { aheadDays = OFF_SEASON_DAYS } = {}) {
  return db.livestockSeason.findFirst({
    where: { areaId: districtId, endsOn: { gte: new Date(now.getTime() - DAY) }, startsOn: { lte: new Date(now.getTime() + aheadDays * DAY) } },
    orderBy: { startsOn: 'asc' },
    select: { id: true, nameBn: true, nameEn: true, startsOn: true, endsOn: true },
  });
}

/** The season running in a district today (the home page's "the haat is on" link); null off season. */
export const runningSeason = (districtId: number, now = new Date()) => currentSeason(districtId, now, { aheadDays: 0 });

/** When a listing made (or renewed) now expires: the end of its season's last day, else OFF_SEASON_DAYS from now. */
export const listingExpiry = (season: { endsOn: Date } | null, now = new Date()) =>
  season && season.endsOn.getTime() + DAY > now.getTime() ? new Date(season.endsOn.getTime() + DAY) : new Date(now.getTime() + OFF_SEASON_DAYS * DAY);
