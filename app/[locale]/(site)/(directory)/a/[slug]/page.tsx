import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CategoryGrid } from '@/components/directory/category-grid';
import { DistrictBar } from '@/components/district/district-bar';
import { ShopCard } from '@/components/shops/shop-card';
import { ChipLinks } from '@/components/ui/chip-links';
import { Link } from '@/components/ui/link';
import { areaChain, areaCounts, areaInDistrict, categoryCounts, servedDistricts, shops as listShops } from '@/lib/cache/reads';
import { areaName, getServedDistricts } from '@/lib/geo/queries';
import { formatNumber, nameOf, type Locale } from '@/lib/i18n/format';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

/** The served districts' pages are built ahead; every other area's is rendered on first visit and kept. */
export async function generateStaticParams() {
  return (await getServedDistricts()).map((d) => ({ slug: d.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const place = await areaInDistrict(slug);
  if (!place) return {};
  const { area } = place;
  return { title: (await getTranslations('AreaPage'))('title', { area: nameOf(areaName(area, locale), locale) }) };
}

/** Everything in one district, upazila or union, by category. */
export default async function AreaPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  // A served district or a place in one; any other place has no page (its links would lead nowhere).
  const place = await areaInDistrict(slug);
  if (!place) notFound();
  const { area, district } = place;
  const [t, board] = await Promise.all([getTranslations('AreaPage'), getTranslations('NoticeBoard')]);
  const [chain, categories, children, shops, served] = await Promise.all([
    areaChain(area),
    categoryCounts(area),
    area.level === 'UNION' ? Promise.resolve([]) : areaCounts(area),
    listShops(area),
    servedDistricts(),
  ]);
  const parents = chain.filter((a) => a.level !== 'DIVISION' && a.id !== area.id).reverse();
  const total = categories.reduce((sum, c) => sum + c.providers, 0);

  return (
    <div className="space-y-6 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t('title', { area: nameOf(areaName(area, locale), locale) })}</h1>
        <p className="text-stone-700">
          {parents.map((a) => areaName(a, locale)).join(', ')} · {t('listings', { count: total })}
        </p>
        {area.level === 'UNION' && (
          <Link href={`/a/${area.slug}/print`} rel="nofollow" className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline" data-testid="notice-board-link">
            {board('link')}
          </Link>
        )}
      </header>
      {children.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-bold">{area.level === 'DISTRICT' ? t('upazilas') : t('unions')}</h2>
          <ChipLinks chips={children.map((c) => ({ key: c.id, href: `/a/${c.slug}`, label: areaName(c, locale), note: formatNumber(c.providers, locale), active: false }))} />
        </section>
      )}
      <section>
        <h2 className="mb-2 text-lg font-bold">{t('services')}</h2>
        <CategoryGrid categories={categories.filter((c) => c.providers > 0)} locale={locale} areaSlug={area.slug} />
        {total === 0 && <p className="rounded-xl bg-white p-4">{t('empty')}</p>}
      </section>
      {shops.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-bold">{t('shops')}</h2>
          <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {shops.map((shop) => (
              <li key={shop.id}>
                <ShopCard shop={shop} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
