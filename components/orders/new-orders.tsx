// How many new orders wait for the seller's answer: a count on the inbox's "new" tab, and a
// banner on the dashboard that leads to them. Bengali digits on Bengali pages.
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { formatNumber, type Locale } from '@/lib/i18n/format';

/** The small count on a tab or link; its words are read out with it. */
export async function NewOrdersBadge({ count, locale }: { count: number; locale: Locale }) {
  const t = await getTranslations('SellerOrders');
  return (
    <span className="inline-flex min-w-7 items-center justify-center rounded-full bg-red-700 px-2 text-sm font-bold text-white" data-testid="new-orders-count">
      <span aria-hidden>{formatNumber(count, locale)}</span>
      <span className="sr-only">{t('newCount', { count })}</span>
    </span>
  );
}

/** The dashboard's banner: the count, large, and the way to the new orders. */
export async function NewOrdersBanner({ count, locale }: { count: number; locale: Locale }) {
  const t = await getTranslations('SellerOrders');
  const waiting = count > 0;
  return (
    <Link
      href="/dashboard/orders?tab=new"
      className={`flex min-h-16 items-center gap-3 rounded-2xl border-2 p-4 shadow-sm ${waiting ? 'border-amber-500 bg-amber-50 text-amber-950' : 'border-stone-200 bg-white text-stone-800'}`}
      data-testid="new-orders"
    >
      <span className={`flex size-12 shrink-0 items-center justify-center rounded-full text-2xl font-bold ${waiting ? 'bg-amber-500 text-stone-950' : 'bg-stone-100 text-stone-600'}`} aria-hidden>
        {formatNumber(count, locale)}
      </span>
      <span className="min-w-0 flex-1">
        <span className="block text-lg font-bold">{t('newWaiting', { count })}</span>
        {waiting && <span className="block text-sm font-semibold underline">{t('seeNew')}</span>}
      </span>
      <Icon name="chevron-right" className="size-6 shrink-0" />
    </Link>
  );
}
