import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextArea } from '@/components/forms/text-field';
import { OrderProgress } from '@/components/orders/order-progress';
import { OrderSummary } from '@/components/orders/order-summary';
import { formatDateTime, formatNumber, formatPhone, formatTaka } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { cancelOrderAction, retryCardAction, reviewOrderAction, submitTransactionAction } from '@/lib/orders/actions';
import { getOrderByToken } from '@/lib/orders/manage';
import { paymentKey, statusKey } from '@/lib/orders/wording';
import { shopLink, shopPublicUrl, shopSubdomainsEnabled } from '@/lib/tenancy/urls';

// The link is the key: nobody finds it in a search engine or in a Referer header.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

// One order's page, made at every request (Cache-Control: no-store), never kept: its status moves,
// and its day words ("আজ", "আগামীকাল") are reckoned against today in Dhaka as it is rendered.
export const dynamic = 'force-dynamic';

export default async function OrderPage({ params, searchParams }: { params: Promise<{ locale: AppLocale; token: string }>; searchParams: Promise<{ placed?: string; paid?: string; cancelled?: string; cardFailed?: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const order = await getOrderByToken(token);
  if (!order) notFound();
  const t = await getTranslations('Order');
  const query = await searchParams;
  const shopName = locale === 'en' && order.shop.nameEn ? order.shop.nameEn : order.shop.nameBn;
  const mobileMoney = order.paymentMethod === 'BKASH' ? order.shop.bkashNumber : order.paymentMethod === 'NAGAD' ? order.shop.nagadNumber : null;
  const open = order.status !== 'CANCELLED' && order.status !== 'REJECTED';
  // The cart lives on the shop's own host when shops have subdomains, so "order again" posts there.
  const reorderTarget = shopSubdomainsEnabled() ? shopPublicUrl(order.shop.slug, '/api/cart') : '/api/cart';

  return (
    <div className="space-y-4 px-4 py-6">
      {query.placed && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {t('placedNotice')}
        </p>
      )}
      {query.paid && order.paymentStatus !== 'PAID' && <p className="rounded-xl bg-amber-50 p-4">{t('paymentProcessing')}</p>}
      {order.status === 'AWAITING_PAYMENT' && !query.paid && (
        <section className="space-y-2 rounded-xl bg-amber-50 p-4">
          <p>{query.cardFailed ? t('cardFailed') : t('cardWaiting')}</p>
          <FormShell action={retryCardAction.bind(null, token)} submitLabel={t('payByCard')} pendingLabel="…">
            {null}
          </FormShell>
        </section>
      )}
      <h1 className="text-2xl font-bold">
        {t('orderTitle')} <span data-testid="order-code">{order.code}</span>
      </h1>
      <p>
        <a href={shopLink(order.shop.slug, locale)} className="font-semibold underline" style={{ color: order.shop.themeColor }}>
          {shopName}
        </a>{' '}
        · {formatDateTime(order.createdAt, locale)}
      </p>

      <section className="rounded-2xl border border-stone-200 bg-white p-4" aria-label={t('statusLabel')}>
        <p className="text-lg font-bold" data-testid="order-status">
          {t(statusKey(order.status, order.delivery))}
        </p>
        {order.statusReason && <p className="text-stone-700">{order.statusReason}</p>}
        {open && <OrderProgress status={order.status} delivery={order.delivery} className="mt-3" />}
      </section>

      <section className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
        <OrderSummary order={order} locale={locale} />
        {order.delivery === 'PICKUP' && open && (
          // The address kept private on the storefront is the buyer's once she has ordered.
          <p className="rounded-lg bg-green-50 p-2" data-testid="pickup-address">
            <span className="font-semibold">{t('pickupFrom')}:</span> {[order.shop.pickupAddress, locale === 'en' ? order.shop.area.nameEn : order.shop.area.nameBn].filter(Boolean).join(', ')}
          </p>
        )}
      </section>

      <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 className="font-bold">{t('payment')}</h2>
        {order.paymentFlag && (
          <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-900" data-testid="payment-flagged">
            {t('paymentFlagged')}
          </p>
        )}
        <p>
          {t(paymentKey(order.paymentMethod, order.delivery))} — <span className="font-semibold">{t(`paymentStatus.${order.paymentStatus}`)}</span>
        </p>
        {mobileMoney && open && order.paymentStatus !== 'PAID' && (
          <>
            <p className="rounded-lg bg-pink-50 p-3">
              {t('sendMoney', { method: t(`pay.${order.paymentMethod}`), amount: formatTaka(order.totalPoisha, locale), number: formatPhone(mobileMoney, locale), code: order.code })}
            </p>
            {order.paymentStatus !== 'PENDING_CONFIRMATION' && (
              <FormShell action={submitTransactionAction.bind(null, token)} submitLabel={t('sendTransaction')} pendingLabel="…">
                <label className="block font-semibold">
                  {t('transactionId')}
                  <input name="transactionId" autoCapitalize="characters" maxLength={20} className="mt-1 block min-h-12 w-full rounded-lg border border-stone-300 px-3 text-lg uppercase" />
                </label>
                <FieldError name="transactionId" />
              </FormShell>
            )}
          </>
        )}
      </section>

      <section className="flex flex-wrap gap-2">
        <a href={telHref(order.shop.phone)} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-4 font-semibold">
          {t('callShop', { phone: formatPhone(order.shop.phone, locale) })}
        </a>
      </section>

      {order.status === 'DELIVERED' && !order.review && (
        <FormShell action={reviewOrderAction.bind(null, token)} submitLabel={t('reviewSend')} pendingLabel="…" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
          <h2 className="font-bold">{t('reviewTitle')}</h2>
          <fieldset className="flex gap-2">
            <legend className="sr-only">{t('reviewRating')}</legend>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="flex min-h-12 min-w-12 cursor-pointer items-center justify-center rounded-lg border border-stone-300 font-bold has-[:checked]:border-amber-500 has-[:checked]:bg-amber-100">
                <input type="radio" name="rating" value={n} className="sr-only" />
                {formatNumber(n, locale)}★
              </label>
            ))}
          </fieldset>
          <FieldError name="rating" />
          <TextArea name="text" label={t('reviewText')} rows={3} maxLength={500} />
        </FormShell>
      )}
      {order.review && (
        <p className="rounded-xl bg-amber-50 p-4">
          {t('reviewed', { rating: formatNumber(order.review.rating, locale) })}
        </p>
      )}
      {(order.status === 'DELIVERED' || order.status === 'CANCELLED' || order.status === 'REJECTED') && (
        <form method="post" action={reorderTarget} className="contents">
          <input type="hidden" name="op" value="reorder" />
          <input type="hidden" name="shop" value={order.shop.slug} />
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border-2 px-4 font-semibold" style={{ borderColor: order.shop.themeColor, color: order.shop.themeColor }}>
            {t('reorder')}
          </button>
        </form>
      )}
      {(order.status === 'PLACED' || order.status === 'AWAITING_PAYMENT') && (
        <details className="rounded-2xl border border-red-200 bg-white p-4">
          <summary className="min-h-12 cursor-pointer content-center font-semibold text-red-800">{t('cancel')}</summary>
          <FormShell action={cancelOrderAction.bind(null, token)} submitLabel={t('cancelConfirm')} pendingLabel="…" className="mt-3 space-y-3">
            <label className="block font-semibold">
              {t('cancelReason')}
              <input name="reason" maxLength={200} className="mt-1 block min-h-12 w-full rounded-lg border border-stone-300 px-3" />
            </label>
          </FormShell>
        </details>
      )}
    </div>
  );
}
