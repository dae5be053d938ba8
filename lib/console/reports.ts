// The officers' reports queue: what people reported about a record (or a review, or an account),
// shown in context, and decided in one go per record. Officers see and decide only what lies in
// their area (a report carries its subject's area), also when an id comes typed into a form. Every
// decision is a conditional update from OPEN, so the second of two officers deciding the same
// report is told it was already decided, and it is written to the audit log in the same transaction.
// Officers also hide a review from here, with a reason the author is told.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { SubjectType } from '@/lib/generated/prisma/enums';
import { plainText } from '@/lib/i18n/text-input';
import { rentalsPath } from '@/lib/directory/filter-paths';
import { listingPath } from '@/lib/livestock/paths';
import { refreshRating } from '@/lib/directory/reviews';
import { sendSms } from '@/lib/notify/sms';
import { audit } from './audit';
import { recordHref } from './records';
import { assertAreaInScope, inScope, type Scope } from './scope';
import { describeSubjects, OUTCOMES, smsQuote, subjectKey, type Outcome, type SubjectInfo, type SubjectRef } from './subjects';

/** Resolving says what was done; dismissing may say why. */
export const reportDecisionSchema = z
  .object({
    outcome: z.enum(OUTCOMES, { error: 'outcomeRequired' }),
    resolution: plainText(500, 'resolutionTooLong'),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'RESOLVED' && !value.resolution) ctx.addIssue({ code: 'custom', path: ['resolution'], message: 'resolutionRequired' });
  });

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
  const [providers, shops, products, reviews, rentals, livestock] = await Promise.all([
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
    ids('LIVESTOCK').length
      ? db.livestockListing.findMany({ where: { id: { in: ids('LIVESTOCK') } }, select: { id: true, description: true, photos: firstPhoto, seller: ownerSelect } })
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
  for (const l of livestock) out.set(`LIVESTOCK:${l.id}`, { publicHref: listingPath(l.id), snippet: snip(l.description), photo: l.photos[0]?.media ?? null, owner: l.seller });
  return out;
}

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
      group = { subject: r.subject, subjectId: r.subjectId, href: info?.record ? recordHref(info.record.subject, info.record.subjectId) : r.subject === 'LIVESTOCK' && info ? `/console/haat/listings?area=${info.areaId}` : null, info, context: contexts.get(key) ?? null, reports: [] };
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
  return `হাট: "${on}"-এ আপনার রিভিউটি অফিসার সরিয়ে দিয়েছেন। কারণ: ${smsQuote(reason)}`;
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
