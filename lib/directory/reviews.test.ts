import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { recordContact } from './contact';
import { replyToReview, reportSubject, reviewProvider } from './reviews';

let n = 0;
const person = (confirmed = true) =>
  db.user.create({ data: { phone: `+88015${String(40000000 + ++n * 19 + Math.floor(Math.random() * 1e4) * 1e3).slice(0, 8)}`, name: 'মোঃ ক্রেতা', status: 'ACTIVE', phoneVerifiedAt: confirmed ? new Date() : null } });
let owner: { id: string }, providerId: string, mirzapur: number;
const DAY = 86_400_000;
/** Someone who called the provider through Haat two days ago. */
const contacted = async (confirmed = true) => {
  const p = await person(confirmed);
  await recordContact(p.id, providerId, 'CALL', new Date(Date.now() - 2 * DAY));
  return p;
};

beforeAll(async () => {
  owner = await person();
  mirzapur = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  providerId = (await db.provider.create({ data: { slug: `rv-${Date.now()}`, userId: owner.id, nameBn: 'x', areaId: mirzapur, phone: '+8801711000000' } })).id;
});

describe('reviews', () => {
  it('need a confirmed phone, one per person (sending again replaces it), never on one’s own profile', async () => {
    const buyer = await contacted();
    await reviewProvider(buyer, providerId, { rating: 5, text: 'চমৎকার' });
    await reviewProvider(buyer, providerId, { rating: 3, text: 'ঠিক আছে' });
    expect(await db.review.findMany({ where: { providerId, authorId: buyer.id }, select: { rating: true, text: true } })).toEqual([{ rating: 3, text: 'ঠিক আছে' }]);
    await reviewProvider(await contacted(), providerId, { rating: 5, text: '' });
    expect(await db.provider.findUniqueOrThrow({ where: { id: providerId }, select: { ratingAvg: true, ratingCount: true } })).toEqual({ ratingAvg: 4, ratingCount: 2 });

    await expect(reviewProvider(await contacted(false), providerId, { rating: 5, text: '' })).rejects.toMatchObject({ message: 'phoneNotConfirmed' });
    await expect(reviewProvider(owner, providerId, { rating: 5, text: '' })).rejects.toMatchObject({ message: 'ownProfile' });
  });

  it('need a contact through Haat at least a day before: none is refused, a younger one too, then allowed', async () => {
    const buyer = await person();
    await expect(reviewProvider(buyer, providerId, { rating: 4, text: '' })).rejects.toMatchObject({ code: 'forbidden', message: 'contactFirst' });
    const tappedAt = new Date(Date.now() - 3_600_000);
    await recordContact(buyer.id, providerId, 'WHATSAPP', tappedAt);
    await expect(reviewProvider(buyer, providerId, { rating: 4, text: '' })).rejects.toMatchObject({ code: 'forbidden', message: 'contactTooRecent' });
    // Tapping again later does not move the first contact.
    await recordContact(buyer.id, providerId, 'CALL', new Date());
    expect(await db.contactTap.findMany({ where: { userId: buyer.id, providerId }, select: { firstAt: true, via: true } })).toEqual([{ firstAt: tappedAt, via: 'CALL' }]);
    await expect(reviewProvider(buyer, providerId, { rating: 4, text: '' }, new Date(tappedAt.getTime() + DAY - 1000))).rejects.toMatchObject({ message: 'contactTooRecent' });
    await reviewProvider(buyer, providerId, { rating: 4, text: 'ভালো' }, new Date(tappedAt.getTime() + DAY));
    expect(await db.review.count({ where: { providerId, authorId: buyer.id } })).toBe(1);
    // A contact with another provider does not count for this one.
    const other = await db.provider.create({ data: { slug: `rv2-${Date.now()}`, userId: (await person()).id, nameBn: 'y', areaId: mirzapur, phone: '+8801711000001' } });
    await expect(reviewProvider(buyer, other.id, { rating: 4, text: '' })).rejects.toMatchObject({ message: 'contactFirst' });
  });

  it('get one reply, from the provider only', async () => {
    const buyer = await contacted();
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

describe('reports of anything public', () => {
  it('file a shop, a product, a rental and a provider’s and a shop’s review with their area; hidden or missing things are not found', async () => {
    const reporter = await person();
    const seller = await person();
    const shop = await db.shop.create({ data: { slug: `rs-${Date.now()}`, ownerId: seller.id, nameBn: 'পিঠাঘর', areaId: mirzapur, phone: '+8801711000002' } });
    const product = await db.product.create({ data: { shopId: shop.id, slug: 'pitha', nameBn: 'ভাপা পিঠা', pricePoisha: 2000, status: 'ACTIVE' } });
    const rental = await db.rentalListing.create({ data: { providerId, kind: 'ROOM', title: 'একটি ঘর', rentPoisha: 300000, areaId: mirzapur, phone: '+8801711000003', expiresAt: new Date(Date.now() + 30 * 86_400_000) } });
    const shopReview = await db.review.create({ data: { shopId: shop.id, authorId: reporter.id, rating: 2, text: 'খারাপ' } });
    const providerReview = await db.review.create({ data: { providerId, authorId: (await person()).id, rating: 1, text: 'বাজে' } });
    const things = [
      { type: 'SHOP', id: shop.id },
      { type: 'PRODUCT', id: product.id },
      { type: 'RENTAL', id: rental.id },
      { type: 'REVIEW', id: shopReview.id },
      { type: 'REVIEW', id: providerReview.id },
    ] as const;
    for (const thing of things) await reportSubject(reporter, 'ip-kinds', thing, { reason: 'FRAUD', details: 'দেখুন' });
    const filed = await db.report.findMany({ where: { reporterId: reporter.id }, orderBy: { createdAt: 'asc' }, select: { subject: true, subjectId: true, areaId: true, status: true } });
    expect(filed).toEqual(things.map((t) => ({ subject: t.type, subjectId: t.id, areaId: mirzapur, status: 'OPEN' })));

    await db.review.update({ where: { id: providerReview.id }, data: { status: 'HIDDEN' } });
    await db.product.update({ where: { id: product.id }, data: { status: 'SUSPENDED' } });
    const another = await person();
    await expect(reportSubject(another, 'ip-kinds', { type: 'REVIEW', id: providerReview.id }, { reason: 'ABUSIVE', details: '' })).rejects.toMatchObject({ code: 'notFound' });
    await expect(reportSubject(another, 'ip-kinds', { type: 'PRODUCT', id: product.id }, { reason: 'ABUSIVE', details: '' })).rejects.toMatchObject({ code: 'notFound' });
    await expect(reportSubject(another, 'ip-kinds', { type: 'RENTAL', id: 'nope' }, { reason: 'ABUSIVE', details: '' })).rejects.toMatchObject({ code: 'notFound' });
  });

  it('from guests are limited to 5 an hour per client, whatever they report', async () => {
    const seller = await person();
    const shop = await db.shop.create({ data: { slug: `rg-${Date.now()}`, ownerId: seller.id, nameBn: 'দোকান', areaId: mirzapur, phone: '+8801711000003' } });
    const product = await db.product.create({ data: { shopId: shop.id, slug: 'x', nameBn: 'x', pricePoisha: 100, status: 'ACTIVE' } });
    const client = `guest-${Date.now()}`;
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const subject = i % 2 ? { type: 'SHOP' as const, id: shop.id } : { type: 'PRODUCT' as const, id: product.id };
      outcomes.push(await reportSubject(null, client, subject, { reason: 'FAKE', details: '' }).then(() => 'ok', (e: { code: string }) => e.code));
    }
    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'rateLimited', 'rateLimited']);
    expect(await db.report.count({ where: { reporterId: null, subjectId: { in: [shop.id, product.id] } } })).toBe(5);
    // Another client is not held back by this one.
    await expect(reportSubject(null, `${client}-other`, { type: 'SHOP', id: shop.id }, { reason: 'FAKE', details: '' })).resolves.toBeUndefined();
  });
});
