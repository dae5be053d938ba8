// What a storefront shows: the shop, its public products, and when each can be had.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { isValidShopSlug } from '@/lib/tenancy/host';
import { addDays, dayToDate, dhakaDay, earliestDay, type AvailabilityInput } from './calendar';

/** A shop by its address, whatever its status (the page decides: closed, or 404 for drafts). */
export const getStorefront = cache(async (slug: string) => {
  if (!isValidShopSlug(slug)) return null;
  return db.shop.findUnique({
    where: { slug },
    include: {
      logo: true,
      banner: true,
      area: { include: { parent: true } },
      deliveryZones: { include: { area: true }, orderBy: { feePoisha: 'asc' } },
      // "Registered with help from <UDC>" (issue #19): only the centre's name.
      udcRegistrations: { where: { status: 'CONFIRMED' }, orderBy: { confirmedAt: 'asc' }, take: 1, select: { operator: { select: { centreName: true } } } },
    },
  });
});

export type Storefront = NonNullable<Awaited<ReturnType<typeof getStorefront>>>;

/** Whether buyers can see the shop at all, and whether it is open for them. */
export const storefrontState = (shop: Pick<Storefront, 'status'>): 'open' | 'closed' | 'missing' =>
  shop.status === 'ACTIVE' ? 'open' : shop.status === 'SUSPENDED' || shop.status === 'CLOSED' ? 'closed' : 'missing';

const productInclude = {
  photos: { orderBy: { sortOrder: 'asc' as const }, include: { media: true } },
  options: { where: { isAvailable: true }, orderBy: { sortOrder: 'asc' as const } },
  category: { select: { id: true, slug: true, nameBn: true, nameEn: true } },
};

/** Capacity taken per day for these products, for the next `days` days. */
async function usedByDay(productIds: string[], now: Date, days = 60): Promise<Map<string, Map<string, number>>> {
  const today = dhakaDay(now);
  const rows = productIds.length
    ? await db.capacityDay.findMany({ where: { productId: { in: productIds }, day: { gte: dayToDate(today), lte: dayToDate(addDays(today, days)) } } })
    : [];
  const out = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const byDay = out.get(row.productId) ?? new Map<string, number>();
    byDay.set(row.day.toISOString().slice(0, 10), row.used);
    out.set(row.productId, byDay);
  }
  return out;
}

type ProductForCalendar = Pick<AvailabilityInput, 'fulfilment' | 'leadTimeHours' | 'dailyCapacity' | 'stock' | 'isAvailable'> & { id: string };

function withEarliest<P extends ProductForCalendar>(products: P[], openDays: number[], used: Map<string, Map<string, number>>, now: Date) {
  return products.map((p) => ({ ...p, earliest: earliestDay({ ...p, now, openDays, used: used.get(p.id) }) }));
}

/** The shop's public products in her order, each with the earliest day it can be had. */
export async function getStorefrontProducts(shop: Pick<Storefront, 'id' | 'openDays'>, now = new Date()) {
  const products = await db.product.findMany({ where: { shopId: shop.id, status: 'ACTIVE' }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }], include: productInclude });
  return withEarliest(products, shop.openDays, await usedByDay(products.map((p) => p.id), now), now);
}

export async function getStorefrontProduct(shop: Pick<Storefront, 'id' | 'openDays'>, productSlug: string, now = new Date()) {
  const product = await db.product.findUnique({ where: { shopId_slug: { shopId: shop.id, slug: productSlug } }, include: productInclude });
  if (!product || product.status !== 'ACTIVE') return null;
  return withEarliest([product], shop.openDays, await usedByDay([product.id], now), now)[0]!;
}

export type StorefrontProduct = Awaited<ReturnType<typeof getStorefrontProducts>>[number];

/** The newest visible reviews of a shop (first names only) and her average rating. */
export async function getShopReviews(shopId: string) {
  const where = { shopId, status: 'VISIBLE' as const };
  const [reviews, rating] = await Promise.all([
    db.review.findMany({ where, orderBy: { createdAt: 'desc' }, take: 3, select: { id: true, rating: true, text: true, author: { select: { name: true } } } }),
    db.review.aggregate({ where, _avg: { rating: true }, _count: true }),
  ]);
  return { reviews, rating };
}
