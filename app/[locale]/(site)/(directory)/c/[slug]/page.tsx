import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProviderCard } from '@/components/directory/provider-card';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { getCategoryBySlug, getMergedCategorySlug, listProviders, PAGE_SIZE } from '@/lib/directory/queries';
import { localizeHref } from '@/lib/i18n/href';
import { areaName, getAreaBySlug, getAreaChain, getChildAreas, getHomeDistrict } from '@/lib/geo/queries';
import { parseWholeNumber } from '@/lib/i18n/digits';
import type { Locale } from '@/lib/i18n/format';
import { Link } from '@/components/ui/link';
import { singleParams } from '@/lib/security/url';

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<{ area?: string; page?: string; verified?: string; now?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const category = await getCategoryBySlug(slug);
  if (!category) return {};
  const t = await getTranslations('Category');
  return { title: t('title', { category: locale === 'bn' ? category.nameBn : category.nameEn, district: areaName(await getHomeDistrict(), locale) }) };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const query = singleParams<Awaited<typeof searchParams>>(await searchParams);
  const category = await getCategoryBySlug(slug);
  if (!category) {
    // Printed and shared links to a category that was merged away still lead somewhere.
    const merged = await getMergedCategorySlug(slug);
    if (merged) permanentRedirect(localizeHref({ pathname: `/c/${merged}`, query: { area: query.area } }, locale));
    notFound();
  }
  const t = await getTranslations('Category');
  const district = await getHomeDistrict();
  const picked = typeof query.area === 'string' ? await getAreaBySlug(query.area) : null;
  // Any area inside this district (upazila or union) narrows the list; others are ignored.
  const area = picked && picked.path.startsWith(district.path) ? picked : district;
  const page = Math.max(1, Math.min(500, parseWholeNumber(query.page ?? '1') ?? 1));
  const filters = { verifiedOnly: query.verified === '1', availableNow: query.now === '1' };
  const upazila = area.level === 'UNION' ? (await getAreaChain(area)).find((a) => a.level === 'UPAZILA')! : area.level === 'UPAZILA' ? area : null;
  const [{ total, providers }, upazilas, chain, unions] = await Promise.all([
    listProviders(category.id, area, page, filters),
    getChildAreas(district.id),
    getAreaChain(area),
    upazila ? getChildAreas(upazila.id) : Promise.resolve([]),
  ]);
  const categoryName = locale === 'bn' ? category.nameBn : category.nameEn;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Every link keeps the other filters: area, verified only, available now.
  const href = (change: { area?: string | null; verified?: boolean; now?: boolean; page?: number }) => {
    const areaSlug = change.area === undefined ? (area.id !== district.id ? area.slug : undefined) : (change.area ?? undefined);
    const verified = change.verified ?? filters.verifiedOnly;
    const now = change.now ?? filters.availableNow;
    return { pathname: `/c/${category.slug}`, query: { area: areaSlug, verified: verified ? '1' : undefined, now: now ? '1' : undefined, page: change.page && change.page > 1 ? String(change.page) : undefined } };
  };
  const pageHref = (n: number) => href({ page: n });

  return (
    <div className="px-4 py-6">
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
            { key: 'all', href: href({ area: null }), label: t('allAreas'), active: area.id === district.id },
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
      </nav>

      <p className="mt-2 text-sm text-stone-600">{t('ranking')}</p>

      {providers.length === 0 ? (
        <div className="mt-4 rounded-xl bg-white p-4">
          <p>{t('empty', { category: categoryName })}</p>
          {(area.id !== district.id || filters.verifiedOnly || filters.availableNow) && (
            <Link href={`/c/${category.slug}`} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('emptyWider')}
            </Link>
          )}
        </div>
      ) : (
        <ul className="mt-4 space-y-2">
          {providers.map((p) => (
            <li key={p.id}>
              <ProviderCard provider={p} locale={locale} />
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
