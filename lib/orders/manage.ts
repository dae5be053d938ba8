// What buyers and sellers do to an existing order. A buyer acts through the order's unguessable
// token; a seller only on orders of her own shop, found through the signed-in account, so an id
// from another shop is simply "not found".
import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
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

/** The buyer cancels before the seller has confirmed. */
export async function cancelByBuyer(token: string, reason: string) {
  const order = await orderOfToken(token);
  await transitionOrder(order.id, { to: 'CANCELLED', actor: 'buyer', actorId: order.buyerId, reason: reason || 'ক্রেতা বাতিল করেছেন' });
  // The seller may already be shopping for it: tell her at once.
  await sendSms(order.shop.phone, `হাট: অর্ডার ${order.code} ক্রেতা বাতিল করেছেন${reason ? ` (${reason.slice(0, 60)})` : ''}।`, 'order-cancelled').catch(() => undefined);
}

/** The bKash/Nagad transaction id the buyer paid with; one id can never pay for two orders. */
export async function submitTransactionId(token: string, transactionId: string) {
  const order = await orderOfToken(token);
  if (order.paymentMethod !== 'BKASH' && order.paymentMethod !== 'NAGAD') throw new AppError('invalid', 'notMobileMoney');
  if (order.status === 'CANCELLED' || order.status === 'REJECTED') throw new AppError('conflict', 'orderClosed');
  if (order.paymentStatus === 'PAID' || order.paymentStatus === 'PENDING_CONFIRMATION') throw new AppError('conflict', 'alreadySubmitted');
  try {
    await db.$transaction(async (tx) => {
      await tx.payment.create({ data: { orderId: order.id, method: order.paymentMethod, amountPoisha: order.totalPoisha, status: 'PENDING_CONFIRMATION', externalRef: transactionId } });
      await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PENDING_CONFIRMATION' } });
    });
  } catch (error) {
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
  const order = await db.order.findFirst({ where: { id: orderId, shop: { ownerId: actor.id } }, select: { id: true, status: true, paymentMethod: true, totalPoisha: true } });
  if (!order) throw notFound();
  return order;
}

export async function sellerOrders(actor: Actor, filter: 'open' | 'done' | 'all' = 'open') {
  const shop = await db.shop.findFirst({ ...herShop(actor.id), select: { id: true } });
  if (!shop) return null;
  const statuses: OrderStatus[] | undefined =
    filter === 'open' ? ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY'] : filter === 'done' ? ['DELIVERED', 'CANCELLED', 'REJECTED'] : undefined;
  const orders = await db.order.findMany({
    where: { shopId: shop.id, ...(statuses ? { status: { in: statuses } } : { status: { not: 'AWAITING_PAYMENT' } }) },
    // New orders first, then by the day they are needed.
    orderBy: [{ neededOn: filter === 'done' ? 'desc' : 'asc' }, { createdAt: 'desc' }],
    take: 200,
    include: { items: true, deliveryArea: { select: { nameBn: true, nameEn: true } }, payments: { orderBy: { createdAt: 'desc' }, take: 1 } },
  });
  // PLACED (waiting for her answer) before everything else.
  return [...orders.filter((o) => o.status === 'PLACED'), ...orders.filter((o) => o.status !== 'PLACED')];
}

export async function sellerTransition(actor: Actor, orderId: string, to: OrderStatus, reason: string) {
  const order = await ownOrder(actor, orderId);
  await transitionOrder(order.id, { to, actor: 'seller', actorId: actor.id, reason });
}

/** The seller checked her bKash/Nagad statement: the transaction arrived, or it did not. */
export async function decidePayment(actor: Actor, orderId: string, received: boolean) {
  const order = await ownOrder(actor, orderId);
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({ where: { orderId: order.id, status: 'PENDING_CONFIRMATION' }, orderBy: { createdAt: 'desc' } });
    if (!payment) throw new AppError('conflict', 'alreadyChanged');
    await tx.payment.update({ where: { id: payment.id }, data: { status: received ? 'PAID' : 'REJECTED' } });
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: received ? 'PAID' : 'UNPAID' } });
  });
  await buyerStatusSms(order.id).catch(() => undefined);
}

/** Cash received on delivery (or any payment settled outside Haat). */
export async function markPaid(actor: Actor, orderId: string) {
  const order = await ownOrder(actor, orderId);
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ paymentStatus: string }[]>`SELECT "paymentStatus" FROM "Order" WHERE id = ${order.id} FOR UPDATE`;
    if (row?.paymentStatus === 'PAID') throw new AppError('conflict', 'alreadyChanged');
    if (order.status === 'CANCELLED' || order.status === 'REJECTED') throw new AppError('conflict', 'orderClosed');
    await tx.order.update({ where: { id: order.id }, data: { paymentStatus: 'PAID' } });
    await tx.payment.create({ data: { orderId: order.id, method: order.paymentMethod, amountPoisha: order.totalPoisha, status: 'PAID', externalRef: null } });
  });
}

