import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistrictBar } from '@/components/district/district-bar';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { VerifiedBadge } from '@/components/ui/verified-badge';
import { searchResults, servedDistricts } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import { formatPhone, formatTaka, placeIn, type Locale } from '@/lib/i18n/format';
import { leadCard } from '@/lib/search/leads';
import { searchQuerySchema } from '@/lib/search/query-schema';
import { recordSearchMiss } from '@/lib/search/misses';
import { visitorDistrict } from '@/lib/tenancy/visitor-district';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = searchQuerySchema.parse(await searchParams);
  return { title: q ? `${q} — ${(await getTranslations('SearchPage'))('title')}` : (await getTranslations('SearchPage'))('title'), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SearchPage');
  const tLeads = await getTranslations('SearchLeads');
  const market = await getTranslations('Livestock');
  const query = searchQuerySchema.parse(await searchParams);
  // Scoped to the place asked for (any served district's), else to the visitor's district.
  const [{ area, district }, served] = await Promise.all([visitorDistrict(query.area), servedDistricts()]);
  const result = query.q
    ? await searchResults({ q: query.q, type: query.type, category: query.category, areaId: area.id, verified: Boolean(query.verified), availableNow: Boolean(query.now), limit: 20, offset: (query.page - 1) * 20 }, locale)
    : null;
  // Nothing here, but something nearby: say so, with the link (the wider area is the district).
  const wider =
    result && result.total === 0 && area.id !== district.id
      ? await searchResults({ q: query.q, type: query.type, category: query.category, areaId: district.id, limit: 1 }, locale)
      : null;
  const leads = (result?.leads ?? []).map((lead) => leadCard(lead, locale, tLeads));
  // Searches that found nothing (and lead nowhere) tell officers what the district lacks (written in batches, later).
  if (result && result.total === 0 && leads.length === 0) recordSearchMiss(query.q, area.id);
  const href = (change: { type?: string | null }) => ({
    pathname: '/search',
    query: { q: query.q, type: change.type === null ? undefined : (change.type ?? query.type), area: query.area, category: query.category },
  });

  return (
    <div className="space-y-4 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <h1 className="text-2xl font-bold text-brand-900">{query.q ? t('resultsFor', { q: query.q }) : t('title')}</h1>
      {result?.degraded && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-900">
          {t('degraded')}
        </p>
      )}
      {leads.length > 0 && (
        <nav aria-label={tLeads('label')}>
          <ul className="space-y-2" data-testid="search-leads">
            {leads.map((lead) => (
              <li key={lead.url}>
                <Link href={lead.url} className="flex min-h-16 items-center gap-3 rounded-xl border-2 border-brand-600 bg-brand-50 p-3 hover:bg-brand-100">
                  <span className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-700 text-white">
                    <Icon name={lead.icon} className="size-6" />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block font-bold text-brand-900">{lead.title}</span>
                    <span className="block text-sm text-stone-700">{lead.text}</span>
                  </span>
                  <Icon name="chevron-right" className="size-5 shrink-0 text-brand-700" />
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {query.q && (
        <ChipLinks
          label={t('types')}
          chips={[
            { key: 'all', href: href({ type: null }), label: t('all'), active: !query.type },
            { key: 'provider', href: href({ type: 'provider' }), label: t('providers'), active: query.type === 'provider' },
            { key: 'shop', href: href({ type: 'shop' }), label: t('shops'), active: query.type === 'shop' },
            { key: 'product', href: href({ type: 'product' }), label: t('products'), active: query.type === 'product' },
            { key: 'rental', href: href({ type: 'rental' }), label: t('rentals'), active: query.type === 'rental' },
            { key: 'livestock', href: href({ type: 'livestock' }), label: market('searchTab'), active: query.type === 'livestock' },
          ]}
        />
      )}
      {result && (
        <p className="text-stone-700">
          {t('count', { count: result.total })} · {areaName(area, locale)}
        </p>
      )}
      {result && result.total === 0 && (
        <div className="rounded-xl bg-white p-4">
          <p>{t('empty', { q: query.q })}</p>
          {wider && wider.total > 0 && (
            <Link href={{ pathname: '/search', query: { q: query.q, type: query.type, category: query.category } }} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('wider', { area: placeIn(areaName(area, locale), locale), count: wider.total, district: areaName(district, locale) })}
            </Link>
          )}
          <Link href="/" className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('browse')}
          </Link>
        </div>
      )}
      <ul className="space-y-2" data-testid="search-results">
        {result?.hits.map((hit) => (
          <li key={`${hit.type}-${hit.id}`} className="flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="search-hit" data-type={hit.type}>
            {hit.image ? (
              // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
              <img src={hit.image} alt="" width={64} height={64} loading="lazy" decoding="async" className={`size-16 shrink-0 object-cover ${hit.type === 'shop' ? 'rounded-full' : 'rounded-lg'}`} data-testid="search-thumb" />
            ) : (
              <span className={`flex size-16 shrink-0 items-center justify-center bg-stone-100 text-stone-400 ${hit.type === 'shop' ? 'rounded-full' : 'rounded-lg'}`} data-testid="search-thumb-placeholder">
                <Icon name={hit.type === 'provider' ? 'user-round' : hit.type === 'shop' ? 'store' : hit.type === 'rental' ? 'building' : hit.type === 'livestock' ? 'paw-print' : 'shopping-bag'} className="size-7" />
              </span>
            )}
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-1.5">
                <Link href={hit.url} className="flex min-h-11 items-center font-bold underline decoration-stone-300 underline-offset-4">
                  {hit.title}
                </Link>
                {hit.verified && <VerifiedBadge label={t('verified')} />}
              </span>
              <span className="block text-sm text-stone-600">{hit.subtitle}</span>
              {(hit.type === 'product' || hit.type === 'livestock') && hit.pricePoisha !== null && (
                <span className="block font-bold text-stone-900" data-testid="search-price">
                  {formatTaka(hit.pricePoisha, locale)}
                </span>
              )}
            </span>
            {hit.phone && (hit.type === 'provider' || hit.type === 'rental') && (
              <a href={`tel:${hit.phone}`} aria-label={t('call', { name: hit.title, phone: formatPhone(hit.phone, locale) })} className="inline-flex min-h-12 min-w-12 items-center justify-center rounded-lg bg-brand-700 text-white">
                <Icon name="phone" className="size-5" />
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
