// Everything a buyer or seller may send twice — a double tap, a retry after a timeout, a second tab —
// does one thing: one order per checkout key, one payment per transaction id, one event and one SMS
// per status change. On the real PostgreSQL, with real races.
import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueOtp, verifyOtp } from '@/lib/auth/otp';
import { db } from '@/lib/db/client';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { lastCodeTo } from '@/lib/testing/jobs';
import { newCheckoutKey } from './codes';
import { SoldOut } from './inventory';
import { cancelByBuyer, decidePayment, markPaid, sellerTransition, submitTransactionId } from './manage';
import { CodeRejected, placeOrder, priceCart, shopForOrder } from './place';
import { checkoutSchema } from './schemas';

let n = 0;
let areaId: number;
const tomorrow = addDays(dhakaDay(new Date()), 1);
const mobile = () => `+88017${randomInt(10_000_000, 100_000_000)}`;

async function shopWith(dailyCapacity: number) {
  const owner = await db.user.create({ data: { phone: mobile(), name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  const shop = await db.shop.create({ data: { slug: `rep-${Date.now().toString(36)}-${++n}`, ownerId: owner.id, nameBn: 'পিঠাঘর', areaId, phone: owner.phone, bkashNumber: owner.phone } });
  const product = await db.product.create({ data: { shopId: shop.id, slug: 'pitha', nameBn: 'পিঠা', pricePoisha: 50_000, fulfilment: 'MADE_TO_ORDER', dailyCapacity } });
  const { lines } = await priceCart(shop.id, [{ p: product.id, o: [], q: 1 }]);
  return { owner, shop: await shopForOrder(shop.slug), product, lines };
}

const checkout = (over: Record<string, string> = {}) =>
  checkoutSchema.parse({ buyerName: 'সুমাইয়া', buyerPhone: '01711000222', delivery: 'PICKUP', deliveryAddress: '', day: tomorrow, timeSlot: '', note: '', paymentMethod: 'COD', checkoutKey: newCheckoutKey(), ...over });

const used = async (productId: string) => (await db.capacityDay.findFirst({ where: { productId } }))?.used ?? 0;
const smsCount = (purpose: string, code: string) => db.smsMessage.count({ where: { purpose, body: { contains: code } } });

beforeAll(async () => {
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
});

describe('one order per checkout key', () => {
  it('50 concurrent posts with one key: 1 order, capacity taken once, every post gets that order', async () => {
    const { shop, product, lines } = await shopWith(5);
    const form = checkout();
    const results = await Promise.all(Array.from({ length: 50 }, () => placeOrder({ shop, lines, checkout: form, buyerId: null, phoneConfirmed: true, cardEnabled: false })));
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.repeated)).toHaveLength(1);
    expect(await used(product.id)).toBe(1);
    expect(await db.orderEvent.count({ where: { order: { shopId: shop.id } } })).toBe(1);
  });

  it('a repeat after the last unit was sold lands on its order, not on "sold out"', async () => {
    const { shop, product, lines } = await shopWith(1);
    const form = checkout();
    const first = await placeOrder({ shop, lines, checkout: form, buyerId: null, phoneConfirmed: true, cardEnabled: false });
    const again = await placeOrder({ shop, lines, checkout: form, buyerId: null, phoneConfirmed: true, cardEnabled: false });
    expect(again).toMatchObject({ id: first.id, token: first.token, repeated: true });
    await expect(placeOrder({ shop, lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false })).rejects.toBeInstanceOf(SoldOut);
    expect(await used(product.id)).toBe(1);
  });

  it('the same key with another number is refused, and keys are per shop', async () => {
    const a = await shopWith(5);
    const b = await shopWith(5);
    const form = checkout();
    await placeOrder({ shop: a.shop, lines: a.lines, checkout: form, buyerId: null, phoneConfirmed: true, cardEnabled: false });
    await expect(placeOrder({ shop: a.shop, lines: a.lines, checkout: { ...form, buyerPhone: '+8801811000333' }, buyerId: null, phoneConfirmed: true, cardEnabled: false })).rejects.toMatchObject({ code: 'conflict', message: 'checkoutUsed' });
    const other = await placeOrder({ shop: b.shop, lines: b.lines, checkout: form, buyerId: null, phoneConfirmed: true, cardEnabled: false });
    expect(other.repeated).toBe(false);
  });
});

describe('the SMS code step, repeated', () => {
  const confirmWith = (phone: string, code: string) => (tx: Parameters<NonNullable<Parameters<typeof placeOrder>[0]['confirmPhone']>>[0]) => verifyOtp(phone, 'ORDER', code, tx);

  it('20 concurrent posts with the same code: the code is used once, all land on one order; a later retry too', async () => {
    const { shop, lines, product } = await shopWith(5);
    const phone = mobile();
    expect((await issueOtp(phone, 'ORDER', `test-${phone}`)).ok).toBe(true);
    const code = await lastCodeTo(phone);
    const form = checkout({ buyerPhone: phone.replace('+88', ''), code });
    const post = () => placeOrder({ shop, lines, checkout: form, buyerId: null, phoneConfirmed: false, confirmPhone: confirmWith(phone, code), cardEnabled: false });
    const results = await Promise.all(Array.from({ length: 20 }, post));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.order.findMany({ where: { shopId: shop.id }, select: { phoneConfirmed: true } })).toEqual([{ phoneConfirmed: true }]);
    expect(await used(product.id)).toBe(1);
    expect(await post()).toMatchObject({ id: results[0]!.id, repeated: true });
  });

  it('sold out: the code is not used up, and works for another day', async () => {
    const { shop, lines } = await shopWith(1);
    await placeOrder({ shop, lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    const phone = mobile();
    await issueOtp(phone, 'ORDER', `test-${phone}`);
    const code = await lastCodeTo(phone);
    const form = checkout({ buyerPhone: phone.replace('+88', ''), code });
    await expect(placeOrder({ shop, lines, checkout: form, buyerId: null, phoneConfirmed: false, confirmPhone: confirmWith(phone, code), cardEnabled: false })).rejects.toBeInstanceOf(SoldOut);
    expect(await db.otpCode.count({ where: { phone, consumedAt: null } })).toBe(1);
    const later = addDays(dhakaDay(new Date()), 2);
    await expect(placeOrder({ shop, lines, checkout: { ...form, day: later }, buyerId: null, phoneConfirmed: false, confirmPhone: confirmWith(phone, code), cardEnabled: false })).resolves.toMatchObject({ repeated: false });
  });

  it('a wrong code writes no order and counts the try', async () => {
    const { shop, lines, product } = await shopWith(5);
    const phone = mobile();
    await issueOtp(phone, 'ORDER', `test-${phone}`);
    const code = await lastCodeTo(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const error = await placeOrder({ shop, lines, checkout: checkout({ buyerPhone: phone.replace('+88', ''), code: wrong }), buyerId: null, phoneConfirmed: false, confirmPhone: confirmWith(phone, wrong), cardEnabled: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodeRejected);
    expect(error).toMatchObject({ message: 'code_wrong' });
    expect(await db.otpCode.findFirstOrThrow({ where: { phone } })).toMatchObject({ attempts: 1, consumedAt: null });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
    expect(await used(product.id)).toBe(0);
  });
});

describe('the seller and the buyer repeating themselves', () => {
  async function placed(paymentMethod: 'COD' | 'BKASH' = 'COD') {
    const setup = await shopWith(10);
    const order = await placeOrder({ shop: setup.shop, lines: setup.lines, checkout: checkout({ paymentMethod, buyerPhone: mobile().replace('+88', '') }), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    return { ...setup, order };
  }

  it('the same status change twice, and at once: one event, one SMS, "already" for the repeat', async () => {
    const { owner, order } = await placed();
    const answers = await Promise.all([sellerTransition(owner, order.id, 'CONFIRMED', ''), sellerTransition(owner, order.id, 'CONFIRMED', '')]);
    expect(answers.sort()).toEqual(['already', 'done']);
    expect(await sellerTransition(owner, order.id, 'CONFIRMED', '')).toBe('already');
    expect(await db.orderEvent.count({ where: { orderId: order.id, toStatus: 'CONFIRMED' } })).toBe(1);
    expect(await smsCount('order-status', order.code)).toBe(1);
    // A real step back is still refused.
    await sellerTransition(owner, order.id, 'READY', '');
    await expect(sellerTransition(owner, order.id, 'CONFIRMED', '')).rejects.toMatchObject({ message: 'illegalTransition' });
  });

  it('the buyer cancelling twice tells the seller once', async () => {
    const { order } = await placed();
    expect(await cancelByBuyer(order.token, 'ভুল করে')).toBe('done');
    expect(await cancelByBuyer(order.token, 'ভুল করে')).toBe('already');
    expect(await smsCount('order-cancelled', order.code)).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: order.id, toStatus: 'CANCELLED' } })).toBe(1);
  });

  it('marking paid twice records one payment', async () => {
    const { owner, order } = await placed();
    expect((await Promise.all([markPaid(owner, order.id), markPaid(owner, order.id)])).sort()).toEqual(['already', 'done']);
    expect(await markPaid(owner, order.id)).toBe('already');
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('a transaction id sent twice for one order is fine; for another order it is refused', async () => {
    const { owner, order } = await placed('BKASH');
    const other = (await placed('BKASH')).order;
    expect((await Promise.all([submitTransactionId(order.token, '9A7B6C5D4E'), submitTransactionId(order.token, '9A7B6C5D4E')])).sort()).toEqual(['already', 'done']);
    expect(await submitTransactionId(order.token, '9A7B6C5D4E')).toBe('already');
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    await expect(submitTransactionId(other.token, '9A7B6C5D4E')).rejects.toMatchObject({ message: 'transactionIdUsed' });
    await expect(submitTransactionId(order.token, 'ZZ11ZZ11ZZ')).rejects.toMatchObject({ message: 'alreadySubmitted' });

    // The seller's answer twice: one SMS; the buyer may send the same id again after "not received".
    expect(await decidePayment(owner, order.id, false)).toBe('done');
    expect(await decidePayment(owner, order.id, false)).toBe('already');
    expect(await smsCount('order-status', order.code)).toBe(1);
    expect(await submitTransactionId(order.token, '9A7B6C5D4E')).toBe('done');
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ paymentStatus: 'PENDING_CONFIRMATION' });
    expect(await decidePayment(owner, order.id, true)).toBe('done');
    expect(await db.payment.findMany({ where: { orderId: order.id }, select: { status: true } })).toEqual([{ status: 'PAID' }]);
  });

  it('a suspended shop finishes its orders but accepts no new ones', async () => {
    const { owner, shop, order } = await placed();
    const second = await placeOrder({ shop, lines: (await priceCart(shop.id, [{ p: (await db.product.findFirstOrThrow({ where: { shopId: shop.id } })).id, o: [], q: 1 }])).lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    await sellerTransition(owner, order.id, 'CONFIRMED', '');
    await db.shop.update({ where: { id: shop.id }, data: { status: 'SUSPENDED' } });
    await expect(sellerTransition(owner, second.id, 'CONFIRMED', '')).rejects.toMatchObject({ code: 'forbidden', message: 'shopSuspended' });
    expect(await sellerTransition(owner, second.id, 'REJECTED', 'দোকান বন্ধ')).toBe('done');
    for (const to of ['READY', 'DELIVERED'] as const) expect(await sellerTransition(owner, order.id, to, '')).toBe('done');
    expect(await markPaid(owner, order.id)).toBe('done');
  });
});
