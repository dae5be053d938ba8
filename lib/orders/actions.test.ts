// The ordering actions run as Next.js runs them, through the action pipeline, with the request
// (Origin, session, cookies, translations) stood in for and everything else real.
import { randomInt } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; phone: string; roles: string[]; officerAreaId: null; locale: 'bn' },
  cookies: new Map<string, string>(),
}));

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user, getShopBuyer: async () => null }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }),
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => state.cookies.set(name, value),
    delete: (name: string) => state.cookies.delete(name),
  }),
}));
vi.mock('next-intl/server', async () => {
  // Messages come back as their full key ("OrderErrors.nameRequired"); only keys in bn.json exist.
  const messages = (await import('../../messages/bn.json')).default as Record<string, unknown>;
  const lookup = (path: string) => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);
  const translator = (namespace?: string) => {
    const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
    return Object.assign((key: string) => full(key), { has: (key: string) => typeof lookup(full(key)) === 'string' });
  };
  return { getTranslations: async (namespace?: string) => translator(namespace), getLocale: async () => 'bn' };
});

import { db } from '@/lib/db';
import { formOf as form, redirectOf } from '@/lib/testing/action-request';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { lastCodeTo } from '@/lib/testing/jobs';
import { checkoutAction, sellerOrderAction, submitTransactionAction } from './actions';
import { readCheckoutKey, writeCart } from './cart';

let n = 0;
let areaId: number;
const mobile = () => `+88016${randomInt(10_000_000, 100_000_000)}`;
const person = async (roles: string[] = ['BUYER']) => {
  const user = await db.user.create({ data: { phone: mobile(), name: 'ক্রেতা', status: 'ACTIVE' } });
  return { id: user.id, name: user.name, phone: user.phone, roles, officerAreaId: null, locale: 'bn' as const };
};

async function shopWithCart() {
  const owner = await person(['SELLER']);
  const shop = await db.shop.create({ data: { slug: `act-${Date.now().toString(36)}-${++n}`, ownerId: owner.id, nameBn: 'পিঠাঘর', areaId, phone: owner.phone } });
  const product = await db.product.create({ data: { shopId: shop.id, slug: 'pitha', nameBn: 'পিঠা', pricePoisha: 50_000, fulfilment: 'MADE_TO_ORDER', dailyCapacity: 5 } });
  await writeCart(shop.slug, [{ p: product.id, o: [], q: 2 }]);
  const checkoutKey = (await readCheckoutKey(shop.slug))!;
  return { owner, shop, product, checkoutKey };
}

const checkoutForm = (checkoutKey: string, phone: string, extra: Record<string, string> = {}) =>
  form({ checkoutKey, buyerName: 'সুমাইয়া', buyerPhone: phone.replace('+88', ''), delivery: 'PICKUP', day: addDays(dhakaDay(new Date()), 1), timeSlot: '', note: '', paymentMethod: 'COD', ...extra });

beforeAll(async () => {
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
});

beforeEach(() => {
  state.user = null;
  state.cookies.clear();
});

describe('checkout', () => {
  it('posted again and again (one after another and all at once) makes one order and sends every post to it', async () => {
    const { shop, product, checkoutKey } = await shopWithCart();
    state.user = await person();
    const post = () => redirectOf(checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, state.user!.phone)));
    const first = await post();
    expect(first).toMatch(/^http:\/\/localhost:3000\/orders\/[A-Za-z0-9_-]{32}\?placed=1$/);
    // The cart is emptied by the first post; the repeats still land on its order.
    expect(await readCheckoutKey(shop.slug)).toBeNull();
    const repeats = await Promise.all(Array.from({ length: 10 }, post));
    expect(new Set([first, ...repeats])).toEqual(new Set([first]));
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(1);
    expect((await db.capacityDay.findFirstOrThrow({ where: { productId: product.id } })).used).toBe(2);
    expect(await db.smsMessage.count({ where: { purpose: 'order-new', to: shop.phone } })).toBe(1);
  });

  it('with an SMS code: the code asked once, then the same code posted 10 times at once lands on one order', async () => {
    const { shop, checkoutKey } = await shopWithCart();
    const phone = mobile();
    const asked = await checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, phone));
    expect(asked).toMatchObject({ ok: false, step: 'code', message: 'OrderErrors.codeSent' });
    const code = await lastCodeTo(phone);
    const wrong = await checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, phone, { code: code === '000000' ? '111111' : '000000' }));
    expect(wrong).toMatchObject({ ok: false, step: 'code', errors: { code: 'OrderErrors.code_wrong' } });
    const landed = await Promise.all(Array.from({ length: 10 }, () => redirectOf(checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, phone, { code })))));
    expect(new Set(landed).size).toBe(1);
    expect(await db.order.findMany({ where: { shopId: shop.id }, select: { phoneConfirmed: true } })).toEqual([{ phoneConfirmed: true }]);
    // A retry after the code was used lands there too.
    expect(await redirectOf(checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, phone, { code })))).toBe(landed[0]);
  });

  it('answers bad bound arguments, fields and keys with messages', async () => {
    const { shop, checkoutKey } = await shopWithCart();
    const phone = mobile();
    const call = checkoutAction as unknown as (...args: unknown[]) => Promise<unknown>;
    for (const bad of [null, { slug: shop.slug }, 42, 'NO SUCH SHOP']) expect(await call(bad, {}, checkoutForm(checkoutKey, phone))).toMatchObject({ ok: false, message: 'OrderErrors.notFound' });
    expect(await checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, phone, { buyerName: '', day: '' }))).toMatchObject({
      ok: false,
      message: 'OrderErrors.checkFields',
      errors: { buyerName: 'OrderErrors.nameRequired', day: 'OrderErrors.dayRequired' },
    });
    expect(await checkoutAction(shop.slug, {}, checkoutForm('', phone))).toMatchObject({ ok: false, errors: { checkoutKey: 'OrderErrors.formExpired' } });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
  });
});

describe('the seller’s inbox and the tracking page', () => {
  async function placedOrder() {
    const { owner, shop, checkoutKey } = await shopWithCart();
    state.user = await person();
    const where = await redirectOf(checkoutAction(shop.slug, {}, checkoutForm(checkoutKey, state.user.phone, { paymentMethod: 'COD' })));
    state.user = null;
    return { owner, order: await db.order.findUniqueOrThrow({ where: { token: /orders\/([^?]+)/.exec(where)![1]! } }) };
  }

  it('sends a guest to sign in, tells a non-owner "not found", and says "already done" to a repeat', async () => {
    const { owner, order } = await placedOrder();
    expect(await redirectOf(sellerOrderAction({}, form({ orderId: order.id, command: 'CONFIRMED' })))).toMatch(/^\/sign-in/);
    state.user = await person(['SELLER']);
    expect(await sellerOrderAction({}, form({ orderId: order.id, command: 'CONFIRMED' }))).toMatchObject({ ok: false, message: 'OrderErrors.notFound' });
    state.user = owner;
    expect(await sellerOrderAction({}, form({ orderId: order.id, command: 'CONFIRMED' }))).toMatchObject({ ok: true, message: 'SellerOrders.done' });
    expect(await sellerOrderAction({}, form({ orderId: order.id, command: 'CONFIRMED' }))).toMatchObject({ ok: true, message: 'SellerOrders.alreadyDone' });
    expect(await sellerOrderAction({}, form({ orderId: order.id, command: 'CANCELLED', reason: '' }))).toMatchObject({ ok: false, errors: { reason: 'OrderErrors.reasonRequired' } });
    expect(await sellerOrderAction({}, form({ orderId: order.id, command: 'nonsense' }))).toMatchObject({ ok: false });
    expect(await db.orderEvent.count({ where: { orderId: order.id } })).toBe(2);
  });

  it('answers a null, object or unknown token with "not found"', async () => {
    const call = submitTransactionAction as unknown as (...args: unknown[]) => Promise<unknown>;
    for (const bad of [null, { token: 'x' }, 'x'.repeat(32)]) expect(await call(bad, {}, form({ transactionId: '9A7B6C5D4E' }))).toMatchObject({ ok: false, message: 'OrderErrors.notFound' });
  });
});
