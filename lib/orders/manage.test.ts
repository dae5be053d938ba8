import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, dayToDate, dhakaDay } from '@/lib/shops/calendar';
import { newOrderCode, newOrderToken } from './codes';
import { buyerOrders, newOrderCount, sellerOrders, sellerTransition } from './manage';

let shopId: string;
let ownerId: string;
const mobile = () => `+88017${randomInt(10_000_000, 100_000_000)}`;
const buyer = async () => db.user.create({ data: { phone: mobile(), name: 'ক্রেতা', status: 'ACTIVE', roles: ['BUYER'] }, select: { id: true, phone: true } });

const order = (over: { buyerId?: string; buyerPhone: string; phoneConfirmed: boolean; createdAt?: Date }) =>
  db.order.create({
    data: {
      code: newOrderCode(),
      token: newOrderToken(),
      shopId,
      buyerName: 'ক্রেতা',
      delivery: 'PICKUP',
      neededOn: dayToDate(addDays(dhakaDay(new Date()), 1)),
      subtotalPoisha: 50_000,
      totalPoisha: 50_000,
      paymentMethod: 'COD',
      ...over,
    },
  });

beforeAll(async () => {
  const areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  const owner = await db.user.create({ data: { phone: mobile(), name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  ownerId = owner.id;
  shopId = (await db.shop.create({ data: { slug: `buyer-orders-${Date.now().toString(36)}`, ownerId: owner.id, nameBn: 'পিঠাঘর', areaId, phone: owner.phone } })).id;
});

describe('buyerOrders', () => {
  it('lists a buyer’s own orders and those placed with her confirmed number, newest first; never an unconfirmed one or someone else’s', async () => {
    const me = await buyer();
    const someone = await buyer();
    const signedIn = await order({ buyerId: me.id, buyerPhone: mobile(), phoneConfirmed: false, createdAt: new Date(Date.now() - 60_000) });
    const confirmed = await order({ buyerPhone: me.phone, phoneConfirmed: true });
    await order({ buyerPhone: me.phone, phoneConfirmed: false });
    await order({ buyerId: someone.id, buyerPhone: someone.phone, phoneConfirmed: true });
    const mine = await buyerOrders(me);
    expect(mine.map((o) => o.id)).toEqual([confirmed.id, signedIn.id]);
    expect(mine[0]).toMatchObject({ token: confirmed.token, code: confirmed.code, status: 'PLACED', totalPoisha: 50_000, shop: { nameBn: 'পিঠাঘর' } });
  });

  it('shows at most the latest 20', async () => {
    const me = await buyer();
    for (let i = 0; i < 22; i++) await order({ buyerId: me.id, buyerPhone: me.phone, phoneConfirmed: true });
    expect(await buyerOrders(me)).toHaveLength(20);
  });
});

describe('the seller’s new orders', () => {
  it('counts the orders waiting for her answer, lists them under "new", and none for someone without a shop', async () => {
    const before = (await newOrderCount({ id: ownerId }))!;
    const fresh = await order({ buyerPhone: mobile(), phoneConfirmed: true });
    const answered = await order({ buyerPhone: mobile(), phoneConfirmed: true });
    await sellerTransition({ id: ownerId }, answered.id, 'CONFIRMED', '');
    expect(await newOrderCount({ id: ownerId })).toBe(before + 1);
    const listed = (await sellerOrders({ id: ownerId }, 'new'))!;
    expect(listed.every((o) => o.status === 'PLACED')).toBe(true);
    expect(listed.map((o) => o.id)).toContain(fresh.id);
    expect(listed.map((o) => o.id)).not.toContain(answered.id);
    expect(await newOrderCount((await buyer()))).toBeNull();
  });

  it('never sends a pickup order on the way, and says why', async () => {
    const pickup = await order({ buyerPhone: mobile(), phoneConfirmed: true });
    await sellerTransition({ id: ownerId }, pickup.id, 'CONFIRMED', '');
    await expect(sellerTransition({ id: ownerId }, pickup.id, 'OUT_FOR_DELIVERY', '')).rejects.toMatchObject({ code: 'invalid', message: 'pickupNotSent' });
    await sellerTransition({ id: ownerId }, pickup.id, 'READY', '');
    expect(await sellerTransition({ id: ownerId }, pickup.id, 'DELIVERED', '')).toBe('done');
  });
});
