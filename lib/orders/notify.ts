// The SMS an order sends: to the seller for every new order, to the buyer at every change. Short,
// Bengali, with the order code and the tracking link.
import { db } from '@/lib/db/client';
import type { DeliveryMethod } from '@/lib/generated/prisma/enums';
import { toBengaliDigits } from '@/lib/i18n/digits';
import { formatTaka } from '@/lib/i18n/format';
import { dialable, shorten, SMS_MAX } from '@/lib/notify/inbound/reply';
import { sendSms } from '@/lib/notify/sms';
import { rootOrigin } from '@/lib/tenancy/urls';
import { smsStatusText } from './wording';

export const trackingUrl = (token: string) => `${rootOrigin()}/orders/${token}`;

export async function buyerStatusSms(orderId: string): Promise<void> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { code: true, token: true, status: true, delivery: true, statusReason: true, buyerPhone: true, shop: { select: { nameBn: true } } } });
  // The seller's reason (up to 200 characters) is shortened so the whole SMS stays within two segments.
  const head = `${order.shop.nameBn}: অর্ডার ${order.code} ${smsStatusText(order.status, order.delivery)}`;
  const tail = `। ${trackingUrl(order.token)}`;
  const room = SMS_MAX - head.length - tail.length - 3;
  const reason = order.statusReason && room >= 6 ? ` (${shorten(order.statusReason, Math.min(60, room))})` : '';
  await sendSms(order.buyerPhone, `${head}${reason}${tail}`, 'order-status');
}

/**
 * The seller's SMS for a new order, within two segments: its code, what, the total, the day, pickup
 * or delivery, the buyer's number (dialable: a seller without a smartphone calls her) and how to
 * answer by SMS (lib/orders/sms-status.ts) — the items are cut to fit.
 */
export function newOrderText(order: { code: string; neededOn: Date; delivery: DeliveryMethod; buyerPhone: string; totalPoisha: number; items: { nameBn: string; quantity: number }[] }): string {
  const items = order.items.map((i) => `${i.nameBn} ×${toBengaliDigits(String(i.quantity))}`).join(', ');
  const day = toBengaliDigits(new Intl.DateTimeFormat('bn-BD', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(order.neededOn));
  const handover = order.delivery === 'PICKUP' ? 'দোকানে নেবেন' : 'পৌঁছে দেবেন';
  const head = `হাট অর্ডার ${order.code}: `;
  const tail = `; ${formatTaka(order.totalPoisha, 'bn', { whole: true })}; ${day}; ${handover}; ক্রেতা ${dialable(order.buyerPhone)}। নিলে OK ${order.code}, না নিলে NA ${order.code}`;
  return `${head}${shorten(items, SMS_MAX - head.length - tail.length)}${tail}`;
}

export async function newOrderSms(orderId: string): Promise<void> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { code: true, token: true, totalPoisha: true, neededOn: true, delivery: true, buyerPhone: true, shop: { select: { nameBn: true, phone: true } }, items: { select: { nameBn: true, quantity: true } } },
  });
  await sendSms(order.shop.phone, newOrderText(order), 'order-new');
  await sendSms(order.buyerPhone, `${order.shop.nameBn}: আপনার অর্ডার ${order.code} নেওয়া হয়েছে। দেখুন: ${trackingUrl(order.token)}`, 'order-placed');
}

/**
 * A card payment that does not match its order: the seller and every admin hear of it (the order
 * is not marked paid; the money must be refunded or settled by hand).
 */
export async function paymentFlaggedSms(orderId: string): Promise<void> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { code: true, totalPoisha: true, shop: { select: { phone: true, slug: true } }, payments: { where: { method: 'CARD' }, orderBy: { updatedAt: 'desc' }, take: 1, select: { amountPoisha: true, currency: true } } } });
  const paid = order.payments[0];
  const took = paid ? `${toBengaliDigits((paid.amountPoisha / 100).toFixed(2))} ${(paid.currency ?? '?').toUpperCase()}` : '?';
  const due = `${toBengaliDigits((order.totalPoisha / 100).toFixed(2))} BDT`;
  const body = `হাট: অর্ডার ${order.code}-এ কার্ডে ${took} এসেছে, দাম ${due}। অর্ডারটি পরিশোধিত ধরা হয়নি — টাকা ফেরত বা মেটানো দরকার।`;
  await sendSms(order.shop.phone, `${body} ড্যাশবোর্ডে দেখুন।`, 'payment-flagged');
  const admins = await db.user.findMany({ where: { roles: { has: 'ADMIN' }, status: 'ACTIVE' }, select: { phone: true }, take: 5 });
  for (const admin of admins) await sendSms(admin.phone, `${body} (দোকান: ${order.shop.slug})`, 'payment-flagged');
}
