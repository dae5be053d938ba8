import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CallLink, placeName } from '@/components/directory/call-link';
import { DistrictBar } from '@/components/district/district-bar';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { areaInDistrict, childAreas, offices as listOffices, servedDistricts } from '@/lib/cache/reads';
import { officesPath } from '@/lib/directory/filter-paths';
import { areaName } from '@/lib/geo/queries';
import { formatNumber, nameOf, type Locale } from '@/lib/i18n/format';

// /offices[/<area>] (lib/directory/filter-paths.ts): each area one kept page.
type Props = { params: Promise<{ locale: Locale; area?: string[] }> };

export async function generateStaticParams() {
  return [{ area: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, area: segments = [] } = await params;
  const place = segments.length <= 1 ? await areaInDistrict(segments[0]) : null;
  if (!place) return {};
  const t = await getTranslations({ locale, namespace: 'Offices' });
  return { title: t('metaTitle', { district: areaName(place.district, locale) }) };
}

export default async function OfficesPage({ params }: Props) {
  const { locale, area: segments = [] } = await params;
  setRequestLocale(locale);
  // Any place of a served district, the district itself too (/offices/kishoreganj); none: the default district.
  const place = segments.length <= 1 ? await areaInDistrict(segments[0]) : null;
  if (!place) notFound();
  const { area, district } = place;
  const t = await getTranslations('Offices');
  const [groups, upazilas, served] = await Promise.all([listOffices(area), childAreas(district.id), servedDistricts()]);
  // An address that names its place keeps naming the district in its links (another district's
  // visitor may be reading it); a district-less one stays district-less.
  const all = officesPath(segments[0] ? district.slug : undefined);

  return (
    <div className="space-y-5 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <section>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
          <Icon name="landmark" className="size-7" />
          {t('title')}
        </h1>
        <p className="mt-1 text-stone-700">{t('lead', { area: nameOf(areaName(area, locale), locale) })}</p>
      </section>

      <nav aria-label={t('allAreas')}>
        <ChipLinks
          chips={[
            { key: 'all', href: all, label: t('allAreas'), active: area.id === district.id },
            ...upazilas.map((u) => ({ key: u.id, href: officesPath(u.slug), label: areaName(u, locale), active: area.path.startsWith(u.path) })),
          ]}
        />
      </nav>

      {groups.length === 0 ? (
        <div className="rounded-xl bg-white p-4">
          <p>{t('empty')}</p>
          {area.id !== district.id && (
            <Link href={all} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('emptyWider')}
            </Link>
          )}
        </div>
      ) : (
        groups.map(({ category, offices }) => (
          <section key={category.id} aria-labelledby={`cat-${category.slug}`}>
            <h2 id={`cat-${category.slug}`} className="mb-2 flex items-center gap-2 text-lg font-bold">
              <Icon name={category.icon} className="size-6 text-brand-700" />
              {locale === 'bn' ? category.nameBn : category.nameEn}
              <span className="text-base font-normal text-stone-600">({formatNumber(offices.length, locale)})</span>
            </h2>
            <ul className="space-y-2">
              {offices.map((o) => {
                const name = locale === 'en' && o.nameEn ? o.nameEn : o.nameBn;
                return (
                  <li key={o.id}>
                    <article className="rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
                      <h3 className="font-bold leading-snug">{name}</h3>
                      {o.designation && <p className="text-stone-800">{o.designation}</p>}
                      <p className="flex flex-wrap items-center gap-x-2 text-sm text-stone-600">
                        <span className="inline-flex items-center gap-1">
                          <Icon name="map-pin" className="size-4" />
                          {placeName(o.place, locale)}
                        </span>
                        {o.verified && (
                          <span className="inline-flex items-center gap-1 font-semibold text-brand-700">
                            <Icon name="badge-check" className="size-4" />
                            {t('verified')}
                          </span>
                        )}
                      </p>
                      <CallLink phone={o.phone} locale={locale} label={t('callName', { name })} className="mt-2" />
                    </article>
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
