// Which words an order is spoken of in, chosen in one place: an order the buyer picks up at the shop
// never speaks of delivering ("পৌঁছাতে রওনা", "ক্যাশ অন ডেলিভারি"), wherever its step or payment is
// shown — the tracking page, the seller's inbox, slips, the buyer's account, the SMS texts. Pure,
// so pages, the SMS sender and tests read the same table. The keys are message keys of the `Order`
// (statuses, payments) and `SellerOrders` (the seller's buttons) namespaces.
import type { DeliveryMethod, OrderStatus, PaymentMethod } from '@/lib/generated/prisma/enums';

/** The steps of an order that goes well, in order; a pickup order has no journey to the buyer. */
export function orderSteps(delivery: DeliveryMethod): OrderStatus[] {
  return delivery === 'PICKUP' ? ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED'] : ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED'];
}

export type StepState = 'done' | 'current' | 'upcoming';

/**
 * Each step with where the order stands: those before its status done, its status current,
 * the rest to come (a step the seller skipped, e.g. straight from confirmed to ready, counts as
 * done). Null for an order off the line (awaiting card payment, cancelled, turned down).
 */
export function orderProgress(status: OrderStatus, delivery: DeliveryMethod): { step: OrderStatus; state: StepState }[] | null {
  const steps = orderSteps(delivery);
  // A pickup order marked "on the way" (allowed by the table, never offered) stands at "ready".
  const at = steps.indexOf(delivery === 'PICKUP' && status === 'OUT_FOR_DELIVERY' ? 'READY' : status);
  if (at < 0) return null;
  return steps.map((step, i) => ({ step, state: i < at ? 'done' : i === at ? 'current' : 'upcoming' }));
}

const PICKUP_STATUS: ReadonlySet<OrderStatus> = new Set(['READY', 'DELIVERED']);

/** The key (under `Order` or `SellerReports`, which both have these) of a status's words for this order. */
export function statusKey(status: OrderStatus, delivery: DeliveryMethod): `status.${OrderStatus}` | 'pickupStatus.READY' | 'pickupStatus.DELIVERED' {
  return delivery === 'PICKUP' && PICKUP_STATUS.has(status) ? (`pickupStatus.${status}` as 'pickupStatus.READY') : `status.${status}`;
}

/**
 * The key of a payment method's words for this order: cash is paid at the shop on pickup. `base` is
 * where the namespace keeps the methods (`pay` in `Order`, `payment` in `SellerReports`).
 */
export function paymentKey<Base extends 'pay' | 'payment' = 'pay'>(method: PaymentMethod, delivery: DeliveryMethod, base: Base = 'pay' as Base): `${Base}.${PaymentMethod}` | 'pickupPay.COD' {
  return delivery === 'PICKUP' && method === 'COD' ? 'pickupPay.COD' : `${base}.${method}`;
}

/** The key (under `SellerOrders`) of the button that moves an order to `to`. */
export function sellerStepKey(to: OrderStatus, delivery: DeliveryMethod): `to_${OrderStatus}` | 'pickup_to_READY' | 'pickup_to_DELIVERED' {
  return delivery === 'PICKUP' && PICKUP_STATUS.has(to) ? (`pickup_to_${to}` as 'pickup_to_READY') : `to_${to}`;
}

/** The seller's next steps for this order: a pickup order is never sent "on the way". */
export function sellerStepsFor(next: OrderStatus[], delivery: DeliveryMethod): OrderStatus[] {
  return delivery === 'PICKUP' ? next.filter((to) => to !== 'OUT_FOR_DELIVERY') : next;
}

const SMS_STATUS: Record<OrderStatus, string> = {
  AWAITING_PAYMENT: 'কার্ডে দামের অপেক্ষায়',
  PLACED: 'গ্রহণ করা হয়েছে, বিক্রেতার নিশ্চিতকরণের অপেক্ষায়',
  CONFIRMED: 'বিক্রেতা নিশ্চিত করেছেন',
  PREPARING: 'তৈরি হচ্ছে',
  READY: 'তৈরি — শিগগির পৌঁছে দেওয়া হবে',
  OUT_FOR_DELIVERY: 'পৌঁছে দিতে রওনা হয়েছে',
  DELIVERED: 'পৌঁছে গেছে',
  CANCELLED: 'বাতিল হয়েছে',
  REJECTED: 'বিক্রেতা নিতে পারছেন না',
};
const SMS_PICKUP_STATUS: Partial<Record<OrderStatus, string>> = {
  READY: 'তৈরি — দোকানে এসে নিয়ে যান',
  DELIVERED: 'আপনার হাতে তুলে দেওয়া হয়েছে',
};

/** A status in the buyer's SMS (always Bengali, like every SMS). */
export function smsStatusText(status: OrderStatus, delivery: DeliveryMethod): string {
  return (delivery === 'PICKUP' ? SMS_PICKUP_STATUS[status] : undefined) ?? SMS_STATUS[status];
}
