import Stripe from 'stripe';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { rootOrigin } from '@/lib/tenancy/urls';
import { checkoutSessionParams, startCardCheckout, stripeEnabled, type CreateCheckoutSession } from './stripe';
import { placeCardOrder } from './test-orders';

vi.hoisted(() => Object.assign(process.env, { STRIPE_SECRET_KEY: 'sk_test_haat', STRIPE_WEBHOOK_SECRET: 'whsec_haat_test_secret' }));

type Params = Stripe.Checkout.SessionCreateParams;

/** Stands in for Stripe: one session per idempotency key, and Stripe's error for a key reused with other parameters. */
function fakeStripe() {
  const calls: { params: Params; key: string }[] = [];
  const byKey = new Map<string, { params: string; session: { id: string; url: string } }>();
  const createSession: CreateCheckoutSession = async (params, { idempotencyKey }) => {
    calls.push({ params, key: idempotencyKey });
    await new Promise((r) => setTimeout(r, 20));
    const seen = byKey.get(idempotencyKey);
    if (seen) {
      if (seen.params !== JSON.stringify(params)) throw new Error('Keys for idempotent requests can only be used with the same parameters they were first used with.');
      return seen.session;
    }
    const id = `cs_test_${byKey.size + 1}_${idempotencyKey}`;
    const session = { id, url: `https://checkout.stripe.com/c/pay/${id}` };
    byKey.set(idempotencyKey, { params: JSON.stringify(params), session });
    return session;
  };
  return { calls, createSession, sessions: () => byKey.size };
}

const lineSum = (params: Params) => params.line_items!.reduce((sum, l) => sum + l.price_data!.unit_amount! * l.quantity!, 0);

describe('startCardCheckout', () => {
  it('makes a BDT session for the order with its idempotency key, and records a pending payment', async () => {
    expect(stripeEnabled()).toBe(true);
    const { order } = await placeCardOrder({ quantity: 2, unitPricePoisha: 45_000, deliveryFeePoisha: 6_000 });
    const stripe = fakeStripe();
    const started = Date.now();

    const { url } = await startCardCheckout(order.id, { createSession: stripe.createSession });

    expect(stripe.calls).toHaveLength(1);
    const [{ params, key }] = stripe.calls as [{ params: Params; key: string }];
    expect(key).toBe(`order-${order.id}`);
    expect(url).toBe(`https://checkout.stripe.com/c/pay/cs_test_1_order-${order.id}`);
    expect(params).toMatchObject({
      mode: 'payment',
      currency: 'bdt',
      client_reference_id: order.id,
      metadata: { orderId: order.id, orderCode: order.code },
      success_url: `${rootOrigin()}/orders/${order.token}?paid=1`,
      cancel_url: `${rootOrigin()}/orders/${order.token}?cancelled=1`,
      line_items: [
        { quantity: 2, price_data: { currency: 'bdt', unit_amount: 45_000, product_data: { name: 'ভাপা পিঠা' } } },
        { quantity: 1, price_data: { currency: 'bdt', unit_amount: 6_000, product_data: { name: 'ডেলিভারি খরচ' } } },
      ],
    });
    expect(lineSum(params)).toBe(order.totalPoisha);
    expect(order.totalPoisha).toBe(96_000);

    // The hold was under Stripe's 30-minute minimum: session and hold now end together, past it.
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(params.expires_at! * 1000).toBe(after.holdExpiresAt!.getTime());
    expect(params.expires_at! * 1000).toBeGreaterThanOrEqual(started + 30 * 60_000 + 30_000);
    expect(params.expires_at! * 1000).toBeLessThanOrEqual(Date.now() + 32 * 60_000);
    expect(after.status).toBe('AWAITING_PAYMENT');
    expect(after.payments).toMatchObject([{ method: 'CARD', status: 'PENDING_CONFIRMATION', amountPoisha: 96_000, externalRef: `cs_test_1_order-${order.id}` }]);
  });

  it('a double click (and a later retry) gets the same session: same key, same parameters, one payment row', async () => {
    const { order } = await placeCardOrder();
    const stripe = fakeStripe();
    const [a, b] = await Promise.all([startCardCheckout(order.id, { createSession: stripe.createSession }), startCardCheckout(order.id, { createSession: stripe.createSession })]);
    const later = await startCardCheckout(order.id, { createSession: stripe.createSession, now: new Date(Date.now() + 5 * 60_000) });
    expect(a.url).toBe(b.url);
    expect(later.url).toBe(a.url);
    expect(stripe.sessions()).toBe(1);
    expect(new Set(stripe.calls.map((c) => c.key))).toEqual(new Set([`order-${order.id}`]));
    expect(new Set(stripe.calls.map((c) => JSON.stringify(c.params))).size).toBe(1);
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('keeps a hold that already reaches past 30 minutes as the session expiry', async () => {
    const holdExpiresAt = new Date(Math.ceil((Date.now() + 45 * 60_000) / 1000) * 1000);
    const { order } = await placeCardOrder({ holdExpiresAt, deliveryFeePoisha: 0 });
    const stripe = fakeStripe();
    await startCardCheckout(order.id, { createSession: stripe.createSession });
    expect(stripe.calls[0]!.params.expires_at).toBe(holdExpiresAt.getTime() / 1000);
    expect(stripe.calls[0]!.params.line_items).toHaveLength(1);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).holdExpiresAt).toEqual(holdExpiresAt);
  });

  it('charges the order total as one line when the lines do not add up to it', async () => {
    const { order, shop } = await placeCardOrder({ quantity: 2, unitPricePoisha: 50_000, deliveryFeePoisha: 5_000 });
    const discounted = await db.order.update({ where: { id: order.id }, data: { totalPoisha: 95_000 }, include: { items: true } });
    const params = checkoutSessionParams({ ...discounted, holdExpiresAt: discounted.holdExpiresAt!, shop });
    expect(params.line_items).toEqual([{ quantity: 1, price_data: { currency: 'bdt', unit_amount: 95_000, product_data: { name: `অর্ডার ${order.code} — ${shop.nameBn}` } } }]);
  });

  it('refuses orders that are not card orders awaiting payment, and unknown ones', async () => {
    const stripe = fakeStripe();
    const start = (id: string, now?: Date) => startCardCheckout(id, { createSession: stripe.createSession, now });

    const placed = await placeCardOrder();
    await db.order.update({ where: { id: placed.order.id }, data: { status: 'PLACED', paymentStatus: 'PAID' } });
    await expect(start(placed.order.id)).rejects.toMatchObject({ code: 'conflict', message: 'notAwaitingPayment' });

    const lapsed = await placeCardOrder();
    await expect(start(lapsed.order.id, new Date(Date.now() + 31 * 60_000))).rejects.toMatchObject({ code: 'conflict', message: 'holdExpired' });

    const cod = await placeCardOrder();
    await db.order.update({ where: { id: cod.order.id }, data: { paymentMethod: 'COD' } });
    await expect(start(cod.order.id)).rejects.toMatchObject({ code: 'invalid', message: 'notCardOrder' });

    await expect(start('no-such-order')).rejects.toMatchObject({ code: 'notFound' });
    expect(stripe.calls).toHaveLength(0);
  });

  it('says the card checkout failed when Stripe refuses, and records nothing', async () => {
    const { order } = await placeCardOrder();
    const refuse: CreateCheckoutSession = async () => {
      throw new Stripe.errors.StripeInvalidRequestError({ message: 'Invalid currency', type: 'invalid_request_error' });
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(startCardCheckout(order.id, { createSession: refuse })).rejects.toMatchObject({ code: 'conflict', message: 'cardCheckoutFailed' });
    error.mockRestore();
    expect(await db.payment.count({ where: { orderId: order.id } })).toBe(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('AWAITING_PAYMENT');
  });

  it('sends the idempotency key and poisha amounts through the Stripe SDK as Stripe receives them', async () => {
    const { order } = await placeCardOrder({ quantity: 3, unitPricePoisha: 12_050, deliveryFeePoisha: 4_000 });
    const requests: { url: string; headers: Headers; body: URLSearchParams }[] = [];
    const fetchStub = async (url: string | URL | Request, init?: RequestInit) => {
      requests.push({ url: String(url), headers: new Headers(init?.headers), body: new URLSearchParams(String(init?.body)) });
      return new Response(JSON.stringify({ id: 'cs_test_sdk', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_sdk' }), {
        status: 200,
        headers: { 'content-type': 'application/json', 'request-id': 'req_test' },
      });
    };
    const client = new Stripe('sk_test_haat', { httpClient: Stripe.createFetchHttpClient(fetchStub as typeof fetch), maxNetworkRetries: 0 });

    const { url } = await startCardCheckout(order.id, { createSession: (params, options) => client.checkout.sessions.create(params, options) });

    expect(url).toBe('https://checkout.stripe.com/c/pay/cs_test_sdk');
    expect(requests).toHaveLength(1);
    const [{ url: endpoint, headers, body }] = requests as [(typeof requests)[number]];
    expect(endpoint).toMatch(/\/v1\/checkout\/sessions$/);
    expect(headers.get('idempotency-key')).toBe(`order-${order.id}`);
    expect(Object.fromEntries(body)).toMatchObject({
      mode: 'payment',
      currency: 'bdt',
      client_reference_id: order.id,
      'metadata[orderId]': order.id,
      'line_items[0][quantity]': '3',
      'line_items[0][price_data][unit_amount]': '12050',
      'line_items[0][price_data][currency]': 'bdt',
      'line_items[1][price_data][unit_amount]': '4000',
    });
    expect(Number(body.get('expires_at'))).toBeGreaterThan(Date.now() / 1000 + 30 * 60);
    expect(await db.payment.findFirst({ where: { orderId: order.id } })).toMatchObject({ externalRef: 'cs_test_sdk', amountPoisha: 3 * 12_050 + 4_000 });
  });

  it('is off, and refuses, without the Stripe keys', async () => {
    const { order } = await placeCardOrder();
    vi.resetModules();
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    try {
      const fresh = await import('./stripe');
      expect(fresh.stripeEnabled()).toBe(false);
      await expect(fresh.startCardCheckout(order.id, { createSession: fakeStripe().createSession })).rejects.toMatchObject({ code: 'invalid', message: 'cardUnavailable' });
    } finally {
      process.env.STRIPE_SECRET_KEY = saved;
      vi.resetModules();
    }
  });
});
