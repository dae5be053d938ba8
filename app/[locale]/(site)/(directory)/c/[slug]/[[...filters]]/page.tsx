import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ListingClock } from '@/components/directory/listing-clock';
import { ProviderCard } from '@/components/directory/provider-card';
import { DistrictBar } from '@/components/district/district-bar';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { areaChain, areaInDistrict, categoryBySlug, FIRST_VISIT, childAreas, mergedCategorySlug, providerList, servedDistricts } from '@/lib/cache/reads';
import { clockLabels } from '@/lib/directory/clock-labels';
import { categoryPath, parseCategoryFilters } from '@/lib/directory/filter-paths';
import { PAGE_SIZE } from '@/lib/directory/queries';
import { localizeHref } from '@/lib/i18n/href';
import { areaName } from '@/lib/geo/queries';
import type { Locale } from '@/lib/i18n/format';
import { Link } from '@/components/ui/link';

// /c/<category>[/<area>][/verified][/now][/p/<n>] (lib/directory/filter-paths.ts): every
// combination is its own page, rendered once and kept until a change expires it.
type Props = { params: Promise<{ locale: Locale; slug: string; filters?: string[] }> };

/** Each category's first page is built ahead; other combinations are rendered on first visit. */
export async function generateStaticParams() {
  return [{ slug: FIRST_VISIT, filters: [] }];
}

/** The category, the area and the filters an address names; null for an address that is none. */
async function resolve({ slug, filters: segments = [] }: { slug: string; filters?: string[] }) {
  const filters = parseCategoryFilters(segments);
  const category = await categoryBySlug(slug);
  if (!filters || !category) return { category, filters: null, area: null, district: null };
  // Any place of a served district (the district itself, an upazila, a union) narrows the list;
  // none names the default district (or the remembered one, rewritten to name it: lib/tenancy/districts.ts).
  const place = await areaInDistrict(filters.area);
  return { category, filters, area: place?.area ?? null, district: place?.district ?? null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, ...address } = await params;
  const { category, area } = await resolve(address);
  if (!category || !area) return {};
  const t = await getTranslations('Category');
  return { title: t('title', { category: locale === 'bn' ? category.nameBn : category.nameEn, district: areaName(area, locale) }) };
}

export default async function CategoryPage({ params }: Props) {
  const { locale, ...address } = await params;
  setRequestLocale(locale);
  const { category, filters: query, area, district } = await resolve(address);
  if (!category) {
    // Printed and shared links to a category that was merged away still lead somewhere.
    const merged = await mergedCategorySlug(address.slug);
    if (merged) permanentRedirect(localizeHref(categoryPath(merged, parseCategoryFilters(address.filters ?? []) ?? {}), locale));
    notFound();
  }
  // Donors are listed only on /blood, where numbers are masked (however the address was spelt).
  if (category.kind === 'BLOOD') permanentRedirect(localizeHref('/blood', locale));
  if (!query || !area || !district) notFound();
  const t = await getTranslations('Category');
  const page = query.page;
  const filters = { verifiedOnly: query.verified, availableNow: query.now };
  const upazila = area.level === 'UNION' ? (await areaChain(area)).find((a) => a.level === 'UPAZILA')! : area.level === 'UPAZILA' ? area : null;
  const [{ total, providers }, upazilas, chain, unions, labels, served] = await Promise.all([
    providerList(category.id, area, page, filters),
    childAreas(district.id),
    areaChain(area),
    upazila ? childAreas(upazila.id) : Promise.resolve([]),
    clockLabels(),
    servedDistricts(),
  ]);
  // "Nearest first" by the visitor's upazila, or her union once an upazila is picked.
  const places = [...upazilas, ...unions].map((a) => ({ path: a.path, name: areaName(a, locale) }));
  const categoryName = locale === 'bn' ? category.nameBn : category.nameEn;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Every link keeps the other filters: area, verified only, available now. An address that names
  // its place keeps naming at least its district (another district's visitor may be reading it);
  // a district-less one stays district-less.
  const wholeDistrict = query.area ? district.slug : null;
  const href = (change: { area?: string | null; verified?: boolean; now?: boolean; page?: number }) =>
    categoryPath(category.slug, {
      area: change.area === undefined ? query.area : (change.area ?? undefined),
      verified: change.verified ?? filters.verifiedOnly,
      now: change.now ?? filters.availableNow,
      page: change.page,
    });
  const pageHref = (n: number) => href({ page: n });

  return (
    <div className="px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
        <Icon name={category.icon} className="size-7" />
        {categoryName}
      </h1>
      <p className="mt-1 text-stone-700">
        {chain.filter((a) => a.level !== 'DIVISION').reverse().map((a) => areaName(a, locale)).join(', ')} · {t('count', { count: total })}
      </p>

      <nav aria-label={t('allAreas')} className="mt-4">
        <ChipLinks
          chips={[
            { key: 'all', href: href({ area: wholeDistrict }), label: t('allAreas'), active: area.id === district.id },
            ...upazilas.map((u) => ({ key: u.id, href: href({ area: u.slug }), label: areaName(u, locale), active: area.path.startsWith(u.path) })),
          ]}
        />
        {upazila && unions.length > 0 && (
          <ChipLinks
            label={t('unions')}
            chips={[
              { key: 'all', href: href({ area: upazila.slug }), label: t('allUnions'), active: area.id === upazila.id },
              ...unions.map((u) => ({ key: u.id, href: href({ area: u.slug }), label: areaName(u, locale), active: area.id === u.id })),
            ]}
          />
        )}
        <ChipLinks
          label={t('filters')}
          chips={[
            { key: 'verified', href: href({ verified: !filters.verifiedOnly }), label: `✓ ${t('verifiedOnly')}`, active: filters.verifiedOnly },
            { key: 'now', href: href({ now: !filters.availableNow }), label: t('availableNow'), active: filters.availableNow },
          ]}
        />
        {/* In the browser: each card's hours read at the moment she looks (the page itself is cached). */}
        <ListingClock listId="providers" labels={labels} places={places} locale={locale} onlyOpenAtStart={filters.availableNow} />
      </nav>

      <p className="mt-2 text-sm text-stone-600">{t('ranking')}</p>

      {providers.length === 0 ? (
        <div className="mt-4 rounded-xl bg-white p-4">
          <p>{t('empty', { category: categoryName })}</p>
          {(area.id !== district.id || filters.verifiedOnly || filters.availableNow) && (
            <Link href={categoryPath(category.slug, { area: wholeDistrict ?? undefined })} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('emptyWider')}
            </Link>
          )}
        </div>
      ) : (
        <ul id="providers" className="mt-4 flex flex-col gap-2">
          {providers.map((p) => (
            <li key={p.id}>
              <ProviderCard provider={p} locale={locale} heading="h2" />
            </li>
          ))}
        </ul>
      )}

      {pages > 1 && (
        <nav className="mt-4 flex justify-between" aria-label="pagination">
          {page > 1 ? <Link href={pageHref(page - 1)} className="inline-flex min-h-12 items-center rounded-lg border bg-white px-4">{t('previous')}</Link> : <span />}
          {page < pages && <Link href={pageHref(page + 1)} className="inline-flex min-h-12 items-center rounded-lg border bg-white px-4">{t('next')}</Link>}
        </nav>
      )}
    </div>
  );
}
