// The life of an order, as one table: which status may follow which, and who may make the move.
// Everything that changes an order's status goes through `transition` (lib/orders/manage.ts), which
// checks this table inside the transaction, so an illegal jump is refused however it is asked for.
import type { OrderStatus } from '@/lib/generated/prisma/enums';

export type OrderActor = 'seller' | 'buyer' | 'system';

/** Allowed next statuses, and who may move there. */
export const TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderStatus, readonly OrderActor[]>>>> = {
  // A card order waits for Stripe; the webhook places it, or the hold expires and it is cancelled.
  AWAITING_PAYMENT: { PLACED: ['system'], CANCELLED: ['system', 'buyer'] },
  PLACED: { CONFIRMED: ['seller'], REJECTED: ['seller'], CANCELLED: ['buyer', 'seller', 'system'] },
  CONFIRMED: { PREPARING: ['seller'], READY: ['seller'], OUT_FOR_DELIVERY: ['seller'], CANCELLED: ['seller'] },
  PREPARING: { READY: ['seller'], OUT_FOR_DELIVERY: ['seller'], CANCELLED: ['seller'] },
  READY: { OUT_FOR_DELIVERY: ['seller'], DELIVERED: ['seller'], CANCELLED: ['seller'] },
  OUT_FOR_DELIVERY: { DELIVERED: ['seller'], READY: ['seller'] },
  DELIVERED: {},
  CANCELLED: {},
  REJECTED: {},
};

export const canTransition = (from: OrderStatus, to: OrderStatus, actor: OrderActor): boolean => TRANSITIONS[from][to]?.includes(actor) ?? false;

/** The seller's next steps from a status, in the order the dashboard offers them. */
export const sellerNextSteps = (from: OrderStatus): OrderStatus[] =>
  (Object.keys(TRANSITIONS[from]) as OrderStatus[]).filter((to) => canTransition(from, to, 'seller'));

/** Statuses after which the order's capacity or stock is given back. */
export const RELEASES_INVENTORY: ReadonlySet<OrderStatus> = new Set(['CANCELLED', 'REJECTED']);

/** Statuses that still need the seller's work (the inbox's "open" tab). */
export const OPEN_STATUSES: readonly OrderStatus[] = ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY'];

/** A reason is required when a person is turned down. */
export const NEEDS_REASON: ReadonlySet<OrderStatus> = new Set(['REJECTED', 'CANCELLED']);
