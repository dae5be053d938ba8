import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { newCheckoutKey } from './codes';
import { SoldOut } from './inventory';
import { nextDayWithRoom, orderableDays, placeOrder, priceCart, shopForOrder } from './place';
import { checkoutQuote } from './quote';
import { checkoutSchema } from './schemas';
import { applyTransition } from './transition';

let n = 0;
let mirzapur: number;
const unique = () => `o-${Date.now().toString(36)}-${++n}`;
const now = new Date();
const tomorrow = addDays(dhakaDay(now), 1);

async function shopWith(product: { fulfilment: 'MADE_TO_ORDER' | 'READY_STOCK'; dailyCapacity?: number | null; stock?: number | null; leadTimeHours?: number }) {
  const owner = await db.user.create({ data: { phone: `+88019${String(10000000 + Math.floor(Math.random() * 89999999))}`, name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  const shop = await db.shop.create({
    data: { slug: unique(), ownerId: owner.id, nameBn: 'কেকের দোকান', areaId: mirzapur, phone: owner.phone, bkashNumber: owner.phone, deliveryZones: { create: [{ areaId: mirzapur, feePoisha: 5000 }] } },
  });
  const created = await db.product.create({
    data: {
      shopId: shop.id,
      slug: 'cake',
      nameBn: 'কেক',
      pricePoisha: 100000,
      fulfilment: product.fulfilment,
      dailyCapacity: product.dailyCapacity ?? null,
      stock: product.stock ?? null,
      leadTimeHours: product.leadTimeHours ?? 0,
      options: { create: [{ groupBn: 'ওজন', nameBn: '১ পাউন্ড', capacityUnits: 1 }, { groupBn: 'ওজন', nameBn: '২ পাউন্ড', priceDeltaPoisha: 80000, capacityUnits: 2 }] },
    },
    include: { options: { orderBy: { capacityUnits: 'asc' } } },
  });
  return { shop: await shopForOrder(shop.slug), product: created };
}

const checkout = (over: Record<string, string> = {}) =>
  checkoutSchema.parse({ buyerName: 'সুমাইয়া', buyerPhone: '01711000222', delivery: 'PICKUP', deliveryAddress: '', day: tomorrow, timeSlot: '', note: '', paymentMethod: 'COD', checkoutKey: newCheckoutKey(), ...over });

beforeAll(async () => {
  mirzapur = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
});

describe('the checkout total', () => {
  it('is recomputed by the server from the database: products plus the chosen area’s fee, whatever the form says', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 10 });
    const priced = await priceCart(shop.id, [{ p: product.id, o: [product.options[1]!.id], q: 1 }]);
    // A total or fee in the form is not part of what checkout reads.
    const form = checkout({ delivery: 'DELIVERY', deliveryAreaId: String(mirzapur), deliveryAddress: 'স্কুলের পাশে', totalPoisha: '1', deliveryFeePoisha: '0' });
    expect(form).not.toHaveProperty('totalPoisha');
    const placed = await placeOrder({ shop, lines: priced.lines, checkout: form, buyerId: null, phoneConfirmed: true, cardEnabled: false });
    const quote = checkoutQuote(priced.subtotalPoisha, 'DELIVERY', shop.deliveryZones, mirzapur);
    expect(placed.totalPoisha).toBe(180000 + 5000);
    expect(placed.totalPoisha).toBe(quote.totalPoisha);
    const pickup = await placeOrder({ shop, lines: priced.lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    expect(pickup.totalPoisha).toBe(checkoutQuote(priced.subtotalPoisha, 'PICKUP', shop.deliveryZones, null).totalPoisha);
  });
});

describe('pricing a cart', () => {
  it('takes prices and options from the database and drops what is not for sale', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 10 });
    const [small, big] = product.options;
    const priced = await priceCart(shop.id, [
      { p: product.id, o: [big!.id], q: 2 },
      { p: product.id, o: [], q: 1 }, // no size chosen
      { p: product.id, o: [small!.id, big!.id], q: 1 }, // two sizes
      { p: 'not-a-product', o: [], q: 1 },
    ]);
    expect(priced.dropped).toBe(3);
    expect(priced.lines).toHaveLength(1);
    // At most one day's capacity in this size's units (10 ÷ 2): the cart says so beside the line.
    expect(priced.lines[0]).toMatchObject({ unitPricePoisha: 180000, quantity: 2, capacityUnits: 4, lineTotalPoisha: 360000, optionLabel: '২ পাউন্ড', maxQuantity: 5 });
  });
});

describe('placing an order', () => {
  it('writes the order with its items and first event, and takes the day’s capacity', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 10 });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[1]!.id], q: 2 }]);
    const order = await placeOrder({ shop, lines, checkout: checkout({ delivery: 'DELIVERY', deliveryAreaId: String(mirzapur), deliveryAddress: 'স্কুলের পাশে' }), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    expect(order).toMatchObject({ status: 'PLACED', totalPoisha: 360000 + 5000 });
    expect(order.code).toMatch(/^HT[2-9A-Z]{6}$/);
    expect(order.token.length).toBe(32);
    const used = await db.capacityDay.findFirstOrThrow({ where: { productId: product.id } });
    expect(used.used).toBe(4);
    expect(await db.orderEvent.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('refuses a day inside the lead time, a missing zone, a payment the shop does not take, and below the minimum', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 10, leadTimeHours: 72 });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[0]!.id], q: 1 }]);
    const base = { shop, lines, buyerId: null, phoneConfirmed: true, cardEnabled: false };
    await expect(placeOrder({ ...base, checkout: checkout() })).rejects.toMatchObject({ message: 'dayUnavailable' });
    const later = addDays(dhakaDay(now), 4);
    await expect(placeOrder({ ...base, checkout: checkout({ day: later, delivery: 'DELIVERY', deliveryAreaId: '999999', deliveryAddress: 'কোথাও একটা' }) })).rejects.toMatchObject({ message: 'zoneRequired' });
    await expect(placeOrder({ ...base, checkout: checkout({ day: later, paymentMethod: 'NAGAD' }) })).rejects.toMatchObject({ message: 'paymentRequired' });
    await expect(placeOrder({ ...base, checkout: checkout({ day: later, paymentMethod: 'CARD' }) })).rejects.toMatchObject({ message: 'paymentRequired' });
    await expect(placeOrder({ ...base, shop: { ...shop, minOrderPoisha: 500000 }, checkout: checkout({ day: later }) })).rejects.toMatchObject({ message: 'belowMinimum' });
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(0);
  });

  it('holds a card order’s capacity while it waits for payment', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 3 });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[0]!.id], q: 3 }]);
    const order = await placeOrder({ shop: { ...shop, acceptsCard: true }, lines, checkout: checkout({ paymentMethod: 'CARD' }), buyerId: null, phoneConfirmed: true, cardEnabled: true });
    expect(order.status).toBe('AWAITING_PAYMENT');
    const saved = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(saved.holdExpiresAt!.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(await orderableDays(shop, lines)).not.toContain(tomorrow);
  });
});

describe('never overselling', () => {
  async function race(kind: 'capacity' | 'stock') {
    const { shop, product } =
      kind === 'capacity' ? await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 5 }) : await shopWith({ fulfilment: 'READY_STOCK', stock: 5 });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[0]!.id], q: 1 }]);
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => placeOrder({ shop, lines, checkout: checkout({ buyerPhone: `0171${String(1000000 + i)}` }), buyerId: null, phoneConfirmed: true, cardEnabled: false })),
    );
    const ms = performance.now() - started;
    const failures = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as unknown);
    console.log(`[race] ${kind}: 200 concurrent orders for the last 5 units → ${results.length - failures.length} placed, ${failures.length} sold out, in ${Math.round(ms)} ms`);
    return { shop, product, lines, placed: results.length - failures.length, failures };
  }

  it('200 buyers racing for the last 5 of a day’s capacity: exactly 5 orders, 195 clear sold-out answers', async () => {
    const { shop, product, lines, placed, failures } = await race('capacity');
    expect(placed).toBe(5);
    expect(failures).toHaveLength(195);
    for (const f of failures) expect(f).toBeInstanceOf(SoldOut);
    expect(failures.every((f) => (f as SoldOut).left === 0 && (f as SoldOut).kind === 'capacity')).toBe(true);
    expect((await db.capacityDay.findFirstOrThrow({ where: { productId: product.id } })).used).toBe(5);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(5);
    // The answer can name a day with room: tomorrow is full, today (no lead time) is not.
    expect(await nextDayWithRoom(shop, lines[0]!)).toBe(dhakaDay(new Date()));
    expect(await orderableDays(shop, lines)).not.toContain(tomorrow);
  });

  it('200 buyers racing for the last 5 in stock: exactly 5 orders, stock ends at 0', async () => {
    const { shop, product, placed, failures } = await race('stock');
    expect(placed).toBe(5);
    expect(failures.every((f) => f instanceof SoldOut && f.kind === 'stock' && f.left === 0)).toBe(true);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    expect(await db.order.count({ where: { shopId: shop.id } })).toBe(5);
  });

  it('gives capacity back when an order is cancelled, and the database refuses negative stock', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: 2 });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[1]!.id], q: 1 }]);
    const order = await placeOrder({ shop, lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    await expect(placeOrder({ shop, lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false })).rejects.toBeInstanceOf(SoldOut);
    await db.$transaction((tx) => applyTransition(tx, order.id, { to: 'CANCELLED', actor: 'buyer', reason: 'ভুল করে' }));
    expect((await db.capacityDay.findFirstOrThrow({ where: { productId: product.id } })).used).toBe(0);
    await expect(placeOrder({ shop, lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false })).resolves.toMatchObject({ status: 'PLACED' });
    await expect(db.$executeRaw`UPDATE "Product" SET stock = -1 WHERE id = ${product.id}`).rejects.toThrow();
  });
});

describe('order status', () => {
  it('refuses illegal jumps and needs a reason to turn a buyer down', async () => {
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: null });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[0]!.id], q: 1 }]);
    const order = await placeOrder({ shop, lines, checkout: checkout(), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    const move = (to: Parameters<typeof applyTransition>[2]['to'], actor: 'seller' | 'buyer', reason?: string) => db.$transaction((tx) => applyTransition(tx, order.id, { to, actor, reason }));
    await expect(move('DELIVERED', 'seller')).rejects.toMatchObject({ message: 'illegalTransition' });
    await expect(move('CONFIRMED', 'buyer')).rejects.toMatchObject({ message: 'illegalTransition' });
    await expect(move('REJECTED', 'seller')).rejects.toMatchObject({ message: 'reasonRequired' });
    await move('CONFIRMED', 'seller');
    await expect(move('CANCELLED', 'buyer', 'মন বদলেছে')).rejects.toMatchObject({ message: 'illegalTransition' });
    await move('PREPARING', 'seller');
    await move('READY', 'seller');
    await move('DELIVERED', 'seller');
    await expect(move('CONFIRMED', 'seller')).rejects.toMatchObject({ message: 'illegalTransition' });
    const events = await db.orderEvent.findMany({ where: { orderId: order.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.toStatus)).toEqual(['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED']);
  });
});

describe('after delivery', () => {
  it('takes one verified-purchase review per delivered order, from a guest too', async () => {
    const { reviewOrder } = await import('./manage');
    const { shop, product } = await shopWith({ fulfilment: 'MADE_TO_ORDER', dailyCapacity: null });
    const { lines } = await priceCart(shop.id, [{ p: product.id, o: [product.options[0]!.id], q: 1 }]);
    const order = await placeOrder({ shop, lines, checkout: checkout({ buyerPhone: '01711999888' }), buyerId: null, phoneConfirmed: true, cardEnabled: false });
    await expect(reviewOrder(order.token, 5, 'চমৎকার')).rejects.toMatchObject({ message: 'notDelivered' });
    for (const to of ['CONFIRMED', 'READY', 'DELIVERED'] as const) await db.$transaction((tx) => applyTransition(tx, order.id, { to, actor: 'seller' }));
    await reviewOrder(order.token, 5, 'চমৎকার');
    await expect(reviewOrder(order.token, 1, 'আবার')).rejects.toMatchObject({ message: 'alreadyReviewed' });
    const review = await db.review.findUniqueOrThrow({ where: { orderId: order.id }, include: { author: true } });
    expect(review).toMatchObject({ shopId: shop.id, rating: 5, text: 'চমৎকার' });
    // The guest's confirmed number is a waiting account she can claim by signing up.
    expect(review.author).toMatchObject({ phone: '+8801711999888', status: 'PENDING' });
  });
});
