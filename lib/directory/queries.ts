// Read side of the directory. Every query takes an area and includes everything below it
// (area.path is the chain of ids, so descendants share its prefix).
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AreaSummary } from '@/lib/geo/queries';

export type CategoryWithCount = {
  id: number;
  slug: string;
  kind: string;
  nameBn: string;
  nameEn: string;
  icon: string;
  providers: number;
};

/** Categories (service kinds, not products) with how many public providers each has in the area. */
export const getCategoryCounts = cache(async (area: AreaSummary): Promise<CategoryWithCount[]> => {
  const rows = await db.$queryRaw<CategoryWithCount[]>`
    SELECT c.id, c.slug, c.kind::text AS kind, c."nameBn", c."nameEn", c.icon,
           COALESCE(n.providers, 0)::int AS providers
    FROM "Category" c
    LEFT JOIN (
      SELECT pc."categoryId", COUNT(*)::int AS providers
      FROM "ProviderCategory" pc
      JOIN "Provider" p ON p.id = pc."providerId"
      JOIN "Area" a ON a.id = p."areaId"
      WHERE p.status = 'ACTIVE' AND a.path LIKE ${`${area.path}%`}
      GROUP BY pc."categoryId"
    ) n ON n."categoryId" = c.id
    WHERE c."isActive" AND c.kind <> 'PRODUCT'
    ORDER BY c."sortOrder", c.id`;
  return rows;
});

export const getCategoryBySlug = cache(async (slug: string) => {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  return db.category.findFirst({ where: { slug, isActive: true } });
});

/** Where an old category's address now leads: the category an admin merged it into, if any. */
export const getMergedCategorySlug = cache(async (slug: string): Promise<string | null> => {
  if (!/^[a-z0-9-]{1,60}$/.test(slug)) return null;
  const old = await db.category.findFirst({ where: { slug, isActive: false, mergedIntoId: { not: null } }, select: { mergedInto: { select: { slug: true, isActive: true } } } });
  return old?.mergedInto?.isActive ? old.mergedInto.slug : null;
});

/** Upazilas of a district (or unions of an upazila) that have providers, with their counts. */
export const getAreaCounts = cache(async (parent: AreaSummary) =>
  db.$queryRaw<{ id: number; slug: string; nameBn: string; nameEn: string; providers: number }[]>`
    SELECT child.id, child.slug, child."nameBn", child."nameEn", COUNT(p.id)::int AS providers
    FROM "Area" child
    LEFT JOIN "Area" a ON a.path LIKE child.path || '%'
    LEFT JOIN "Provider" p ON p."areaId" = a.id AND p.status = 'ACTIVE'
    WHERE child."parentId" = ${parent.id}
    GROUP BY child.id
    ORDER BY child."nameEn"`,
);

export const PAGE_SIZE = 20;

/** The ranking every provider list states on its page: verified, then rating, then recently active. */
export const PROVIDER_RANKING = [{ verification: 'asc' }, { ratingAvg: 'desc' }, { lastActiveAt: 'desc' }, { id: 'asc' }] as const satisfies Prisma.ProviderOrderByWithRelationInput[];

/** What a provider card shows (never the address). */
export const providerCardSelect = {
  id: true,
  slug: true,
  nameBn: true,
  nameEn: true,
  designation: true,
  phone: true,
  whatsapp: true,
  verification: true,
  availableNow: true,
  hours: true,
  ratingAvg: true,
  ratingCount: true,
  experienceYears: true,
  area: { select: { nameBn: true, nameEn: true, path: true, parent: { select: { nameBn: true, nameEn: true } } } },
  photos: { take: 1, orderBy: { sortOrder: 'asc' }, select: { media: { select: { key: true, storage: true, url: true, thumbUrl: true } } } },
} as const satisfies Prisma.ProviderSelect;

/**
 * Public providers of a category in an area, ranked as the page says: verified first, then
 * rating, then recently active.
 */
export interface ProviderFilters {
  verifiedOnly?: boolean;
  availableNow?: boolean;
}

export async function listProviders(categoryId: number, area: AreaSummary, page: number, filters: ProviderFilters = {}) {
  const where = {
    status: 'ACTIVE' as const,
    // Never the blood-donor category: donors are listed only on /blood, masked.
    categories: { some: { categoryId, category: { kind: { not: 'BLOOD' as const } } } },
    area: { path: { startsWith: area.path } },
    ...(filters.verifiedOnly ? { verification: 'VERIFIED' as const } : {}),
    ...(filters.availableNow ? { availableNow: true } : {}),
  };
  const [total, providers] = await Promise.all([
    db.provider.count({ where }),
    db.provider.findMany({
      where,
      orderBy: PROVIDER_RANKING,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: providerCardSelect,
    }),
  ]);
  return { total, providers };
}

export type ProviderListItem = Awaited<ReturnType<typeof listProviders>>['providers'][number];
