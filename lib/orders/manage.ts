// What buyers and sellers do to an existing order. A buyer acts through the order's unguessable
// token; a seller only on orders of her own shop, found through the signed-in account, so an id
// from another shop is simply "not found".
import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import type { OrderStatus } from '@/lib/generated/prisma/enums';
import { isOrderToken } from './codes';
import { sendSms } from '@/lib/notify/sms';
import { buyerStatusSms } from './notify';
import { transitionOrder } from './transition';
import { herShop } from '@/lib/shops/own';

type Actor = { id: string };

const orderInclude = {
  shop: { select: { id: true, slug: true, nameBn: true, nameEn: true, phone: true, whatsapp: true, bkashNumber: true, nagadNumber: true, themeColor: true, pickupAddress: true, pickupPrivacy: true, area: { select: { nameBn: true, nameEn: true } } } },
  items: { include: { product: { select: { slug: true } } } },
  events: { orderBy: { createdAt: 'asc' as const } },
  payments: { orderBy: { createdAt: 'desc' as const } },
  deliveryArea: { select: { nameBn: true, nameEn: true } },
  review: { select: { id: true, rating: true, text: true } },
};

/** A buyer's latest orders on her account page: those placed while signed in, and those placed with her confirmed number. */
export async function buyerOrders(user: { id: string; phone: string }, take = 20) {
  return db.order.findMany({
    where: { OR: [{ buyerId: user.id }, { buyerPhone: user.phone, phoneConfirmed: true }] },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, token: true, code: true, status: true, delivery: true, totalPoisha: true, shop: { select: { nameBn: true } } },
  });
}

/** The order behind a tracking link, or null (also for anything that is not a token). */
export async function getOrderByToken(token: string) {
  if (!isOrderToken(token)) return null;
  return db.order.findUnique({ where: { token }, include: orderInclude });
}

export type TrackedOrder = NonNullable<Awaited<ReturnType<typeof getOrderByToken>>>;

async function orderOfToken(token: string) {
  const order = await getOrderByToken(token);
  if (!order) throw notFound();
  return order;
}

/** Whether a request changed the order, or found it already so (a repeated post: nothing sent twice). */
export type Repeatable = 'done' | 'already';

/** The buyer cancels before the seller has confirmed. */
export async function cancelByBuyer(token: string, reason: string): Promise<Repeatable> {
  const order = await orderOfToken(token);
  const changed = await transitionOrder(order.id, { to: 'CANCELLED', actor: 'buyer', actorId: order.buyerId, reason: reason || 'ক্রেতা বাতিল করেছেন' });
  if (!changed) return 'already';
  // The seller may already be shopping for it: tell her at once.
  await sendSms(order.shop.phone, `হাট: অর্ডার ${order.code} ক্রেতা বাতিল করেছেন${reason ? ` (${reason.slice(0, 60)})` : ''}।`, 'order-cancelled').catch(() => undefined);
  return 'done';
}

/**
 * The bKash/Nagad transaction id the buyer paid with; one id can never pay for two orders. The
 * same id sent again for the same order is fine (a retry), and reopens it if the seller had not
 * found the money yet.
 */
export async function submitTransactionId(token: string, transactionId: string): Promise<Repeatable> {
  const order = await orderOfToken(token);
  if (order.paymentMethod !== 'BKASH' && order.paymentMethod !== 'NAGAD') throw new AppError('invalid', 'notMobileMoney');
  try {
    return await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ status: OrderStatus; paymentStatus: string }[]>`SELECT status, "paymentStatus" FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
      if (!row) throw notFound();
      const known = await tx.payment.findUnique({ where: { method_externalRef: { method: order.paymentMethod, externalRef: transactionId } }, select: { id: true, orderId: true, status: true } });
      if (known && known.orderId !== order.id) throw new AppError('conflict', 'transactionIdUsed');
      if (row.status === 'CANCELLED' || row.status === 'REJECTED') throw new AppError('conflict', 'orderClosed');
      if (known && known.status !== 'REJECTED') return 'already';
      if (row.paymentStatus === 'PAID' || row.paymentStatus === 'PENDING_CONFIRMATION') throw new AppError('conflict', 'alreadySubmitted');
      if (known) await tx.payment.update({ where: { id: known.id }, data: { status: 'PENDING_CONFIRMATION' } });
      else await tx.payment.create({ data: { orderId: order.id, method: order.paymentMethod, amountPoisha: order.totalPoisha, status: 'PENDING_CONFIRMATION', externalRef: transactionId } });
      await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PENDING_CONFIRMATION' } });
      return 'done';
    });
  } catch (error) {
    // Another order's post with the same id won the unique index at the same moment.
    if ((error as { code?: string }).code === 'P2002') throw new AppError('conflict', 'transactionIdUsed');
    throw error;
  }
}

/**
 * A verified-purchase review of the shop, once per delivered order. A guest's review is written
 * under the account of the number she confirmed (a waiting account she can claim by signing up).
 */
export async function reviewOrder(token: string, rating: number, text: string) {
  const order = await orderOfToken(token);
  if (order.status !== 'DELIVERED') throw new AppError('conflict', 'notDelivered');
  if (order.review) throw new AppError('conflict', 'alreadyReviewed');
  let authorId = order.buyerId;
  if (!authorId) {
    await db.$executeRaw`
      INSERT INTO "User" (id, phone, name, status, roles, "updatedAt")
      VALUES (${randomUUID()}, ${order.buyerPhone}, ${order.buyerName}, 'PENDING', '{BUYER}', now())
      ON CONFLICT (phone) DO NOTHING`;
    authorId = (await db.user.findUniqueOrThrow({ where: { phone: order.buyerPhone }, select: { id: true } })).id;
  }
  try {
    await db.review.create({ data: { shopId: order.shopId, orderId: order.id, authorId, rating, text: text || null } });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new AppError('conflict', 'alreadyReviewed');
    throw error;
  }
}

// ─── the seller's side ───

async function ownOrder(actor: Actor, orderId: string) {
  const order = await db.order.findFirst({
    where: { id: orderId, shop: { ownerId: actor.id } },
    select: { id: true, status: true, delivery: true, paymentMethod: true, totalPoisha: true, shop: { select: { status: true } } },
  });
  if (!order) throw notFound();
  return order;
}

/**
 * How many new orders wait for her answer (placed, not yet accepted or turned down), or null
 * without a shop: the dashboard's count and the inbox's "new" tab. One indexed count.
 */
export async function newOrderCount(actor: Actor): Promise<number | null> {
  const shop = await db.shop.findFirst({ ...herShop(actor.id), select: { id: true } });
  if (!shop) return null;
  return db.order.count({ where: { shopId: shop.id, status: 'PLACED' } });
}

export async function sellerOrders(actor: Actor, filter: 'new' | 'open' | 'done' | 'all' = 'open') {
  const shop = await db.shop.findFirst({ ...herShop(actor.id), select: { id: true } });
  if (!shop) return null;
  const statuses: OrderStatus[] | undefined =
    filter === 'new' ? ['PLACED'] : filter === 'open' ? ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY'] : filter === 'done' ? ['DELIVERED', 'CANCELLED', 'REJECTED'] : undefined;
  const orders = await db.order.findMany({
    // A flagged payment (lib/payments/stripe-webhook.ts) shows whatever the order's status, unpaid card orders too.
    where: { shopId: shop.id, OR: [statuses ? { status: { in: statuses } } : { status: { not: 'AWAITING_PAYMENT' } }, ...(filter === 'done' || filter === 'new' ? [] : [{ paymentFlag: { not: null } }])] },
    // New orders first, then by the day they are needed.
    orderBy: [{ neededOn: filter === 'done' ? 'desc' : 'asc' }, { createdAt: 'desc' }],
    take: 200,
    include: { items: true, deliveryArea: { select: { nameBn: true, nameEn: true } }, payments: { orderBy: { createdAt: 'desc' }, take: 1 } },
  });
  // PLACED (waiting for her answer) before everything else.
  return [...orders.filter((o) => o.status === 'PLACED'), ...orders.filter((o) => o.status !== 'PLACED')];
}

/**
 * The seller moves one of her orders on. A suspended (or closed) shop takes no new work: she may
 * not accept an order, but may finish, cancel or turn down the ones she has and record payments,
 * so no buyer is left waiting.
 */
export async function sellerTransition(actor: Actor, orderId: string, to: OrderStatus, reason: string): Promise<Repeatable> {
  const order = await ownOrder(actor, orderId);
  if (to === 'CONFIRMED' && order.status !== 'CONFIRMED' && order.shop.status !== 'ACTIVE') throw forbidden('shopSuspended');
  // The buyer comes to the shop: a pickup order is never "on the way" (its buttons never offer it).
  if (to === 'OUT_FOR_DELIVERY' && order.delivery === 'PICKUP') throw new AppError('invalid', 'pickupNotSent');
  return (await transitionOrder(order.id, { to, actor: 'seller', actorId: actor.id, reason })) ? 'done' : 'already';
}

/** The seller checked her bKash/Nagad statement: the transaction arrived, or it did not. */
export async function decidePayment(actor: Actor, orderId: string, received: boolean): Promise<Repeatable> {
  const order = await ownOrder(actor, orderId);
  const outcome = await db.$transaction(async (tx): Promise<Repeatable> => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
    const payment = await tx.payment.findFirst({ where: { orderId: order.id, status: { in: ['PENDING_CONFIRMATION', 'PAID', 'REJECTED'] } }, orderBy: { createdAt: 'desc' } });
    if (!payment) throw new AppError('conflict', 'alreadyChanged');
    // The same answer twice (a double tap, a second tab): nothing more to do.
    if (payment.status === (received ? 'PAID' : 'REJECTED')) return 'already';
    if (payment.status !== 'PENDING_CONFIRMATION') throw new AppError('conflict', 'alreadyChanged');
    await tx.payment.update({ where: { id: payment.id }, data: { status: received ? 'PAID' : 'REJECTED' } });
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: received ? 'PAID' : 'UNPAID' } });
    return 'done';
  });
  if (outcome === 'done') await buyerStatusSms(order.id).catch(() => undefined);
  return outcome;
}

/** Cash received on delivery (or any payment settled outside Haat). Marking it again changes nothing. */
export async function markPaid(actor: Actor, orderId: string): Promise<Repeatable> {
  const order = await ownOrder(actor, orderId);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ paymentStatus: string; status: OrderStatus }[]>`SELECT status, "paymentStatus" FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
    if (row?.paymentStatus === 'PAID') return 'already';
    if (row?.status === 'CANCELLED' || row?.status === 'REJECTED') throw new AppError('conflict', 'orderClosed');
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PAID' } });
    await tx.payment.create({ data: { orderId: order.id, method: order.paymentMethod, amountPoisha: order.totalPoisha, status: 'PAID', externalRef: null } });
    return 'done';
  });
}
