import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { replyToReview, reportSubject, reviewProvider } from './reviews';

let n = 0;
const person = (confirmed = true) =>
  db.user.create({ data: { phone: `+88015${String(40000000 + ++n * 19 + Math.floor(Math.random() * 1e4) * 1e3).slice(0, 8)}`, name: 'মোঃ ক্রেতা', status: 'ACTIVE', phoneVerifiedAt: confirmed ? new Date() : null } });
let owner: { id: string }, providerId: string;

beforeAll(async () => {
  owner = await person();
  const mirzapur = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  providerId = (await db.provider.create({ data: { slug: `rv-${Date.now()}`, userId: owner.id, nameBn: 'x', areaId: mirzapur, phone: '+8801711000000' } })).id;
});

describe('reviews', () => {
  it('need a confirmed phone, one per person (sending again replaces it), never on one’s own profile', async () => {
    const buyer = await person();
    await reviewProvider(buyer, providerId, { rating: 5, text: 'চমৎকার' });
    await reviewProvider(buyer, providerId, { rating: 3, text: 'ঠিক আছে' });
    expect(await db.review.count({ where: { providerId, authorId: buyer.id } })).toBe(1);
    await reviewProvider(await person(), providerId, { rating: 5, text: '' });
    expect(await db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { ratingAvg: true, ratingCount: true } })).toEqual({ ratingAvg: 4, ratingCount: 2 });

    await expect(reviewProvider(await person(false), providerId, { rating: 5, text: '' })).rejects.toMatchObject({ message: 'phoneNotConfirmed' });
    await expect(reviewProvider(owner, providerId, { rating: 5, text: '' })).rejects.toMatchObject({ message: 'ownProfile' });
  });

  it('get one reply, from the provider only', async () => {
    const buyer = await person();
    await reviewProvider(buyer, providerId, { rating: 4, text: 'ভালো' });
    const review = await db.review.findFirstOrThrow({ where: { authorId: buyer.id } });
    await expect(replyToReview(buyer, review.id, 'আমি নিজেই')).rejects.toMatchObject({ code: 'notFound' });
    await replyToReview(owner, review.id, 'ধন্যবাদ');
    await expect(replyToReview(owner, review.id, 'আবার')).rejects.toMatchObject({ message: 'alreadyReplied' });
  });
});

describe('reports', () => {
  it('are filed with the subject’s area and limited to 5 an hour per person', async () => {
    const reporter = await person();
    let refused = 0;
    for (let i = 0; i < 7; i++) {
      try {
        await reportSubject(reporter, 'ip', { type: 'PROVIDER', id: providerId }, { reason: 'WRONG_NUMBER', details: '' });
      } catch (e) {
        expect((e as { code: string }).code).toBe('rateLimited');
        refused++;
      }
    }
    expect(refused).toBe(2);
    const report = await db.report.findFirstOrThrow({ where: { reporterId: reporter.id } });
    expect(report).toMatchObject({ subject: 'PROVIDER', subjectId: providerId, status: 'OPEN' });
    expect(report.areaId).not.toBeNull();
  });
});
