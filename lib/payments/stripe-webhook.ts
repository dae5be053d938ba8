// What Stripe's Checkout events do to an order. Each event is handled once: its id is recorded in
// the same transaction as its effect, so a redelivery (or two deliveries at once) finds it recorded
// and does nothing. Every decision is taken with the order row locked and from the order's current
// status, so events arriving twice, out of order or racing the hold release end the same way.
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrderStatus, PaymentFlag, PaymentStatus } from '@/lib/generated/prisma/enums';
import { cancelUnpaidOrder, UNPAID_REASON } from '@/lib/orders/holds';
import { buyerStatusSms, newOrderSms, paymentFlaggedSms } from '@/lib/orders/notify';
import { applyTransition } from '@/lib/orders/transition';
import type { CheckoutSessionEvent, StripeWebhookEvent } from './stripe';

type Tx = Prisma.TransactionClient;

/** Set on an order that was cancelled before its card payment arrived: someone must refund it. */
export const PAID_AFTER_CANCEL_REASON = 'মেয়াদ শেষে টাকা এসেছে — ফেরত দিতে হবে';

/** Card payments that did not match their order (amount or currency): a person must settle them. */
export const PAYMENT_FLAGGED = { paymentFlag: { not: null } } satisfies Prisma.OrderWhereInput;

/** Orders holding money that must go back to the buyer (for the seller's and officer's lists). */
export const REFUND_DUE = {
  paymentMethod: 'CARD',
  paymentStatus: 'PAID',
  status: { in: ['CANCELLED', 'REJECTED'] },
} satisfies Prisma.OrderWhereInput;

export type WebhookOutcome =
  /** Already handled: a redelivery. */
  | 'duplicate'
  /** Not an event we act on (recorded all the same). */
  | 'ignored'
  | 'orderNotFound'
  /** Paid: the order went from AWAITING_PAYMENT to PLACED. */
  | 'placed'
  /** Paid after the order had ended unfulfilled: flagged for a refund. */
  | 'paidAfterCancel'
  /** Checkout completed with a payment still on its way (an async method): wait for its event. */
  | 'awaitingPayment'
  /** Unpaid and the session is over: the order was cancelled and its hold given back. */
  | 'cancelled'
  /** Nothing to change: the order is already where this event would take it. */
  | 'unchanged'
  /** Stripe took another amount or currency than the order's: not paid, flagged for the seller and the admin. */
  | 'amountMismatch';

interface LockedOrder {
  id: string;
  code: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  paymentFlag: PaymentFlag | null;
  totalPoisha: number;
}

async function lockOrder(tx: Tx, session: CheckoutSessionEvent): Promise<LockedOrder | null> {
  const orderId =
    session.orderId ??
    (await tx.payment.findUnique({ where: { method_externalRef: { method: 'CARD', externalRef: session.id } }, select: { orderId: true } }))?.orderId;
  if (!orderId) return null;
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, code, status, "paymentStatus", "paymentFlag", "totalPoisha" FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return order ?? null;
}

/** The session's Payment row (what Stripe says it took), created if the checkout never got to record it. */
async function recordPayment(tx: Tx, order: LockedOrder, session: CheckoutSessionEvent, status: PaymentStatus): Promise<void> {
  const where = { method_externalRef: { method: 'CARD' as const, externalRef: session.id } };
  const data = { status, amountPoisha: session.amountPoisha ?? 0, currency: session.currency };
  const known = await tx.payment.findUnique({ where, select: { id: true } });
  if (known) await tx.payment.update({ where, data });
  else await tx.payment.create({ data: { ...data, orderId: order.id, method: 'CARD', externalRef: session.id } });
}

/** The money is the order's total in taka; anything else (or Stripe not saying) is not this order's payment. */
export const paysInFull = (session: Pick<CheckoutSessionEvent, 'amountPoisha' | 'currency'>, totalPoisha: number): boolean =>
  session.amountPoisha === totalPoisha && session.currency === 'bdt';

async function markPaid(tx: Tx, order: LockedOrder, session: CheckoutSessionEvent): Promise<WebhookOutcome> {
  if (!paysInFull(session, order.totalPoisha)) {
    // Not paid: the order keeps waiting (its hold runs out as usual) and a person settles the money.
    console.error(`[payments] order ${order.code}: Stripe took ${session.amountPoisha} ${session.currency}, the order is ${order.totalPoisha} bdt — flagged, not marked paid`);
    await recordPayment(tx, order, session, 'REJECTED');
    // Flagged once: the session's next event (async success after completed) tells nobody again.
    if (order.paymentFlag === 'AMOUNT_MISMATCH') return 'unchanged';
    await tx.order.update({ where: { id: order.id }, data: { paymentFlag: 'AMOUNT_MISMATCH' } });
    return 'amountMismatch';
  }
  await recordPayment(tx, order, session, 'PAID');
  if (order.status === 'AWAITING_PAYMENT') {
    await applyTransition(tx, order.id, { to: 'PLACED', actor: 'system', expectFrom: 'AWAITING_PAYMENT' });
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PAID' } });
    return 'placed';
  }
  if (order.paymentStatus === 'PAID' || order.paymentStatus === 'REFUNDED') return 'unchanged';
  if (order.status === 'CANCELLED' || order.status === 'REJECTED') {
    // The hold ran out (or the buyer cancelled) before the money came: the capacity is gone to
    // others, so the order is not revived; the money is flagged to go back.
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PAID', statusReason: PAID_AFTER_CANCEL_REASON } });
    console.warn(`[payments] order ${order.code} was paid by card (session ${session.id}) after it was ${order.status.toLowerCase()}: refund it`);
    return 'paidAfterCancel';
  }
  await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PAID' } });
  return 'unchanged';
}

async function markUnpaid(tx: Tx, order: LockedOrder, session: CheckoutSessionEvent, reason: string): Promise<WebhookOutcome> {
  await tx.payment.updateMany({
    where: { method: 'CARD', externalRef: session.id, status: { in: ['UNPAID', 'PENDING_CONFIRMATION'] } },
    data: { status: 'EXPIRED' },
  });
  // Placed (paid) or already cancelled: a late "expired" changes nothing.
  if (order.status !== 'AWAITING_PAYMENT') return 'unchanged';
  await cancelUnpaidOrder(tx, order.id, reason);
  return 'cancelled';
}

async function apply(tx: Tx, event: StripeWebhookEvent): Promise<{ outcome: WebhookOutcome; orderId?: string }> {
  const { count } = await tx.stripeEvent.createMany({ data: [{ id: event.id, type: event.type }], skipDuplicates: true });
  if (count === 0) return { outcome: 'duplicate' };
  if (!event.session) return { outcome: 'ignored' };
  const order = await lockOrder(tx, event.session);
  if (!order) {
    console.warn(`[payments] Stripe event ${event.id} (${event.type}) names no known order (session ${event.session.id})`);
    return { outcome: 'orderNotFound' };
  }
  const session = event.session;
  switch (event.type) {
    case 'checkout.session.completed':
      return { outcome: session.paid ? await markPaid(tx, order, session) : 'awaitingPayment', orderId: order.id };
    case 'checkout.session.async_payment_succeeded':
      return { outcome: await markPaid(tx, order, session), orderId: order.id };
    case 'checkout.session.expired':
      return { outcome: await markUnpaid(tx, order, session, UNPAID_REASON.expired), orderId: order.id };
    case 'checkout.session.async_payment_failed':
      return { outcome: await markUnpaid(tx, order, session, UNPAID_REASON.failed), orderId: order.id };
    default:
      return { outcome: 'ignored' };
  }
}

/**
 * Applies one verified Stripe event (see readStripeEvent) and says what it did. Throws only on a
 * fault (the database away): nothing was recorded then, and Stripe's retry will apply it.
 */
export async function handleStripeEvent(event: StripeWebhookEvent): Promise<WebhookOutcome> {
  // Generous waits: redeliveries of one event queue behind the first one's row lock.
  const { outcome, orderId } = await db.$transaction((tx) => apply(tx, event), { maxWait: 10_000, timeout: 20_000 });
  if (orderId && outcome === 'placed') {
    await newOrderSms(orderId).catch((error: unknown) => console.error('[payments] new-order SMS failed', error));
  }
  if (orderId && outcome === 'amountMismatch') {
    await paymentFlaggedSms(orderId).catch((error: unknown) => console.error('[payments] flagged-payment SMS failed', error));
  }
  if (orderId && outcome === 'paidAfterCancel') {
    await buyerStatusSms(orderId).catch((error: unknown) => console.error('[payments] late-payment SMS failed', error));
  }
  return outcome;
}
