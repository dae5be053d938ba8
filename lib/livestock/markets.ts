// The published haats of a district's current (or coming) season: what a seller may pick for her
// animal, what the /haat filters offer and what /haat/markets shows. Officers manage seasons and
// haats in lib/livestock/haats.ts.
import 'server-only';
import { db } from '@/lib/db';
import { currentSeason } from './season';
import { publicHaat } from './visibility';

export const haatSelect = {
  id: true,
  nameBn: true,
  nameEn: true,
  place: true,
  opensOn: true,
  closesOn: true,
  weekdays: true,
  opensAt: true,
  closesAt: true,
  areaId: true,
  leaseOffice: true,
  leasePhone: true,
  vetBooth: true,
  vetNote: true,
  area: { select: { slug: true, nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true, level: true } } } },
} as const;

/** The season running (or coming) in this district and its published haats, first-opening first. */
export async function seasonHaats(districtId: number, now = new Date()) {
  const season = await currentSeason(districtId, now);
  if (!season) return { season: null, haats: [] };
  const haats = await db.livestockHaat.findMany({ where: { seasonId: season.id, ...publicHaat }, orderBy: [{ opensOn: 'asc' }, { nameBn: 'asc' }], select: haatSelect });
  return { season, haats };
}
