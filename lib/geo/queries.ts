import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { MAX_AREA_ID } from '@/lib/geo/area-id';
import type { DistrictCentre } from '@/lib/geo/nearest';
import type { AreaLevel } from '@/lib/generated/prisma/enums';
import { districtSetting } from '@/lib/tenancy/districts';

export type AreaSummary = { id: number; slug: string; nameBn: string; nameEn: string; level: string; path: string; parentId: number | null };

const areaSelect = { id: true, slug: true, nameBn: true, nameEn: true, level: true, path: true, parentId: true } as const;

export const getAreaBySlug = cache(async (slug: string): Promise<AreaSummary | null> => {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return db.area.findUnique({ where: { slug }, select: areaSelect });
});

/** What HAAT_DISTRICTS (or the older HAAT_DISTRICT) names, before it is looked up. */
export function servedDistrictSlugs(): { slugs: string[]; all: boolean } {
  return districtSetting(env().HAAT_DISTRICTS ?? env().HAAT_DISTRICT);
}

/**
 * The districts this deployment serves, the default district first, then the others by English
 * name. A slug that is not a district stops the app: a typo must not quietly serve nothing.
 */
export const getServedDistricts = cache(async (): Promise<AreaSummary[]> => {
  const { slugs, all } = servedDistrictSlugs();
  const named = await db.area.findMany({ where: { slug: { in: slugs } }, select: areaSelect });
  for (const slug of slugs) {
    const found = named.find((a) => a.slug === slug);
    if (!found || found.level !== 'DISTRICT') throw new Error(`HAAT_DISTRICTS: "${slug}" is not a district slug`);
  }
  const others = all
    ? await db.area.findMany({ where: { level: 'DISTRICT', slug: { notIn: slugs } }, select: areaSelect, orderBy: { nameEn: 'asc' } })
    : [];
  const [first, ...rest] = slugs.map((slug) => named.find((a) => a.slug === slug)!);
  const ordered = [...(first ? [first] : []), ...[...rest, ...others].sort((a, b) => a.nameEn.localeCompare(b.nameEn))];
  if (!ordered.length) throw new Error('HAAT_DISTRICTS names no district (are the areas seeded?)');
  return ordered;
});

/** The served districts' centres (lib/geo/nearest.ts), in the same order; null where the data has none. */
export const getServedDistrictCentres = cache(async (): Promise<DistrictCentre[]> => {
  const districts = await getServedDistricts();
  const rows = await db.area.findMany({ where: { id: { in: districts.map((d) => d.id) } }, select: { id: true, lat: true, lon: true } });
  return districts.map((d) => {
    const row = rows.find((r) => r.id === d.id);
    return { slug: d.slug, lat: row?.lat ?? null, lon: row?.lon ?? null };
  });
});

/** The default district: the first HAAT_DISTRICTS names, shown to a visitor who has chosen none. */
export const getHomeDistrict = cache(async (): Promise<AreaSummary> => (await getServedDistricts())[0]!);

/** The served district an area lies in (the area itself when it is one), or null outside them all. */
export async function servedDistrictOf(area: Pick<AreaSummary, 'path'>): Promise<AreaSummary | null> {
  return (await getServedDistricts()).find((d) => area.path.startsWith(d.path)) ?? null;
}

export const getChildAreas = cache(async (parentId: number): Promise<AreaSummary[]> =>
  db.area.findMany({ where: { parentId }, select: areaSelect, orderBy: { nameEn: 'asc' } }),
);

/** The chain from the division down to this area, for breadcrumbs ("শেরপুর, বগুড়া"). */
export const getAreaChain = cache(async (area: AreaSummary): Promise<AreaSummary[]> => {
  const ids = area.path.split('/').filter(Boolean).map(Number);
  const rows = await db.area.findMany({ where: { id: { in: ids } }, select: areaSelect });
  return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
});

/**
 * An area of a served district at one of `levels` (upazila or union unless told), with the district
 * it lies in; anything else, a missing id included, is refused with a field message: `message`, or
 * `outside` for an area that exists but lies outside every served district. The one check every
 * form that places something (a profile, a shop and its delivery zones, a donor, a rental, an
 * emergency number or an office) makes, so a hand-edited id from elsewhere gets the form's
 * message, not a 500. (Officers are appointed from lib/console/officers.ts' officerAreas().)
 */
export async function servedArea(
  areaId: number,
  { levels = ['UPAZILA', 'UNION'], message = 'areaRequired', outside = message }: { levels?: readonly AreaLevel[]; message?: string; outside?: string } = {},
): Promise<AreaSummary & { district: AreaSummary }> {
  const area = Number.isSafeInteger(areaId) && areaId > 0 && areaId <= MAX_AREA_ID ? await db.area.findUnique({ where: { id: areaId }, select: areaSelect }) : null;
  if (!area) throw new AppError('invalid', message);
  const district = await servedDistrictOf(area);
  if (!district) throw new AppError('invalid', outside);
  if (!levels.includes(area.level as AreaLevel)) throw new AppError('invalid', message);
  return { ...area, district };
}

export type PickerUpazila = AreaSummary & { children: AreaSummary[] };

/**
 * What the area pickers offer: every served district (the default first) with its upazilas and
 * their unions, each by English name as the pickers have always listed them.
 */
export const servedAreaTree = cache(async (): Promise<{ district: AreaSummary; upazilas: PickerUpazila[] }[]> => {
  const districts = await getServedDistricts();
  const upazilas = await db.area.findMany({
    where: { parentId: { in: districts.map((d) => d.id) }, level: 'UPAZILA' },
    orderBy: { nameEn: 'asc' },
    select: { ...areaSelect, children: { select: areaSelect, orderBy: { nameEn: 'asc' } } },
  });
  return districts.map((district) => ({ district, upazilas: upazilas.filter((u) => u.parentId === district.id) }));
});

export const areaName = (area: Pick<AreaSummary, 'nameBn' | 'nameEn'>, locale: string) => (locale === 'bn' ? area.nameBn : area.nameEn);
