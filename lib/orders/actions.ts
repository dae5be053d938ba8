'use server';

// Server actions of ordering: the cart and checkout on a shop's host, the buyer's tracking page,
// and the seller's inbox. Each answers with translated messages and keeps what was typed.
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { ActionResult } from '@/components/forms/form-shell';
import { requireUser } from '@/lib/auth/guards';
import { clientKey } from '@/lib/security/client';
import { issueOtp, verifyOtp } from '@/lib/auth/otp';
import { getShopBuyer } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { expected, failed as failedIn, one } from '@/lib/forms/action-result';
import type { OrderStatus } from '@/lib/generated/prisma/enums';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { startCardCheckout, stripeEnabled } from '@/lib/payments/stripe';
import { rootOrigin } from '@/lib/tenancy/urls';
import { formatDay } from '@/components/shops/storefront-bits';
import { isConfirmedPhone, readCart, rememberConfirmedPhone, writeCart } from './cart';
import { SoldOut } from './inventory';
import { cancelByBuyer, decidePayment, getOrderByToken, markPaid, reviewOrder, sellerTransition, submitTransactionId } from './manage';
import { newOrderSms } from './notify';
import { checkOrder, nextDayWithRoom, placeOrder, priceCart, shopForOrder } from './place';
import { checkoutSchema, orderReviewSchema, reasonSchema, transactionIdSchema } from './schemas';

type Messages = Awaited<ReturnType<typeof getTranslations<'OrderErrors'>>>;
const translate = (t: Messages, key: string, values?: Record<string, string>) => (t.has(key as never) ? t(key as never, values as never) : t('generic'));

const failed = (error: z.ZodError | AppError) => failedIn('OrderErrors', error);
const locale = async () => (await getLocale()) as AppLocale;

// ─── checkout ───

/** What the buyer is told when someone else got the last units first. */
async function soldOutMessage(error: SoldOut, slug: string, loc: Locale): Promise<string> {
  const t = await getTranslations('OrderErrors');
  const shop = await shopForOrder(slug);
  const { lines } = await priceCart(shop.id, await readCart(slug));
  const line = lines.find((l) => l.productId === error.productId);
  const name = line?.nameBn ?? '';
  const next = line ? await nextDayWithRoom(shop, line) : null;
  const left = formatNumber(error.left, loc);
  const base = error.left > 0 ? t('soldOutSome', { product: name, left }) : t('soldOutNone', { product: name });
  return next ? `${base} ${t('soldOutNext', { day: formatDay(next, loc).text })}` : base;
}

export async function checkoutAction(slug: string, _: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = checkoutSchema.safeParse({
    buyerName: one(form, 'buyerName'),
    buyerPhone: one(form, 'buyerPhone'),
    delivery: one(form, 'delivery') || undefined,
    deliveryAreaId: one(form, 'deliveryAreaId'),
    deliveryAddress: one(form, 'deliveryAddress'),
    day: one(form, 'day') || undefined,
    timeSlot: one(form, 'timeSlot'),
    note: one(form, 'note'),
    paymentMethod: one(form, 'paymentMethod') || undefined,
    code: one(form, 'code'),
  });
  if (!parsed.success) return failed(parsed.error);
  const input = parsed.data;
  const t = await getTranslations('OrderErrors');
  const loc = await locale();
  let order;
  try {
    const shop = await shopForOrder(slug);
    const { lines } = await priceCart(shop.id, await readCart(slug));
    checkOrder({ shop, lines, checkout: input, cardEnabled: stripeEnabled() });
    // The phone is confirmed by an SMS code on a buyer's first order (signed-in buyers with a
    // confirmed phone, and browsers that confirmed this number before, skip it).
    const buyer = await getShopBuyer();
    let confirmed = (buyer?.phone === input.buyerPhone) || (await isConfirmedPhone(input.buyerPhone));
    if (!confirmed) {
      if (!input.code) {
        const sent = await issueOtp(input.buyerPhone, 'ORDER', clientKey(await headers()));
        if (!sent.ok) return { ok: false, step: 'code', message: translate(t, `otp_${sent.reason}`) };
        return { ok: false, step: 'code', message: t('codeSent') };
      }
      const check = await verifyOtp(input.buyerPhone, 'ORDER', input.code);
      if (!check.ok) return { ok: false, step: 'code', errors: { code: translate(t, `code_${check.reason}`) }, message: t('checkFields') };
      await rememberConfirmedPhone(input.buyerPhone);
      confirmed = true;
    }
    order = await placeOrder({ shop, lines, checkout: input, buyerId: buyer?.id ?? null, phoneConfirmed: confirmed, cardEnabled: stripeEnabled() });
  } catch (error) {
    if (error instanceof SoldOut) return { ok: false, message: await soldOutMessage(error, slug, loc) };
    if (expected(error)) return failed(error);
    throw error;
  }
  await writeCart(slug, []);
  const tracking = (query: string) => `${rootOrigin()}${localizeHref(`/orders/${order.token}?${query}`, loc)}`;
  if (order.paymentMethod === 'CARD') {
    // Stripe unreachable or refusing: the order keeps its hold, and its page offers to try again.
    const checkout = await startCardCheckout(order.id).catch((error: unknown) => {
      if (error instanceof AppError) return null;
      throw error;
    });
    redirect(checkout?.url ?? tracking('cardFailed=1'));
  }
  await newOrderSms(order.id).catch((error: unknown) => console.error('[orders] new-order SMS failed', error));
  // The tracking page lives on the root host: an absolute address, so the browser really goes there.
  redirect(tracking('placed=1'));
}

// ─── the buyer's tracking page ───

export async function cancelOrderAction(token: string, _: ActionResult, form: FormData): Promise<ActionResult> {
  const reason = reasonSchema.safeParse(one(form, 'reason'));
  if (!reason.success) return failed(reason.error);
  try {
    await cancelByBuyer(token, reason.data);
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('Order'))('cancelled') };
}

export async function submitTransactionAction(token: string, _: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = transactionIdSchema.safeParse(one(form, 'transactionId'));
  if (!parsed.success) {
    const t = await getTranslations('OrderErrors');
    return { ok: false, errors: { transactionId: t('transactionIdInvalid') }, message: t('checkFields') };
  }
  try {
    await submitTransactionId(token, parsed.data);
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('Order'))('transactionSent') };
}

/** Back to Stripe after the buyer left its page or it could not be opened (same session while it lasts). */
export async function retryCardAction(token: string, _state?: ActionResult, _form?: FormData): Promise<ActionResult> {
  const order = await getOrderByToken(token);
  if (!order) return failed(new AppError('notFound'));
  let url: string;
  try {
    url = (await startCardCheckout(order.id)).url;
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  redirect(url);
}

export async function reviewOrderAction(token: string, _: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations('OrderErrors');
  const parsed = orderReviewSchema.safeParse({ rating: one(form, 'rating'), text: one(form, 'text') });
  if (!parsed.success) return failed(parsed.error);
  try {
    await reviewOrder(token, parsed.data.rating, parsed.data.text);
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: t('reviewThanks') };
}

// ─── the seller's inbox ───

const STATUSES = new Set<OrderStatus>(['CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED', 'REJECTED']);

export async function sellerOrderAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const orderId = one(form, 'orderId');
  const command = one(form, 'command');
  const reason = reasonSchema.safeParse(one(form, 'reason'));
  if (!reason.success) return failed(reason.error);
  try {
    if (command === 'paymentReceived' || command === 'paymentMissing') await decidePayment(user, orderId, command === 'paymentReceived');
    else if (command === 'markPaid') await markPaid(user, orderId);
    else if (STATUSES.has(command as OrderStatus)) await sellerTransition(user, orderId, command as OrderStatus, reason.data);
    else throw new AppError('invalid', 'generic');
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('SellerOrders'))('done') };
}
