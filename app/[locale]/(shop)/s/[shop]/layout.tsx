import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { areaName, getHomeDistrict } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatNumber } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { readCart } from '@/lib/orders/cart';
import { getStorefront, storefrontState } from '@/lib/shops/storefront';
import { rootOrigin, storefrontBase } from '@/lib/tenancy/urls';

// A shop's own site: her colour, logo and name on top instead of the directory's header. A shop an
// officer suspended (or she closed) says so instead of showing its catalog; drafts do not exist yet.
export default async function StorefrontLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: AppLocale; shop: string }> }) {
  const { locale, shop: slug } = await params;
  setRequestLocale(locale);
  const shop = await getStorefront(slug);
  if (!shop || storefrontState(shop) === 'missing') notFound();
  const t = await getTranslations('Storefront');
  const nav = await getTranslations('Nav');
  const base = storefrontBase(slug, (await headers()).get('host'));
  const district = await getHomeDistrict();
  const name = locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn;
  const cartCount = (await readCart(slug)).reduce((sum, line) => sum + line.q, 0);
  return (
    <div style={{ '--shop': shop.themeColor } as React.CSSProperties} className="min-h-dvh bg-stone-50">
      <header className="text-white print:hidden" style={{ backgroundColor: shop.themeColor }}>
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2">
          <Link href={base || '/'} className="flex min-h-12 min-w-0 items-center gap-3">
            {shop.logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
              <img src={mediaUrl(shop.logo, true)} alt="" width={48} height={48} className="size-12 shrink-0 rounded-full border-2 border-white object-cover" />
            ) : (
              <span className="flex size-12 shrink-0 items-center justify-center rounded-full border-2 border-white/70">
                <Icon name="store" />
              </span>
            )}
            <span className="min-w-0">
              <span className="block truncate text-xl font-bold" data-testid="shop-name">
                {name}
              </span>
              <span className="block truncate text-sm text-white/90">{placeName(shop.area, locale)}</span>
            </span>
          </Link>
          <div className="flex shrink-0 items-center gap-1">
            {cartCount > 0 && (
              <Link href={`${base}/cart`} className="inline-flex min-h-12 items-center gap-1 rounded-lg border border-white/40 px-3 font-semibold" data-testid="cart-link">
                <Icon name="shopping-bag" className="size-5" />
                <span className="sr-only">{t('cart')}:</span>
                {formatNumber(cartCount, locale)}
              </Link>
            )}
            <LocaleSwitch to={locale === 'bn' ? 'en' : 'bn'} label={nav('switchLanguage')} title={nav('switchLanguageLabel')} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl">
        {storefrontState(shop) === 'closed' ? (
          <section className="m-4 rounded-2xl border border-amber-300 bg-amber-50 p-5" data-testid="shop-closed">
            <h1 className="text-2xl font-bold text-amber-900">{t('closedTitle')}</h1>
            <p className="mt-2 text-stone-800">{t('closedBody')}</p>
          </section>
        ) : (
          children
        )}
      </main>
      <footer className="mx-auto mt-10 max-w-5xl border-t border-stone-200 px-4 py-6 text-sm text-stone-600 print:hidden">
        <a href={`${rootOrigin()}${locale === 'en' ? '/en' : ''}/shops`} className="inline-flex min-h-12 items-center gap-2 font-semibold text-stone-700 underline">
          <Icon name="shopping-bag" className="size-5" />
          {t('poweredBy', { district: areaName(district, locale) })}
        </a>
      </footer>
    </div>
  );
}
