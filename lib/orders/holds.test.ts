import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { inventoryOf, placeCardOrder } from '@/lib/payments/test-orders';
import { releaseExpiredHolds, UNPAID_REASON } from './holds';

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe('releaseExpiredHolds', () => {
  it('cancels only the holds that ran out, and gives their capacity and stock back', async () => {
    const expired = await placeCardOrder({ quantity: 3, holdExpiresAt: minutes(-1) });
    const expiredStock = await placeCardOrder({ fulfilment: 'READY_STOCK', quantity: 4, holdExpiresAt: minutes(-5) });
    const running = await placeCardOrder({ quantity: 2, holdExpiresAt: minutes(10) });
    await db.payment.create({ data: { orderId: expired.order.id, method: 'CARD', amountPoisha: expired.order.totalPoisha, externalRef: `cs_test_${expired.order.id}` } });
    expect(await inventoryOf(expired.product.id, expired.day)).toMatchObject({ used: 3 });
    expect(await inventoryOf(expiredStock.product.id, expiredStock.day)).toMatchObject({ stock: 6 });

    expect(await releaseExpiredHolds()).toBeGreaterThanOrEqual(2);

    for (const { order } of [expired, expiredStock]) {
      const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true, payments: true } });
      expect(after).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED', statusReason: UNPAID_REASON.expired });
      expect(after.events).toMatchObject([{ fromStatus: 'AWAITING_PAYMENT', toStatus: 'CANCELLED', actorId: null }]);
      for (const payment of after.payments) expect(payment.status).toBe('EXPIRED');
    }
    expect(await inventoryOf(expired.product.id, expired.day)).toMatchObject({ used: 0 });
    expect(await inventoryOf(expiredStock.product.id, expiredStock.day)).toMatchObject({ stock: 10 });

    expect(await db.order.findUniqueOrThrow({ where: { id: running.order.id } })).toMatchObject({ status: 'AWAITING_PAYMENT', paymentStatus: 'UNPAID' });
    expect(await inventoryOf(running.product.id, running.day)).toMatchObject({ used: 2 });
  });

  it('leaves paid and already cancelled orders alone, and gives nothing back twice', async () => {
    const paid = await placeCardOrder({ holdExpiresAt: minutes(-1) });
    await db.order.update({ where: { id: paid.order.id }, data: { status: 'PLACED', paymentStatus: 'PAID' } });
    const once = await placeCardOrder({ quantity: 2, holdExpiresAt: minutes(-1) });

    await releaseExpiredHolds();
    expect(await releaseExpiredHolds()).toBe(0);

    expect(await db.order.findUniqueOrThrow({ where: { id: paid.order.id } })).toMatchObject({ status: 'PLACED', paymentStatus: 'PAID' });
    expect(await inventoryOf(paid.product.id, paid.day)).toMatchObject({ used: 2 });
    expect(await db.orderEvent.count({ where: { orderId: once.order.id } })).toBe(1);
    expect(await inventoryOf(once.product.id, once.day)).toMatchObject({ used: 0 });
  });

  it('judges by the clock it is given', async () => {
    const { order } = await placeCardOrder({ holdExpiresAt: minutes(20) });
    await releaseExpiredHolds(minutes(10));
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('AWAITING_PAYMENT');
    await releaseExpiredHolds(minutes(21));
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('CANCELLED');
  });

  it('runs side by side with itself without cancelling anything twice', async () => {
    const orders = await Promise.all([1, 2, 3].map(() => placeCardOrder({ quantity: 1, holdExpiresAt: minutes(-2) })));
    await Promise.all([releaseExpiredHolds(), releaseExpiredHolds(), releaseExpiredHolds()]);
    for (const { order, product, day } of orders) {
      expect(await db.orderEvent.count({ where: { orderId: order.id, toStatus: 'CANCELLED' } })).toBe(1);
      expect(await inventoryOf(product.id, day)).toMatchObject({ used: 0 });
    }
  });
});
