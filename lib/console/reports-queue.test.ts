import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeMark, listening, settle, startCacheListener, stopCacheListener } from '@/lib/cache/broadcast';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { getPublicProvider } from '@/lib/directory/provider-page';
import { reportSubject } from '@/lib/directory/reviews';
import { getShopReviews } from '@/lib/shops/storefront';
import { hideReview, listOpenReports } from './reports';
import { account, consoleScopes, provider, shop } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  startCacheListener(process.env.DATABASE_URL!);
  const deadline = Date.now() + 10_000;
  while (!listening() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  s = await consoleScopes();
});

afterAll(stopCacheListener);

const reviewOn = async (on: { providerId?: string; shopId?: string }, text = 'লোকটা একটা চোর, ফোন ধরে না') => {
  const author = await account();
  return { author, review: await db.review.create({ data: { ...on, authorId: author.id, rating: 1, text } }) };
};

describe('the reports queue', () => {
  it('shows a reported product, shop and review in context (what, link, snippet, photo, owner), only to officers of its area', async () => {
    const seller = await account(['BUYER', 'SELLER']);
    const pithaShop = await shop('mirzapur-sherpur-bogura', { ownerId: seller.id });
    await db.shop.update({ where: { id: pithaShop.id }, data: { story: 'মায়ের হাতের পিঠা' } });
    const media = await db.media.create({ data: { purpose: 'PRODUCT_PHOTO', key: `test/${pithaShop.id}.webp`, width: 800, height: 600, bytes: 1000 } });
    const product = await db.product.create({ data: { shopId: pithaShop.id, slug: 'bhapa', nameBn: 'ভাপা পিঠা', description: 'খেজুর গুড়ের ভাপা', pricePoisha: 2000, status: 'ACTIVE', photos: { create: [{ mediaId: media.id }] } } });
    const p = await provider('mirzapur-sherpur-bogura');
    const { author, review } = await reviewOn({ providerId: p.id });
    for (const subject of [{ type: 'PRODUCT', id: product.id }, { type: 'SHOP', id: pithaShop.id }, { type: 'REVIEW', id: review.id }] as const) {
      await reportSubject(null, `queue-${Date.now()}`, subject, { reason: 'FRAUD', details: 'টাকা নিয়ে দেয়নি' });
    }

    const { groups } = await listOpenReports(s.sherpur);
    const productGroup = groups.find((g) => g.subjectId === product.id)!;
    expect(productGroup).toMatchObject({ subject: 'PRODUCT', href: `/console/records/product/${product.id}`, info: { name: 'ভাপা পিঠা — রাবেয়ার কেক' } });
    expect(productGroup.context).toMatchObject({ publicHref: `/s/${pithaShop.slug}/p/bhapa`, snippet: 'খেজুর গুড়ের ভাপা', photo: { key: media.key }, owner: { phone: seller.phone } });
    expect(groups.find((g) => g.subjectId === pithaShop.id)!.context).toMatchObject({ publicHref: `/s/${pithaShop.slug}`, snippet: 'মায়ের হাতের পিঠা', owner: { name: seller.name } });
    const reviewGroup = groups.find((g) => g.subjectId === review.id)!;
    expect(reviewGroup).toMatchObject({ subject: 'REVIEW', href: `/console/records/provider/${p.id}`, info: { status: 'VISIBLE' } });
    expect(reviewGroup.context).toMatchObject({ publicHref: `/p/${p.slug}`, snippet: review.text, rating: 1, about: p.nameBn, owner: { phone: author.phone } });

    // Another upazila's officer sees none of them; an admin sees them all.
    const kahaloo = (await listOpenReports(s.kahaloo)).groups.map((g) => g.subjectId);
    expect(kahaloo.filter((id) => [product.id, pithaShop.id, review.id].includes(id))).toEqual([]);
    const admin = (await listOpenReports(s.adminScope)).groups.map((g) => g.subjectId);
    expect(admin).toEqual(expect.arrayContaining([product.id, pithaShop.id, review.id]));
  });
});

describe('hiding a review', () => {
  it('takes it off the provider’s page at once (its cache tag), reworks the rating, resolves its reports, audits and tells the author', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const { author, review } = await reviewOn({ providerId: p.id });
    const kept = await reviewOn({ providerId: p.id }, 'ভালো কাজ');
    await db.review.update({ where: { id: kept.review.id }, data: { rating: 5 } });
    await reportSubject(null, `hide-${Date.now()}`, { type: 'REVIEW', id: review.id }, { reason: 'ABUSIVE', details: '' });
    expect((await getPublicProvider(p.slug))!.reviews.map((r) => r.id)).toContain(review.id);

    await expect(hideReview(s.sherpur, review.id, '  ')).rejects.toMatchObject({ message: 'hideReasonRequired' });
    await expect(hideReview(s.kahaloo, review.id, 'গালি')).rejects.toMatchObject({ code: 'notFound' });

    await settle(changeMark());
    const mark = changeMark();
    await hideReview(s.sherpur, review.id, 'গালিগালাজ');
    expect(await settle(mark)).toContain(tags.provider(p.id));

    expect((await getPublicProvider(p.slug))!.reviews.map((r) => r.id)).toEqual([kept.review.id]);
    expect(await db.provider.findUniqueOrThrow({ where: { id: p.id }, select: { ratingAvg: true, ratingCount: true } })).toEqual({ ratingAvg: 5, ratingCount: 1 });
    expect(await db.auditLog.findFirst({ where: { action: 'review.hide', subjectId: review.id } })).toMatchObject({ actorId: s.sherpurOfficer.id, subject: 'REVIEW', reason: 'গালিগালাজ', after: { status: 'HIDDEN' } });
    expect(await db.report.findMany({ where: { subjectId: review.id }, select: { status: true, resolution: true } })).toEqual([{ status: 'RESOLVED', resolution: 'গালিগালাজ' }]);
    const sms = await db.smsMessage.findMany({ where: { to: author.phone, purpose: 'review-hidden' } });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain('গালিগালাজ');
    expect((await listOpenReports(s.sherpur)).groups.some((g) => g.subjectId === review.id)).toBe(false);
    // A second officer is told it is already hidden.
    await expect(hideReview(s.adminScope, review.id, 'আবার')).rejects.toMatchObject({ code: 'conflict', message: 'alreadyHidden' });
  });

  it('works on a shop’s review too: its storefront’s tag, gone from the storefront', async () => {
    const seller = await shop('mirzapur-sherpur-bogura');
    const { review } = await reviewOn({ shopId: seller.id });
    expect((await getShopReviews(seller.id)).reviews.map((r) => r.id)).toEqual([review.id]);
    const mark = changeMark();
    await hideReview(s.sherpur, review.id, 'অশোভন');
    expect(await settle(mark)).toContain(tags.shop(seller.id));
    expect((await getShopReviews(seller.id)).reviews).toEqual([]);
  });
});
