import { getTranslations } from 'next-intl/server';
import { CategoryGrid } from '@/components/directory/category-grid';
import { EmergencyStrip } from '@/components/layout/emergency-strip';
import { ShopCard } from '@/components/shops/shop-card';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { areaCounts, categoryCounts, livestockSeason, servedDistricts, shops as listShops } from '@/lib/cache/reads';
import { districtListPath } from '@/lib/directory/filter-paths';
import { homeCategories } from '@/lib/directory/home-categories';
import { areaName, type AreaSummary } from '@/lib/geo/queries';
import { formatNumber } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { DistrictBar } from './district-bar';
import { DistrictChooser } from './district-chooser';

/**
 * A district's front page, the same for everyone: "/" (the default district, with the chooser when
 * there is a choice) and /d/<district> (any served district, its links naming it). Every count on
 * it is of this district, as its lists are.
 */
export async function DistrictHome({ district, locale, ask }: { district: AreaSummary; locale: AppLocale; ask: boolean }) {
  const t = await getTranslations('Home');
  const [served, categories, upazilas, shops, season, market] = await Promise.all([
    servedDistricts(),
    categoryCounts(district),
    areaCounts(district),
    listShops(district),
    livestockSeason(district),
    getTranslations('Livestock'),
  ]);
  // "/" names no district and its links none: the default's lists, or the remembered district's
  // (lib/tenancy/districts.ts). /d/<district> names its own in every link.
  const named = !ask ? district.slug : undefined;
  const at = (list: string) => districtListPath(list, named);

  return (
    <>
      <DistrictBar district={district} locale={locale} several={served.length > 1} />
      <EmergencyStrip district={named} />
      <div className="space-y-8 px-4 py-6">
        {ask && served.length > 1 && <DistrictChooser districts={served} locale={locale} />}
        <section>
          <h1 className="text-2xl font-bold leading-snug text-brand-900 sm:text-3xl">{t('heading', { district: areaName(district, locale) })}</h1>
          <p className="mt-1 text-stone-700">{t('lead')}</p>
        </section>

        {season && (
          <Link href={at('/haat')} className="flex min-h-14 items-center gap-3 rounded-xl border border-green-300 bg-green-50 p-3 text-green-900" data-testid="home-haat">
            <Icon name="paw-print" className="size-8 shrink-0" />
            <span>
              <span className="block font-bold">{market('homeSeason')}</span>
              <span className="block text-sm">{market('homeSeasonLead')}</span>
            </span>
            <Icon name="chevron-right" className="ml-auto size-5 shrink-0" />
          </Link>
        )}

        <nav aria-label={t('quickLinks')} className="grid grid-cols-[repeat(auto-fill,minmax(min(10rem,100%),1fr))] gap-2 sm:grid-cols-4">
          {(
            [
              [named ? `/blood?area=${named}` : '/blood', 'droplets', 'quickBlood', 'bg-rose-50 text-rose-800 border-rose-200'],
              [at('/emergency'), 'siren', 'quickEmergency', 'bg-red-50 text-red-800 border-red-200'],
              [at('/offices'), 'landmark', 'quickOffices', 'bg-sky-50 text-sky-900 border-sky-200'],
              [at('/rentals'), 'building', 'quickRentals', 'bg-amber-50 text-amber-900 border-amber-200'],
            ] as const
          ).map(([href, icon, label, colour]) => (
            <Link key={label} href={href} className={`flex min-h-14 items-center gap-2 rounded-xl border p-3 font-semibold ${colour}`}>
              <Icon name={icon} className="size-6 shrink-0" />
              {t(label)}
            </Link>
          ))}
        </nav>

        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading" className="mb-2 text-lg font-bold">{t('areaHeading')}</h2>
          <ChipLinks
            chips={[
              { key: 'all', href: named ? `/d/${named}` : '/', label: t('allAreas'), active: true },
              ...upazilas.map((u) => ({ key: u.id, href: `/a/${u.slug}`, label: areaName(u, locale), note: formatNumber(u.providers, locale), active: false })),
            ]}
          />
        </section>

        <section aria-labelledby="services-heading">
          <h2 id="services-heading" className="mb-3 text-lg font-bold">
            {t('servicesHeading')}
          </h2>
          <CategoryGrid categories={homeCategories(categories)} locale={locale} areaSlug={named} />
          <Link href={at('/services')} className="mt-3 flex min-h-12 items-center justify-between gap-2 rounded-xl border border-brand-600 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50" data-testid="all-services">
            <span>
              {t('allServices')} <span className="font-normal text-stone-600">({formatNumber(categories.length, locale)})</span>
            </span>
            <Icon name="chevron-right" className="size-5" />
          </Link>
        </section>

        <section aria-labelledby="shops-heading" className="rounded-2xl bg-amber-50 p-4">
          <h2 id="shops-heading" className="flex items-center gap-2 text-lg font-bold text-amber-900">
            <Icon name="shopping-bag" />
            {t('shopsHeading')}
          </h2>
          <p className="mt-1 text-stone-700" data-testid="shop-count">
            {t('shopsLead', { count: shops.length })}
          </p>
          <ul className="mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2">
            {shops.slice(0, 4).map((shop) => (
              <li key={shop.id}>
                <ShopCard shop={shop} locale={locale} />
              </li>
            ))}
          </ul>
          <Link href={at('/shops')} className="mt-3 inline-flex min-h-12 items-center gap-1 rounded-lg bg-amber-700 px-4 font-semibold text-white hover:bg-amber-800">
            {t('shopsCta')}
            <Icon name="chevron-right" className="size-5" />
          </Link>
        </section>
      </div>
    </>
  );
}
