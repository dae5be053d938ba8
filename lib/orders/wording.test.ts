// The words an order is spoken of in (pickup never speaks of delivering), its progress line, the
// day words against today in Dhaka, and the checkout's total before the order is placed.
import { describe, expect, it } from 'vitest';
import bn from '@/messages/bn.json';
import { relativeDayWord } from '@/lib/shops/calendar';
import { checkoutQuote } from './quote';
import { orderProgress, orderSteps, paymentKey, sellerStepKey, sellerStepsFor, smsStatusText, statusKey } from './wording';

const word = (key: string, ns: Record<string, unknown> = bn.Order) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], ns) as string;
const deliveryWords = /পৌঁছ|ডেলিভারি|রওনা/;

describe('pickup orders use pickup words', () => {
  it('every status and the cash payment of a pickup order avoid delivery words, on the page, in the inbox and in the SMS', () => {
    for (const status of ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED', 'CANCELLED', 'REJECTED'] as const) {
      expect(word(statusKey(status, 'PICKUP')), status).not.toMatch(deliveryWords);
      expect(word(statusKey(status, 'PICKUP'), bn.SellerReports), status).not.toMatch(deliveryWords);
      expect(smsStatusText(status, 'PICKUP'), status).not.toMatch(deliveryWords);
    }
    expect(word(statusKey('READY', 'PICKUP'))).toBe('নিতে আসার জন্য তৈরি');
    expect(word(paymentKey('COD', 'PICKUP'))).toMatch(/দোকানে টাকা/);
    expect(word(paymentKey('COD', 'PICKUP', 'payment'), bn.SellerReports)).toMatch(/দোকানে টাকা/);
    expect(word(sellerStepKey('DELIVERED', 'PICKUP'), bn.SellerOrders)).toBe('ক্রেতা নিয়ে গেছেন');
    expect(word(sellerStepKey('READY', 'PICKUP'), bn.SellerOrders)).not.toMatch(deliveryWords);
  });

  it('delivery orders keep their delivery words, and other payments are the same either way', () => {
    expect(word(statusKey('OUT_FOR_DELIVERY', 'DELIVERY'))).toBe('পৌঁছে দিতে রওনা');
    expect(word(sellerStepKey('OUT_FOR_DELIVERY', 'DELIVERY'), bn.SellerOrders)).toBe('পৌঁছাতে রওনা');
    expect(paymentKey('COD', 'DELIVERY')).toBe('pay.COD');
    expect(paymentKey('BKASH', 'PICKUP')).toBe('pay.BKASH');
    expect(smsStatusText('DELIVERED', 'DELIVERY')).toBe('পৌঁছে গেছে');
  });

  it('never offers to send a pickup order on the way', () => {
    expect(sellerStepsFor(['OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED'], 'PICKUP')).toEqual(['DELIVERED', 'CANCELLED']);
    expect(sellerStepsFor(['OUT_FOR_DELIVERY', 'DELIVERED'], 'DELIVERY')).toEqual(['OUT_FOR_DELIVERY', 'DELIVERED']);
  });
});

describe('the progress line', () => {
  it('marks the steps before the status done, the status current and the rest to come', () => {
    expect(orderProgress('PREPARING', 'DELIVERY')).toEqual([
      { step: 'PLACED', state: 'done' },
      { step: 'CONFIRMED', state: 'done' },
      { step: 'PREPARING', state: 'current' },
      { step: 'READY', state: 'upcoming' },
      { step: 'OUT_FOR_DELIVERY', state: 'upcoming' },
      { step: 'DELIVERED', state: 'upcoming' },
    ]);
  });

  it('has no journey for a pickup order, and counts a skipped step as done', () => {
    expect(orderSteps('PICKUP')).not.toContain('OUT_FOR_DELIVERY');
    expect(orderProgress('READY', 'PICKUP')?.map((s) => s.state)).toEqual(['done', 'done', 'done', 'current', 'upcoming']);
    expect(orderProgress('DELIVERED', 'PICKUP')?.at(-1)).toEqual({ step: 'DELIVERED', state: 'current' });
  });

  it('is not drawn for orders off the line', () => {
    for (const status of ['AWAITING_PAYMENT', 'CANCELLED', 'REJECTED'] as const) expect(orderProgress(status, 'DELIVERY')).toBeNull();
  });
});

describe('day words, against today in Asia/Dhaka', () => {
  // 18:30 UTC on 6 December is 00:30 on 7 December in Dhaka.
  const justAfterMidnight = new Date('2026-12-06T18:30:00Z');
  const lateEvening = new Date('2026-12-06T17:30:00Z');

  it('turns tomorrow into today when the day comes, and today into yesterday', () => {
    expect(relativeDayWord('2026-12-07', lateEvening)).toBe('tomorrow');
    expect(relativeDayWord('2026-12-07', justAfterMidnight)).toBe('today');
    expect(relativeDayWord('2026-12-06', justAfterMidnight)).toBe('yesterday');
    expect(relativeDayWord('2026-12-08', justAfterMidnight)).toBe('tomorrow');
  });

  it('names no relative day further away (the page says its weekday and date)', () => {
    expect(relativeDayWord('2026-12-09', justAfterMidnight)).toBeNull();
    expect(relativeDayWord('2026-12-05', justAfterMidnight)).toBeNull();
  });
});

describe('the checkout total before the order is placed', () => {
  const zones = [
    { areaId: 1, feePoisha: 5000 },
    { areaId: 2, feePoisha: 8000 },
  ];

  it('adds the chosen area’s fee', () => {
    expect(checkoutQuote(120_000, 'DELIVERY', zones, 2)).toEqual({ subtotalPoisha: 120_000, feePoisha: 8000, totalPoisha: 128_000 });
  });

  it('waits for the area when fees differ, and knows the total at once when every area costs the same', () => {
    expect(checkoutQuote(120_000, 'DELIVERY', zones, null)).toEqual({ subtotalPoisha: 120_000, feePoisha: null, totalPoisha: null });
    expect(checkoutQuote(120_000, 'DELIVERY', [{ areaId: 1, feePoisha: 0 }], null)).toEqual({ subtotalPoisha: 120_000, feePoisha: 0, totalPoisha: 120_000 });
    // An area the shop does not deliver to is no area chosen.
    expect(checkoutQuote(120_000, 'DELIVERY', zones, 99).totalPoisha).toBeNull();
  });

  it('costs no delivery when she picks it up', () => {
    expect(checkoutQuote(120_000, 'PICKUP', zones, 2)).toEqual({ subtotalPoisha: 120_000, feePoisha: 0, totalPoisha: 120_000 });
  });
});
