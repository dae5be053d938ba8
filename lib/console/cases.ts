// The officers' two queues: reports people sent about a record, and appeals owners sent against a
// suspension. Officers see and decide only what lies in their area (a report carries its subject's
// area; an appeal's area is its subject's), also when an id comes typed into a form. Every decision
// is a conditional update from OPEN, so the second of two officers deciding the same case is told
// it was already decided, and it is written to the audit log in the same transaction.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CaseStatus, SubjectType } from '@/lib/generated/prisma/enums';
import { plainText } from '@/lib/i18n/text-input';
import { rentalsPath } from '@/lib/directory/filter-paths';
import { refreshRating } from '@/lib/directory/reviews';
import { sendSms } from '@/lib/notify/sms';
import { audit } from './audit';
import { isRecordSubject, reinstateRecord, type RecordSubject } from './oversight';
import { assertAreaInScope, inScope, type Scope } from './scope';

type Client = Prisma.TransactionClient | typeof db;

// ───────────────────────────── schemas ─────────────────────────────

export const OUTCOMES = ['RESOLVED', 'DISMISSED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Resolving says what was done; dismissing may say why. */
export const reportDecisionSchema = z
  .object({
    outcome: z.enum(OUTCOMES, { error: 'outcomeRequired' }),
    resolution: plainText(500, 'resolutionTooLong'),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'RESOLVED' && !value.resolution) ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'resolutionRequired' });
  });

export const appealDecisionSchema = z.object({
  outcome: z.enum(OUTCOMES, { error: 'outcomeRequired' }),
  decision: plainText(500, 'decisionTooLong').pipe(z.string().min(1, 'decisionRequired')),
});

export const APPEAL_MIN_LENGTH = 10;
export const appealSchema = z.object({
  text: plainText(1000, 'appealTooLong').pipe(z.string().min(1, 'appealRequired').min(APPEAL_MIN_LENGTH, 'appealTooShort')),
});

// ───────────────────────────── subjects ─────────────────────────────

export interface SubjectInfo {
  /** What people call it: a name, a product with its shop, a review's first words. */
  name: string;
  status: string | null;
  statusReason: string | null;
  ownerId: string | null;
  areaId: number | null;
  areaPath: string | null;
  place: { nameBn: string; nameEn: string } | null;
  /** The record whose console page shows it: itself (a rental too), or a review's provider or shop. */
  record: RecordRef | null;
}

export type SubjectRef = { subject: SubjectType; subjectId: string };
export type RecordRef = { subject: RecordSubject; subjectId: string };
export const subjectKey = (ref: SubjectRef) => `${ref.subject}:${ref.subjectId}`;
/** The console's page of a provider, shop or product. */
export const recordHref = (ref: RecordRef) => `/console/records/${ref.subject.toLowerCase()}/${ref.subjectId}`;

const areaSelect = { select: { path: true, nameBn: true, nameEn: true } } as const;

/** Names, status, owner and area of the subjects of reports or appeals, in one query per kind. */
export async function describeSubjects(refs: SubjectRef[], client: Client = db): Promise<Map<string, SubjectInfo>> {
  const ids = (type: SubjectType) => [...new Set(refs.filter((r) => r.subject === type).map((r) => r.subjectId))];
  const none = () => Promise.resolve([] as never[]);
  const [providers, shops, products, reviews, rentals, users] = await Promise.all([
    ids('PROVIDER').length
      ? client.provider.findMany({ where: { id: { in: ids('PROVIDER') } }, select: { id: true, nameBn: true, status: true, statusReason: true, userId: true, areaId: true, area: areaSelect } })
      : none(),
    ids('SHOP').length
      ? client.shop.findMany({ where: { id: { in: ids('SHOP') } }, select: { id: true, nameBn: true, status: true, statusReason: true, ownerId: true, areaId: true, area: areaSelect } })
      : none(),
    ids('PRODUCT').length
      ? client.product.findMany({
          where: { id: { in: ids('PRODUCT') } },
          select: { id: true, nameBn: true, status: true, statusReason: true, shop: { select: { nameBn: true, ownerId: true, areaId: true, area: areaSelect } } },
        })
      : none(),
    ids('REVIEW').length
      ? client.review.findMany({
          where: { id: { in: ids('REVIEW') } },
          select: {
            id: true,
            text: true,
            status: true,
            authorId: true,
            provider: { select: { id: true, nameBn: true, areaId: true, area: areaSelect } },
            shop: { select: { id: true, nameBn: true, areaId: true, area: areaSelect } },
          },
        })
      : none(),
    ids('RENTAL').length
      ? client.rentalListing.findMany({ where: { id: { in: ids('RENTAL') } }, select: { id: true, title: true, status: true, statusReason: true, areaId: true, area: areaSelect, ownerId: true } })
      : none(),
    ids('USER').length ? client.user.findMany({ where: { id: { in: ids('USER') } }, select: { id: true, name: true, status: true, statusReason: true } }) : none(),
  ]);
  const out = new Map<string, SubjectInfo>();
  const place = (a: { nameBn: string; nameEn: string }) => ({ nameBn: a.nameBn, nameEn: a.nameEn });
  for (const p of providers) {
    out.set(`PROVIDER:${p.id}`, { name: p.nameBn, status: p.status, statusReason: p.statusReason, ownerId: p.userId, areaId: p.areaId, areaPath: p.area.path, place: place(p.area), record: { subject: 'PROVIDER', subjectId: p.id } });
  }
  for (const s of shops) {
    out.set(`SHOP:${s.id}`, { name: s.nameBn, status: s.status, statusReason: s.statusReason, ownerId: s.ownerId, areaId: s.areaId, areaPath: s.area.path, place: place(s.area), record: { subject: 'SHOP', subjectId: s.id } });
  }
  for (const p of products) {
    const { shop } = p;
    out.set(`PRODUCT:${p.id}`, { name: `${p.nameBn} — ${shop.nameBn}`, status: p.status, statusReason: p.statusReason, ownerId: shop.ownerId, areaId: shop.areaId, areaPath: shop.area.path, place: place(shop.area), record: { subject: 'PRODUCT', subjectId: p.id } });
  }
  for (const r of reviews) {
    const on = r.provider ?? r.shop;
    const excerpt = (r.text ?? '').slice(0, 60);
    out.set(`REVIEW:${r.id}`, {
      name: `${on?.nameBn ?? ''}${excerpt ? ` — “${excerpt}”` : ''}`,
      status: r.status,
      statusReason: null,
      ownerId: r.authorId,
      areaId: on?.areaId ?? null,
      areaPath: on?.area.path ?? null,
      place: on ? place(on.area) : null,
      record: r.provider ? { subject: 'PROVIDER', subjectId: r.provider.id } : r.shop ? { subject: 'SHOP', subjectId: r.shop.id } : null,
    });
  }
  for (const r of rentals) {
    out.set(`RENTAL:${r.id}`, { name: r.title, status: r.status, statusReason: r.statusReason, ownerId: r.ownerId, areaId: r.areaId, areaPath: r.area.path, place: place(r.area), record: { subject: 'RENTAL', subjectId: r.id } });
  }
  for (const u of users) out.set(`USER:${u.id}`, { name: u.name, status: u.status, statusReason: u.statusReason, ownerId: u.id, areaId: null, areaPath: null, place: null, record: null });
  return out;
}

/** What the reports queue shows of a reported thing: where it is public, a snippet, a photo, who owns it. */
export interface SubjectContext {
  /** Its public page (a path on the root host). */
  publicHref: string | null;
  snippet: string | null;
  photo: { storage: string; key: string; url: string | null; thumbUrl: string | null } | null;
  owner: { name: string; phone: string } | null;
  /** A review's stars, and what it is about. */
  rating?: number;
  about?: string;
}

const mediaSelect = { select: { storage: true, key: true, url: true, thumbUrl: true } } as const;
const ownerSelect = { select: { name: true, phone: true } } as const;
const firstPhoto = { orderBy: { sortOrder: 'asc' as const }, take: 1, select: { media: mediaSelect } };
const snip = (text: string | null | undefined, max = 200) => (text ? (text.length > max ? `${text.slice(0, max - 1)}…` : text) : null);

/** The context of reported things, for officers deciding on them (one query per kind). */
export async function describeContexts(refs: SubjectRef[]): Promise<Map<string, SubjectContext>> {
  const ids = (type: SubjectType) => [...new Set(refs.filter((r) => r.subject === type).map((r) => r.subjectId))];
  const none = () => Promise.resolve([] as never[]);
  const [providers, shops, products, reviews, rentals] = await Promise.all([
    ids('PROVIDER').length ? db.provider.findMany({ where: { id: { in: ids('PROVIDER') } }, select: { id: true, slug: true, bio: true, phone: true, user: ownerSelect, photos: firstPhoto } }) : none(),
    ids('SHOP').length ? db.shop.findMany({ where: { id: { in: ids('SHOP') } }, select: { id: true, slug: true, story: true, owner: ownerSelect, logo: mediaSelect } }) : none(),
    ids('PRODUCT').length
      ? db.product.findMany({ where: { id: { in: ids('PRODUCT') } }, select: { id: true, slug: true, description: true, photos: firstPhoto, shop: { select: { slug: true, owner: ownerSelect } } } })
      : none(),
    ids('REVIEW').length
      ? db.review.findMany({
          where: { id: { in: ids('REVIEW') } },
          select: { id: true, rating: true, text: true, author: ownerSelect, provider: { select: { slug: true, nameBn: true } }, shop: { select: { slug: true, nameBn: true } } },
        })
      : none(),
    ids('RENTAL').length
      ? db.rentalListing.findMany({ where: { id: { in: ids('RENTAL') } }, select: { id: true, kind: true, description: true, phone: true, photos: firstPhoto, owner: ownerSelect, provider: { select: { nameBn: true, user: ownerSelect } } } })
      : none(),
  ]);
  const out = new Map<string, SubjectContext>();
  for (const p of providers) out.set(`PROVIDER:${p.id}`, { publicHref: `/p/${p.slug}`, snippet: snip(p.bio), photo: p.photos[0]?.media ?? null, owner: p.user ?? { name: '', phone: p.phone } });
  for (const x of shops) out.set(`SHOP:${x.id}`, { publicHref: `/s/${x.slug}`, snippet: snip(x.story), photo: x.logo, owner: x.owner });
  for (const p of products) out.set(`PRODUCT:${p.id}`, { publicHref: `/s/${p.shop.slug}/p/${p.slug}`, snippet: snip(p.description), photo: p.photos[0]?.media ?? null, owner: p.shop.owner });
  for (const r of reviews) {
    out.set(`REVIEW:${r.id}`, {
      publicHref: r.provider ? `/p/${r.provider.slug}` : r.shop ? `/s/${r.shop.slug}` : null,
      snippet: snip(r.text, 1000),
      photo: null,
      owner: r.author,
      rating: r.rating,
      about: r.provider?.nameBn ?? r.shop?.nameBn,
    });
  }
  for (const r of rentals) out.set(`RENTAL:${r.id}`, { publicHref: rentalsPath({ kind: r.kind }), snippet: snip(r.description), photo: r.photos[0]?.media ?? null, owner: r.owner ?? r.provider?.user ?? { name: r.provider?.nameBn ?? '', phone: r.phone } });
  return out;
}

/** Admins see every subject; officers those whose area lies under theirs (a user has no area). */
const subjectInScope = (scope: Scope, info: SubjectInfo | undefined) => scope.isAdmin || Boolean(info?.areaPath?.startsWith(scope.path));

// ───────────────────────────── reports ─────────────────────────────

export interface ReportGroup extends SubjectRef {
  /** The console page to act on it from, when there is one. */
  href: string | null;
  info: SubjectInfo | null;
  context: SubjectContext | null;
  reports: { id: string; reason: string; details: string | null; createdAt: Date; fromAccount: boolean }[];
}

export const REPORTS_SHOWN = 300;

/** Open reports in scope, oldest first, one group per reported record (the group with the oldest report first). */
export async function listOpenReports(scope: Scope): Promise<{ total: number; groups: ReportGroup[] }> {
  const where = { status: 'OPEN' as const, ...inScope(scope) };
  const [total, reports] = await Promise.all([
    db.report.count({ where }),
    db.report.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: REPORTS_SHOWN,
      select: { id: true, subject: true, subjectId: true, reason: true, details: true, createdAt: true, reporterId: true },
    }),
  ]);
  const [infos, contexts] = await Promise.all([describeSubjects(reports), describeContexts(reports)]);
  const groups = new Map<string, ReportGroup>();
  for (const r of reports) {
    const key = subjectKey(r);
    let group = groups.get(key);
    if (!group) {
      const info = infos.get(key) ?? null;
      group = { subject: r.subject, subjectId: r.subjectId, href: info?.record ? recordHref(info.record) : null, info, context: contexts.get(key) ?? null, reports: [] };
      groups.set(key, group);
    }
    group.reports.push({ id: r.id, reason: r.reason, details: r.details, createdAt: r.createdAt, fromAccount: r.reporterId !== null });
  }
  return { total, groups: [...groups.values()] };
}

/**
 * Resolves or dismisses reports (one, or all of a record's at once). Each one outside the scope is
 * "not found"; those someone else decided meanwhile are left alone, and when none was still open
 * the officer is told it was already decided.
 */
export async function decideReports(scope: Scope, reportIds: string[], input: { outcome: Outcome; resolution: string }): Promise<{ decided: number; alreadyDecided: number }> {
  if (input.outcome === 'RESOLVED' && !input.resolution.trim()) throw new AppError('invalid', 'resolutionRequired');
  const ids = [...new Set(reportIds)].slice(0, 100);
  if (!ids.length) throw notFound();
  const reports = await db.report.findMany({ where: { id: { in: ids } }, select: { id: true, areaId: true, subject: true, subjectId: true } });
  if (reports.length !== ids.length) throw notFound();
  for (const areaId of new Set(reports.map((r) => r.areaId))) await assertAreaInScope(scope, areaId);
  const resolution = input.resolution.trim() || null;
  return db.$transaction(async (tx) => {
    let decided = 0;
    for (const report of reports) {
      const { count } = await tx.report.updateMany({
        where: { id: report.id, status: 'OPEN' },
        data: { status: input.outcome, resolution, resolvedById: scope.user.id, resolvedAt: new Date() },
      });
      if (!count) continue;
      decided++;
      await audit(tx, {
        actorId: scope.user.id,
        action: input.outcome === 'RESOLVED' ? 'report.resolve' : 'report.dismiss',
        subject: 'REPORT',
        subjectId: report.id,
        areaId: report.areaId,
        before: { status: 'OPEN', subject: report.subject, subjectId: report.subjectId },
        after: { status: input.outcome, resolution },
        reason: resolution,
      });
    }
    if (!decided) throw new AppError('conflict', 'alreadyDecided');
    return { decided, alreadyDecided: reports.length - decided };
  });
}

// ───────────────────────────── hiding a review ─────────────────────────────

export const hideReviewSchema = z.object({ reason: plainText(300, 'reasonTooLong').pipe(z.string().min(1, 'hideReasonRequired')) });

export function reviewHiddenSms(on: string, reason: string): string {
  const said = reason.length > SMS_DECISION_CHARS ? `${reason.slice(0, SMS_DECISION_CHARS - 1)}…` : reason;
  return `হাট: "${on}"-এ আপনার রিভিউটি অফিসার সরিয়ে দিয়েছেন। কারণ: ${said}`;
}

/**
 * An officer hides a review in scope (a provider's or a shop's) with a reason: it leaves the
 * public pages at once (the Review row's change names its provider's or shop's cache tag), the
 * provider's rating is worked out again, the open reports about it are resolved with the reason,
 * all audit logged in the same transaction, and the author is told by SMS (queued with it).
 */
export async function hideReview(scope: Scope, reviewId: string, reason: string): Promise<void> {
  const why = reason.trim();
  if (!why) throw new AppError('invalid', 'hideReasonRequired');
  const review = await db.review.findUnique({
    where: { id: reviewId },
    select: { id: true, status: true, rating: true, text: true, providerId: true, shopId: true, author: { select: { phone: true } }, provider: { select: { nameBn: true, areaId: true } }, shop: { select: { nameBn: true, areaId: true } } },
  });
  const on = review?.provider ?? review?.shop;
  if (!review || !on) throw notFound();
  await assertAreaInScope(scope, on.areaId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.review.updateMany({ where: { id: review.id, status: 'VISIBLE' }, data: { status: 'HIDDEN' } });
    if (!count) throw new AppError('conflict', 'alreadyHidden');
    if (review.providerId) await refreshRating(tx, review.providerId);
    await audit(tx, {
      actorId: scope.user.id,
      action: 'review.hide',
      subject: 'REVIEW',
      subjectId: review.id,
      areaId: on.areaId,
      before: { status: 'VISIBLE', rating: review.rating, text: review.text, providerId: review.providerId, shopId: review.shopId },
      after: { status: 'HIDDEN' },
      reason: why,
    });
    const open = await tx.report.findMany({ where: { subject: 'REVIEW', subjectId: review.id, status: 'OPEN' }, select: { id: true } });
    if (open.length) {
      await tx.report.updateMany({ where: { id: { in: open.map((r) => r.id) }, status: 'OPEN' }, data: { status: 'RESOLVED', resolution: why, resolvedById: scope.user.id, resolvedAt: new Date() } });
      for (const r of open) {
        await audit(tx, { actorId: scope.user.id, action: 'report.resolve', subject: 'REPORT', subjectId: r.id, areaId: on.areaId, before: { status: 'OPEN', subject: 'REVIEW', subjectId: review.id }, after: { status: 'RESOLVED', resolution: why }, reason: why });
      }
    }
    await sendSms(review.author.phone, reviewHiddenSms(on.nameBn, why), 'review-hidden', { tx });
  });
}

// ───────────────────────────── appeals: the owner's side ─────────────────────────────
// Owners appeal what officers suspend: their provider profile, shop or product.

/**
 * When the subject's current suspension began: the newest audit entry about it whose `after`
 * says SUSPENDED (the oversight module writes one with every suspension). Null when there is none
 * (e.g. a record suspended before the audit log existed).
 */
export async function suspendedSince(subject: RecordSubject, subjectId: string, client: Client = db): Promise<Date | null> {
  const entry = await client.auditLog.findFirst({
    where: { subject, subjectId, after: { path: ['status'], equals: 'SUSPENDED' } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return entry?.createdAt ?? null;
}

/**
 * The appeal against the current suspension, if one was sent: an open one, or any sent since the
 * suspension began. Without a known start, any earlier appeal counts — one appeal, never two.
 */
async function appealOfThisSuspension(subject: RecordSubject, subjectId: string, client: Client) {
  const since = await suspendedSince(subject, subjectId, client);
  return client.appeal.findFirst({
    where: { subject, subjectId, ...(since ? { OR: [{ status: 'OPEN' }, { createdAt: { gte: since } }] } : {}) },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, text: true, decision: true, createdAt: true, decidedAt: true },
  });
}

async function ownSubject(userId: string, subject: RecordSubject, subjectId: string, client: Client): Promise<SubjectInfo> {
  const info = (await describeSubjects([{ subject, subjectId }], client)).get(subjectKey({ subject, subjectId }));
  if (!info || info.ownerId !== userId) throw notFound();
  return info;
}

export interface AppealBoxState {
  /** Why the officer suspended it, as they wrote it. */
  reason: string | null;
  appeal: { status: CaseStatus; text: string; decision: string | null; createdAt: Date; decidedAt: Date | null } | null;
  canAppeal: boolean;
}

/** What the owner of a suspended record sees: the reason, their appeal and whether they may still send one. Null when it is not suspended. */
export async function getAppealBox(userId: string, subject: RecordSubject, subjectId: string): Promise<AppealBoxState | null> {
  const info = await ownSubject(userId, subject, subjectId, db).catch(() => null);
  if (!info || info.status !== 'SUSPENDED') return null;
  const appeal = await appealOfThisSuspension(subject, subjectId, db);
  return { reason: info.statusReason, appeal: appeal && { status: appeal.status, text: appeal.text, decision: appeal.decision, createdAt: appeal.createdAt, decidedAt: appeal.decidedAt }, canAppeal: !appeal };
}

/** The owner's one appeal against the current suspension of their provider profile, shop or product. */
export async function fileAppeal(user: { id: string }, subject: RecordSubject, subjectId: string, text: string) {
  if (text.trim().length < APPEAL_MIN_LENGTH) throw new AppError('invalid', 'appealTooShort');
  return db.$transaction(async (tx) => {
    // Two taps on "send" (or two phones) must not make two appeals.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appeal:${subject}:${subjectId}`}))`;
    const info = await ownSubject(user.id, subject, subjectId, tx);
    if (info.status !== 'SUSPENDED') throw new AppError('conflict', 'notSuspended');
    if (await appealOfThisSuspension(subject, subjectId, tx)) throw new AppError('conflict', 'alreadyAppealed');
    return tx.appeal.create({ data: { subject, subjectId, userId: user.id, text: text.trim() }, select: { id: true } });
  });
}

// ───────────────────────────── appeals: the officer's side ─────────────────────────────

export interface AppealItem extends SubjectRef {
  id: string;
  href: string | null;
  text: string;
  status: CaseStatus;
  decision: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  appellant: { name: string; phone: string };
  decidedBy: string | null;
  info: SubjectInfo | null;
}

const appealSelect = {
  id: true,
  subject: true,
  subjectId: true,
  text: true,
  status: true,
  decision: true,
  createdAt: true,
  decidedAt: true,
  user: { select: { name: true, phone: true } },
  decidedBy: { select: { name: true } },
} as const;

async function appealsInScope(scope: Scope, rows: Prisma.AppealGetPayload<{ select: typeof appealSelect }>[]): Promise<AppealItem[]> {
  const infos = await describeSubjects(rows);
  return rows
    .filter((a) => subjectInScope(scope, infos.get(subjectKey(a))))
    .map((a) => ({
      id: a.id,
      subject: a.subject,
      subjectId: a.subjectId,
      href: isRecordSubject(a.subject) ? recordHref({ subject: a.subject, subjectId: a.subjectId }) : null,
      text: a.text,
      status: a.status,
      decision: a.decision,
      createdAt: a.createdAt,
      decidedAt: a.decidedAt,
      appellant: a.user,
      decidedBy: a.decidedBy?.name ?? null,
      info: infos.get(subjectKey(a)) ?? null,
    }));
}

/** Open appeals in scope, oldest first. Appeals carry no area, so the scope is their subject's. */
export async function listOpenAppeals(scope: Scope): Promise<AppealItem[]> {
  const rows = await db.appeal.findMany({ where: { status: 'OPEN' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1000, select: appealSelect });
  return appealsInScope(scope, rows);
}

/** The latest decided appeals in scope, newest first (from the last 200 decided anywhere). */
export async function listDecidedAppeals(scope: Scope, take = 20): Promise<AppealItem[]> {
  const rows = await db.appeal.findMany({ where: { status: { not: 'OPEN' } }, orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }], take: 200, select: appealSelect });
  return (await appealsInScope(scope, rows)).slice(0, take);
}

/** Reinstates a suspended record with its own audit entry (lib/console/oversight.ts; tests pass a failing one). */
export type ReinstateRecord = (scope: Scope, subject: RecordSubject, subjectId: string, reason: string, opts?: { notify?: boolean }) => Promise<unknown>;

const SMS_DECISION_CHARS = 120;

export function appealDecisionSms(name: string, outcome: Outcome, decision: string): string {
  const said = decision.length > SMS_DECISION_CHARS ? `${decision.slice(0, SMS_DECISION_CHARS - 1)}…` : decision;
  return outcome === 'RESOLVED'
    ? `হাট: আপনার আপিল গ্রহণ করা হয়েছে, "${name}" আবার চালু। অফিসার লিখেছেন: ${said}`
    : `হাট: আপনার আপিল গ্রহণ করা হয়নি, "${name}" বন্ধ থাকবে। অফিসার লিখেছেন: ${said}`;
}

/**
 * Decides an appeal: RESOLVED reinstates the record, DISMISSED keeps it suspended; the owner gets
 * an SMS either way. The decision is claimed first (so a second officer is told "already decided"),
 * then the record is reinstated; if that fails while the record is still suspended, the claim is
 * undone (with its own audit entry) and the appeal is back in the queue.
 */
export async function decideAppeal(scope: Scope, appealId: string, input: { outcome: Outcome; decision: string }, reinstate: ReinstateRecord = reinstateRecord): Promise<void> {
  const decision = input.decision.trim();
  if (!decision) throw new AppError('invalid', 'decisionRequired');
  const appeal = await db.appeal.findUnique({ where: { id: appealId }, select: { id: true, subject: true, subjectId: true, text: true, user: { select: { phone: true } } } });
  if (!appeal || !isRecordSubject(appeal.subject)) throw notFound();
  const subject = appeal.subject;
  const info = (await describeSubjects([appeal])).get(subjectKey(appeal));
  if (!info) throw notFound();
  await assertAreaInScope(scope, info.areaId);

  const decidedAt = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.appeal.updateMany({ where: { id: appeal.id, status: 'OPEN' }, data: { status: input.outcome, decision, decidedById: scope.user.id, decidedAt } });
    if (!count) throw new AppError('conflict', 'alreadyDecided');
    await audit(tx, {
      actorId: scope.user.id,
      action: input.outcome === 'RESOLVED' ? 'appeal.resolve' : 'appeal.dismiss',
      subject: 'APPEAL',
      subjectId: appeal.id,
      areaId: info.areaId,
      before: { status: 'OPEN', subject, subjectId: appeal.subjectId, text: appeal.text },
      after: { status: input.outcome, decision },
      reason: decision,
    });
  });

  if (input.outcome === 'RESOLVED' && info.status === 'SUSPENDED') {
    try {
      await reinstate(scope, subject, appeal.subjectId, decision, { notify: false });
    } catch (error) {
      const now = (await describeSubjects([appeal])).get(subjectKey(appeal));
      if (now?.status === 'SUSPENDED') {
        await db.$transaction(async (tx) => {
          await tx.appeal.updateMany({ where: { id: appeal.id, status: 'RESOLVED', decidedAt }, data: { status: 'OPEN', decision: null, decidedById: null, decidedAt: null } });
          await audit(tx, {
            actorId: scope.user.id,
            action: 'appeal.reopen',
            subject: 'APPEAL',
            subjectId: appeal.id,
            areaId: info.areaId,
            before: { status: 'RESOLVED', decision },
            after: { status: 'OPEN' },
            reason: 'reinstating the record failed',
          });
        });
        throw error;
      }
      // Someone reinstated it meanwhile: the decision stands.
    }
  }

  await sendSms(appeal.user.phone, appealDecisionSms(info.name, input.outcome, decision), 'appeal-decision').catch((error: unknown) =>
    console.error('[console] appeal decision SMS failed', { appealId: appeal.id, error }),
  );
}
