'use server';

// Server actions of ordering, all through the action pipeline (lib/forms/action.ts): the checkout
// on a shop's host, the buyer's tracking page (bound to the order's token) and the seller's inbox.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { issueOtp, verifyOtp } from '@/lib/auth/otp';
import { AppError } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { one, type ActionResult } from '@/lib/forms/action-result';
import type { OrderStatus } from '@/lib/generated/prisma/enums';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { startCardCheckout, stripeEnabled } from '@/lib/payments/stripe';
import { clientKey } from '@/lib/security/client';
import { rootOrigin } from '@/lib/tenancy/urls';
import { formatDay } from '@/components/shops/storefront-bits';
import { isConfirmedPhone, readCart, rememberConfirmedPhone, writeCart } from './cart';
import { SoldOut } from './inventory';
import { cancelByBuyer, decidePayment, getOrderByToken, markPaid, reviewOrder, sellerTransition, submitTransactionId, type Repeatable } from './manage';
import { newOrderSms } from './notify';
import { checkOrder, CodeRejected, nextDayWithRoom, orderByCheckoutKey, placeOrder, priceCart, shopForOrder, type PlacedOrder, type ShopForOrder } from './place';
import { checkoutSchema, orderReviewSchema, orderTokenArg, reasonSchema, sellerCommandSchema, shopSlugArg, transactionIdSchema } from './schemas';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Reads the named fields as strings, a missing one as "" (a field the page did not render, e.g. the address for pickup-only shops). */
const fields =
  (...names: string[]) =>
  (form: FormData) =>
    Object.fromEntries(names.map((name) => [name, one(form, name)]));

// ─── checkout ───

/** What the buyer is told when someone else got the last units first. */
async function soldOutMessage(t: Translate, error: SoldOut, shop: ShopForOrder, slug: string, locale: Locale): Promise<string> {
  const { lines } = await priceCart(shop.id, await readCart(slug));
  const line = lines.find((l) => l.productId === error.productId);
  const name = line?.nameBn ?? '';
  const next = line ? await nextDayWithRoom(shop, line) : null;
  const left = formatNumber(error.left, locale);
  const base = error.left > 0 ? t('soldOutSome', { product: name, left }) : t('soldOutNone', { product: name });
  return next ? `${base} ${t('soldOutNext', { day: formatDay(next, locale).text })}` : base;
}

/**
 * Where every post of one checkout form ends: the card payment while it is due, else the order's
 * tracking page — the first post and its repeats alike. The tracking page lives on the root host:
 * an absolute address, so the browser really goes there.
 */
async function landOn(order: PlacedOrder, locale: AppLocale): Promise<never> {
  const tracking = (query: string) => `${rootOrigin()}${localizeHref(`/orders/${order.token}?${query}`, locale)}`;
  if (order.paymentMethod === 'CARD' && order.status === 'AWAITING_PAYMENT') {
    // Stripe unreachable or refusing: the order keeps its hold, and its page offers to try again.
    // A repeat asks Stripe again under the order's own idempotency key and gets the same session.
    const checkout = await startCardCheckout(order.id).catch((error: unknown) => {
      if (error instanceof AppError) return null;
      throw error;
    });
    redirect(checkout?.url ?? tracking('cardFailed=1'));
  }
  redirect(tracking('placed=1'));
}

export const checkoutAction = formAction(
  {
    namespace: 'OrderErrors',
    access: 'buyer',
    schema: checkoutSchema,
    read: fields('checkoutKey', 'buyerName', 'buyerPhone', 'delivery', 'deliveryAreaId', 'deliveryAddress', 'day', 'timeSlot', 'note', 'paymentMethod', 'code'),
    bound: z.tuple([shopSlugArg]),
  },
  async ({ user, input, args: [slug], locale, t }): Promise<ActionResult> => {
    const shop = await shopForOrder(slug);
    // The same form posted again (a double tap, a retry, a second tab): its order, whatever the cart now holds.
    const earlier = await orderByCheckoutKey(shop.id, input.checkoutKey, input.buyerPhone);
    if (earlier) return landOn(earlier, locale);
    const { lines } = await priceCart(shop.id, await readCart(slug));
    checkOrder({ shop, lines, checkout: input, cardEnabled: stripeEnabled() });
    // The phone is confirmed by an SMS code on a buyer's first order (signed-in buyers with a
    // confirmed phone, and browsers that confirmed this number before, skip it).
    const confirmed = user?.phone === input.buyerPhone || (await isConfirmedPhone(input.buyerPhone));
    if (!confirmed && !input.code) {
      const sent = await issueOtp(input.buyerPhone, 'ORDER', clientKey(await headers()));
      return { ok: false, step: 'code', message: t(sent.ok ? 'codeSent' : `otp_${sent.reason}`) };
    }
    let order: PlacedOrder;
    try {
      order = await placeOrder({
        shop,
        lines,
        checkout: input,
        buyerId: user?.id ?? null,
        phoneConfirmed: confirmed,
        // Checked inside the order's transaction: used only if the order is written.
        confirmPhone: confirmed ? undefined : (tx) => verifyOtp(input.buyerPhone, 'ORDER', input.code, tx),
        cardEnabled: stripeEnabled(),
      });
    } catch (error) {
      const step = confirmed ? undefined : 'code';
      if (error instanceof CodeRejected) return { ok: false, step, errors: { code: t(error.message) }, message: t('checkFields') };
      if (error instanceof SoldOut) return { ok: false, step, message: await soldOutMessage(t, error, shop, slug, locale) };
      throw error;
    }
    if (!order.repeated && !confirmed) await rememberConfirmedPhone(input.buyerPhone);
    await writeCart(slug, []);
    if (!order.repeated && order.paymentMethod !== 'CARD') await newOrderSms(order.id).catch((error: unknown) => console.error('[orders] new-order SMS failed', error));
    return landOn(order, locale);
  },
);

// ─── the buyer's tracking page ───

const tokenArg = z.tuple([orderTokenArg]);

export const cancelOrderAction = formAction(
  { namespace: 'OrderErrors', access: 'anyone', bound: tokenArg, schema: z.object({ reason: reasonSchema }), read: fields('reason') },
  async ({ input, args: [token] }) => {
    await cancelByBuyer(token, input.reason);
    return { done: 'Order.cancelled' };
  },
);

export const submitTransactionAction = formAction(
  { namespace: 'OrderErrors', access: 'anyone', bound: tokenArg, schema: z.object({ transactionId: transactionIdSchema }), read: fields('transactionId') },
  async ({ input, args: [token] }) => {
    await submitTransactionId(token, input.transactionId);
    return { done: 'Order.transactionSent' };
  },
);

/** Back to Stripe after the buyer left its page or it could not be opened (same session while it lasts). */
export const retryCardAction = formAction({ namespace: 'OrderErrors', access: 'anyone', bound: tokenArg, pure: true }, async ({ args: [token] }) => {
  const order = await getOrderByToken(token);
  if (!order) throw new AppError('notFound');
  redirect((await startCardCheckout(order.id)).url);
});

export const reviewOrderAction = formAction(
  { namespace: 'OrderErrors', access: 'anyone', bound: tokenArg, schema: orderReviewSchema, read: fields('rating', 'text') },
  async ({ input, args: [token] }) => {
    await reviewOrder(token, input.rating, input.text);
    return { done: 'reviewThanks' };
  },
);

// ─── the seller's inbox ───

export const sellerOrderAction = formAction(
  { namespace: 'OrderErrors', access: 'user', schema: sellerCommandSchema, read: fields('orderId', 'command', 'reason'), fieldOf: { reasonRequired: 'reason' } },
  async ({ user, input: { orderId, command, reason } }) => {
    let outcome: Repeatable;
    if (command === 'paymentReceived' || command === 'paymentMissing') outcome = await decidePayment(user, orderId, command === 'paymentReceived');
    else if (command === 'markPaid') outcome = await markPaid(user, orderId);
    else outcome = await sellerTransition(user, orderId, command satisfies OrderStatus, reason);
    return { done: outcome === 'done' ? 'SellerOrders.done' : 'SellerOrders.alreadyDone' };
  },
);
