import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
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

/** The home district's upazilas with their unions, by English name: what the area pickers offer. */
export const districtUpazilas = async () => {
  const district = await getHomeDistrict();
  return db.area.findMany({ where: { parentId: district.id }, orderBy: { nameEn: 'asc' }, include: { children: { orderBy: { nameEn: 'asc' } } } });
};

export const areaName = (area: Pick<AreaSummary, 'nameBn' | 'nameEn'>, locale: string) => (locale === 'bn' ? area.nameBn : area.nameEn);
