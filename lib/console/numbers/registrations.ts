// Registrations on the numbers page: providers and shops created week by week, and how long those
// verified lately waited for it (and who waits now).
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { notDonorOnly } from '@/lib/directory/blood';
import type { VerificationStatus } from '@/lib/generated/prisma/enums';
import { weekStart } from '@/lib/orders/reports';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import type { StatsView } from './view';

const DAY_MS = 24 * 60 * 60 * 1000;

export const REGISTRATION_WEEKS = 12;
export const TURNAROUND_DAYS = 90;

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
