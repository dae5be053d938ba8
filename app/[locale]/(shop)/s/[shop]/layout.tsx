import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { PwaRegister } from '@/components/pwa/pwa-register';
import { CartLink } from '@/components/layout/visitor-hints';
import { FIRST_VISIT, servedDistricts, storefront } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { mediaUrl } from '@/lib/media/local-store';
import { storefrontState } from '@/lib/shops/storefront';
import { rootOrigin, storefrontBase } from '@/lib/tenancy/urls';

/** Each storefront is rendered on its first visit and kept until the shop or a product changes. */
export function generateStaticParams() {
  return [{ shop: FIRST_VISIT }];
}

// A shop's own site: her colour, logo and name on top instead of the directory's header. A shop an
// officer suspended (or she closed) says so instead of showing its catalog; drafts do not exist yet.
export default async function StorefrontLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: AppLocale; shop: string }> }) {
  const { locale, shop: slug } = await params;
  setRequestLocale(locale);
  const shop = await storefront(slug);
  if (!shop || storefrontState(shop) === 'missing') notFound();
  const t = await getTranslations('Storefront');
  const nav = await getTranslations('Nav');
  const base = storefrontBase(slug);
  // The shop's own district (its footer leads to that district's shops); the default one if none serves her place.
  const served = await servedDistricts();
  const district = served.find((d) => shop.area.path.startsWith(d.path)) ?? served[0]!;
  const name = locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn;
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
            {/* The page is the same for every buyer; her browser shows her cart's count. */}
            <CartLink slug={slug} href={localizeHref(`${base}/cart`, locale)} label={t('cart')} locale={locale} icon={<Icon name="shopping-bag" className="size-5" />} />
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
        <a href={`${rootOrigin()}${locale === 'en' ? '/en' : ''}/shops/${district.slug}`} className="inline-flex min-h-12 items-center gap-2 font-semibold text-stone-700 underline">
          <Icon name="shopping-bag" className="size-5" />
          {t('poweredBy', { district: areaName(district, locale) })}
        </a>
      </footer>
      <PwaRegister locale={locale} />
    </div>
  );
}
