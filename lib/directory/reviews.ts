// Reviews and reports. A provider review needs a signed-in account whose phone was confirmed by SMS
// and a recorded contact (a call or WhatsApp tap on the provider's page, signed in, at least a day
// earlier: lib/directory/contact.ts); one per person per provider (sending again replaces it); the
// provider may reply once. Reports of anything public (a provider, shop, product, rental or review)
// are open to anyone, limited per person and per client so they cannot be used to flood officers.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { publicProviderWhere } from '@/lib/directory/visibility';
import { livestockName } from '@/lib/livestock/kinds';
import { publicLivestock } from '@/lib/livestock/visibility';
import { publicRental } from '@/lib/rentals/visibility';
import { enqueueSearch } from '@/lib/search/outbox';
import { hit } from '@/lib/security/rate-limit';

const text = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim())
    .pipe(z.string().max(max, 'textTooLong'));

export const reviewSchema = z.object({
  rating: z.coerce.number({ error: 'ratingRequired' }).int('ratingRequired').min(1, 'ratingRequired').max(5, 'ratingRequired'),
  text: text(1000),
});
export const replySchema = z.object({ reply: text(500).pipe(z.string().min(1, 'replyRequired')) });
export const REPORT_REASONS = ['FAKE', 'WRONG_NUMBER', 'FRAUD', 'ABUSIVE', 'INAPPROPRIATE', 'DUPLICATE', 'OTHER'] as const;
export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: 'reasonRequired' }),
  details: text(500),
});

/** Keeps a provider's average and count in step with her visible reviews (and her search entry). */
export async function refreshRating(tx: Prisma.TransactionClient, providerId: string) {
  const agg = await tx.review.aggregate({ where: { providerId, status: 'VISIBLE' }, _avg: { rating: true }, _count: true });
  await tx.provider.update({ where: { id: providerId }, data: { ratingAvg: agg._avg.rating ?? 0, ratingCount: agg._count } });
  await enqueueSearch(tx, 'PROVIDER', providerId);
}

/** How long after her first recorded contact someone may review a provider. */
export const REVIEW_AFTER_CONTACT_MS = 24 * 3600 * 1000;

export async function reviewProvider(actor: { id: string }, providerId: string, input: z.infer<typeof reviewSchema>, now = new Date()) {
  const [user, provider, contact] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { phoneVerifiedAt: true } }),
    db.provider.findFirst({ where: { id: providerId, ...publicProviderWhere }, select: { userId: true } }),
    db.contactTap.findUnique({ where: { userId_providerId: { userId: actor.id, providerId } }, select: { firstAt: true } }),
  ]);
  if (!provider) throw notFound();
  if (!user?.phoneVerifiedAt) throw new AppError('forbidden', 'phoneNotConfirmed');
  if (provider.userId === actor.id) throw new AppError('forbidden', 'ownProfile');
  if (!contact) throw new AppError('forbidden', 'contactFirst');
  if (now.getTime() - contact.firstAt.getTime() < REVIEW_AFTER_CONTACT_MS) throw new AppError('forbidden', 'contactTooRecent');
  await db.$transaction(async (tx) => {
    await tx.review.upsert({
      where: { authorId_providerId: { authorId: actor.id, providerId } },
      create: { authorId: actor.id, providerId, rating: input.rating, text: input.text || null },
      update: { rating: input.rating, text: input.text || null },
    });
    await refreshRating(tx, providerId);
  });
}

export async function replyToReview(actor: { id: string }, reviewId: string, reply: string) {
  const review = await db.review.findUnique({ where: { id: reviewId }, select: { reply: true, provider: { select: { userId: true } } } });
  // Someone else's review is "not found" to her, like a missing one.
  if (!review?.provider || review.provider.userId !== actor.id) throw notFound();
  const updated = await db.review.updateMany({ where: { id: reviewId, reply: null }, data: { reply, repliedAt: new Date() } });
  if (updated.count === 0) throw new AppError('conflict', 'alreadyReplied');
}

export const REPORT_LIMITS = { perClient: { max: 5, windowMs: 3_600_000 } } as const;

export const REPORTABLE = ['PROVIDER', 'SHOP', 'PRODUCT', 'RENTAL', 'REVIEW', 'LIVESTOCK'] as const;
export type Reportable = (typeof REPORTABLE)[number];

/**
 * The area of a public thing people may report (its officers' scope), or undefined when there is no
 * such public thing: missing, suspended or hidden ones cannot be reported from a public page.
 */
async function reportableArea(subject: { type: Reportable; id: string }): Promise<number | null | undefined> {
  const { id } = subject;
  switch (subject.type) {
    case 'PROVIDER':
      return (await db.provider.findFirst({ where: { id, ...publicProviderWhere }, select: { areaId: true } }))?.areaId;
    case 'SHOP':
      return (await db.shop.findUnique({ where: { id }, select: { areaId: true, status: true } }).then((s) => (s?.status === 'ACTIVE' ? s : null)))?.areaId;
    case 'PRODUCT':
      return (await db.product.findUnique({ where: { id }, select: { status: true, shop: { select: { areaId: true } } } }).then((p) => (p?.status === 'ACTIVE' ? p : null)))?.shop.areaId;
    case 'RENTAL':
      // What the public sees of rentals (not let, not expired) is all that can be reported.
      return (await db.rentalListing.findFirst({ where: { id, ...publicRental() }, select: { areaId: true } }))?.areaId;
    case 'LIVESTOCK':
      // Only a listing the public sees (not hidden, sold or expired).
      return (await db.livestockListing.findFirst({ where: { id, ...publicLivestock() }, select: { areaId: true } }))?.areaId;
    case 'REVIEW': {
      const review = await db.review.findUnique({ where: { id }, select: { status: true, provider: { select: { areaId: true } }, shop: { select: { areaId: true } } } });
      if (review?.status !== 'VISIBLE') return undefined;
      return review.provider?.areaId ?? review.shop?.areaId ?? null;
    }
  }
}

export async function reportSubject(reporter: { id: string } | null, clientKey: string, subject: { type: Reportable; id: string }, input: z.infer<typeof reportSchema>) {
  const limited = await hit(`report:${reporter?.id ?? clientKey}`, REPORT_LIMITS.perClient);
  if (!limited.allowed) throw new AppError('rateLimited', 'rateLimited', limited.retryAfterSeconds);
  const areaId = await reportableArea(subject);
  if (areaId === undefined) throw notFound();
  await db.report.create({ data: { subject: subject.type, subjectId: subject.id, areaId, reason: input.reason, details: input.details || null, reporterId: reporter?.id } });
}

/** What the report page names: a public thing's title and a few words of it; null when there is none to report. */
export async function reportablePreview(subject: { type: Reportable; id: string }): Promise<{ name: string; snippet: string | null } | null> {
  const { id } = subject;
  const words = (text: string | null | undefined) => (text ? text.slice(0, 160) : null);
  switch (subject.type) {
    case 'PROVIDER': {
      const p = await db.provider.findFirst({ where: { id, ...publicProviderWhere }, select: { nameBn: true, bio: true } });
      return p ? { name: p.nameBn, snippet: words(p.bio) } : null;
    }
    case 'SHOP': {
      const s = await db.shop.findUnique({ where: { id }, select: { nameBn: true, status: true, story: true } });
      return s?.status === 'ACTIVE' ? { name: s.nameBn, snippet: words(s.story) } : null;
    }
    case 'PRODUCT': {
      const p = await db.product.findUnique({ where: { id }, select: { nameBn: true, status: true, description: true, shop: { select: { nameBn: true, status: true } } } });
      return p?.status === 'ACTIVE' && p.shop.status === 'ACTIVE' ? { name: `${p.nameBn} — ${p.shop.nameBn}`, snippet: words(p.description) } : null;
    }
    case 'RENTAL': {
      const r = await db.rentalListing.findFirst({ where: { id, ...publicRental() }, select: { title: true, description: true } });
      return r ? { name: r.title, snippet: words(r.description) } : null;
    }
    case 'LIVESTOCK': {
      const l = await db.livestockListing.findFirst({ where: { id, ...publicLivestock() }, select: { animal: true, breed: true, weightKg: true, description: true } });
      return l ? { name: livestockName(l), snippet: words(l.description) } : null;
    }
    case 'REVIEW': {
      const r = await db.review.findUnique({ where: { id }, select: { status: true, rating: true, text: true, provider: { select: { nameBn: true } }, shop: { select: { nameBn: true } } } });
      const on = r?.provider ?? r?.shop;
      return r?.status === 'VISIBLE' && on ? { name: `${on.nameBn} · ${'★'.repeat(r.rating)}`, snippet: words(r.text) } : null;
    }
  }
}
