import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { ProductCard } from '@/components/shops/storefront-bits';
import { ShareButton } from '@/components/shops/share-button';
import { ShopTerms } from '@/components/shops/shop-terms';
import { Icon } from '@/components/ui/icon';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDate, formatNumber, formatPhone } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { mediaUrl } from '@/lib/media/local-store';
import { whatsappNumber } from '@/lib/phone';
import { shareImageUrl, shareLabels } from '@/lib/shops/share';
import { catalogClock, storefront, storefrontProducts, storefrontReviews } from '@/lib/cache/reads';
import { storefrontState, type StorefrontProduct } from '@/lib/shops/storefront';
import { rootOrigin, shopLink, shopPublicUrl, storefrontBase } from '@/lib/tenancy/urls';
import { shopEntry } from '@/lib/saved/entry';
import { shopLine } from '@/lib/saved/saved';
import { SaveEntry } from '@/components/saved/save-entry';

type Params = Promise<{ locale: AppLocale; shop: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, shop: slug } = await params;
  const shop = await storefront(slug);
  if (!shop) return {};
  const name = locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn;
  const url = shopPublicUrl(slug, '/', locale);
  return {
    title: { absolute: name },
    description: shop.story?.slice(0, 160) ?? undefined,
    alternates: { canonical: url },
    openGraph: {
      title: name,
      description: shop.story?.slice(0, 160) ?? undefined,
      url,
      type: 'website',
      images: [{ url: shareImageUrl(slug, undefined, locale), width: 1200, height: 630, alt: name }],
    },
    twitter: { card: 'summary_large_image' },
  };
}

/** Products grouped by their category, in the seller's order; uncategorised ones last. */
function sections(products: StorefrontProduct[], locale: AppLocale, other: string) {
  const groups = new Map<string, { title: string; products: StorefrontProduct[] }>();
  for (const p of products) {
    const key = p.category?.slug ?? '';
    const title = p.category ? (locale === 'en' ? p.category.nameEn : p.category.nameBn) : other;
    const group = groups.get(key) ?? { title, products: [] };
    group.products.push(p);
    groups.set(key, group);
  }
  const uncategorised = groups.get('');
  groups.delete('');
  return [...groups.values(), ...(uncategorised ? [uncategorised] : [])];
}

export default async function StorefrontHome({ params }: { params: Params }) {
  const { locale, shop: slug } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Storefront');
  const share = await getTranslations('Share');
  const shop = await storefront(slug);
  // The layout answers for missing and closed shops (it renders in parallel with this page).
  if (!shop || storefrontState(shop) !== 'open') return null;
  const name = locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn;
  const [products, { reviews, rating }, now] = await Promise.all([storefrontProducts({ id: shop.id, openDays: shop.openDays }), storefrontReviews(shop.id), catalogClock()]);
  const base = storefrontBase(slug);
  const groups = sections(products, locale, t('otherProducts'));
  return (
    <div className="space-y-5 pb-4">
      {shop.banner && (
        // eslint-disable-next-line @next/next/no-img-element -- a sized WebP banner
        <img src={mediaUrl(shop.banner)} alt="" width={1200} height={400} fetchPriority="high" className="aspect-[3/1] w-full object-cover sm:rounded-b-2xl" />
      )}
      <section className="space-y-3 px-4 pt-3">
        {shop.verification === 'VERIFIED' && (
          <p className="inline-flex items-center gap-1 rounded-full bg-green-100 px-3 py-1 text-sm font-semibold text-green-900">
            <Icon name="badge-check" className="size-4" />
            {shop.verifiedAt ? t('verifiedOn', { date: formatDate(shop.verifiedAt, locale) }) : t('verified')}
          </p>
        )}
        {shop.story && <p className="whitespace-pre-line text-stone-800">{shop.story}</p>}
        {shop.udcRegistrations[0] && (
          <p className="text-sm text-stone-700" data-testid="assisted-mark">
            {(await getTranslations('Udc'))('assisted', { centre: shop.udcRegistrations[0].operator.centreName })}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <a href={telHref(shop.phone)} className="inline-flex min-h-12 items-center gap-2 rounded-lg px-4 font-semibold text-white" style={{ backgroundColor: shop.themeColor }}>
            <Icon name="phone" className="size-5" />
            <span className="sr-only">{t('call')}:</span>
            {formatPhone(shop.phone, locale)}
          </a>
          {shop.whatsapp && (
            <a href={`https://wa.me/${whatsappNumber(shop.whatsapp)}`} rel="noopener" className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 bg-white px-4 font-semibold text-green-800">
              <Icon name="message-circle" className="size-5" />
              {t('whatsapp')}
            </a>
          )}
          {shop.facebookUrl && (
            <a href={shop.facebookUrl} rel="noopener nofollow" className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-blue-700 bg-white px-4 font-semibold text-blue-800">
              {t('facebook')}
            </a>
          )}
          <SaveEntry storefront entry={shopEntry(shop, shopLink(slug, 'bn'), await shopLine())} locale={locale} className="border-stone-300 bg-white text-stone-800" />
        </div>
        <ShareButton
          url={shopPublicUrl(slug, '/', locale)}
          title={name}
          text={share('shopText', { shop: name })}
          labels={await shareLabels()}
        />
      </section>

      {products.length === 0 ? (
        <p className="mx-4 rounded-xl border border-stone-200 bg-white p-4 text-stone-700">{t('noProducts')}</p>
      ) : (
        groups.map((group) => (
          <section key={group.title} className="space-y-3 px-4" aria-label={group.title}>
            {groups.length > 1 && <h2 className="text-xl font-bold">{group.title}</h2>}
            <ul className="grid grid-cols-2 gap-3 md:grid-cols-3">
              {group.products.map((p) => (
                <li key={p.id} className="flex">
                  <ProductCard product={p} base={base} locale={locale} now={now} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {rating._count > 0 && (
        <section className="mx-4 space-y-2 rounded-2xl border border-stone-200 bg-white p-4" data-testid="shop-reviews">
          <h2 className="text-lg font-bold">
            {t('reviews', { rating: formatNumber(Math.round((rating._avg.rating ?? 0) * 10) / 10, locale), count: formatNumber(rating._count, locale) })}
          </h2>
          <ul className="space-y-2">
            {reviews.map((r) => (
              <li key={r.id} className="text-sm">
                <span className="font-semibold">{formatNumber(r.rating, locale)}★</span> {r.text} <span className="text-stone-600">— {r.author.name.split(' ')[0]}</span>{' '}
                <a href={`${rootOrigin()}${localizeHref(`/report/review/${r.id}`, locale)}`} rel="nofollow" className="text-stone-600 underline">
                  {t('reportReview')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="space-y-3 px-4">
        <ShopTerms shop={shop} locale={locale} />
        <a href={`${rootOrigin()}${localizeHref(`/report/shop/${shop.id}`, locale)}`} rel="nofollow" className="inline-flex min-h-12 items-center font-semibold text-red-800" data-testid="report-shop">
          {t('reportShop')}
        </a>
      </div>
    </div>
  );
}
