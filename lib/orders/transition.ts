// Moving an order from one status to the next: checked against the table in status.ts with the
// order row locked, recorded as an event, capacity or stock given back when it ends unfulfilled,
// and the buyer told by SMS after the change has committed.
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrderStatus } from '@/lib/generated/prisma/enums';
import { releaseInventory } from './inventory';
import { buyerStatusSms } from './notify';
import { canTransition, NEEDS_REASON, RELEASES_INVENTORY, type OrderActor } from './status';

type Tx = Prisma.TransactionClient;

export interface TransitionRequest {
  to: OrderStatus;
  actor: OrderActor;
  actorId?: string | null;
  reason?: string | null;
  /** Only move from this status (e.g. a webhook that must not undo a later change). */
  expectFrom?: OrderStatus;
}

/**
 * Inside a transaction: locks the order, checks the move, records it. Returns the previous status.
 * A person asking for the status the order already has (a double tap, a retried post, two tabs)
 * changes nothing and gets no error: no second event, no second SMS.
 */
export async function applyTransition(tx: Tx, orderId: string, request: TransitionRequest): Promise<OrderStatus> {
  const [row] = await tx.$queryRaw<{ status: OrderStatus }[]>`SELECT status FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  if (!row) throw new AppError('notFound');
  const from = row.status;
  if (request.expectFrom && from !== request.expectFrom) throw new AppError('conflict', 'alreadyChanged');
  if (from === request.to && request.actor !== 'system') return from;
  if (!canTransition(from, request.to, request.actor)) throw new AppError('conflict', from === request.to ? 'alreadyChanged' : 'illegalTransition');
  if (NEEDS_REASON.has(request.to) && request.actor !== 'system' && !request.reason?.trim()) throw new AppError('invalid', 'reasonRequired');
  await tx.order.update({ where: { id: orderId }, data: { status: request.to, statusReason: request.reason?.trim() || null } });
  await tx.orderEvent.create({ data: { orderId, fromStatus: from, toStatus: request.to, note: request.reason?.trim() || null, actorId: request.actorId ?? null } });
  if (RELEASES_INVENTORY.has(request.to)) await releaseInventory(tx, orderId);
  return from;
}

/** One move in its own transaction, then an SMS to the buyer. Returns false when it was already made. */
export async function transitionOrder(orderId: string, request: TransitionRequest): Promise<boolean> {
  const from = await db.$transaction((tx) => applyTransition(tx, orderId, request));
  if (from === request.to) return false;
  await buyerStatusSms(orderId).catch((error: unknown) => console.error('[orders] status SMS failed', error));
  return true;
}
