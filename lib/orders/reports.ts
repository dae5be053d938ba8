// What a seller reads off her orders: what to make on a day, the slips to print for it, the list
// to download, and how sales went. Every query takes the shop id of the signed-in seller's own
// shop (`sellerShop`), never one from a URL or a form. Days are Bangladesh days ("YYYY-MM-DD").
import 'server-only';
import { db } from '@/lib/db';
import type { OrderStatus, ProductUnit } from '@/lib/generated/prisma/enums';
import { parseTypedDay } from '@/lib/i18n/typed-date';
import { addDays, dayToDate, dhakaDay, weekday } from '@/lib/shops/calendar';
import { herShop } from '@/lib/shops/own';

/** Orders that still have to be made (or handed over): not cancelled, rejected, unpaid by card, or already gone out. */
export const PRODUCTION_STATUSES: readonly OrderStatus[] = ['PLACED', 'CONFIRMED', 'PREPARING', 'READY'];

/** The seller's shop, the same one the dashboard shows (lib/shops/manage.ts getOwnShop), with only what reports need. */
export function sellerShop(userId: string) {
  return db.shop.findFirst({ ...herShop(userId), select: { id: true, slug: true, nameBn: true, nameEn: true } });
}

// ─── days ───

/** The "YYYY-MM-DD" day typed (dd/mm/yyyy, either digits) or sent in a link, or null if it is not a real date. */
export function parseDay(value: string | string[] | null | undefined): string | null {
  return typeof value === 'string' ? parseTypedDay(value) : null;
}

/** The Saturday a day's week starts on: Bangladesh's week runs Saturday to Friday. */
export const weekStart = (day: string): string => addDays(day, -((weekday(day) + 1) % 7));

const monthStart = (day: string) => `${day.slice(0, 8)}01`;
const nextMonthStart = (day: string) => {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/** Bangladesh midnight at the start of a day, as an instant. */
const dhakaMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00+06:00`));

export const EXPORT_DEFAULT_DAYS = 30;
export const EXPORT_MAX_DAYS = 366;

/**
 * The days an export covers, from what the form sent: the last 30 days by default, the two ends
 * swapped if they came the wrong way round, and at most a year (counted back from `to`).
 */
export function exportRange(from: string | string[] | null | undefined, to: string | string[] | null | undefined, now: Date): { from: string; to: string } {
  let end = parseDay(to) ?? dhakaDay(now);
  let start = parseDay(from) ?? addDays(end, -(EXPORT_DEFAULT_DAYS - 1));
  if (start > end) [start, end] = [end, start];
  if (start < addDays(end, -(EXPORT_MAX_DAYS - 1))) start = addDays(end, -(EXPORT_MAX_DAYS - 1));
  return { from: start, to: end };
}

// ─── the day's orders ───

const orderForDay = {
  id: true,
  code: true,
  status: true,
  buyerName: true,
  buyerPhone: true,
  delivery: true,
  deliveryAddress: true,
  deliveryArea: { select: { nameBn: true, nameEn: true } },
  neededOn: true,
  timeSlot: true,
  note: true,
  subtotalPoisha: true,
  deliveryFeePoisha: true,
  totalPoisha: true,
  paymentMethod: true,
  paymentStatus: true,
  createdAt: true,
  items: {
    orderBy: { id: 'asc' },
    select: {
      productId: true,
      nameBn: true,
      optionLabel: true,
      quantity: true,
      unitPricePoisha: true,
      lineTotalPoisha: true,
      product: { select: { nameBn: true, nameEn: true, unit: true, sortOrder: true } },
    },
  },
} as const;

export type DayOrder = Awaited<ReturnType<typeof ordersOn>>[number];

/** A day's orders still to be made, by the shop's own order of time slots ("সকাল" before "বিকেল"), then as they came. */
async function ordersOn(shopId: string, day: string) {
  const [shop, orders] = await Promise.all([
    db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { timeSlots: true } }),
    db.order.findMany({ where: { shopId, neededOn: dayToDate(day), status: { in: [...PRODUCTION_STATUSES] } }, orderBy: { createdAt: 'asc' }, select: orderForDay }),
  ]);
  const slot = (timeSlot: string | null) => {
    const i = timeSlot === null ? -1 : shop.timeSlots.indexOf(timeSlot);
    return i === -1 ? shop.timeSlots.length + (timeSlot === null ? 1 : 0) : i;
  };
  // Array.prototype.sort is stable, so orders in one slot stay as they came.
  return orders.sort((a, b) => slot(a.timeSlot) - slot(b.timeSlot));
}

export interface ProductionOption {
  /** The option the buyer chose ("২ পাউন্ড, চকলেট"), or null for the plain product. */
  label: string | null;
  quantity: number;
  /** Of `quantity`, how many are in orders she has not confirmed yet. */
  unconfirmed: number;
}

export interface ProductionLine {
  productId: string;
  nameBn: string;
  nameEn: string | null;
  unit: ProductUnit;
  quantity: number;
  unconfirmed: number;
  /** In how many orders. */
  orders: number;
  options: ProductionOption[];
}

export interface ProductionPlan {
  day: string;
  lines: ProductionLine[];
  /** The orders themselves, by time slot and then as they came: for the list and the slips. */
  orders: DayOrder[];
  /** Orders still waiting for her confirmation. */
  unconfirmedOrders: number;
}

/** What to make on `day`: every product's total, split by option, from the orders still to be made. */
export async function productionPlan(shopId: string, day: string): Promise<ProductionPlan> {
  const orders = await ordersOn(shopId, day);
  const lines = new Map<string, ProductionLine & { sortOrder: number; seenIn: Set<string> }>();
  for (const order of orders) {
    const unconfirmed = order.status === 'PLACED';
    for (const item of order.items) {
      let line = lines.get(item.productId);
      if (!line) {
        line = { productId: item.productId, nameBn: item.product.nameBn, nameEn: item.product.nameEn, unit: item.product.unit, quantity: 0, unconfirmed: 0, orders: 0, options: [], sortOrder: item.product.sortOrder, seenIn: new Set() };
        lines.set(item.productId, line);
      }
      const label = item.optionLabel?.trim() || null;
      let option = line.options.find((o) => o.label === label);
      if (!option) line.options.push((option = { label, quantity: 0, unconfirmed: 0 }));
      option.quantity += item.quantity;
      line.quantity += item.quantity;
      if (unconfirmed) {
        option.unconfirmed += item.quantity;
        line.unconfirmed += item.quantity;
      }
      line.seenIn.add(order.id);
    }
  }
  const sorted = [...lines.values()]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.nameBn.localeCompare(b.nameBn, 'bn'))
    .map(({ sortOrder: _sortOrder, seenIn, options, ...line }) => ({
      ...line,
      orders: seenIn.size,
      // The plain product first, then the options by name ("১ পাউন্ড" before "২ পাউন্ড").
      options: options.sort((a, b) => (a.label === null ? -1 : b.label === null ? 1 : a.label.localeCompare(b.label, 'bn', { numeric: true }))),
    }));
  return { day, lines: sorted, orders, unconfirmedOrders: orders.filter((o) => o.status === 'PLACED').length };
}

// ─── export ───

export type ExportOrder = Awaited<ReturnType<typeof ordersForExport>>[number];

/** Every order placed (by Bangladesh day) from `from` to `to`, both included, in any status, oldest first. */
export function ordersForExport(shopId: string, range: { from: string; to: string }) {
  return db.order.findMany({
    where: { shopId, createdAt: { gte: dhakaMidnight(range.from), lt: dhakaMidnight(addDays(range.to, 1)) } },
    orderBy: { createdAt: 'asc' },
    select: {
      code: true,
      createdAt: true,
      neededOn: true,
      timeSlot: true,
      status: true,
      buyerName: true,
      buyerPhone: true,
      delivery: true,
      deliveryArea: { select: { nameBn: true, nameEn: true } },
      deliveryAddress: true,
      note: true,
      subtotalPoisha: true,
      deliveryFeePoisha: true,
      totalPoisha: true,
      paymentMethod: true,
      paymentStatus: true,
      items: { orderBy: { id: 'asc' }, select: { nameBn: true, optionLabel: true, quantity: true, lineTotalPoisha: true } },
    },
  });
}

// ─── sales ───

export interface TopProduct {
  productId: string;
  nameBn: string;
  nameEn: string | null;
  unit: ProductUnit;
  quantity: number;
  revenuePoisha: number;
}

export interface PeriodFigures {
  /** First day of the period, or null for all time. */
  from: string | null;
  /** Delivered orders and what they came to (delivery fees included). */
  delivered: number;
  revenuePoisha: number;
  /** Revenue ÷ delivered orders, to the poisha; 0 when there were none. */
  averagePoisha: number;
  cancelled: number;
  rejected: number;
  /** Up to five products by quantity delivered. */
  topProducts: TopProduct[];
}

export interface WeekFigures {
  /** The Saturday the week starts on. */
  start: string;
  delivered: number;
  revenuePoisha: number;
}

export interface SalesFigures {
  week: PeriodFigures;
  month: PeriodFigures;
  all: PeriodFigures;
  /** The last `WEEKS_CHARTED` weeks, oldest first, the current one last. */
  weeks: WeekFigures[];
}

export const WEEKS_CHARTED = 8;
const TOP_PRODUCTS = 5;

type DayRange = { gte: Date; lt: Date } | undefined;

async function periodFigures(shopId: string, from: string | null, neededOn: DayRange): Promise<PeriodFigures> {
  const [byStatus, top] = await Promise.all([
    db.order.groupBy({
      by: ['status'],
      where: { shopId, neededOn, status: { in: ['DELIVERED', 'CANCELLED', 'REJECTED'] } },
      _count: { _all: true },
      _sum: { totalPoisha: true },
    }),
    db.orderItem.groupBy({
      by: ['productId'],
      where: { order: { shopId, neededOn, status: 'DELIVERED' } },
      _sum: { quantity: true, lineTotalPoisha: true },
      orderBy: [{ _sum: { quantity: 'desc' } }, { productId: 'asc' }],
      take: TOP_PRODUCTS,
    }),
  ]);
  const products = new Map(
    (await db.product.findMany({ where: { id: { in: top.map((t) => t.productId) } }, select: { id: true, nameBn: true, nameEn: true, unit: true } })).map((p) => [p.id, p]),
  );
  const count = (status: OrderStatus) => byStatus.find((row) => row.status === status)?._count._all ?? 0;
  const delivered = count('DELIVERED');
  const revenuePoisha = byStatus.find((row) => row.status === 'DELIVERED')?._sum.totalPoisha ?? 0;
  return {
    from,
    delivered,
    revenuePoisha,
    averagePoisha: delivered ? Math.round(revenuePoisha / delivered) : 0,
    cancelled: count('CANCELLED'),
    rejected: count('REJECTED'),
    topProducts: top.flatMap((row) => {
      const product = products.get(row.productId);
      return product ? [{ productId: row.productId, nameBn: product.nameBn, nameEn: product.nameEn, unit: product.unit, quantity: row._sum.quantity ?? 0, revenuePoisha: row._sum.lineTotalPoisha ?? 0 }] : [];
    }),
  };
}

const days = (from: string, until: string): DayRange => ({ gte: dayToDate(from), lt: dayToDate(until) });

/**
 * Sales this week (from Saturday), this month and all time, and revenue by week for the chart.
 * An order counts on the day it was for (neededOn): a baker's sale is the day she hands it over.
 */
export async function salesFigures(shopId: string, now: Date): Promise<SalesFigures> {
  const today = dhakaDay(now);
  const thisWeek = weekStart(today);
  const firstWeek = addDays(thisWeek, -7 * (WEEKS_CHARTED - 1));
  const [week, month, all, delivered] = await Promise.all([
    periodFigures(shopId, thisWeek, days(thisWeek, addDays(thisWeek, 7))),
    periodFigures(shopId, monthStart(today), days(monthStart(today), nextMonthStart(today))),
    periodFigures(shopId, null, undefined),
    db.order.findMany({
      where: { shopId, status: 'DELIVERED', neededOn: days(firstWeek, addDays(thisWeek, 7)) },
      select: { neededOn: true, totalPoisha: true },
    }),
  ]);
  const weeks = Array.from({ length: WEEKS_CHARTED }, (_, i): WeekFigures => ({ start: addDays(firstWeek, 7 * i), delivered: 0, revenuePoisha: 0 }));
  for (const order of delivered) {
    const bucket = weeks.find((w) => w.start === weekStart(order.neededOn.toISOString().slice(0, 10)));
    if (!bucket) continue;
    bucket.delivered += 1;
    bucket.revenuePoisha += order.totalPoisha;
  }
  return { week, month, all, weeks };
}
