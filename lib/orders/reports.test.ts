import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportCsv } from '@/app/[locale]/(site)/dashboard/orders/export/route';
import type { SessionUser } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { OrderStatus } from '@/lib/generated/prisma/enums';
import { dayToDate } from '@/lib/shops/calendar';
import { newOrderCode, newOrderToken } from './codes';
import { exportRange, ordersForExport, parseDay, productionPlan, salesFigures, sellerShop, weekStart } from './reports';

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
const signedIn = vi.mocked(getCurrentUser);

// 2026-11-23 is a Monday; 10:00 in Dhaka. Its week started on Saturday the 21st.
const NOW = new Date('2026-11-23T04:00:00Z');

let n = 0;
let areaId: number;
beforeAll(async () => {
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
});

async function newShop(timeSlots: string[] = []) {
  const serial = `${Date.now() % 1e6}${++n}`.padStart(8, '0').slice(-8);
  const owner = await db.user.create({ data: { phone: `+88019${serial}`, name: 'রাবেয়া', status: 'ACTIVE', roles: ['SELLER'] } });
  const shop = await db.shop.create({ data: { slug: `report-${serial}-${n}`, ownerId: owner.id, nameBn: 'রাবেয়ার কেক', areaId, phone: '+8801711000111', timeSlots } });
  const product = (nameBn: string, pricePoisha: number, sortOrder: number, unit: 'PIECE' | 'POUND' = 'PIECE') =>
    db.product.create({ data: { shopId: shop.id, slug: `p-${++n}`, nameBn, pricePoisha, sortOrder, unit } });
  return { owner, shop, cake: await product('চকলেট কেক', 120000, 1, 'POUND'), pitha: await product('ভাপা পিঠা', 2000, 0) };
}

interface Line {
  product: { id: string; nameBn: string; pricePoisha: number };
  quantity: number;
  option?: string;
}

async function order(shopId: string, o: { status?: OrderStatus; neededOn: string; lines: Line[]; createdAt?: Date; fee?: number; timeSlot?: string; buyerName?: string }) {
  const subtotal = o.lines.reduce((sum, l) => sum + l.product.pricePoisha * l.quantity, 0);
  const fee = o.fee ?? 0;
  return db.order.create({
    data: {
      code: newOrderCode(),
      token: newOrderToken(),
      shopId,
      buyerName: o.buyerName ?? 'সুমাইয়া',
      buyerPhone: '+8801700000004',
      delivery: fee ? 'DELIVERY' : 'PICKUP',
      deliveryAreaId: fee ? areaId : null,
      neededOn: dayToDate(o.neededOn),
      timeSlot: o.timeSlot ?? null,
      subtotalPoisha: subtotal,
      deliveryFeePoisha: fee,
      totalPoisha: subtotal + fee,
      status: o.status ?? 'CONFIRMED',
      paymentMethod: 'COD',
      createdAt: o.createdAt,
      items: {
        create: o.lines.map((l) => ({ productId: l.product.id, nameBn: l.product.nameBn, optionLabel: l.option ?? null, unitPricePoisha: l.product.pricePoisha, quantity: l.quantity, lineTotalPoisha: l.product.pricePoisha * l.quantity })),
      },
    },
  });
}

describe('days', () => {
  it('reads real days only, in either digits', () => {
    expect(parseDay('2026-11-24')).toBe('2026-11-24');
    expect(parseDay(' ২০২৬-১১-২৪ ')).toBe('2026-11-24');
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDay('24/11/2026')).toBe('2026-11-24');
    expect(parseDay('২৪-১১-২০২৬')).toBe('2026-11-24');
    for (const bad of ['2026-02-30', '2026-13-01', '30/02/2026', '24/13/2026', 'tomorrow', '', "2026-11-24'; --", undefined, null, ['2026-11-24']]) expect(parseDay(bad)).toBeNull();
  });

  it('starts weeks on Saturday', () => {
    expect(weekStart('2026-11-21')).toBe('2026-11-21');
    expect(weekStart('2026-11-23')).toBe('2026-11-21');
    expect(weekStart('2026-11-27')).toBe('2026-11-21');
    expect(weekStart('2026-11-28')).toBe('2026-11-28');
    expect(weekStart('2027-01-01')).toBe('2026-12-26');
  });

  it('exports the last 30 days by default, swaps reversed ends and keeps to a year', () => {
    expect(exportRange(undefined, undefined, NOW)).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(exportRange('2026-11-01', 'rubbish', NOW)).toEqual({ from: '2026-11-01', to: '2026-11-23' });
    expect(exportRange('2026-11-20', '2026-11-01', NOW)).toEqual({ from: '2026-11-01', to: '2026-11-20' });
    expect(exportRange('2020-01-01', '2026-11-23', NOW)).toEqual({ from: '2025-11-23', to: '2026-11-23' });
  });
});

describe('sellerShop', () => {
  it("finds the account's own shop and nobody else's", async () => {
    const { owner, shop } = await newShop();
    expect(await sellerShop(owner.id)).toMatchObject({ id: shop.id, slug: shop.slug });
    const stranger = await db.user.create({ data: { phone: `+88018${String(Date.now()).slice(-8)}`, name: 'অন্য', status: 'ACTIVE' } });
    expect(await sellerShop(stranger.id)).toBeNull();
  });
});

describe('productionPlan', () => {
  it('adds up each product and option over the orders still to be made on the day', async () => {
    const { shop, cake, pitha } = await newShop(['সকাল ১০–১২', 'বিকেল ৪–৬']);
    const day = '2026-11-24';
    const placed = await order(shop.id, { status: 'PLACED', neededOn: day, timeSlot: 'বিকেল ৪–৬', lines: [{ product: cake, quantity: 1, option: '২ পাউন্ড' }, { product: pitha, quantity: 10 }] });
    const confirmed = await order(shop.id, { status: 'CONFIRMED', neededOn: day, timeSlot: 'সকাল ১০–১২', lines: [{ product: cake, quantity: 2, option: '১ পাউন্ড' }] });
    const preparing = await order(shop.id, { status: 'PREPARING', neededOn: day, lines: [{ product: cake, quantity: 1, option: '২ পাউন্ড' }, { product: pitha, quantity: 5 }] });
    const ready = await order(shop.id, { status: 'READY', neededOn: day, timeSlot: 'বিকেল ৪–৬', lines: [{ product: pitha, quantity: 3 }] });
    // None of these is to be made: ended, not paid yet, already gone, or another day.
    for (const status of ['CANCELLED', 'REJECTED', 'AWAITING_PAYMENT', 'OUT_FOR_DELIVERY', 'DELIVERED'] as const) {
      await order(shop.id, { status, neededOn: day, lines: [{ product: cake, quantity: 100, option: '২ পাউন্ড' }, { product: pitha, quantity: 100 }] });
    }
    await order(shop.id, { neededOn: '2026-11-25', lines: [{ product: pitha, quantity: 100 }] });

    const plan = await productionPlan(shop.id, day);
    expect(plan.day).toBe(day);
    expect(plan.lines).toEqual([
      { productId: pitha.id, nameBn: 'ভাপা পিঠা', nameEn: null, unit: 'PIECE', quantity: 18, unconfirmed: 10, orders: 3, options: [{ label: null, quantity: 18, unconfirmed: 10 }] },
      {
        productId: cake.id,
        nameBn: 'চকলেট কেক',
        nameEn: null,
        unit: 'POUND',
        quantity: 4,
        unconfirmed: 1,
        orders: 3,
        options: [
          { label: '১ পাউন্ড', quantity: 2, unconfirmed: 0 },
          { label: '২ পাউন্ড', quantity: 2, unconfirmed: 1 },
        ],
      },
    ]);
    // Morning slot first, then afternoon (as the shop lists them, not alphabetically), then no slot.
    expect(plan.orders.map((o) => o.id)).toEqual([confirmed.id, placed.id, ready.id, preparing.id]);
    expect(plan.unconfirmedOrders).toBe(1);
    expect(plan.orders[1]).toMatchObject({ code: placed.code, buyerPhone: '+8801700000004', items: [{ nameBn: 'চকলেট কেক', optionLabel: '২ পাউন্ড', quantity: 1 }, { nameBn: 'ভাপা পিঠা', quantity: 10 }] });
  });

  it("never includes another shop's orders, and is empty on a quiet day", async () => {
    const mine = await newShop();
    const theirs = await newShop();
    await order(theirs.shop.id, { neededOn: '2026-11-24', lines: [{ product: theirs.pitha, quantity: 50 }] });
    await order(mine.shop.id, { neededOn: '2026-11-24', lines: [{ product: mine.pitha, quantity: 7 }] });
    const plan = await productionPlan(mine.shop.id, '2026-11-24');
    expect(plan.lines.map((l) => [l.productId, l.quantity])).toEqual([[mine.pitha.id, 7]]);
    expect(plan.orders).toHaveLength(1);
    expect(await productionPlan(mine.shop.id, '2026-11-26')).toEqual({ day: '2026-11-26', lines: [], orders: [], unconfirmedOrders: 0 });
  });
});

describe('ordersForExport', () => {
  it('takes the orders placed on the days asked, by Bangladesh midnight, in every status, from this shop only', async () => {
    const mine = await newShop();
    const theirs = await newShop();
    const line = [{ product: mine.pitha, quantity: 1 }];
    const early = await order(mine.shop.id, { neededOn: '2026-11-25', lines: line, createdAt: new Date('2026-11-19T18:00:00Z') }); // 20 Nov 00:00 in Dhaka
    const cancelled = await order(mine.shop.id, { status: 'CANCELLED', neededOn: '2026-11-25', lines: line, createdAt: new Date('2026-11-21T10:00:00Z') });
    const late = await order(mine.shop.id, { neededOn: '2026-11-25', lines: line, createdAt: new Date('2026-11-22T17:59:59Z') }); // 22 Nov 23:59 in Dhaka
    await order(mine.shop.id, { neededOn: '2026-11-25', lines: line, createdAt: new Date('2026-11-19T17:59:59Z') }); // 19 Nov in Dhaka
    await order(mine.shop.id, { neededOn: '2026-11-25', lines: line, createdAt: new Date('2026-11-22T18:00:00Z') }); // 23 Nov in Dhaka
    await order(theirs.shop.id, { neededOn: '2026-11-25', lines: [{ product: theirs.pitha, quantity: 1 }], createdAt: new Date('2026-11-21T10:00:00Z') });

    const rows = await ordersForExport(mine.shop.id, { from: '2026-11-20', to: '2026-11-22' });
    expect(rows.map((r) => r.code)).toEqual([early.code, cancelled.code, late.code]);
    expect(rows[1]).toMatchObject({ status: 'CANCELLED', items: [{ nameBn: 'ভাপা পিঠা', quantity: 1, lineTotalPoisha: 2000 }] });
  });
});

describe('salesFigures', () => {
  it('counts delivered orders this week, this month and all time, with cancellations apart', async () => {
    const { shop, cake, pitha } = await newShop();
    const other = await newShop();
    // This week (from Saturday 21 Nov): two delivered, one cancelled, one rejected, one still open.
    await order(shop.id, { status: 'DELIVERED', neededOn: '2026-11-21', fee: 5000, lines: [{ product: cake, quantity: 1 }] }); // 1,250
    await order(shop.id, { status: 'DELIVERED', neededOn: '2026-11-23', lines: [{ product: pitha, quantity: 20 }] }); // 400
    await order(shop.id, { status: 'CANCELLED', neededOn: '2026-11-22', lines: [{ product: cake, quantity: 9 }] });
    await order(shop.id, { status: 'REJECTED', neededOn: '2026-11-23', lines: [{ product: cake, quantity: 9 }] });
    await order(shop.id, { status: 'CONFIRMED', neededOn: '2026-11-24', lines: [{ product: cake, quantity: 9 }] });
    // Earlier this month (last week).
    await order(shop.id, { status: 'DELIVERED', neededOn: '2026-11-20', lines: [{ product: pitha, quantity: 30 }] }); // 600
    // Last month, still within the chart's eight weeks.
    await order(shop.id, { status: 'DELIVERED', neededOn: '2026-10-31', lines: [{ product: cake, quantity: 2 }] }); // 2,400
    await order(shop.id, { status: 'CANCELLED', neededOn: '2026-10-30', lines: [{ product: cake, quantity: 1 }] });
    // Long ago.
    await order(shop.id, { status: 'DELIVERED', neededOn: '2025-01-01', lines: [{ product: pitha, quantity: 10 }] }); // 200
    // Another shop's big sales this week must not show.
    await order(other.shop.id, { status: 'DELIVERED', neededOn: '2026-11-22', lines: [{ product: other.cake, quantity: 50 }] });
    await order(other.shop.id, { status: 'CANCELLED', neededOn: '2026-11-22', lines: [{ product: other.cake, quantity: 1 }] });

    const sales = await salesFigures(shop.id, NOW);
    const pithaTop = (quantity: number) => ({ productId: pitha.id, nameBn: 'ভাপা পিঠা', nameEn: null, unit: 'PIECE', quantity, revenuePoisha: quantity * 2000 });
    const cakeTop = (quantity: number) => ({ productId: cake.id, nameBn: 'চকলেট কেক', nameEn: null, unit: 'POUND', quantity, revenuePoisha: quantity * 120000 });

    expect(sales.week).toEqual({ from: '2026-11-21', delivered: 2, revenuePoisha: 165000, averagePoisha: 82500, cancelled: 1, rejected: 1, topProducts: [pithaTop(20), cakeTop(1)] });
    expect(sales.month).toEqual({ from: '2026-11-01', delivered: 3, revenuePoisha: 225000, averagePoisha: 75000, cancelled: 1, rejected: 1, topProducts: [pithaTop(50), cakeTop(1)] });
    expect(sales.all).toEqual({ from: null, delivered: 5, revenuePoisha: 485000, averagePoisha: 97000, cancelled: 2, rejected: 1, topProducts: [pithaTop(60), cakeTop(3)] });

    expect(sales.weeks.map((w) => w.start)).toEqual(['2026-10-03', '2026-10-10', '2026-10-17', '2026-10-24', '2026-10-31', '2026-11-07', '2026-11-14', '2026-11-21']);
    expect(sales.weeks.filter((w) => w.delivered)).toEqual([
      { start: '2026-10-31', delivered: 1, revenuePoisha: 240000 },
      { start: '2026-11-14', delivered: 1, revenuePoisha: 60000 },
      { start: '2026-11-21', delivered: 2, revenuePoisha: 165000 },
    ]);
  });

  it('keeps to five products and answers zeros for a new shop', async () => {
    const { shop } = await newShop();
    expect(await salesFigures(shop.id, NOW)).toMatchObject({
      week: { delivered: 0, revenuePoisha: 0, averagePoisha: 0, cancelled: 0, rejected: 0, topProducts: [] },
      all: { delivered: 0, topProducts: [] },
    });
    const products = await Promise.all(
      Array.from({ length: 7 }, (_, i) => db.product.create({ data: { shopId: shop.id, slug: `many-${i}-${++n}`, nameBn: `পণ্য ${i}`, pricePoisha: 1000, sortOrder: i } })),
    );
    await order(shop.id, { status: 'DELIVERED', neededOn: '2026-11-22', lines: products.map((product, i) => ({ product, quantity: i + 1 })) });
    const { week } = await salesFigures(shop.id, NOW);
    expect(week.topProducts.map((p) => p.quantity)).toEqual([7, 6, 5, 4, 3]);
  });
});

describe('GET /dashboard/orders/export', () => {
  const asUser = (user: { id: string; name: string; phone: string } | null) =>
    signedIn.mockResolvedValue(user && ({ id: user.id, name: user.name, phone: user.phone, roles: ['SELLER'], officerAreaId: null, locale: 'bn' } as SessionUser));
  const download = (query: string, locale = 'bn') =>
    exportCsv(new Request(`http://localhost:3000${locale === 'en' ? '/en' : ''}/dashboard/orders/export${query}`), { params: Promise.resolve({ locale }) });
  const readCsv = async (res: Response) => {
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
  };

  it("gives each seller her own orders only, and a guest nothing", async () => {
    const rabeya = await newShop();
    const other = await newShop();
    const createdAt = new Date('2026-11-21T10:00:00Z');
    const hers = await order(rabeya.shop.id, {
      status: 'CANCELLED',
      neededOn: '2026-11-24',
      createdAt,
      fee: 5000,
      buyerName: '=HYPERLINK("http://evil.example","ক্লিক")',
      lines: [{ product: rabeya.cake, quantity: 1, option: '২ পাউন্ড, চকলেট' }, { product: rabeya.pitha, quantity: 10 }],
    });
    const theirs = await order(other.shop.id, { neededOn: '2026-11-24', createdAt, lines: [{ product: other.pitha, quantity: 3 }] });

    asUser(null);
    const guest = await download('?from=2026-11-01&to=2026-11-30');
    expect(guest.status).toBe(401);
    expect(guest.headers.get('content-type')).toMatch(/^text\/plain/);

    asUser(rabeya.owner);
    const res = await download('?from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="orders-${rabeya.shop.slug}-2026-11-01-2026-11-30.csv"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const lines = await readCsv(res);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('অর্ডার কোড,অর্ডারের সময়,কবে লাগবে,সময়,অবস্থা,ক্রেতা,ফোন,কীভাবে পাবেন,এলাকা,ঠিকানা,পণ্য,পণ্যের দাম (টাকা),ডেলিভারি খরচ (টাকা),মোট (টাকা),দাম দেওয়ার উপায়,দামের অবস্থা,ক্রেতার কথা');
    expect(lines[1]).toBe(
      `${hers.code},2026-11-21 16:00,2026-11-24,,বাতিল,"'=HYPERLINK(""http://evil.example"",""ক্লিক"")",01700-000004,ডেলিভারি,মির্জাপুর,,"চকলেট কেক (২ পাউন্ড, চকলেট) × 1; ভাপা পিঠা × 10",1400,50,1450,হাতে হাতে (ক্যাশ),দাম বাকি,`,
    );
    expect(lines.join('\n')).not.toContain(theirs.code);

    asUser(other.owner);
    const otherLines = await readCsv(await download('?from=2026-11-01&to=2026-11-30', 'en'));
    expect(otherLines[0]).toMatch(/^Order code,Placed at,Needed on,/);
    expect(otherLines.slice(1).map((l) => l.split(',')[0])).toEqual([theirs.code]);
  });

  it('answers 404 to an account without a shop, takes the last 30 days when no dates are sent, and sends a day that is not a date back to the form', async () => {
    const shopless = await db.user.create({ data: { phone: `+88015${String(Date.now()).slice(-8)}`, name: 'ক্রেতা', status: 'ACTIVE' } });
    asUser(shopless);
    expect((await download('')).status).toBe(404);

    const { owner, shop, pitha } = await newShop();
    const recent = await order(shop.id, { neededOn: '2026-11-24', lines: [{ product: pitha, quantity: 1 }] });
    await order(shop.id, { neededOn: '2026-11-24', lines: [{ product: pitha, quantity: 1 }], createdAt: new Date(Date.now() - 40 * 86_400_000) });
    asUser(owner);
    const back = await download('?from=31/02/2026&to=15/11/2026');
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('http://localhost:3000/dashboard/orders/sales?from=31%2F02%2F2026&to=15%2F11%2F2026');
    const backEn = await download('?from=&to=nonsense', 'en');
    expect(backEn.headers.get('location')).toBe('http://localhost:3000/en/dashboard/orders/sales?to=nonsense');
    const res = await download('?from=&to=');
    expect(res.headers.get('content-disposition')).toMatch(/-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect((await readCsv(res)).slice(1).map((l) => l.split(',')[0])).toEqual([recent.code]);
  });
});
