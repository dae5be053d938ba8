import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import Stripe from 'stripe';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { UNPAID_REASON } from '@/lib/orders/holds';
import { PAID_AFTER_CANCEL_REASON, PAYMENT_FLAGGED, REFUND_DUE } from './stripe-webhook';
import { waitFor } from '@/lib/runtime/ports';
import { inventoryOf, placeCardOrder } from './test-orders';

const SECRET = 'whsec_haat_test_secret';
vi.hoisted(() => Object.assign(process.env, { STRIPE_SECRET_KEY: 'sk_test_haat', STRIPE_WEBHOOK_SECRET: 'whsec_haat_test_secret' }));
const { POST } = await import('@/app/api/webhooks/stripe/route');

type Order = Awaited<ReturnType<typeof placeCardOrder>>['order'];
type SessionEventType = 'checkout.session.completed' | 'checkout.session.async_payment_succeeded' | 'checkout.session.expired' | 'checkout.session.async_payment_failed';

const sessionId = (order: Pick<Order, 'id'>) => `cs_test_${order.id}`;

/** An event as Stripe sends it (the fields we read, and the envelope's). */
function stripeEvent(type: string, order: Pick<Order, 'id' | 'totalPoisha'> | null, session: Record<string, unknown> = {}) {
  return JSON.stringify({
    id: `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: '2026-10-28.endive',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: order
        ? {
            id: sessionId(order),
            object: 'checkout.session',
            client_reference_id: order.id,
            metadata: { orderId: order.id },
            mode: 'payment',
            currency: 'bdt',
            amount_total: order.totalPoisha,
            payment_status: type === 'checkout.session.completed' || type === 'checkout.session.async_payment_succeeded' ? 'paid' : 'unpaid',
            status: type === 'checkout.session.expired' ? 'expired' : 'complete',
            ...session,
          }
        : { id: 'pi_123', object: 'payment_intent' },
    },
  });
}

const sign = (payload: string, { secret = SECRET, timestamp }: { secret?: string; timestamp?: number } = {}) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

const post = (payload: string, signature: string | null = sign(payload)) =>
  POST(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', body: payload, headers: signature ? { 'stripe-signature': signature } : {} }));

const deliver = async (type: SessionEventType, order: Order, session?: Record<string, unknown>) => {
  const res = await post(stripeEvent(type, order, session));
  expect(res.status).toBe(200);
  return (await res.json()) as { outcome: string };
};

const state = (id: string) => db.order.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { createdAt: 'asc' } }, payments: true } });
const eventsRecorded = () => db.stripeEvent.count();

describe('POST /api/webhooks/stripe: the signature', () => {
  it('refuses a request without a signature and writes nothing', async () => {
    const { order } = await placeCardOrder();
    const before = await eventsRecorded();
    const res = await post(stripeEvent('checkout.session.completed', order), null);
    expect(res.status).toBe(400);
    expect(await eventsRecorded()).toBe(before);
    expect(await state(order.id)).toMatchObject({ status: 'AWAITING_PAYMENT', paymentStatus: 'UNPAID', events: [], payments: [] });
  });

  it('refuses a signature made with another secret, an altered body, a stale or garbled header', async () => {
    const { order } = await placeCardOrder();
    const before = await eventsRecorded();
    const payload = stripeEvent('checkout.session.completed', order);
    const altered = payload.replace(`"amount_total":${order.totalPoisha}`, '"amount_total":100');
    expect(altered).not.toBe(payload);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    for (const res of await Promise.all([
      post(payload, sign(payload, { secret: 'whsec_someone_else' })),
      post(altered, sign(payload)),
      post(payload, sign(payload, { timestamp: tenMinutesAgo })),
      post(payload, 'not-a-signature'),
      post('', sign('')),
    ])) {
      expect(res.status).toBe(400);
    }
    expect(await eventsRecorded()).toBe(before);
    expect(await state(order.id)).toMatchObject({ status: 'AWAITING_PAYMENT', paymentStatus: 'UNPAID', events: [], payments: [] });
  });

  it('accepts a signature a little in the past', async () => {
    const { order } = await placeCardOrder();
    const payload = stripeEvent('checkout.session.completed', order);
    const res = await post(payload, sign(payload, { timestamp: Math.floor(Date.now() / 1000) - 120 }));
    expect(res.status).toBe(200);
  });

  it('answers 503 while no webhook secret is set', async () => {
    vi.resetModules();
    const saved = process.env.STRIPE_WEBHOOK_SECRET;
    delete process.env.STRIPE_WEBHOOK_SECRET;
    try {
      const fresh = await import('@/app/api/webhooks/stripe/route');
      const payload = stripeEvent('checkout.session.completed', null);
      const res = await fresh.POST(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', body: payload, headers: { 'stripe-signature': sign(payload) } }));
      expect(res.status).toBe(503);
    } finally {
      process.env.STRIPE_WEBHOOK_SECRET = saved;
      vi.resetModules();
    }
  });
});

describe('POST /api/webhooks/stripe: the body is read only up to the limit', () => {
  it('a chunked body (no Content-Length) past MAX_EVENT_BYTES → 413, read no further, nothing recorded', async () => {
    const { MAX_EVENT_BYTES } = await import('@/app/api/webhooks/stripe/route');
    const before = await eventsRecorded();
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 64 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', body, headers: { 'stripe-signature': 't=1,v1=00' }, duplex: 'half' } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const res = await POST(request);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(MAX_EVENT_BYTES + 64 * 1024);
    expect(await eventsRecorded()).toBe(before);
  });
});

describe('POST /api/webhooks/stripe: the effects', () => {
  it('places a paid order once, records the payment and tells the seller', async () => {
    const { order, product, day } = await placeCardOrder({ quantity: 2 });
    expect(await deliver('checkout.session.completed', order)).toMatchObject({ outcome: 'placed' });

    const after = await state(order.id);
    expect(after).toMatchObject({ status: 'PLACED', paymentStatus: 'PAID', statusReason: null });
    expect(after.events).toMatchObject([{ fromStatus: 'AWAITING_PAYMENT', toStatus: 'PLACED', actorId: null }]);
    expect(after.payments).toMatchObject([{ method: 'CARD', status: 'PAID', amountPoisha: order.totalPoisha, externalRef: sessionId(order) }]);
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 2 });
    expect(await db.smsMessage.count({ where: { purpose: 'order-new', body: { contains: order.code } } })).toBe(1);
  });

  it('applies one event delivered 20 times, one after another and all at once, exactly once', async () => {
    const { order, product, day } = await placeCardOrder({ quantity: 3 });
    const payload = stripeEvent('checkout.session.completed', order);
    const { id } = JSON.parse(payload) as { id: string };
    const first = await Promise.all(Array.from({ length: 10 }, () => post(payload)));
    for (let i = 0; i < 10; i++) first.push(await post(payload));
    expect(first.map((r) => r.status)).toEqual(Array(20).fill(200));
    const outcomes = await Promise.all(first.map(async (r) => ((await r.json()) as { outcome: string }).outcome));
    expect(outcomes.filter((o) => o === 'placed')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(19);

    expect(await db.orderEvent.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.orderEvent.count({ where: { orderId: order.id, toStatus: 'PLACED' } })).toBe(1);
    expect(await db.stripeEvent.count({ where: { id } })).toBe(1);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await db.smsMessage.count({ where: { purpose: 'order-new', body: { contains: order.code } } })).toBe(1);
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 3 });
  });

  it('waits when checkout completes before the money arrives, then places on async success', async () => {
    const { order } = await placeCardOrder();
    expect(await deliver('checkout.session.completed', order, { payment_status: 'unpaid' })).toMatchObject({ outcome: 'awaitingPayment' });
    expect(await state(order.id)).toMatchObject({ status: 'AWAITING_PAYMENT', paymentStatus: 'UNPAID' });
    expect(await deliver('checkout.session.async_payment_succeeded', order)).toMatchObject({ outcome: 'placed' });
    expect(await state(order.id)).toMatchObject({ status: 'PLACED', paymentStatus: 'PAID' });
  });

  it('cancels an unpaid order when its session expires and gives the capacity back', async () => {
    const { order, product, day } = await placeCardOrder({ quantity: 2 });
    await db.payment.create({ data: { orderId: order.id, method: 'CARD', amountPoisha: order.totalPoisha, externalRef: sessionId(order) } });
    expect(await deliver('checkout.session.expired', order)).toMatchObject({ outcome: 'cancelled' });
    const after = await state(order.id);
    expect(after).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED', statusReason: UNPAID_REASON.expired });
    expect(after.events).toMatchObject([{ fromStatus: 'AWAITING_PAYMENT', toStatus: 'CANCELLED' }]);
    expect(after.payments).toMatchObject([{ status: 'EXPIRED' }]);
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 0 });
  });

  it('cancels on a failed async payment the same way', async () => {
    const { order, product, day } = await placeCardOrder({ fulfilment: 'READY_STOCK', quantity: 4 });
    expect(await deliver('checkout.session.async_payment_failed', order)).toMatchObject({ outcome: 'cancelled' });
    expect(await state(order.id)).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED', statusReason: UNPAID_REASON.failed });
    expect(await inventoryOf(product.id, day)).toMatchObject({ stock: 10 });
  });

  it('expired, then paid (out of order): stays cancelled, flagged paid for a refund, inventory not taken again', async () => {
    const { order, product, day } = await placeCardOrder({ quantity: 2 });
    expect(await deliver('checkout.session.expired', order)).toMatchObject({ outcome: 'cancelled' });
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 0 });
    // Someone else takes the freed capacity meanwhile.
    await db.capacityDay.update({ where: { productId_day: { productId: product.id, day: new Date(`${day}T00:00:00Z`) } }, data: { used: 5 } });

    expect(await deliver('checkout.session.completed', order)).toMatchObject({ outcome: 'paidAfterCancel' });
    const after = await state(order.id);
    expect(after).toMatchObject({ status: 'CANCELLED', paymentStatus: 'PAID', statusReason: PAID_AFTER_CANCEL_REASON });
    expect(after.events).toHaveLength(1);
    expect(after.payments).toMatchObject([{ status: 'PAID', amountPoisha: order.totalPoisha }]);
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 5 });
    expect(await db.order.count({ where: { id: order.id, ...REFUND_DUE } })).toBe(1);
    // The buyer hears that the money will come back; the seller gets no "new order".
    expect(await db.smsMessage.count({ where: { purpose: 'order-status', body: { contains: order.code } } })).toBe(1);
    expect(await db.smsMessage.count({ where: { purpose: 'order-new', body: { contains: order.code } } })).toBe(0);
  });

  it('paid after the worker released the hold: flagged for a refund the same way', async () => {
    const { releaseExpiredHolds } = await import('@/lib/orders/holds');
    const { order, product, day } = await placeCardOrder({ quantity: 1, holdExpiresAt: new Date(Date.now() - 1000) });
    await releaseExpiredHolds();
    expect(await deliver('checkout.session.completed', order)).toMatchObject({ outcome: 'paidAfterCancel' });
    expect(await state(order.id)).toMatchObject({ status: 'CANCELLED', paymentStatus: 'PAID', statusReason: PAID_AFTER_CANCEL_REASON, events: [{ toStatus: 'CANCELLED' }] });
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 0 });
  });

  it('paid, then expired (out of order): stays placed and paid', async () => {
    const { order, product, day } = await placeCardOrder({ quantity: 2 });
    await deliver('checkout.session.completed', order);
    expect(await deliver('checkout.session.expired', order)).toMatchObject({ outcome: 'unchanged' });
    const after = await state(order.id);
    expect(after).toMatchObject({ status: 'PLACED', paymentStatus: 'PAID' });
    expect(after.events).toHaveLength(1);
    expect(after.payments).toMatchObject([{ status: 'PAID' }]);
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 2 });
  });

  it('finds the order through the recorded payment when the session carries no order id', async () => {
    const { order } = await placeCardOrder();
    await db.payment.create({ data: { orderId: order.id, method: 'CARD', amountPoisha: order.totalPoisha, externalRef: sessionId(order) } });
    expect(await deliver('checkout.session.completed', order, { metadata: {}, client_reference_id: null })).toMatchObject({ outcome: 'placed' });
    expect(await state(order.id)).toMatchObject({ status: 'PLACED', payments: [{ status: 'PAID' }] });
  });

  it('answers 200 and records unknown event types and unknown orders, changing nothing', async () => {
    const unknownType = stripeEvent('payment_intent.created', null);
    let res = await post(unknownType);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'ignored' });
    expect(await db.stripeEvent.count({ where: { id: (JSON.parse(unknownType) as { id: string }).id } })).toBe(1);

    const ghost = { id: 'no-such-order', totalPoisha: 1000 } as Order;
    const payload = stripeEvent('checkout.session.completed', ghost);
    res = await post(payload);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'orderNotFound' });
    expect(await db.stripeEvent.count({ where: { id: (JSON.parse(payload) as { id: string }).id } })).toBe(1);
    expect(await db.payment.count({ where: { externalRef: sessionId(ghost) } })).toBe(0);
  });

  it('races the hold release: whichever comes first wins, the other changes nothing', async () => {
    const { releaseExpiredHolds } = await import('@/lib/orders/holds');
    const { order, product, day } = await placeCardOrder({ quantity: 2, holdExpiresAt: new Date(Date.now() - 1000) });
    const [res] = await Promise.all([post(stripeEvent('checkout.session.completed', order)), releaseExpiredHolds()]);
    const { outcome } = (await res.json()) as { outcome: string };
    const after = await state(order.id);
    expect(after.paymentStatus).toBe('PAID');
    if (outcome === 'placed') {
      expect(after.status).toBe('PLACED');
      expect(await inventoryOf(product.id, day)).toMatchObject({ used: 2 });
    } else {
      expect(outcome).toBe('paidAfterCancel');
      expect(after).toMatchObject({ status: 'CANCELLED', statusReason: PAID_AFTER_CANCEL_REASON });
      expect(await inventoryOf(product.id, day)).toMatchObject({ used: 0 });
    }
    expect(after.events).toHaveLength(1);
  });

  it('a payment for the wrong amount or currency does not mark the order paid; it is flagged, and the seller and admins hear', async () => {
    const admin = await db.user.create({ data: { phone: `+88013${Date.now().toString().slice(-8)}`, name: 'প্রশাসক', status: 'ACTIVE', roles: ['ADMIN'] } });
    const cases: { wrong: Record<string, unknown>; took: (total: number) => { amountPoisha: number; currency: string } }[] = [
      { wrong: { amount_total: 100 }, took: () => ({ amountPoisha: 100, currency: 'bdt' }) },
      { wrong: { currency: 'usd' }, took: (total) => ({ amountPoisha: total, currency: 'usd' }) },
      { wrong: { amount_total: null }, took: () => ({ amountPoisha: 0, currency: 'bdt' }) },
    ];
    for (const { wrong, took } of cases) {
      const { order, shop, product, day } = await placeCardOrder({ quantity: 2 });
      const { outcome } = await deliver('checkout.session.completed', order, wrong);
      expect(outcome).toBe('amountMismatch');
      const after = await state(order.id);
      expect(after).toMatchObject({ status: 'AWAITING_PAYMENT', paymentStatus: 'UNPAID', paymentFlag: 'AMOUNT_MISMATCH', events: [] });
      expect(after.payments).toMatchObject([{ method: 'CARD', status: 'REJECTED', externalRef: sessionId(order), ...took(order.totalPoisha) }]);
      expect(await db.order.count({ where: { id: order.id, ...PAYMENT_FLAGGED } })).toBe(1);
      expect(await inventoryOf(product.id, day)).toMatchObject({ used: 2 });
      // No "new order" for the seller: an SMS that the money did not match, to her and to the admin.
      expect(await db.smsMessage.count({ where: { purpose: 'order-new', body: { contains: order.code } } })).toBe(0);
      expect(await db.smsMessage.count({ where: { purpose: 'payment-flagged', to: shop.phone, body: { contains: order.code } } })).toBe(1);
      expect(await db.smsMessage.count({ where: { purpose: 'payment-flagged', to: admin.phone, body: { contains: order.code } } })).toBe(1);
      // The session's next event with the same wrong money changes nothing and tells nobody again.
      expect(await deliver('checkout.session.async_payment_succeeded', order, wrong)).toMatchObject({ outcome: 'unchanged' });
      expect(await state(order.id)).toMatchObject({ status: 'AWAITING_PAYMENT', paymentStatus: 'UNPAID' });
      expect(await db.smsMessage.count({ where: { purpose: 'payment-flagged', to: { in: [shop.phone, admin.phone] }, body: { contains: order.code } } })).toBe(2);
    }
  });

  it('a wrong amount after the order was cancelled is flagged, not marked paid', async () => {
    const { order } = await placeCardOrder();
    await deliver('checkout.session.expired', order);
    expect(await deliver('checkout.session.completed', order, { amount_total: order.totalPoisha - 1 })).toMatchObject({ outcome: 'amountMismatch' });
    expect(await state(order.id)).toMatchObject({ status: 'CANCELLED', paymentStatus: 'EXPIRED', paymentFlag: 'AMOUNT_MISMATCH' });
  });
});

describe('POST /api/webhooks/stripe: the app killed in the middle of an event', () => {
  it('records nothing of the interrupted delivery; Stripe’s retry takes effect exactly once', { timeout: 120_000 }, async () => {
    const { order, product, day } = await placeCardOrder({ quantity: 2 });
    const payload = stripeEvent('checkout.session.completed', order);
    const eventId = (JSON.parse(payload) as { id: string }).id;
    const signature = sign(payload);

    // Another session holds the order's row, so the app's transaction (the event already recorded
    // in it) waits there: that is when the app process is killed.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const watcher = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([blocker.connect(), watcher.connect()]);
    try {
      await blocker.query('BEGIN');
      await blocker.query('SELECT 1 FROM "Order" WHERE id = $1 FOR UPDATE', [order.id]);
      // The app: this route's handler in a process of its own, as the web server runs it.
      const script = `const { POST } = await import('./app/api/webhooks/stripe/route.ts');
        const res = await POST(new Request('http://localhost:3000/api/webhooks/stripe', { method: 'POST', body: process.env.EVENT_PAYLOAD, headers: { 'stripe-signature': process.env.EVENT_SIGNATURE } }));
        console.log('answered', res.status);`;
      const app = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, EVENT_PAYLOAD: payload, EVENT_SIGNATURE: signature },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      app.stdout.on('data', (c: Buffer) => (output += c.toString()));
      app.stderr.on('data', (c: Buffer) => (output += c.toString()));
      const exited = new Promise<string>((resolve) => app.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
      try {
        const waiting = await waitFor(async () => {
          const { rows } = await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM "Order" WHERE id = $1 FOR UPDATE%'`);
          return rows.length > 0;
        }, 60_000, 100);
        expect(waiting, `the app waits inside the event's transaction; its output:\n${output}`).toBe(true);
      } finally {
        app.kill('SIGKILL');
      }
      expect(await exited).toBe('SIGKILL');
      expect(output).not.toContain('answered');
    } finally {
      await blocker.query('ROLLBACK').catch(() => {});
      await Promise.all([blocker.end(), watcher.end()]);
    }

    // Stripe got no answer, so it delivers the same event again: applied once, then a duplicate.
    expect(await waitFor(async () => (await db.stripeEvent.count({ where: { id: eventId } })) === 0, 10_000, 100), 'the interrupted delivery left no record').toBe(true);
    const retried = await post(payload, signature);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ outcome: 'placed' });
    expect(await (await post(payload, signature)).json()).toMatchObject({ outcome: 'duplicate' });

    const after = await state(order.id);
    expect(after).toMatchObject({ status: 'PLACED', paymentStatus: 'PAID' });
    expect(after.events).toMatchObject([{ fromStatus: 'AWAITING_PAYMENT', toStatus: 'PLACED' }]);
    expect(after.payments).toMatchObject([{ status: 'PAID', amountPoisha: order.totalPoisha }]);
    expect(await db.stripeEvent.count({ where: { id: eventId } })).toBe(1);
    expect(await inventoryOf(product.id, day)).toMatchObject({ used: 2 });
    expect(await db.smsMessage.count({ where: { purpose: 'order-new', body: { contains: order.code } } })).toBe(1);
  });
});
