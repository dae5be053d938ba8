import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { ShareButton } from '@/components/shops/share-button';
import { ShopTerms } from '@/components/shops/shop-terms';
import { EarliestDay, Price } from '@/components/shops/storefront-bits';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { formatNumber, formatTaka } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { mediaUrl } from '@/lib/media/local-store';
import { whatsappNumber } from '@/lib/phone';
import { shareImageUrl, shareLabels } from '@/lib/shops/share';
import { catalogClock, FIRST_VISIT, storefront, storefrontProduct } from '@/lib/cache/reads';
import { storefrontState } from '@/lib/shops/storefront';
import { QUANTITY_INVALID } from '@/lib/orders/schemas';
import { rootOrigin, shopPublicUrl, storefrontBase } from '@/lib/tenancy/urls';

type Params = Promise<{ locale: AppLocale; shop: string; product: string }>;

export function generateStaticParams() {
  return [{ product: FIRST_VISIT }];
}

async function load(slug: string, productSlug: string) {
  const shop = await storefront(slug);
  if (!shop || storefrontState(shop) !== 'open') return null;
  const product = await storefrontProduct({ id: shop.id, openDays: shop.openDays }, productSlug);
  return product ? { shop, product } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, shop: slug, product: productSlug } = await params;
  const found = await load(slug, productSlug);
  if (!found) return {};
  const { shop, product } = found;
  const shopName = locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn;
  const name = locale === 'en' && product.nameEn ? product.nameEn : product.nameBn;
  const title = `${name} — ${formatTaka(product.pricePoisha, locale)} · ${shopName}`;
  const url = shopPublicUrl(slug, `/p/${product.slug}`, locale);
  return {
    title: { absolute: title },
    description: product.description?.slice(0, 160) ?? undefined,
    alternates: { canonical: url },
    openGraph: {
      title,
      description: product.description?.slice(0, 160) ?? undefined,
      url,
      type: 'website',
      images: [{ url: shareImageUrl(slug, product.slug, locale), width: 1200, height: 630, alt: name }],
    },
    twitter: { card: 'summary_large_image' },
  };
}

/** "২৪ ঘণ্টা" or "৩ দিন". */
function leadTime(hours: number, t: (key: 'leadHours' | 'leadDays', values: { n: number }) => string) {
  return hours % 24 === 0 && hours > 0 ? t('leadDays', { n: hours / 24 }) : t('leadHours', { n: hours });
}

export default async function ProductPage({ params }: { params: Params }) {
  const { locale, shop: slug, product: productSlug } = await params;
  setRequestLocale(locale);
  const found = await load(slug, productSlug);
  if (!found) notFound();
  const { shop, product } = found;
  const t = await getTranslations('Storefront');
  const o = await getTranslations('OrderErrors');
  const share = await getTranslations('Share');
  const base = storefrontBase(slug);
  const name = locale === 'en' && product.nameEn ? product.nameEn : product.nameBn;
  const optionGroups = new Map<string, typeof product.options>();
  for (const o of product.options) {
    const group = locale === 'en' && o.groupEn ? o.groupEn : o.groupBn;
    optionGroups.set(group, [...(optionGroups.get(group) ?? []), o]);
  }
  const orderText = encodeURIComponent(t('orderMessage', { product: product.nameBn, url: shopPublicUrl(slug, `/p/${product.slug}`) }));

  return (
    <article className="space-y-5 px-4 pb-4 pt-3">
      <nav className="text-sm">
        <Link href={base || '/'} className="inline-flex min-h-12 items-center gap-1 font-semibold" style={{ color: shop.themeColor }}>
          ← {t('allProducts')}
        </Link>
      </nav>
      {product.photos.length > 0 ? (
        // A swipeable row of photos: CSS scroll snapping, no JavaScript.
        <ul className="scroll-hint -mx-4 flex snap-x snap-mandatory gap-2 overflow-x-auto px-4" aria-label={t('photos')}>
          {product.photos.map((photo, i) => (
            <li key={photo.id} className="w-[85%] shrink-0 snap-center sm:w-[60%]">
              {/* eslint-disable-next-line @next/next/no-img-element -- sized WebP */}
              <img src={mediaUrl(photo.media)} alt={i === 0 ? name : ''} width={photo.media.width} height={photo.media.height} loading={i === 0 ? 'eager' : 'lazy'} fetchPriority={i === 0 ? 'high' : 'auto'} className="aspect-[4/3] w-full rounded-xl object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
      <header className="space-y-2">
        <h1 className="text-2xl font-bold" data-testid="product-name">
          {name}
        </h1>
        <Price poisha={product.pricePoisha} compareAt={product.compareAtPoisha} locale={locale} unit={t(`unit.${product.unit}`)} />
        <EarliestDay day={product.earliest} locale={locale} now={await catalogClock()} className="text-lg" />
        <p className="text-stone-700">
          {product.fulfilment === 'MADE_TO_ORDER'
            ? t('madeToOrder', { lead: leadTime(product.leadTimeHours, t) })
            : t('readyStock', { count: formatNumber(product.stock ?? 0, locale) })}
        </p>
      </header>

      {product.earliest ? (
        <form method="post" action="/api/cart" className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4" data-testid="add-to-cart">
          <input type="hidden" name="shop" value={slug} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="productId" value={product.id} />
          <input type="hidden" name="productSlug" value={product.slug} />
          {/* /api/cart comes back to #quantity-invalid when the quantity was wrong: CSS shows it, no JavaScript. */}
          <p id={QUANTITY_INVALID} role="alert" className="hidden rounded-lg bg-red-50 p-3 font-semibold text-red-800 target:block">
            {o('quantityInvalid')}
          </p>
          {[...optionGroups].map(([group, options]) => (
            <fieldset key={group}>
              <legend className="font-bold">{group}</legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {options.map((o, i) => (
                  <label key={o.id} className="flex min-h-12 cursor-pointer items-center justify-between gap-2 rounded-lg border border-stone-300 px-3 has-[:checked]:border-[var(--shop)] has-[:checked]:bg-stone-100">
                    <span className="flex items-center gap-2">
                      <input type="radio" name="option" value={o.id} defaultChecked={i === 0} className="size-5" style={{ accentColor: shop.themeColor }} />
                      {locale === 'en' && o.nameEn ? o.nameEn : o.nameBn}
                    </span>
                    <span className="font-semibold">{formatTaka(product.pricePoisha + o.priceDeltaPoisha, locale)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <label className="block font-bold">
            {t('quantity')}
            <input name="quantity" inputMode="numeric" defaultValue={formatNumber(1, locale)} className="mt-1 block min-h-12 w-32 rounded-lg border border-stone-300 px-3 text-lg" />
          </label>
          <button className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-lg px-4 text-lg font-semibold text-white" style={{ backgroundColor: shop.themeColor }}>
            <Icon name="shopping-bag" className="size-5" />
            {t('addToCart')}
          </button>
        </form>
      ) : null}

      <ShareButton
        url={shopPublicUrl(slug, `/p/${product.slug}`, locale)}
        title={name}
        text={share('productText', { product: name, price: formatTaka(product.pricePoisha, locale), shop: locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn })}
        labels={await shareLabels()}
      />
      {product.description && <p className="whitespace-pre-line text-stone-800">{product.description}</p>}
      {product.tags.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm">
          {product.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-stone-200 px-3 py-1">
              {tag}
            </li>
          ))}
        </ul>
      )}

      <section className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 className="font-bold">{t('orRing')}</h2>
        <div className="flex flex-wrap gap-2">
          <a href={telHref(shop.phone)} className="inline-flex min-h-12 items-center gap-2 rounded-lg px-4 font-semibold text-white" style={{ backgroundColor: shop.themeColor }}>
            <Icon name="phone" className="size-5" />
            {t('call')}
          </a>
          {shop.whatsapp && (
            <a href={`https://wa.me/${whatsappNumber(shop.whatsapp)}?text=${orderText}`} rel="noopener" className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 px-4 font-semibold text-green-800">
              <Icon name="message-circle" className="size-5" />
              {t('whatsapp')}
            </a>
          )}
        </div>
      </section>
      <ShopTerms shop={shop} locale={locale} />
      <a href={`${rootOrigin()}${localizeHref(`/report/product/${product.id}`, locale)}`} rel="nofollow" className="inline-flex min-h-12 items-center font-semibold text-red-800" data-testid="report-product">
        {t('reportProduct')}
      </a>
    </article>
  );
}
