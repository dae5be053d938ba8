// The demo seed's reviews follow the rules a real one must: each reviewer contacted the provider
// through Haat at least a day before, so they stay valid (and editable) under lib/directory/reviews.ts.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { REVIEW_AFTER_CONTACT_MS, reviewProvider } from '@/lib/directory/reviews';
import { seedDemo } from './demo';

beforeAll(async () => {
  await seedDemo(db, path.join(process.env.HAAT_DATA_DIR!, 'media'));
}, 180_000);

describe('demo reviews', () => {
  it('each come a day or more after a recorded contact, and their authors can edit them', async () => {
    const reviews = await db.review.findMany({ where: { providerId: { not: null } }, select: { authorId: true, providerId: true, createdAt: true } });
    expect(reviews.length).toBeGreaterThan(10);
    const taps = await db.contactTap.findMany({ select: { userId: true, providerId: true, firstAt: true } });
    const firstTap = new Map(taps.map((t) => [`${t.userId}:${t.providerId}`, t.firstAt]));
    for (const r of reviews) {
      const at = firstTap.get(`${r.authorId}:${r.providerId}`);
      expect(at).toBeDefined();
      expect(r.createdAt.getTime() - at!.getTime()).toBeGreaterThanOrEqual(REVIEW_AFTER_CONTACT_MS);
    }
    const one = reviews[0]!;
    await reviewProvider({ id: one.authorId }, one.providerId!, { rating: 4, text: 'আবার লিখলাম' });
    expect(await db.review.count({ where: { authorId: one.authorId, providerId: one.providerId } })).toBe(1);
  });

  it('shops verified in the demo carry a badge date that expires', async () => {
    const verified = await db.shop.findMany({ where: { verification: 'VERIFIED' }, select: { verifiedAt: true, verificationExpiresAt: true } });
    expect(verified.length).toBeGreaterThan(0);
    for (const s of verified) expect(s.verificationExpiresAt!.getTime()).toBeGreaterThan(s.verifiedAt!.getTime());
  });
});
