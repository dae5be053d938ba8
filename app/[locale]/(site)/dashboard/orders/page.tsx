import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { FormShell } from '@/components/forms/form-shell';
import { OrderProgress } from '@/components/orders/order-progress';
import { OrderSummary } from '@/components/orders/order-summary';
import { NewOrdersBadge } from '@/components/orders/new-orders';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { formatDateTime, formatPhone, type Locale } from '@/lib/i18n/format';
import { sellerOrderAction } from '@/lib/orders/actions';
import { newOrderCount, sellerOrders } from '@/lib/orders/manage';
import { NEEDS_REASON, sellerNextSteps } from '@/lib/orders/status';
import { paymentKey, sellerStepKey, sellerStepsFor, statusKey } from '@/lib/orders/wording';

const TABS = ['new', 'open', 'done', 'all'] as const;
const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-3 text-sm font-semibold';

export default async function OrdersInbox({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ tab?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SellerOrders');
  const o = await getTranslations('Order');
  const user = await pageUser(locale, '/dashboard/orders');
  const requested = (await searchParams).tab;
  const tab = TABS.find((x) => x === requested) ?? 'open';
  const [orders, waiting] = await Promise.all([sellerOrders(user, tab), newOrderCount(user)]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <nav className="flex flex-wrap gap-2 text-sm">
        {TABS.map((x) => (
          <Link key={x} href={`/dashboard/orders?tab=${x}`} aria-current={x === tab ? 'page' : undefined} className={`${button} gap-2 ${x === tab ? 'bg-brand-700 text-white' : 'border border-stone-300 bg-white'}`} data-testid={`orders-tab-${x}`}>
            {t(`tab_${x}`)}
            {x === 'new' && waiting !== null && waiting > 0 && <NewOrdersBadge count={waiting} locale={locale} />}
          </Link>
        ))}
        <Link href="/dashboard/orders/production" className={`${button} border border-stone-300 bg-white`}>
          {t('production')}
        </Link>
        <Link href="/dashboard/orders/slips" className={`${button} border border-stone-300 bg-white`}>
          {t('slips')}
        </Link>
        <Link href="/dashboard/orders/sales" className={`${button} border border-stone-300 bg-white`}>
          {t('sales')}
        </Link>
      </nav>
      {orders === null && (
        <p className="rounded-xl border border-stone-200 bg-white p-4">
          {t('noShop')}{' '}
          <Link href="/dashboard/shop/new" className="font-semibold text-brand-700 underline">
            {t('openShop')}
          </Link>
        </p>
      )}
      {orders?.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('none')}</p>}
      <ol className="space-y-4">
        {orders?.map((order) => {
          const payment = order.payments[0];
          const next = sellerStepsFor(sellerNextSteps(order.status), order.delivery);
          return (
            <li key={order.id} className={`space-y-3 rounded-2xl border bg-white p-4 shadow-sm ${order.status === 'PLACED' ? 'border-amber-400' : 'border-stone-200'}`} data-testid="seller-order">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="text-lg font-bold">
                  {order.code} · <span data-testid="seller-order-status">{o(statusKey(order.status, order.delivery))}</span>
                </p>
                <p className="text-sm text-stone-600">{formatDateTime(order.createdAt, locale)}</p>
              </div>
              <p>
                {order.buyerName} ·{' '}
                <a href={telHref(order.buyerPhone)} className="font-semibold text-brand-800 underline">
                  {formatPhone(order.buyerPhone, locale)}
                </a>
                {!order.phoneConfirmed && <span className="text-sm text-red-800"> ({t('phoneUnconfirmed')})</span>}
              </p>
              {order.paymentFlag && (
                <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm font-semibold text-red-900" data-testid="payment-flagged">
                  {t('paymentFlagged')}
                </p>
              )}
              {order.statusReason && <p className={`rounded-lg p-2 text-sm ${order.paymentStatus === 'PAID' && (order.status === 'CANCELLED' || order.status === 'REJECTED') ? 'bg-red-50 font-semibold text-red-900' : 'bg-stone-100'}`}>{order.statusReason}</p>}
              {order.status !== 'CANCELLED' && order.status !== 'REJECTED' && <OrderProgress status={order.status} delivery={order.delivery} />}
              <OrderSummary order={order} locale={locale} />
              <p className="text-sm">
                {o(paymentKey(order.paymentMethod, order.delivery))} — <span className="font-semibold">{o(`paymentStatus.${order.paymentStatus}`)}</span>
                {payment?.externalRef && (
                  <>
                    {' '}
                    · {t('transaction')}: <span className="font-mono">{payment.externalRef}</span>
                  </>
                )}
              </p>
              {(next.length > 0 || (order.paymentStatus !== 'PAID' && order.status !== 'CANCELLED' && order.status !== 'REJECTED')) && (
                <FormShell action={sellerOrderAction} className="space-y-2">
                  <input type="hidden" name="orderId" value={order.id} />
                  {next.some((s) => NEEDS_REASON.has(s)) && <input name="reason" maxLength={200} aria-label={t('reason')} placeholder={t('reason')} className="block min-h-12 w-full rounded-lg border border-stone-300 px-3" />}
                  <div className="flex flex-wrap gap-2">
                    {next.map((to) => (
                      <button key={to} name="command" value={to} className={`${button} ${NEEDS_REASON.has(to) ? 'border border-red-700 text-red-800' : 'bg-brand-700 text-white'}`}>
                        {t(sellerStepKey(to, order.delivery) as 'to_CONFIRMED')}
                      </button>
                    ))}
                    {order.paymentStatus === 'PENDING_CONFIRMATION' && (
                      <>
                        <button name="command" value="paymentReceived" className={`${button} bg-green-700 text-white`}>
                          {t('paymentReceived')}
                        </button>
                        <button name="command" value="paymentMissing" className={`${button} border border-red-700 text-red-800`}>
                          {t('paymentMissing')}
                        </button>
                      </>
                    )}
                    {order.paymentStatus !== 'PAID' && order.paymentStatus !== 'PENDING_CONFIRMATION' && order.paymentMethod !== 'CARD' && order.status !== 'CANCELLED' && order.status !== 'REJECTED' && (
                      <button name="command" value="markPaid" className={`${button} border border-stone-300`}>
                        {t('markPaid')}
                      </button>
                    )}
                  </div>
                </FormShell>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
