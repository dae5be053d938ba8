// Reading the audit log (lib/console/audit.ts writes it). Officers read the entries about their
// own area and below; entries with no area (categories, officers, settings) are for admins only.
// The page and the CSV export take the same filters from the same query string.
import 'server-only';
import { createTranslator } from 'next-intl';
import { db } from '@/lib/db';
import type { CsvCell } from '@/lib/csv';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatPhone } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseDay } from '@/lib/orders/reports';
import { addDays } from '@/lib/shops/calendar';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import { auditWords } from './audit-words';
import { recordHref } from './records';
import type { Scope } from './scope';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_MAX = 10_000;

export interface AuditFilters {
  actor: string | null;
  action: string | null;
  subject: string | null;
  /** Bangladesh days, both included. */
  from: string | null;
  to: string | null;
}

type QueryParams = URLSearchParams | Record<string, string | string[] | undefined>;

const param = (params: QueryParams, key: string): string | null => {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
};

const matching = (value: string | null, pattern: RegExp) => (value && pattern.test(value) ? value : null);

/** The filters and page from a query string; anything malformed is dropped (dates said in `unreadable`), dates as people type them, a reversed range is swapped. */
export function parseAuditFilters(params: QueryParams): AuditFilters & { page: number; unreadable: ('from' | 'to')[] } {
  let from = parseDay(param(params, 'from'));
  let to = parseDay(param(params, 'to'));
  // A date given that is no date: the page says so under its field.
  const unreadable = (['from', 'to'] as const).filter((key) => param(params, key) !== null && parseDay(param(params, key)) === null);
  if (from && to && from > to) [from, to] = [to, from];
  const page = Number(param(params, 'page'));
  return {
    actor: matching(param(params, 'actor'), /^[A-Za-z0-9_-]{1,40}$/),
    action: matching(param(params, 'action'), /^[\w.:-]{1,60}$/),
    subject: matching(param(params, 'subject'), /^[\w.:-]{1,40}$/),
    from,
    to,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    unreadable,
  };
}

/** The filters as a query string's values (for links and the export), without empty ones. */
export function filterQuery(filters: AuditFilters): Record<string, string | undefined> {
  return { actor: filters.actor ?? undefined, action: filters.action ?? undefined, subject: filters.subject ?? undefined, from: filters.from ?? undefined, to: filters.to ?? undefined };
}

const dhakaMidnight = (day: string) => new Date(Date.parse(`${day}T00:00:00+06:00`));

/** Entries the scope may read: about an area in it; admins read everything, entries without an area too. */
async function scopeWhere(scope: Scope): Promise<Prisma.AuditLogWhereInput> {
  if (scope.isAdmin) return {};
  const areas = await db.area.findMany({ where: { path: { startsWith: scope.path } }, select: { id: true } });
  return { areaId: { in: areas.map((a) => a.id) } };
}

async function auditWhere(scope: Scope, filters: AuditFilters): Promise<Prisma.AuditLogWhereInput> {
  const createdAt = filters.from || filters.to ? { ...(filters.from ? { gte: dhakaMidnight(filters.from) } : {}), ...(filters.to ? { lt: dhakaMidnight(addDays(filters.to, 1)) } : {}) } : undefined;
  return {
    AND: [
      await scopeWhere(scope),
      {
        ...(filters.actor ? { actorId: filters.actor } : {}),
        ...(filters.action ? { action: filters.action } : {}),
        ...(filters.subject ? { subject: filters.subject } : {}),
        ...(createdAt ? { createdAt } : {}),
      },
    ],
  };
}


// ─── the compact diff ───

export interface AuditChange {
  field: string;
  /** The stored values (undefined when there was none); lib/console/audit-words.ts puts them in words. */
  from: unknown;
  to: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields whose values differ between `before` and `after` (either may be missing), in the order they were written. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = isObject(before) ? before : before == null ? {} : { value: before };
  const a = isObject(after) ? after : after == null ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.filter((field) => JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null)).map((field) => ({ field, from: b[field] ?? null, to: a[field] ?? null }));
}

// ─── entries ───

export interface AuditRow {
  id: string;
  /** The record's name, when it is a provider, shop or product that still exists. */
  name: string | null;
  createdAt: Date;
  actor: { id: string; name: string; phone: string } | null;
  action: string;
  subject: string;
  subjectId: string;
  area: { id: number; nameBn: string; nameEn: string } | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  changes: AuditChange[];
  /** The console page of the record, for subjects that have one. */
  href: string | null;
}

async function auditRows(where: Prisma.AuditLogWhereInput, skip: number, take: number): Promise<AuditRow[]> {
  const entries = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip,
    take,
    include: { actor: { select: { id: true, name: true, phone: true } } },
  });
  const areaIds = [...new Set(entries.flatMap((e) => (e.areaId === null ? [] : [e.areaId])))];
  const areas = new Map((await db.area.findMany({ where: { id: { in: areaIds } }, select: { id: true, nameBn: true, nameEn: true } })).map((a) => [a.id, a]));
  // The records' names, so an entry says "মায়ের হাতের পিঠা" rather than an internal id.
  const idsOf = (subject: string) => [...new Set(entries.filter((e) => e.subject === subject).map((e) => e.subjectId))];
  const [providers, shops, products, centres, registrations] = await Promise.all([
    db.provider.findMany({ where: { id: { in: idsOf('PROVIDER') } }, select: { id: true, nameBn: true } }),
    db.shop.findMany({ where: { id: { in: idsOf('SHOP') } }, select: { id: true, nameBn: true } }),
    db.product.findMany({ where: { id: { in: idsOf('PRODUCT') } }, select: { id: true, nameBn: true } }),
    // A UDC appointment by its centre and operator, a registration by the person's name.
    db.udcOperator.findMany({ where: { id: { in: idsOf('UDC_OPERATOR') } }, select: { id: true, centreName: true, user: { select: { name: true } } } }),
    db.udcRegistration.findMany({ where: { id: { in: idsOf('UDC_REGISTRATION') } }, select: { id: true, name: true } }),
  ]);
  const names = new Map([
    ...[...providers, ...shops, ...products].map((r) => [r.id, r.nameBn] as const),
    ...centres.map((c) => [c.id, `${c.centreName} (${c.user.name})`] as const),
    ...registrations.map((r) => [r.id, r.name] as const),
  ]);
  return entries.map((e) => ({
    name: names.get(e.subjectId) ?? null,
    id: e.id.toString(),
    createdAt: e.createdAt,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    subjectId: e.subjectId,
    area: e.areaId === null ? null : (areas.get(e.areaId) ?? null),
    reason: e.reason,
    before: e.before,
    after: e.after,
    changes: auditChanges(e.before, e.after),
    href: recordHref(e.subject, e.subjectId),
  }));
}

export interface AuditPage {
  rows: AuditRow[];
  total: number;
  /** The page shown (a page past the end shows the last one). */
  page: number;
  pages: number;
}

/** One page (50 entries) of what the scope may read, newest first. */
export async function auditPage(scope: Scope, filters: AuditFilters, page: number): Promise<AuditPage> {
  const where = await auditWhere(scope, filters);
  const total = await db.auditLog.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const shown = Math.min(Math.max(1, page), pages);
  return { rows: total ? await auditRows(where, (shown - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE) : [], total, page: shown, pages };
}

export interface AuditOptions {
  actors: { id: string; name: string; phone: string }[];
  actions: string[];
  subjects: string[];
}

/** The actors, actions and subject types that occur in what the scope may read, for the filter lists. */
export async function auditOptions(scope: Scope): Promise<AuditOptions> {
  const where = await scopeWhere(scope);
  const [actions, subjects, actorIds] = await Promise.all([
    db.auditLog.findMany({ where, distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    db.auditLog.findMany({ where, distinct: ['subject'], select: { subject: true }, orderBy: { subject: 'asc' } }),
    db.auditLog.findMany({ where: { AND: [where, { actorId: { not: null } }] }, distinct: ['actorId'], select: { actorId: true } }),
  ]);
  const actors = await db.user.findMany({ where: { id: { in: actorIds.flatMap((a) => (a.actorId ? [a.actorId] : [])) } }, select: { id: true, name: true, phone: true }, orderBy: { name: 'asc' } });
  return { actors, actions: actions.map((a) => a.action), subjects: subjects.map((s) => s.subject) };
}

// ─── export ───

/** "2026-11-23 10:05", Bangladesh time, as spreadsheets read a date and time. */
export const dhakaDateTime = (instant: Date) => new Date(instant.getTime() + 6 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ');


/** The entries the page would list for these filters (at most the 10,000 newest) as CSV rows, header first. */
export async function auditExportRows(scope: Scope, filters: AuditFilters, locale: AppLocale): Promise<CsvCell[][]> {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'ConsoleAudit' });
  const words = auditWords(locale);
  const rows = await auditRows(await auditWhere(scope, filters), 0, AUDIT_EXPORT_MAX);
  const header = (['id', 'at', 'actorName', 'actorPhone', 'action', 'subject', 'subjectId', 'area', 'reason', 'change', 'before', 'after'] as const).map((key) => t(`csv.${key}`));
  return [
    header,
    ...rows.map((r): CsvCell[] => [
      r.id,
      dhakaDateTime(r.createdAt),
      r.actor?.name ?? t('system'),
      // "01700-000004": as people write it (a bare 017… would lose its 0 in a spreadsheet).
      r.actor ? formatPhone(r.actor.phone, 'en') : null,
      r.action,
      r.subject,
      r.subjectId,
      r.area ? (locale === 'en' ? r.area.nameEn : r.area.nameBn) : null,
      r.reason,
      r.changes.map(words.change).join('; '),
      r.before == null ? null : JSON.stringify(r.before),
      r.after == null ? null : JSON.stringify(r.after),
    ]),
  ];
}
