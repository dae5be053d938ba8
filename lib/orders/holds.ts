// Card orders hold their capacity or stock while the buyer pays. A hold that runs out unpaid is
// cancelled and gives everything back — here on the worker's clock, or earlier when Stripe says the
// Checkout session expired (lib/payments/stripe-webhook.ts); whichever comes first wins, the other
// finds the order no longer AWAITING_PAYMENT and does nothing.
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { applyTransition } from './transition';

type Tx = Prisma.TransactionClient;

/** Why an unpaid card order ended, as the buyer and the seller read it. */
export const UNPAID_REASON = {
  expired: 'কার্ডে টাকা দেওয়ার সময় শেষ',
  failed: 'কার্ডের টাকা আসেনি',
} as const;

/** Holds released per run; after a long outage the rest follow on the next runs. */
const BATCH = 500;

/**
 * Inside a transaction: cancels an AWAITING_PAYMENT order (inventory given back by applyTransition)
 * and marks it and its pending payments EXPIRED. Throws AppError('conflict') when the order has
 * already moved on (a payment placed it, or it was cancelled).
 */
export async function cancelUnpaidOrder(tx: Tx, orderId: string, reason: string): Promise<void> {
  await applyTransition(tx, orderId, { to: 'CANCELLED', actor: 'system', expectFrom: 'AWAITING_PAYMENT', reason });
  await tx.order.update({ where: { id: orderId }, data: { paymentStatus: 'EXPIRED' } });
  await tx.payment.updateMany({ where: { orderId, status: { in: ['UNPAID', 'PENDING_CONFIRMATION'] } }, data: { status: 'EXPIRED' } });
}

/** Cancels every card order whose hold ran out before `now`; returns how many it cancelled. */
export async function releaseExpiredHolds(now = new Date()): Promise<number> {
  const due = await db.order.findMany({
    where: { status: 'AWAITING_PAYMENT', holdExpiresAt: { lt: now } },
    select: { id: true },
    orderBy: { holdExpiresAt: 'asc' },
    take: BATCH,
  });
  let released = 0;
  for (const { id } of due) {
    try {
      const cancelled = await db.$transaction(async (tx) => {
        // Re-read under the lock: the checkout may have extended the hold since the query above.
        const [row] = await tx.$queryRaw<{ holdExpiresAt: Date | null }[]>`SELECT "holdExpiresAt" FROM "Order" WHERE id = ${id} FOR UPDATE`;
        if (!row?.holdExpiresAt || row.holdExpiresAt >= now) return false;
        await cancelUnpaidOrder(tx, id, UNPAID_REASON.expired);
        return true;
      });
      if (cancelled) released++;
    } catch (error) {
      // A webhook placed or cancelled it in the meantime: nothing left to release.
      if (error instanceof AppError && error.code === 'conflict') continue;
      console.error(`[holds] could not release the hold of order ${id}`, error);
    }
  }
  return released;
}
