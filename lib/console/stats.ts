// The console's numbers: where services are missing, how registrations come in, how long
// verification takes, what shops sell and what people searched for in vain. Every figure is read
// for one area (the "view": the officer's own area, one below it they drilled into, or for an
// admin a district) and the view always lies inside the officer's scope, so no query here ever
// reaches another officer's area. The CSV export is built from the same data, row for row.
import 'server-only';
import { createTranslator } from 'next-intl';
import { db } from '@/lib/db';
import type { CsvCell } from '@/lib/csv';
import { Prisma } from '@/lib/generated/prisma/client';
import { BLOOD_CATEGORY, BLOOD_GROUPS, bloodGroupLabel, notDonorOnly } from '@/lib/directory/blood';
import type { AreaLevel, BloodGroup, VerificationStatus } from '@/lib/generated/prisma/enums';
import { getHomeDistrict } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';
import { weekStart } from '@/lib/orders/reports';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import type { Scope } from './scope';

const DAY_MS = 24 * 60 * 60 * 1000;

export const REGISTRATION_WEEKS = 12;
export const TURNAROUND_DAYS = 90;
export const SALES_RECENT_DAYS = 30;
export const MISSES_DAYS = 30;
export const MISSES_TOP = 20;

// ─── the view ───

export interface StatsArea {
  id: number;
  level: AreaLevel;
  slug: string;
  path: string;
  nameBn: string;
  nameEn: string;
  parentId: number | null;
}

export interface StatsView {
  scope: Scope;
  /** The area every figure on the page is for; always inside the scope. */
  area: StatsArea;
  /** What the area breaks down into: its children (upazilas of a district, unions of an upazila), or the area itself when it has none. */
  parts: StatsArea[];
  /** One level up, while that is still in scope (for the way back after drilling in). */
  up: StatsArea | null;
}

const areaSelect = { id: true, level: true, slug: true, path: true, nameBn: true, nameEn: true, parentId: true } as const;

const inScopePath = (scope: Scope, area: { path: string }) => scope.isAdmin || area.path.startsWith(scope.path);

/**
 * The view for `requested` (an area id from `?area=`): that area if it lies in scope, otherwise
 * the officer's own area, or the district this deployment serves for an admin. An id from outside
 * the scope is silently ignored, exactly as one that does not exist.
 */
export async function statsView(scope: Scope, requested?: string | string[] | null): Promise<StatsView> {
  const id = typeof requested === 'string' && /^\d{1,9}$/.test(requested) ? Number(requested) : null;
  const asked = id === null ? null : await db.area.findUnique({ where: { id }, select: areaSelect });
  let area: StatsArea;
  if (asked && asked.level !== 'DIVISION' && inScopePath(scope, asked)) area = asked;
  else if (scope.areaId !== null) area = await db.area.findUniqueOrThrow({ where: { id: scope.areaId }, select: areaSelect });
  else area = await db.area.findUniqueOrThrow({ where: { id: (await getHomeDistrict()).id }, select: areaSelect });

  const [children, parent] = await Promise.all([
    db.area.findMany({ where: { parentId: area.id }, select: areaSelect, orderBy: { nameEn: 'asc' } }),
    area.parentId !== null && area.id !== scope.areaId && area.level !== 'DISTRICT'
      ? db.area.findUnique({ where: { id: area.parentId }, select: areaSelect })
      : null,
  ]);
  return { scope, area, parts: children.length ? children : [area], up: parent && inScopePath(scope, parent) ? parent : null };
}

/** Districts an admin can switch the page to: the home district and any other that has providers or shops. */
export async function districtsWithRecords(): Promise<StatsArea[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT split_part(a.path, '/', 3)::int AS id
    FROM "Area" a
    WHERE a.level IN ('DISTRICT', 'UPAZILA', 'UNION')
      AND (EXISTS (SELECT 1 FROM "Provider" p WHERE p."areaId" = a.id) OR EXISTS (SELECT 1 FROM "Shop" s WHERE s."areaId" = a.id))`;
  const home = await getHomeDistrict();
  return db.area.findMany({ where: { id: { in: [home.id, ...rows.map((r) => r.id)] }, level: 'DISTRICT' }, select: areaSelect, orderBy: { nameEn: 'asc' } });
}

/** The part of the view (by area path) a record belongs to, or null when it sits on the view's area itself. */
function partOf(parts: readonly StatsArea[], path: string): number | null {
  const index = parts.findIndex((part) => path.startsWith(part.path));
  return index === -1 ? null : index;
}

// ─── providers by category and area ───

export interface CoverageCell {
  /** Active providers of the category in this part. */
  active: number;
  /** Of those, verified ones. */
  verified: number;
}

export type Gap = 'none' | 'unverified' | null;

/** A gap is a place where nobody verified offers the service: red when nobody at all does, amber when only unverified providers do. */
export const gapOf = (cell: CoverageCell): Gap => (cell.verified > 0 ? null : cell.active > 0 ? 'unverified' : 'none');

export interface CoverageRow {
  category: { id: number; slug: string; nameBn: string; nameEn: string };
  /** One per part of the view, in the order of `view.parts`. */
  cells: CoverageCell[];
  /** Providers registered for the view's area as a whole (on the upazila itself, not one of its unions). */
  whole: CoverageCell;
  total: CoverageCell;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Whether any provider sits on the view's area itself, so the page shows a column for them. */
  showWhole: boolean;
  /** Cells (category × part) without a verified provider. */
  gaps: number;
}

/** Active providers of every service category in every part of the view. */
export async function coverage(view: StatsView): Promise<Coverage> {
  const [categories, counts] = await Promise.all([
    db.category.findMany({
      where: { kind: 'SERVICE', isActive: true, mergedIntoId: null },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: { id: true, slug: true, nameBn: true, nameEn: true },
    }),
    db.$queryRaw<{ categoryId: number; path: string; active: number; verified: number }[]>`
      SELECT pc."categoryId", a.path, count(*)::int AS active, (count(*) FILTER (WHERE p.verification = 'VERIFIED'))::int AS verified
      FROM "Provider" p
      JOIN "Area" a ON a.id = p."areaId"
      JOIN "ProviderCategory" pc ON pc."providerId" = p.id
      WHERE p.status = 'ACTIVE' AND starts_with(a.path, ${view.area.path})
      GROUP BY pc."categoryId", a.path`,
  ]);
  const zero = (): CoverageCell => ({ active: 0, verified: 0 });
  const rows = new Map(categories.map((category) => [category.id, { category, cells: view.parts.map(zero), whole: zero(), total: zero() } satisfies CoverageRow]));
  for (const count of counts) {
    const row = rows.get(count.categoryId);
    if (!row) continue;
    const part = partOf(view.parts, count.path);
    for (const cell of [part === null ? row.whole : row.cells[part]!, row.total]) {
      cell.active += count.active;
      cell.verified += count.verified;
    }
  }
  const list = [...rows.values()];
  return {
    rows: list,
    showWhole: list.some((row) => row.whole.active > 0),
    gaps: list.reduce((sum, row) => sum + row.cells.filter((cell) => gapOf(cell)).length, 0),
  };
}

// ─── blood donors by group and area ───

export interface DonorCountRow {
  group: BloodGroup;
  /** Listed donors of the group in each part of the view, in the order of `view.parts`. */
  cells: number[];
  /** Donors on the view's area itself (not one of its parts). */
  whole: number;
  total: number;
}

export interface DonorCounts {
  rows: DonorCountRow[];
  showWhole: boolean;
  /** Cells (group × part) with no donor at all. */
  gaps: number;
}

/** Listed blood donors (on the /blood list, whether or not they may give today) by group in every part of the view. */
export async function donorCounts(view: StatsView): Promise<DonorCounts> {
  const counts = await db.$queryRaw<{ bloodGroup: BloodGroup; path: string; n: number }[]>`
    SELECT p."bloodGroup", a.path, count(*)::int AS n
    FROM "Provider" p
    JOIN "Area" a ON a.id = p."areaId"
    WHERE p.status = 'ACTIVE' AND p."bloodGroup" IS NOT NULL AND p."donorPausedAt" IS NULL AND starts_with(a.path, ${view.area.path})
      AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id AND c.slug = ${BLOOD_CATEGORY})
    GROUP BY p."bloodGroup", a.path`;
  const rows = new Map(BLOOD_GROUPS.map((group) => [group, { group, cells: view.parts.map(() => 0), whole: 0, total: 0 } satisfies DonorCountRow]));
  for (const count of counts) {
    const row = rows.get(count.bloodGroup);
    if (!row) continue;
    const part = partOf(view.parts, count.path);
    if (part === null) row.whole += count.n;
    else row.cells[part]! += count.n;
    row.total += count.n;
  }
  const list = [...rows.values()];
  return { rows: list, showWhole: list.some((row) => row.whole > 0), gaps: list.reduce((sum, row) => sum + row.cells.filter((n) => n === 0).length, 0) };
}

// ─── registrations by week ───

export interface RegistrationWeek {
  /** The Saturday the week starts on. */
  start: string;
  providers: number;
  shops: number;
}

/** Providers and shops created in the view in each of the last 12 weeks (Saturday to Friday, Bangladesh days), oldest first. */
export async function registrationsByWeek(view: StatsView, now: Date): Promise<RegistrationWeek[]> {
  const thisWeek = weekStart(dhakaDay(now));
  const first = addDays(thisWeek, -7 * (REGISTRATION_WEEKS - 1));
  const perDay = (table: Prisma.Sql) => db.$queryRaw<{ day: string; n: number }[]>`
    SELECT to_char(r."createdAt" + interval '6 hours', 'YYYY-MM-DD') AS day, count(*)::int AS n
    FROM ${table} r JOIN "Area" a ON a.id = r."areaId"
    WHERE starts_with(a.path, ${view.area.path}) AND (r."createdAt" + interval '6 hours')::date >= ${first}::date
    GROUP BY 1`;
  const [providers, shops] = await Promise.all([perDay(Prisma.raw('"Provider"')), perDay(Prisma.raw('"Shop"'))]);
  const weeks = Array.from({ length: REGISTRATION_WEEKS }, (_, i): RegistrationWeek => ({ start: addDays(first, 7 * i), providers: 0, shops: 0 }));
  const add = (rows: { day: string; n: number }[], key: 'providers' | 'shops') => {
    for (const row of rows) {
      const week = weeks.find((w) => w.start === weekStart(row.day));
      if (week) week[key] += row.n;
    }
  };
  add(providers, 'providers');
  add(shops, 'shops');
  return weeks;
}

// ─── verification turnaround ───

export interface StatusEvent {
  status: VerificationStatus;
  createdAt: Date;
}

/**
 * When the wait that ended (or still runs) began: the first application (PENDING) after the last
 * decision (verified, rejected, expired) before it; without an application since that decision,
 * the decision itself; without any event, the record's creation. Asking for changes does not end
 * a wait. `events` are the record's events before the one that ends the wait, oldest first.
 */
export function waitStart(createdAt: Date, events: readonly StatusEvent[]): Date {
  let start: Date | null = null;
  let lastDecision: Date | null = null;
  for (const event of events) {
    if (event.status === 'PENDING') start ??= event.createdAt;
    else if (event.status !== 'CHANGES_REQUESTED') {
      start = null;
      lastDecision = event.createdAt;
    }
  }
  return start ?? lastDecision ?? createdAt;
}

/** Days from the start of the wait to `verifiedAt`, for a record verified then (its last VERIFIED event closes the wait). */
export function turnaroundDays(record: { createdAt: Date; verifiedAt: Date; events: readonly StatusEvent[] }): number {
  const events = [...record.events].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const closing = events.findLastIndex((e) => e.status === 'VERIFIED');
  const before = closing >= 0 ? events.slice(0, closing) : events.filter((e) => e.createdAt <= record.verifiedAt);
  return Math.max(0, (record.verifiedAt.getTime() - waitStart(record.createdAt, before).getTime()) / DAY_MS);
}

/** The p-th percentile (0–1) by linear interpolation between the nearest ranks (as a spreadsheet's PERCENTILE.INC); null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low]! + (rank - low) * (sorted[high]! - sorted[low]!);
}

const oneDecimal = (days: number | null) => (days === null ? null : Math.round(days * 10) / 10);

export interface Turnaround {
  kind: 'providers' | 'shops';
  /** Records verified in the last 90 days. */
  verified: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Waiting in the verification queue now. */
  waiting: number;
  oldestWaitDays: number | null;
  oldest: { id: string; nameBn: string; nameEn: string | null } | null;
}

const eventSelect = { orderBy: { createdAt: 'asc' }, select: { status: true, createdAt: true } } as const;

function summarise(kind: Turnaround['kind'], now: Date, verified: { createdAt: Date; verifiedAt: Date | null; verificationEvents: StatusEvent[] }[], waiting: { id: string; nameBn: string; nameEn: string | null; createdAt: Date; verificationEvents: StatusEvent[] }[]): Turnaround {
  const days = verified.flatMap((r) => (r.verifiedAt ? [turnaroundDays({ createdAt: r.createdAt, verifiedAt: r.verifiedAt, events: r.verificationEvents })] : []));
  let oldest: Turnaround['oldest'] = null;
  let oldestStart = Infinity;
  for (const record of waiting) {
    const start = waitStart(record.createdAt, record.verificationEvents).getTime();
    if (start < oldestStart) [oldestStart, oldest] = [start, { id: record.id, nameBn: record.nameBn, nameEn: record.nameEn }];
  }
  return {
    kind,
    verified: days.length,
    medianDays: oneDecimal(percentile(days, 0.5)),
    p90Days: oneDecimal(percentile(days, 0.9)),
    waiting: waiting.length,
    oldestWaitDays: oldest ? oneDecimal(Math.max(0, (now.getTime() - oldestStart) / DAY_MS)) : null,
    oldest,
  };
}

/** Providers and shops in the view: how long those verified in the last 90 days waited, and who waits now. */
export async function verificationTurnaround(view: StatsView, now: Date): Promise<Turnaround[]> {
  const area = { path: { startsWith: view.area.path } };
  const since = new Date(now.getTime() - TURNAROUND_DAYS * DAY_MS);
  const verifiedWhere = { area, verification: 'VERIFIED', verifiedAt: { gte: since, lte: now } } as const;
  // Waiting means what the verification queue (lib/console/verify.ts) lists: blood donors are never verified.
  const [providers, providersWaiting, shops, shopsWaiting] = await Promise.all([
    db.provider.findMany({ where: { ...verifiedWhere, ...notDonorOnly }, select: { createdAt: true, verifiedAt: true, verificationEvents: eventSelect } }),
    db.provider.findMany({
      where: { area, status: { in: ['ACTIVE', 'HIDDEN'] }, verification: { in: ['PENDING', 'EXPIRED'] }, ...notDonorOnly },
      select: { id: true, nameBn: true, nameEn: true, createdAt: true, verificationEvents: eventSelect },
    }),
    db.shop.findMany({ where: verifiedWhere, select: { createdAt: true, verifiedAt: true, verificationEvents: eventSelect } }),
    db.shop.findMany({ where: { area, status: 'ACTIVE', verification: { in: ['PENDING', 'EXPIRED'] } }, select: { id: true, nameBn: true, nameEn: true, createdAt: true, verificationEvents: eventSelect } }),
  ]);
  return [summarise('providers', now, providers, providersWaiting), summarise('shops', now, shops, shopsWaiting)];
}

// ─── orders and sales ───

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

// ─── searches that found nothing ───

export interface SearchMissRow {
  normalized: string;
  /** The latest search as typed. */
  example: string;
  count: number;
  /** Bangladesh day of the latest one. */
  lastDay: string;
}

/**
 * The 20 searches (by their normalised text) that found nothing most often in the last 30 days,
 * made in the view's area. Searches without an area are shown to admins only: they may have come
 * from anywhere.
 */
export async function searchMisses(view: StatsView, now: Date): Promise<SearchMissRow[]> {
  const from = addDays(dhakaDay(now), -(MISSES_DAYS - 1));
  const withoutArea = view.scope.isAdmin ? Prisma.sql`OR m."areaId" IS NULL` : Prisma.empty;
  return db.$queryRaw<SearchMissRow[]>`
    SELECT m.normalized, (array_agg(m.query ORDER BY m."createdAt" DESC))[1] AS example, count(*)::int AS count,
      to_char(max(m."createdAt") + interval '6 hours', 'YYYY-MM-DD') AS "lastDay"
    FROM "SearchMiss" m
    LEFT JOIN "Area" a ON a.id = m."areaId"
    WHERE (m."createdAt" + interval '6 hours')::date >= ${from}::date
      AND (starts_with(a.path, ${view.area.path}) ${withoutArea})
    GROUP BY m.normalized
    ORDER BY count DESC, m.normalized ASC
    LIMIT ${MISSES_TOP}`;
}

// ─── the tables as CSV ───

export const STATS_TABLES = ['coverage', 'donors', 'registrations', 'turnaround', 'shops', 'areas', 'misses'] as const;
export type StatsTable = (typeof STATS_TABLES)[number];
export const isStatsTable = (value: unknown): value is StatsTable => (STATS_TABLES as readonly unknown[]).includes(value);

const numbersTranslator = (locale: AppLocale) => createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'ConsoleNumbers' });
type NumbersT = ReturnType<typeof numbersTranslator>;

export const localName = (record: { nameBn: string; nameEn: string | null }, locale: AppLocale) => (locale === 'en' && record.nameEn ? record.nameEn : record.nameBn);

/** Taka as a number a spreadsheet can add up. */
const taka = (poisha: number) => poisha / 100;

/** The name of a part of the view, or `whole` ("All of Sherpur") for the records on the view's area itself. */
export const partLabel = (area: StatsArea | null, locale: AppLocale, whole: string) => (area ? localName(area, locale) : whole);

const wholeLabel = (view: StatsView, t: NumbersT, locale: AppLocale) => t('whole', { area: localName(view.area, locale) });

function coverageCsv(view: StatsView, data: Coverage, t: NumbersT, locale: AppLocale): CsvCell[][] {
  const columns = [...view.parts.map((part) => localName(part, locale)), ...(data.showWhole ? [wholeLabel(view, t, locale)] : []), t('total')];
  const header = [t('category'), ...columns.flatMap((area) => [t('csvActive', { area }), t('csvVerified', { area })])];
  const rows = data.rows.map((row) => [
    localName(row.category, locale),
    ...[...row.cells, ...(data.showWhole ? [row.whole] : []), row.total].flatMap((cell) => [cell.active, cell.verified]),
  ]);
  return [header, ...rows];
}

function donorsCsv(view: StatsView, data: DonorCounts, t: NumbersT, locale: AppLocale): CsvCell[][] {
  const header = [t('bloodGroup'), ...view.parts.map((part) => localName(part, locale)), ...(data.showWhole ? [wholeLabel(view, t, locale)] : []), t('total')];
  return [header, ...data.rows.map((row) => [bloodGroupLabel[row.group], ...row.cells, ...(data.showWhole ? [row.whole] : []), row.total])];
}

const registrationsCsv = (weeks: RegistrationWeek[], t: NumbersT): CsvCell[][] => [[t('week'), t('providers'), t('shops')], ...weeks.map((w) => [w.start, w.providers, w.shops])];

const turnaroundCsv = (rows: Turnaround[], t: NumbersT, locale: AppLocale): CsvCell[][] => [
  [t('kind'), t('verifiedCount'), t('csvMedianDays'), t('csvP90Days'), t('waiting'), t('csvOldestWaitDays'), t('oldestRecord')],
  ...rows.map((r) => [t(r.kind), r.verified, r.medianDays, r.p90Days, r.waiting, r.oldestWaitDays, r.oldest ? localName(r.oldest, locale) : null]),
];

const salesHeader = (t: NumbersT) => [
  t('recentOrders', { days: SALES_RECENT_DAYS }),
  t('csvRecentRevenue', { days: SALES_RECENT_DAYS }),
  t('allOrders'),
  t('csvAllRevenue'),
];
const salesCells = (row: { recent: SalesFigures; all: SalesFigures }): CsvCell[] => [row.recent.delivered, taka(row.recent.revenuePoisha), row.all.delivered, taka(row.all.revenuePoisha)];

const shopsCsv = (sales: Sales, t: NumbersT, locale: AppLocale): CsvCell[][] => [
  [t('shop'), t('area'), ...salesHeader(t)],
  ...sales.shops.map((shop) => [localName(shop, locale), localName(shop.area, locale), ...salesCells(shop)]),
];

const areasCsv = (view: StatsView, sales: Sales, t: NumbersT, locale: AppLocale): CsvCell[][] => [
  [t('area'), t('shops'), ...salesHeader(t)],
  ...sales.areas.map((row) => [partLabel(row.area, locale, wholeLabel(view, t, locale)), row.shops, ...salesCells(row)]),
];

const missesCsv = (rows: SearchMissRow[], t: NumbersT): CsvCell[][] => [[t('query'), t('example'), t('times'), t('lastSeen')], ...rows.map((r) => [r.normalized, r.example, r.count, r.lastDay])];

/** One of the page's tables as CSV rows (header first), from the same query the page shows, headed in `locale`. */
export async function statsTableRows(table: StatsTable, view: StatsView, now: Date, locale: AppLocale): Promise<CsvCell[][]> {
  const t = numbersTranslator(locale);
  switch (table) {
    case 'coverage':
      return coverageCsv(view, await coverage(view), t, locale);
    case 'donors':
      return donorsCsv(view, await donorCounts(view), t, locale);
    case 'registrations':
      return registrationsCsv(await registrationsByWeek(view, now), t);
    case 'turnaround':
      return turnaroundCsv(await verificationTurnaround(view, now), t, locale);
    case 'shops':
      return shopsCsv(await salesByShopAndArea(view, now), t, locale);
    case 'areas':
      return areasCsv(view, await salesByShopAndArea(view, now), t, locale);
    case 'misses':
      return missesCsv(await searchMisses(view, now), t);
  }
}
