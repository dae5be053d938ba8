import { cache } from 'react';
import { db } from '@/lib/db';
import type { AreaSummary } from '@/lib/geo/queries';

/** Open shops in an area (all areas when none is given), with how many products they show. */
export const listShops = cache(async (area?: AreaSummary) =>
  db.shop.findMany({
    where: { status: 'ACTIVE', ...(area ? { area: { path: { startsWith: area.path } } } : {}) },
    orderBy: [{ verification: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      slug: true,
      nameBn: true,
      nameEn: true,
      story: true,
      themeColor: true,
      verification: true,
      area: { select: { nameBn: true, nameEn: true } },
      logo: { select: { key: true, storage: true, url: true, thumbUrl: true } },
      _count: { select: { products: { where: { status: 'ACTIVE' } } } },
    },
  }),
);
