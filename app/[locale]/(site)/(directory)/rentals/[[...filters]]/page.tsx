import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProviderCard } from '@/components/directory/provider-card';
import { RentalCard } from '@/components/directory/rental-card';
import { DistrictBar } from '@/components/district/district-bar';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { areaInDistrict, catalogClock, childAreas, rentalProviders, rentals as listRentals, servedDistricts } from '@/lib/cache/reads';
import { categoryPath, parseRentalsFilters, rentalsPath } from '@/lib/directory/filter-paths';
import { RENTAL_KINDS, rentalCategoryFor } from '@/lib/directory/lists';
import { areaName } from '@/lib/geo/queries';
import { formatNumber, placeIn, type Locale } from '@/lib/i18n/format';

// /rentals[/<kind>][/<area>] (lib/directory/filter-paths.ts): each combination one kept page.
type Props = { params: Promise<{ locale: Locale; filters?: string[] }> };

export async function generateStaticParams() {
  return [{ filters: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, filters: segments = [] } = await params;
  const query = parseRentalsFilters(segments);
  const place = query ? await areaInDistrict(query.area) : null;
  if (!place) return {};
  const t = await getTranslations({ locale, namespace: 'Rentals' });
  return { title: t('metaTitle', { district: areaName(place.district, locale) }) };
}

export default async function RentalsPage({ params }: Props) {
  const { locale, filters: segments = [] } = await params;
  setRequestLocale(locale);
  const query = parseRentalsFilters(segments);
  // Any place of a served district, the district itself too (/rentals/kishoreganj); none: the default district.
  const place = query ? await areaInDistrict(query.area) : null;
  if (!query || !place) notFound();
  const { area, district } = place;
  const t = await getTranslations('Rentals');
  const kind = query.kind;
  const [listings, owners, upazilas, now, served] = await Promise.all([listRentals(area, kind), rentalProviders(area, kind), childAreas(district.id), catalogClock(), servedDistricts()]);

  // An address that names its place keeps naming at least its district (another district's visitor
  // may be reading it); a district-less one stays district-less.
  const wholeDistrict = query.area ? district.slug : undefined;
  const kept = { kind, area: query.area ? area.slug : undefined };
  const href = (change: { kind?: string | null; area?: string }) => rentalsPath({ ...kept, ...change });
  const nothing = listings.total === 0 && owners.total === 0;

  return (
    <div className="space-y-5 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <section>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
          <Icon name="building" className="size-7" />
          {t('title')}
        </h1>
        <p className="mt-1 text-stone-700">{t('lead', { area: placeIn(areaName(area, locale), locale) })}</p>
        <Link href="/account/rentals/new" className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline" data-testid="post-rental">
          {t('postCta')}
        </Link>
      </section>

      <nav aria-label={t('kindHeading')}>
        <ChipLinks
          chips={[
            { key: 'all', href: href({ kind: null }), label: t('allKinds'), active: kind === null },
            ...RENTAL_KINDS.map((k) => ({ key: k, href: href({ kind: k }), label: t(`kind_${k}`), active: kind === k })),
          ]}
        />
      </nav>
      <nav aria-label={t('allAreas')}>
        <ChipLinks
          chips={[
            { key: 'all', href: href({ area: wholeDistrict }), label: t('allAreas'), active: area.id === district.id },
            ...upazilas.map((u) => ({ key: u.id, href: href({ area: u.slug }), label: areaName(u, locale), active: area.path.startsWith(u.path) })),
          ]}
        />
      </nav>

      {nothing ? (
        <div className="rounded-xl bg-white p-4">
          <p>{t('empty')}</p>
          {(kind || area.id !== district.id) && (
            <Link href={rentalsPath({ area: wholeDistrict })} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('emptyWider')}
            </Link>
          )}
        </div>
      ) : (
        <>
          {listings.total > 0 && (
            <section aria-labelledby="listings-heading">
              <h2 id="listings-heading" className="mb-2 text-lg font-bold">
                {t('listingsHeading')} <span className="text-base font-normal text-stone-600">({formatNumber(listings.total, locale)})</span>
              </h2>
              <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                {listings.rentals.map((r) => (
                  <li key={r.id}>
                    <RentalCard rental={r} locale={locale} now={now} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          {owners.total > 0 && (
            <section aria-labelledby="owners-heading">
              <h2 id="owners-heading" className="mb-2 text-lg font-bold">
                {t('ownersHeading')} <span className="text-base font-normal text-stone-600">({formatNumber(owners.total, locale)})</span>
              </h2>
              <ul className="space-y-2">
                {owners.providers.map((p) => (
                  <li key={p.id}>
                    <ProviderCard provider={p} locale={locale} />
                  </li>
                ))}
              </ul>
              {owners.total > owners.providers.length && kind && (
                <Link href={categoryPath(rentalCategoryFor[kind], { area: kept.area })} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
                  {t('seeAll')}
                </Link>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
