// Reviews and reports. A review needs a signed-in account whose phone was confirmed by SMS; one
// per person per provider (sending again replaces it); the provider may reply once. Reports are
// open to anyone, limited per person and per client so they cannot be used to flood officers.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
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

async function refreshRating(tx: Prisma.TransactionClient, providerId: string) {
  const agg = await tx.review.aggregate({ where: { providerId, status: 'VISIBLE' }, _avg: { rating: true }, _count: true });
  await tx.provider.update({ where: { id: providerId }, data: { ratingAvg: agg._avg.rating ?? 0, ratingCount: agg._count } });
  await enqueueSearch(tx, 'PROVIDER', providerId);
}

export async function reviewProvider(actor: { id: string }, providerId: string, input: z.infer<typeof reviewSchema>) {
  const [user, provider] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { phoneVerifiedAt: true } }),
    db.provider.findUnique({ where: { id: providerId }, select: { userId: true, status: true } }),
  ]);
  if (!provider || provider.status !== 'ACTIVE') throw notFound();
  if (!user?.phoneVerifiedAt) throw new AppError('forbidden', 'phoneNotConfirmed');
  if (provider.userId === actor.id) throw new AppError('forbidden', 'ownProfile');
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

export async function reportSubject(
  reporter: { id: string } | null,
  clientKey: string,
  subject: { type: 'PROVIDER' | 'REVIEW'; id: string },
  input: z.infer<typeof reportSchema>,
) {
  const limited = await hit(`report:${reporter?.id ?? clientKey}`, REPORT_LIMITS.perClient);
  if (!limited.allowed) throw new AppError('rateLimited', 'rateLimited', limited.retryAfterSeconds);
  const areaId =
    subject.type === 'PROVIDER'
      ? (await db.provider.findUnique({ where: { id: subject.id }, select: { areaId: true } }))?.areaId
      : (await db.review.findUnique({ where: { id: subject.id }, select: { provider: { select: { areaId: true } } } }))?.provider?.areaId;
  if (areaId === undefined) throw notFound();
  await db.report.create({ data: { subject: subject.type, subjectId: subject.id, areaId, reason: input.reason, details: input.details || null, reporterId: reporter?.id } });
}
