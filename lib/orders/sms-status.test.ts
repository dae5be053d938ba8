import { randomInt } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addDays, dayToDate, dhakaDay } from '@/lib/shops/calendar';
import { newOrderCode, newOrderToken } from './codes';
import { getOrderByToken } from './manage';
import { SMS_MAX } from '@/lib/notify/inbound/reply';
import { newOrderSms, newOrderText } from './notify';
import { handleOrderSms, parseOrderCommand, SMS_REFUSAL_REASON } from './sms-status';

let shopId: string;
let productId: string;
let shopPhone: string;
let ownerPhone: string;
const mobile = () => `+88017${randomInt(10_000_000, 100_000_000)}`;
/** As a gateway posts the sender: without the plus. */
const gateway = (phone: string) => phone.slice(1);

/** An order code with a digit after "HT": one that can only be a code (a code of letters only may be a word). */
function codeWithDigit(): string {
  for (;;) {
    const code = newOrderCode();
    if (/\d/.test(code.slice(2))) return code;
  }
}

async function order(over: { status?: 'PLACED' | 'CONFIRMED' | 'CANCELLED'; itemName?: string; quantity?: number; delivery?: 'PICKUP' | 'DELIVERY' } = {}) {
  return db.order.create({
    data: {
      code: codeWithDigit(),
      token: newOrderToken(),
      shopId,
      buyerName: 'ক্রেতা',
      buyerPhone: mobile(),
      delivery: over.delivery ?? 'PICKUP',
      neededOn: dayToDate(addDays(dhakaDay(new Date()), 1)),
      subtotalPoisha: 50_000,
      totalPoisha: 50_000,
      paymentMethod: 'COD',
      status: over.status ?? 'PLACED',
      items: { create: [{ productId, nameBn: over.itemName ?? 'ভাপা পিঠা', unitPricePoisha: 2_500, quantity: over.quantity ?? 20, lineTotalPoisha: 50_000 }] },
      events: { create: [{ toStatus: over.status ?? 'PLACED' }] },
    },
  });
}

const buyerSms = (phone: string) => db.smsMessage.findMany({ where: { to: phone, purpose: 'order-status' }, select: { body: true } });

beforeAll(async () => {
  const areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  ownerPhone = mobile();
  shopPhone = mobile();
  const owner = await db.user.create({ data: { phone: ownerPhone, name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  shopId = (await db.shop.create({ data: { slug: `sms-orders-${Date.now().toString(36)}`, ownerId: owner.id, nameBn: 'পিঠাঘর', areaId, phone: shopPhone } })).id;
  productId = (await db.product.create({ data: { shopId, slug: 'bhapa', nameBn: 'ভাপা পিঠা', pricePoisha: 2_500 } })).id;
});

describe('the new order SMS', () => {
  it('tells the seller the order and how to answer it, within two segments', async () => {
    const placed = await order({ delivery: 'DELIVERY' });
    await newOrderSms(placed.id);
    const [sms] = await db.smsMessage.findMany({ where: { to: shopPhone, purpose: 'order-new', body: { contains: placed.code } } });
    expect(sms!.body).toContain('ভাপা পিঠা ×২০');
    expect(sms!.body).toContain(`নিলে OK ${placed.code}, না নিলে NA ${placed.code}`);
    expect(sms!.body).toContain('পৌঁছে দেবেন');
    // She can call the buyer (Latin digits, dialable) and knows what it comes to.
    expect(sms!.body).toContain(`ক্রেতা ${placed.buyerPhone.replace('+880', '0')}`);
    expect(sms!.body).toContain('৳৫০০');
    expect(sms!.body.length).toBeLessThanOrEqual(SMS_MAX);
  });

  it('cuts long items, never the code or the answer', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ nameBn: `খুব লম্বা নামের নকশি পিঠার বাক্স ${i}`, quantity: 1000 }));
    const text = newOrderText({ code: 'HT7K2Q9X', neededOn: new Date('2026-12-12'), delivery: 'PICKUP', buyerPhone: '+8801711234567', totalPoisha: 123_456_00, items });
    expect(text.length).toBeLessThanOrEqual(SMS_MAX);
    expect(text.length).toBeGreaterThan(SMS_MAX - 6);
    expect(text).toMatch(/^হাট অর্ডার HT7K2Q9X: খুব লম্বা নামের.*…; ৳১,২৩,৪৫৬; শনি ১২ ডিসে; দোকানে নেবেন; ক্রেতা 01711234567। নিলে OK HT7K2Q9X, না নিলে NA HT7K2Q9X$/);
  });
});

describe('reading an order command', () => {
  it('takes OK/NA and the Bengali words, with or without HT, in any case and either script', () => {
    expect(parseOrderCommand('OK HT7K2Q9X')).toEqual({ to: 'CONFIRMED', code: 'HT7K2Q9X', surelyCode: true, rest: '' });
    expect(parseOrderCommand('  ok ht7k2q9x ')).toMatchObject({ to: 'CONFIRMED', code: 'HT7K2Q9X' });
    expect(parseOrderCommand('হ্যাঁ HT৭K২Q৯X')).toMatchObject({ to: 'CONFIRMED', code: 'HT7K2Q9X' });
    expect(parseOrderCommand('na 7k2q9x দুধ শেষ')).toEqual({ to: 'REJECTED', code: 'HT7K2Q9X', surelyCode: true, rest: 'দুধ শেষ' });
    expect(parseOrderCommand('না HT7K2Q9X')).toMatchObject({ to: 'REJECTED' });
    expect(parseOrderCommand('NA MASTER')).toMatchObject({ surelyCode: false });
    expect(parseOrderCommand('ok thanks')).toMatchObject({ surelyCode: false });
  });

  it('leaves everything else to search', () => {
    for (const text of ['', 'OK', 'PITHA SHERPUR', 'ইলেকট্রিশিয়ান মির্জাপুর', 'rokto B+ garidaha', 'OK HT7K2Q9', 'OK HT0O1IL2', 'MORE']) {
      expect(parseOrderCommand(text), text).toBeNull();
    }
  });
});

describe('answering an order by SMS', () => {
  it('OK accepts it through the dashboard’s own step: status, event, the buyer’s SMS and her tracking page', async () => {
    const placed = await order();
    const answer = await handleOrderSms(gateway(shopPhone), `OK ${placed.code}`);
    expect(answer!.reply).toContain(`অর্ডার ${placed.code} গ্রহণ করা হলো`);
    // Not a dashboard she may have no way to open: the buyer's number to call.
    expect(answer!.reply).toContain(`ক্রেতাকে ফোন করুন: ${placed.buyerPhone.replace('+880', '0')}`);
    expect(answer!.reply).not.toContain('ড্যাশবোর্ড');
    expect(answer!.reply.length).toBeLessThanOrEqual(SMS_MAX);
    const tracked = (await getOrderByToken(placed.token))!;
    expect(tracked.status).toBe('CONFIRMED');
    expect(tracked.events.at(-1)).toMatchObject({ fromStatus: 'PLACED', toStatus: 'CONFIRMED', actorId: (await db.shop.findUniqueOrThrow({ where: { id: shopId } })).ownerId });
    expect((await buyerSms(placed.buyerPhone)).map((s) => s.body)).toEqual([expect.stringContaining(`অর্ডার ${placed.code} বিক্রেতা নিশ্চিত করেছেন`)]);
  });

  it('a repeated OK changes nothing and says it was accepted already; NA after OK is refused', async () => {
    const placed = await order();
    await handleOrderSms(gateway(shopPhone), `OK ${placed.code}`);
    const again = await handleOrderSms(gateway(shopPhone), `ok ${placed.code.slice(2).toLowerCase()}`);
    expect(again!.reply).toContain('আগেই গ্রহণ করেছেন');
    const no = await handleOrderSms(gateway(shopPhone), `NA ${placed.code}`);
    expect(no!.reply).toContain('NA চলবে না');
    expect(no!.reply).toContain(`ক্রেতাকে ফোন করুন: ${placed.buyerPhone.replace('+880', '0')}, অথবা ড্যাশবোর্ডে`);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe('CONFIRMED');
    expect(await db.orderEvent.count({ where: { orderId: placed.id } })).toBe(2);
    expect(await buyerSms(placed.buyerPhone)).toHaveLength(1);
    for (const text of [again!.reply, no!.reply]) expect(text.length).toBeLessThanOrEqual(SMS_MAX);
  });

  it('NA turns it down with her reason, or a default one; the buyer is told; OK afterwards is refused', async () => {
    const plain = await order();
    const answer = await handleOrderSms(gateway(ownerPhone), `না ${plain.code}`);
    expect(answer!.reply).toContain(`অর্ডার ${plain.code} ফিরিয়ে দেওয়া হলো`);
    const tracked = (await getOrderByToken(plain.token))!;
    expect(tracked).toMatchObject({ status: 'REJECTED', statusReason: SMS_REFUSAL_REASON });
    expect((await buyerSms(plain.buyerPhone))[0]!.body).toContain('বিক্রেতা নিতে পারছেন না');
    // Inventory back, as from the dashboard: nothing else to check here than the status machine.
    const late = await handleOrderSms(gateway(shopPhone), `OK ${plain.code}`);
    expect(late!.reply).toContain('আপনি আগেই ফিরিয়ে দিয়েছেন');
    expect((await db.order.findUniqueOrThrow({ where: { id: plain.id } })).status).toBe('REJECTED');
    expect((await handleOrderSms(gateway(shopPhone), `NA ${plain.code}`))!.reply).toContain('আগেই ফিরিয়ে দিয়েছেন');

    const withReason = await order();
    await handleOrderSms(`+${gateway(shopPhone)}`, `NA ${withReason.code} কাল দোকান বন্ধ`);
    expect(await db.order.findUniqueOrThrow({ where: { id: withReason.id } })).toMatchObject({ status: 'REJECTED', statusReason: 'কাল দোকান বন্ধ' });

    // A long reason (up to 200) is shortened: the buyer's SMS stays within two segments, link whole.
    const longReason = await order();
    await handleOrderSms(gateway(shopPhone), `NA ${longReason.code} ${'দুধ শেষ হয়ে গেছে, কাল আবার আসবে '.repeat(6)}`);
    const [told] = await buyerSms(longReason.buyerPhone);
    expect(told!.body.length).toBeLessThanOrEqual(SMS_MAX);
    expect(told!.body).toContain('(দুধ শেষ');
    expect(told!.body).toMatch(new RegExp(`/orders/${longReason.token}$`));
  });

  it('tells anyone but the shop that there is no such order, and touches nothing', async () => {
    const placed = await order();
    for (const sender of [gateway(mobile()), 'not-a-number', gateway(placed.buyerPhone)]) {
      const answer = await handleOrderSms(sender, `OK ${placed.code}`);
      expect(answer!.reply).toBe(`হাট: ${placed.code} কোডে আপনার কোনো অর্ডার নেই। অর্ডারের SMS দেখে আবার লিখুন: OK কোড বা NA কোড।`);
    }
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe('PLACED');
    expect(await buyerSms(placed.buyerPhone)).toHaveLength(0);
    // Six letters without "HT" may be a word: told apart by whether it is an order of hers, so
    // another shop's such order is, to anyone else, no different from no order at all.
    const lettersOnly = await db.order.update({ where: { id: placed.id }, data: { code: 'HTWXYZAB' }, select: { code: true } });
    expect(await handleOrderSms(gateway(mobile()), 'OK WXYZAB')).toBeNull();
    expect(await handleOrderSms(gateway(mobile()), 'OK WXYZAC')).toBeNull();
    expect((await handleOrderSms(gateway(mobile()), `OK ${lettersOnly.code}`))!.reply).toContain('কোডে আপনার কোনো অর্ডার নেই');
    expect((await handleOrderSms(gateway(shopPhone), 'OK WXYZAB'))!.reply).toContain('গ্রহণ করা হলো');
  });

  it('an unknown code is no order of hers; a word that only looks like one goes on to search', async () => {
    const unknown = codeWithDigit();
    const answer = await handleOrderSms(gateway(shopPhone), `OK ${unknown}`);
    expect(answer!.reply).toContain(`${unknown} কোডে আপনার কোনো অর্ডার নেই`);
    expect(await handleOrderSms(gateway(shopPhone), 'NA MASTER')).toBeNull();
    expect(await handleOrderSms(gateway(shopPhone), 'ok thanks')).toBeNull();
    expect(await handleOrderSms(gateway(shopPhone), 'PITHA SHERPUR')).toBeNull();
    expect(await handleOrderSms(gateway(shopPhone), 'হ্যালো')).toBeNull();
  });

  it('a bare OK or NA (no code) is told to add the code, not searched', async () => {
    for (const text of ['OK', 'ok', ' NA ', 'হ্যাঁ']) expect((await handleOrderSms(gateway(shopPhone), text))!.reply).toBe('OK-এর পরে অর্ডারের কোড লিখুন, যেমন OK HT7K2Q9X');
  });

  it('says where an order stands that is past answering', async () => {
    const cancelled = await order({ status: 'CANCELLED' });
    const answer = await handleOrderSms(gateway(shopPhone), `OK ${cancelled.code}`);
    expect(answer!.reply).toBe(`হাট: অর্ডার ${cancelled.code} — বাতিল হয়েছে; তাই এখন গ্রহণ করা যাবে না।`);
  });

  it('a suspended shop may turn a new order down but not accept it', async () => {
    const placed = await order();
    await db.shop.update({ where: { id: shopId }, data: { status: 'SUSPENDED' } });
    try {
      const answer = await handleOrderSms(gateway(shopPhone), `OK ${placed.code}`);
      expect(answer!.reply).toContain('স্থগিত');
      expect(answer!.reply.length).toBeLessThanOrEqual(SMS_MAX);
      expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe('PLACED');
      await handleOrderSms(gateway(shopPhone), `NA ${placed.code}`);
      expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe('REJECTED');
    } finally {
      await db.shop.update({ where: { id: shopId }, data: { status: 'ACTIVE' } });
    }
  });

  it.each(['SUSPENDED', 'RETIRED'] as const)('a %s owner of an active shop can neither accept nor refuse by SMS (the dashboard refuses her too)', async (status) => {
    const placed = await order();
    const shop = await db.shop.findUniqueOrThrow({ where: { id: shopId }, select: { ownerId: true, status: true } });
    expect(shop.status).toBe('ACTIVE');
    await db.user.update({ where: { id: shop.ownerId }, data: { status } });
    try {
      for (const verb of ['OK', 'NA']) {
        for (const from of [shopPhone, ownerPhone]) {
          const answer = await handleOrderSms(gateway(from), `${verb} ${placed.code}`);
          expect(answer!.reply).toContain('অ্যাকাউন্ট এখন স্থগিত বা বন্ধ');
          expect(answer!.reply.length).toBeLessThanOrEqual(SMS_MAX);
        }
      }
      expect((await db.order.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe('PLACED');
      expect(await db.orderEvent.count({ where: { orderId: placed.id } })).toBe(1);
      expect(await buyerSms(placed.buyerPhone)).toEqual([]);
    } finally {
      await db.user.update({ where: { id: shop.ownerId }, data: { status: 'ACTIVE' } });
    }
  });
});
