// Orders and sales on the numbers page: delivered orders per shop and per area.
import 'server-only';
import { db } from '@/lib/db';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { partOf, type StatsArea, type StatsView } from './view';

export const SALES_RECENT_DAYS = 30;

export interface SalesFigures {
  delivered: number;
  revenuePoisha: number;
}

export interface ShopSales {
  id: string;
  slug: string;
  nameBn: string;
  nameEn: string | null;
  area: { nameBn: string; nameEn: string };
  recent: SalesFigures;
  all: SalesFigures;
}

export interface AreaSales {
  /** A part of the view, or null for shops on the view's area itself. */
  area: StatsArea | null;
  shops: number;
  recent: SalesFigures;
  all: SalesFigures;
}

export interface Sales {
  /** The first day of the recent period ("the last 30 days"). */
  from: string;
  /** Every shop in the view but drafts, best selling (all time) first. */
  shops: ShopSales[];
  /** The same shops added up by part of the view. */
  areas: AreaSales[];
}

/**
 * Delivered orders and their totals, per shop and per part of the view, in the last 30 days and
 * all time. An order counts on the day it was for (neededOn), as in the seller's own figures.
 */
export async function salesByShopAndArea(view: StatsView, now: Date): Promise<Sales> {
  const from = addDays(dhakaDay(now), -(SALES_RECENT_DAYS - 1));
  const rows = await db.$queryRaw<
    { id: string; slug: string; nameBn: string; nameEn: string | null; path: string; areaBn: string; areaEn: string; recentOrders: number; recentRevenue: bigint; allOrders: number; allRevenue: bigint }[]
  >`
    SELECT s.id, s.slug, s."nameBn", s."nameEn", a.path, a."nameBn" AS "areaBn", a."nameEn" AS "areaEn",
      (count(o.id) FILTER (WHERE o."neededOn" >= ${from}::date))::int AS "recentOrders",
      coalesce(sum(o."totalPoisha") FILTER (WHERE o."neededOn" >= ${from}::date), 0)::bigint AS "recentRevenue",
      count(o.id)::int AS "allOrders",
      coalesce(sum(o."totalPoisha"), 0)::bigint AS "allRevenue"
    FROM "Shop" s
    JOIN "Area" a ON a.id = s."areaId"
    LEFT JOIN "Order" o ON o."shopId" = s.id AND o.status = 'DELIVERED'
    WHERE starts_with(a.path, ${view.area.path}) AND s.status <> 'DRAFT'
    GROUP BY s.id, a.id
    ORDER BY "allRevenue" DESC, "allOrders" DESC, s."createdAt" ASC, s.id ASC`;

  const zero = (): SalesFigures => ({ delivered: 0, revenuePoisha: 0 });
  const areas: AreaSales[] = view.parts.map((area) => ({ area, shops: 0, recent: zero(), all: zero() }));
  const whole: AreaSales = { area: null, shops: 0, recent: zero(), all: zero() };
  const shops = rows.map((row): ShopSales => {
    const shop = {
      id: row.id,
      slug: row.slug,
      nameBn: row.nameBn,
      nameEn: row.nameEn,
      area: { nameBn: row.areaBn, nameEn: row.areaEn },
      recent: { delivered: row.recentOrders, revenuePoisha: Number(row.recentRevenue) },
      all: { delivered: row.allOrders, revenuePoisha: Number(row.allRevenue) },
    };
    const part = partOf(view.parts, row.path);
    const sum = part === null ? whole : areas[part]!;
    sum.shops += 1;
    for (const period of ['recent', 'all'] as const) {
      sum[period].delivered += shop[period].delivered;
      sum[period].revenuePoisha += shop[period].revenuePoisha;
    }
    return shop;
  });
  return { from, shops, areas: whole.shops ? [...areas, whole] : areas };
}
