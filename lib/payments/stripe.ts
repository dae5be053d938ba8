// Card payments through Stripe Checkout, the only module that imports the Stripe SDK. The checkout
// places a CARD order AWAITING_PAYMENT with its capacity held, then sends the buyer to the session
// made here; Stripe's webhook (stripe-webhook.ts) places or cancels the order. Amounts are poisha:
// BDT is a two-decimal currency to Stripe, so 1 poisha = 1 unit.
import Stripe from 'stripe';
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { OrderStatus, PaymentMethod } from '@/lib/generated/prisma/enums';
import { trackingUrl } from '@/lib/orders/notify';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';

/** Card payments need both keys: without the webhook an order would never learn it was paid. */
export const stripeEnabled = (): boolean => Boolean(env().STRIPE_SECRET_KEY && env().STRIPE_WEBHOOK_SECRET);

let client: Stripe | undefined;
forgetBetweenTests(() => (client = undefined));
function stripeClient(): Stripe {
  const key = env().STRIPE_SECRET_KEY;
  if (!key) throw new AppError('invalid', 'cardUnavailable');
  // Retries are safe: every request that creates something carries an idempotency key.
  client ??= new Stripe(key, { maxNetworkRetries: 2, timeout: 20_000 });
  return client;
}

/** Stripe refuses a session that expires sooner than 30 minutes after it is made. */
const MIN_SESSION_MS = 30 * 60_000;
/** Room for the request's own travel time when a hold has to be stretched to that minimum. */
const SESSION_SLACK_MS = 60_000;

export type CreateCheckoutSession = (
  params: Stripe.Checkout.SessionCreateParams,
  options: { idempotencyKey: string },
) => Promise<{ id: string; url: string | null }>;

const createWithStripe: CreateCheckoutSession = (params, options) => stripeClient().checkout.sessions.create(params, options);

/** What a Checkout session is made from: the order as it was placed. */
export interface CheckoutOrder {
  id: string;
  code: string;
  token: string;
  totalPoisha: number;
  deliveryFeePoisha: number;
  holdExpiresAt: Date;
  shop: { nameBn: string };
  items: { nameBn: string; optionLabel: string | null; quantity: number; unitPricePoisha: number }[];
}

/**
 * The session's parameters, from the order alone: a repeated request (a double click) sends the
 * very same parameters under the same idempotency key, which Stripe requires to answer it with the
 * first session instead of an error.
 */
export function checkoutSessionParams(order: CheckoutOrder): Stripe.Checkout.SessionCreateParams {
  const line = (name: string, unitAmount: number, quantity: number): Stripe.Checkout.SessionCreateParams.LineItem => ({
    quantity,
    price_data: { currency: 'bdt', unit_amount: unitAmount, product_data: { name } },
  });
  const itemLines = order.items.map((item) => line(item.optionLabel ? `${item.nameBn} (${item.optionLabel})` : item.nameBn, item.unitPricePoisha, item.quantity));
  if (order.deliveryFeePoisha > 0) itemLines.push(line('ডেলিভারি খরচ', order.deliveryFeePoisha, 1));
  const linesTotal = order.items.reduce((sum, item) => sum + item.unitPricePoisha * item.quantity, 0) + order.deliveryFeePoisha;
  // The buyer pays the order's total and nothing else; lines that would add up differently (a
  // discount, a rounding) become one line for the whole order.
  const lineItems = linesTotal === order.totalPoisha ? itemLines : [line(`অর্ডার ${order.code} — ${order.shop.nameBn}`, order.totalPoisha, 1)];
  const tracking = trackingUrl(order.token);
  const metadata = { orderId: order.id, orderCode: order.code };
  return {
    mode: 'payment',
    currency: 'bdt',
    line_items: lineItems,
    client_reference_id: order.id,
    metadata,
    payment_intent_data: { metadata, description: `${order.shop.nameBn} — ${order.code}` },
    expires_at: Math.ceil(order.holdExpiresAt.getTime() / 1000),
    success_url: `${tracking}?paid=1`,
    cancel_url: `${tracking}?cancelled=1`,
  };
}

const CHECKOUT_LINES = {
  shop: { select: { nameBn: true } },
  items: { select: { nameBn: true, optionLabel: true, quantity: true, unitPricePoisha: true }, orderBy: { id: 'asc' } },
} as const;

/**
 * Makes (or, for the same order, finds again) the Stripe Checkout session of a CARD order that
 * awaits payment, records it as a pending Payment and returns the address to send the buyer to.
 * Throws AppError: 'invalid'/'cardUnavailable' (Stripe not configured), 'notFound',
 * 'invalid'/'notCardOrder', 'conflict'/'notAwaitingPayment', 'conflict'/'holdExpired',
 * 'conflict'/'cardCheckoutFailed' (Stripe refused or could not be reached).
 */
export async function startCardCheckout(orderId: string, deps: { createSession?: CreateCheckoutSession; now?: Date } = {}): Promise<{ url: string }> {
  if (!stripeEnabled()) throw new AppError('invalid', 'cardUnavailable');
  const now = deps.now ?? new Date();

  const held = await db.$transaction(async (tx) => {
    // The lock makes a double click's second request wait for the first one's hold decision.
    const [found] = await tx.$queryRaw<{ status: OrderStatus; paymentMethod: PaymentMethod; holdExpiresAt: Date | null; sessions: number }[]>`
      SELECT status, "paymentMethod", "holdExpiresAt",
             (SELECT count(*)::int FROM "Payment" p WHERE p."orderId" = o.id AND p.method = 'CARD') AS sessions
      FROM "Order" o WHERE id = ${orderId} FOR UPDATE`;
    if (!found) throw new AppError('notFound');
    if (found.paymentMethod !== 'CARD') throw new AppError('invalid', 'notCardOrder');
    if (found.status !== 'AWAITING_PAYMENT') throw new AppError('conflict', 'notAwaitingPayment');
    if (!found.holdExpiresAt || found.holdExpiresAt <= now) throw new AppError('conflict', 'holdExpired');
    // Stripe's session cannot end sooner than 30 minutes from now, so the hold is stretched to the
    // session's end: the capacity stays held for as long as the buyer can still pay. Only for a
    // first session — a repeat must send the expiry the first one was made with.
    if (found.sessions === 0 && found.holdExpiresAt.getTime() < now.getTime() + MIN_SESSION_MS + 10_000) {
      const holdExpiresAt = new Date(Math.ceil((now.getTime() + MIN_SESSION_MS + SESSION_SLACK_MS) / 1000) * 1000);
      await tx.order.update({ where: { id: orderId }, data: { holdExpiresAt } });
      return holdExpiresAt;
    }
    return found.holdExpiresAt;
  });
  // Lines, prices and the shop's name are snapshots that never change after the order is placed.
  const order = { ...(await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, code: true, token: true, totalPoisha: true, deliveryFeePoisha: true, ...CHECKOUT_LINES } })), holdExpiresAt: held };

  let session: { id: string; url: string | null };
  try {
    session = await (deps.createSession ?? createWithStripe)(checkoutSessionParams(order), { idempotencyKey: `order-${order.id}` });
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error(`[payments] Stripe could not start the checkout of order ${order.code}`, error);
    throw new AppError('conflict', 'cardCheckoutFailed');
  }
  if (!session.url) throw new AppError('conflict', 'cardCheckoutFailed');

  await db.$transaction(async (tx) => {
    // Same lock as the webhook's, so the two never both create this session's Payment row.
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
    const known = await tx.payment.findUnique({ where: { method_externalRef: { method: 'CARD', externalRef: session.id } }, select: { id: true } });
    if (!known) {
      await tx.payment.create({ data: { orderId: order.id, method: 'CARD', amountPoisha: order.totalPoisha, status: 'PENDING_CONFIRMATION', externalRef: session.id } });
    }
  });
  return { url: session.url };
}

// ───────────────────────────── webhook events ─────────────────────────────

/** A Checkout session as the webhook needs it. */
export interface CheckoutSessionEvent {
  id: string;
  /** From the session's metadata (or client_reference_id); null when neither is there. */
  orderId: string | null;
  /** Stripe says the money has been taken. */
  paid: boolean;
  amountPoisha: number | null;
  currency: string | null;
}

export type StripeWebhookEvent =
  | {
      id: string;
      type: 'checkout.session.completed' | 'checkout.session.async_payment_succeeded' | 'checkout.session.expired' | 'checkout.session.async_payment_failed';
      session: CheckoutSessionEvent;
    }
  | { id: string; type: string; session: null };

export const webhookConfigured = (): boolean => Boolean(env().STRIPE_WEBHOOK_SECRET);

const sessionOf = (session: Stripe.Checkout.Session): CheckoutSessionEvent => ({
  id: session.id,
  orderId: session.metadata?.orderId || session.client_reference_id || null,
  paid: session.payment_status === 'paid',
  amountPoisha: session.amount_total,
  currency: session.currency,
});

/**
 * Verifies a webhook request's `Stripe-Signature` over the raw body (with Stripe's default
 * 5-minute tolerance against replays) and returns the event, or null when it is not from Stripe.
 */
export function readStripeEvent(payload: string, signature: string | null): StripeWebhookEvent | null {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return null;
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signature, secret);
  } catch {
    return null;
  }
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed':
      return { id: event.id, type: event.type, session: sessionOf(event.data.object) };
    default:
      return { id: event.id, type: event.type, session: null };
  }
}
