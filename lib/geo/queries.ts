import { cache } from 'react';
import { db } from '@/lib/db';
import { env } from '@/lib/env';

export type AreaSummary = { id: number; slug: string; nameBn: string; nameEn: string; level: string; path: string; parentId: number | null };

const areaSelect = { id: true, slug: true, nameBn: true, nameEn: true, level: true, path: true, parentId: true } as const;

export const getAreaBySlug = cache(async (slug: string): Promise<AreaSummary | null> => {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  return db.area.findUnique({ where: { slug }, select: areaSelect });
});

/** The district this deployment serves (HAAT_DISTRICT). */
export const getHomeDistrict = cache(async (): Promise<AreaSummary> => {
  const district = await getAreaBySlug(env().HAAT_DISTRICT);
  if (!district || district.level !== 'DISTRICT') throw new Error(`HAAT_DISTRICT "${env().HAAT_DISTRICT}" is not a district slug`);
  return district;
});

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
