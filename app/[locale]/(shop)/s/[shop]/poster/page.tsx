import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';
import { loadPosterShop, POSTER_PRODUCTS, POSTER_SIZES, posterSize, qrCodeSvg, type PosterSize } from '@/lib/shops/poster';
import { PrintButton } from './print-button';

// The poster is printed from the shop's current state: rendered per request.
export const dynamic = 'force-dynamic';

// A shop's poster for a stall or a wall: her name, a big QR code to her shop and a few products
// with prices, on exactly one A4 or A5 page. Sizes are in container units (cqw), so the preview
// on a phone is the printed page scaled down. Links here are relative: on the shop's own host
// this page is /poster, on the directory's /s/<shop>/poster.

type Params = Promise<{ locale: AppLocale; shop: string }>;
type SearchParams = Promise<{ size?: string | string[] }>;

const PAPER: Record<PosterSize, { page: string; width: string; height: string; text: number }> = {
  a4: { page: 'A4', width: '210mm', height: '297mm', text: 1 },
  // Same proportions as A4, so the layout is the same; text a little larger relative to the page.
  a5: { page: 'A5', width: '148mm', height: '210mm', text: 1.15 },
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, shop: slug } = await params;
  const shop = await loadPosterShop(slug, locale, POSTER_PRODUCTS.a4);
  if (!shop) return {};
  const t = await getTranslations({ locale, namespace: 'Poster' });
  return { title: t('title', { shop: shop.name }), robots: { index: false, follow: false } };
}

export default async function ShopPoster({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, shop: slug } = await params;
  setRequestLocale(locale);
  const size = posterSize((await searchParams).size);
  const shop = await loadPosterShop(slug, locale, POSTER_PRODUCTS.a4);
  if (!shop) notFound();
  const [t, share, storefront, qr] = await Promise.all([getTranslations('Poster'), getTranslations('Share'), getTranslations('Storefront'), qrCodeSvg(shop.url)]);
  const paper = PAPER[size];
  const cqw = (n: number) => `${(n * paper.text).toFixed(2)}cqw`;
  const products = shop.products.slice(0, POSTER_PRODUCTS[size]);

  return (
    <div className="px-4 py-4 print:p-0">
      {/* One printed page: no margins of our own (the sheet has its padding), no browser header. */}
      <style>{`@page { size: ${paper.page} portrait; margin: 0; } @media print { html, body { background: #fff !important; } }`}</style>

      <div className="mx-auto mb-4 max-w-xl space-y-3 print:hidden">
        <div className="flex flex-wrap items-center gap-2">
          <PrintButton label={t('print')} />
          <span className="ml-auto text-sm font-semibold text-stone-700">{t('paperSize')}:</span>
          {POSTER_SIZES.map((s) => (
            <a
              key={s}
              href={`?size=${s}`}
              aria-current={s === size ? 'page' : undefined}
              className="inline-flex min-h-12 min-w-12 items-center justify-center rounded-xl border border-stone-300 bg-white px-3 font-semibold aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white"
            >
              {PAPER[s].page}
            </a>
          ))}
        </div>
        <p className="text-sm text-stone-700">{t('tip')}</p>
        <p className="text-sm text-stone-600">{t('printHint')}</p>
      </div>

      <div className="mx-auto shadow-lg [container-type:inline-size] print:shadow-none" style={{ width: `min(100%, ${paper.width})` }} data-testid="poster">
        {/* The frame stays clear of the paper's edge, which most printers cannot reach. */}
        <article className="overflow-hidden bg-white text-stone-900 [print-color-adjust:exact]" style={{ aspectRatio: '210 / 296.5', padding: '3.5cqw' }}>
          <div className="flex h-full flex-col items-center text-center" style={{ padding: '4.5cqw 5.5cqw', border: `1.2cqw solid ${shop.themeColor}`, gap: '2.2cqw' }}>
            <header className="flex w-full items-center justify-center" style={{ gap: '3cqw' }}>
              {shop.logoUrl && (
                // eslint-disable-next-line @next/next/no-img-element -- printed: the full-size WebP, not a thumbnail
                <img src={shop.logoUrl} alt="" className="shrink-0 rounded-full object-cover" style={{ width: '15cqw', height: '15cqw', border: `0.6cqw solid ${shop.themeColor}` }} />
              )}
              <div className="min-w-0 text-left">
                <h1 className="line-clamp-2 font-bold" style={{ fontSize: cqw(6.2), lineHeight: 1.3 }}>
                  {shop.name}
                </h1>
                {shop.address && (
                  <p className="line-clamp-2 text-stone-700" style={{ fontSize: cqw(2.5), lineHeight: 1.4 }}>
                    {t('address', { address: shop.address })}
                  </p>
                )}
              </div>
            </header>

            {/* Shrinks (never below a size phones read from a metre away) when long names take the room. */}
            <div className="[&>svg]:block [&>svg]:size-full" style={{ flex: '0 1 54cqw', aspectRatio: '1 / 1', minHeight: '36cqw' }} role="img" aria-label={shop.displayUrl} dangerouslySetInnerHTML={{ __html: qr }} />

            <div>
              <p className="font-bold" style={{ fontSize: cqw(4.6), lineHeight: 1.35, color: shop.themeColor }}>
                {t('scan')}
              </p>
              <p className="text-stone-700" style={{ fontSize: cqw(2.4), lineHeight: 1.5 }}>
                {t('orType')}: <span className="font-semibold break-all text-stone-900">{shop.displayUrl}</span>
              </p>
              <p className="font-bold" style={{ fontSize: cqw(4), lineHeight: 1.4 }}>
                {t('phone', { phone: shop.phone })}
              </p>
            </div>

            {products.length > 0 && (
              <section className="mt-auto w-full text-left" style={{ borderTop: `0.3cqw solid ${shop.themeColor}`, paddingTop: '1.8cqw' }}>
                <h2 className="font-bold" style={{ fontSize: cqw(2.6), lineHeight: 1.4 }}>
                  {t('products')}
                </h2>
                <ul className="grid grid-cols-2" style={{ columnGap: '4cqw', fontSize: cqw(2.4), lineHeight: 1.5 }}>
                  {products.map((p) => (
                    <li key={p.id} className="flex min-w-0 items-baseline gap-[1cqw] border-b border-dotted border-stone-400" style={{ paddingBlock: '0.5cqw' }}>
                      <span className="min-w-0 flex-1 truncate">{p.name}</span>
                      <span className="shrink-0 font-semibold">{share('pricePerUnit', { price: p.price, unit: storefront(`unit.${p.unit}`) })}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        </article>
      </div>
    </div>
  );
}
