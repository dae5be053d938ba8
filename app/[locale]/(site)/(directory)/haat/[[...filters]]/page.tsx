import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistrictBar } from '@/components/district/district-bar';
import { LivestockCard } from '@/components/livestock/livestock-card';
import { breedKey } from '@/lib/livestock/labels';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { areaInDistrict, childAreas, livestockHaats, livestockList, servedDistricts } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import { localizeHref } from '@/lib/i18n/href';
import { formatNumber, formatTaka, placeIn, type Locale } from '@/lib/i18n/format';
import { ANIMALS, BREEDS, bandKey, PRICE_BANDS, SORTS, WEIGHT_BANDS, type Band } from '@/lib/livestock/kinds';
import { haatPath, marketsPath, parseHaatFilters, type HaatFilters } from '@/lib/livestock/paths';

// /haat[/<animal>][/<area>][/breed-…][/kg-…][/tk-…][/at-…][/sort-…][/page-n] (lib/livestock/paths.ts):
// each combination one kept page. The filter form is a plain GET to /haat that proxy.ts turns
// into the path (lib/directory/filter-paths.ts queryToPath), so it works without JavaScript.
type Props = { params: Promise<{ locale: Locale; filters?: string[] }> };

export async function generateStaticParams() {
  return [{ filters: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, filters: segments = [] } = await params;
  const query = parseHaatFilters(segments);
  const place = query ? await areaInDistrict(query.area) : null;
  if (!place) return {};
  const t = await getTranslations({ locale, namespace: 'Livestock' });
  return { title: t('metaTitle', { district: areaName(place.district, locale) }) };
}

const selectClass = 'min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3';

export default async function HaatPage({ params }: Props) {
  const { locale, filters: segments = [] } = await params;
  setRequestLocale(locale);
  const query = parseHaatFilters(segments);
  const place = query ? await areaInDistrict(query.area) : null;
  if (!query || !place) notFound();
  // A breed of another animal names no page.
  if (query.breed && query.animal && !BREEDS[query.animal].includes(query.breed)) notFound();
  const { area, district } = place;
  const t = await getTranslations('Livestock');
  const upazila = area.level === 'UNION' && area.parentId ? area.parentId : area.level === 'UPAZILA' ? area.id : null;
  const [list, served, upazilas, unions, haats] = await Promise.all([
    livestockList(area, { animal: query.animal ?? null, breed: query.breed ?? null, weight: query.weight ?? null, price: query.price ?? null, haat: query.haat ?? null, sort: query.sort, page: query.page }),
    servedDistricts(),
    childAreas(district.id),
    upazila ? childAreas(upazila) : Promise.resolve([]),
    livestockHaats(district),
  ]);
  // A haat that is not one of the district's published haats is no page of its own (made-up ids would each be kept).
  if (query.page > list.pages || (query.haat && !haats.some((h) => h.id === query.haat))) notFound();

  const wholeDistrict = query.area ? district.slug : undefined;
  const kept: HaatFilters = { ...query, area: query.area ? area.slug : undefined };
  const href = (change: HaatFilters) => haatPath({ ...kept, page: 1, ...change });
  const taka = (n: number) => formatTaka(n * 100, locale);
  const kg = (n: number) => formatNumber(n, locale);
  const bandLabel = ([from, to]: Band, unit: (n: number) => string, up: 'kgUp' | 'tkUp', range: 'kgRange' | 'tkRange') =>
    to === null ? t(up, { from: unit(from) }) : t(range, { from: unit(from), to: unit(to) });
  const breeds = query.animal ? BREEDS[query.animal] : [];
  const haatName = (h: { nameBn: string; nameEn: string | null }) => (locale === 'en' && h.nameEn ? h.nameEn : h.nameBn);

  return (
    <div className="space-y-5 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <section>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
          <Icon name="paw-print" className="size-7" />
          {t('title')}
        </h1>
        <p className="mt-1 text-stone-700">{t('lead', { area: placeIn(areaName(area, locale), locale) })}</p>
        <p className="mt-2 flex flex-wrap gap-x-4">
          <Link href="/account/livestock/new" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('sellCta')}
          </Link>
          <Link href={marketsPath(wholeDistrict)} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('marketsLink')}
          </Link>
        </p>
      </section>

      <nav aria-label={t('filterAnimal')}>
        <ChipLinks
          chips={[
            { key: 'all', href: href({ animal: null, breed: null }), label: t('allAnimals'), active: !query.animal },
            ...ANIMALS.map((a) => ({ key: a, href: href({ animal: a, breed: null }), label: t(`animal_${a}`), active: query.animal === a })),
          ]}
        />
      </nav>

      <details className="rounded-xl border border-stone-200 bg-white p-3" open={Boolean(query.weight || query.price || query.breed || query.haat || query.sort !== 'new')}>
        <summary className="flex min-h-12 cursor-pointer items-center font-semibold">{t('filterHeading')}</summary>
        <form action={localizeHref('/haat', locale)} method="get" className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="haat-filters">
          <div>
            <label htmlFor="haat-animal" className="block text-sm font-semibold">{t('filterAnimal')}</label>
            <select id="haat-animal" name="animal" defaultValue={query.animal?.toLowerCase() ?? ''} className={selectClass}>
              <option value="">{t('any')}</option>
              {ANIMALS.map((a) => (
                <option key={a} value={a.toLowerCase()}>{t(`animal_${a}`)}</option>
              ))}
            </select>
          </div>
          {breeds.length > 0 && (
            <div>
              <label htmlFor="haat-breed" className="block text-sm font-semibold">{t('filterBreed')}</label>
              <select id="haat-breed" name="breed" defaultValue={query.breed?.toLowerCase().replace(/_/g, '-') ?? ''} className={selectClass}>
                <option value="">{t('any')}</option>
                {breeds.map((b) => (
                  <option key={b} value={b.toLowerCase().replace(/_/g, '-')}>{t(breedKey(b))}</option>
                ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor="haat-area" className="block text-sm font-semibold">{t('filterArea')}</label>
            <select id="haat-area" name="area" defaultValue={query.area ? area.slug : ''} className={selectClass}>
              <option value={wholeDistrict ?? ''}>{areaName(district, locale)}</option>
              {upazilas.map((u) => (
                <option key={u.id} value={u.slug}>{areaName(u, locale)}</option>
              ))}
              {unions.map((u) => (
                <option key={u.id} value={u.slug}>— {areaName(u, locale)}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="haat-kg" className="block text-sm font-semibold">{t('filterWeight')}</label>
            <select id="haat-kg" name="kg" defaultValue={query.weight ? bandKey(query.weight) : ''} className={selectClass}>
              <option value="">{t('any')}</option>
              {WEIGHT_BANDS.map((b) => (
                <option key={bandKey(b)} value={bandKey(b)}>{bandLabel(b, kg, 'kgUp', 'kgRange')}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="haat-tk" className="block text-sm font-semibold">{t('filterPrice')}</label>
            <select id="haat-tk" name="tk" defaultValue={query.price ? bandKey(query.price) : ''} className={selectClass}>
              <option value="">{t('any')}</option>
              {PRICE_BANDS.map((b) => (
                <option key={bandKey(b)} value={bandKey(b)}>{bandLabel(b, taka, 'tkUp', 'tkRange')}</option>
              ))}
            </select>
          </div>
          {haats.length > 0 && (
            <div>
              <label htmlFor="haat-at" className="block text-sm font-semibold">{t('filterHaat')}</label>
              <select id="haat-at" name="at" defaultValue={query.haat ?? ''} className={selectClass}>
                <option value="">{t('any')}</option>
                {haats.map((h) => (
                  <option key={h.id} value={h.id}>{haatName(h)}</option>
                ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor="haat-sort" className="block text-sm font-semibold">{t('filterSort')}</label>
            <select id="haat-sort" name="sort" defaultValue={query.sort} className={selectClass}>
              {SORTS.map((s) => (
                <option key={s} value={s}>{t(`sort_${s}`)}</option>
              ))}
            </select>
          </div>
          <div className="flex items-end">
            <button type="submit" className="min-h-12 w-full rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              {t('apply')}
            </button>
          </div>
        </form>
      </details>

      <section aria-labelledby="listings-heading">
        <h2 id="listings-heading" className="mb-2 text-lg font-bold">
          {t('count', { count: list.total, shown: formatNumber(list.total, locale) })}
        </h2>
        {list.total === 0 ? (
          <div className="rounded-xl bg-white p-4">
            <p>{t('empty')}</p>
            <Link href={haatPath({ area: wholeDistrict })} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('emptyWider')}
            </Link>
          </div>
        ) : (
          <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
            {list.listings.map((l) => (
              <li key={l.id}>
                <LivestockCard listing={l} locale={locale} />
              </li>
            ))}
          </ul>
        )}
        {list.pages > 1 && (
          <nav aria-label={t('pages')} className="mt-3 flex items-center justify-between gap-2">
            {query.page > 1 ? (
              <Link href={href({ page: query.page - 1 })} rel="prev" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
                {t('prev')}
              </Link>
            ) : <span />}
            <span className="text-sm text-stone-600">{t('pageOf', { page: formatNumber(query.page, locale), pages: formatNumber(list.pages, locale) })}</span>
            {query.page < list.pages ? (
              <Link href={href({ page: query.page + 1 })} rel="next" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
                {t('next')}
              </Link>
            ) : <span />}
          </nav>
        )}
      </section>
    </div>
  );
}
