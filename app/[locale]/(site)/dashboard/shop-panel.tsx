import { getTranslations } from 'next-intl/server';
import { AppealBox } from '@/components/console/appeal-box';
import { NewOrdersBadge, NewOrdersBanner } from '@/components/orders/new-orders';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { getOwnShop } from '@/lib/shops/manage';
import { shopLink } from '@/lib/tenancy/urls';

const button = 'inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-4 font-semibold';

/** The seller's shop on the dashboard: where it lives and the ways into its settings and catalog. */
export async function ShopPanel({ shop, locale, newOrders = null }: { shop: Awaited<ReturnType<typeof getOwnShop>>; locale: Locale; newOrders?: number | null }) {
  const t = await getTranslations('ShopDashboard');
  if (!shop) {
    return (
      <section className="rounded-2xl border border-amber-300 bg-amber-50 p-5 shadow-sm">
        <h2 className="flex items-center gap-2 text-xl font-bold text-amber-950">
          <Icon name="store" />
          {t('openTitle')}
        </h2>
        <p className="mt-2 text-stone-800">{t('openLead')}</p>
        <Link href="/dashboard/shop/new" className={`${button} mt-4 bg-amber-500 text-stone-950`}>
          {t('openStart')}
          <Icon name="chevron-right" className="size-5" />
        </Link>
      </section>
    );
  }
  const live = shop.products.filter((p) => p.status === 'ACTIVE').length;
  const href = shopLink(shop.slug, locale);
  return (
    <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="shop-panel">
      <div className="flex items-center gap-3">
        <span className="size-4 shrink-0 rounded-full" style={{ backgroundColor: shop.themeColor }} />
        <h2 className="text-xl font-bold">{shop.nameBn}</h2>
      </div>
      <p className="text-sm text-stone-700">{t(`status${shop.status}`)}</p>
      {newOrders !== null && <NewOrdersBanner count={newOrders} locale={locale} />}
      {shop.status === 'SUSPENDED' && <AppealBox subject="SHOP" subjectId={shop.id} locale={locale} />}
      {shop.products
        .filter((p) => p.status === 'SUSPENDED')
        .map((p) => (
          <AppealBox key={p.id} subject="PRODUCT" subjectId={p.id} locale={locale} name={p.nameBn} />
        ))}
      <p className="text-sm text-stone-700">{t('productCount', { live: formatNumber(live, locale), total: formatNumber(shop.products.length, locale) })}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        <Link href="/dashboard/orders" className={`${button} bg-amber-500 text-stone-950`} data-testid="orders-link">
          <Icon name="shopping-bag" className="size-5" />
          {t('orders')}
          {newOrders !== null && newOrders > 0 && <NewOrdersBadge count={newOrders} locale={locale} />}
        </Link>
        <Link href="/dashboard/products" className={`${button} bg-brand-700 text-white`}>
          <Icon name="package" className="size-5" />
          {t('products')}
        </Link>
        <Link href="/dashboard/shop" className={`${button} border border-stone-300`}>
          <Icon name="palette" className="size-5" />
          {t('settings')}
        </Link>
        <a href={href} className={`${button} border border-stone-300`} data-testid="storefront-link">
          <Icon name="store" className="size-5" />
          {t('viewShop')}
        </a>
        <Link href="/dashboard/verification" className={`${button} border border-stone-300`}>
          <Icon name="badge-check" className="size-5" />
          {t('verification')}
        </Link>
        <a href={`${href}/poster`} className={`${button} border border-stone-300`}>
          <Icon name="newspaper" className="size-5" />
          {t('poster')}
        </a>
      </div>
    </section>
  );
}
