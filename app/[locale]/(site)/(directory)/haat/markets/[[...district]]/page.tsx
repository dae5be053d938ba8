import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName, telHref } from '@/components/directory/call-link';
import { DistrictBar } from '@/components/district/district-bar';
import { Link } from '@/components/ui/link';
import { ScrollBox } from '@/components/ui/scroll-box';
import { districtInPath, haatMarkets, servedDistricts } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import { formatClock, formatDate, formatPhone, type Locale } from '@/lib/i18n/format';
import { clockOf, haatDays, meetsOn } from '@/lib/livestock/calendar';
import { haatPath, marketsPath } from '@/lib/livestock/paths';
import { dayToDate, dhakaDay, weekday } from '@/lib/shops/calendar';

// /haat/markets[/<district>]: the official haats of the district's running (or coming) Eid season —
// a calendar of the season's days × haats and a list with place, hours, the lease office's number
// and the vet booth. Cached; no client JavaScript.
type Props = { params: Promise<{ locale: Locale; district?: string[] }> };

export async function generateStaticParams() {
  return [{ district: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, district: segments } = await params;
  const district = await districtInPath(segments);
  if (!district) return {};
  const t = await getTranslations({ locale, namespace: 'HaatMarkets' });
  return { title: t('metaTitle', { district: areaName(district, locale) }) };
}

const name = (h: { nameBn: string; nameEn: string | null }, locale: Locale) => (locale === 'en' && h.nameEn ? h.nameEn : h.nameBn);

export default async function HaatMarketsPage({ params }: Props) {
  const { locale, district: segments } = await params;
  setRequestLocale(locale);
  const district = await districtInPath(segments);
  if (!district) notFound();
  const [t, { season, haats }, served] = await Promise.all([getTranslations('HaatMarkets'), haatMarkets(district.id), servedDistricts()]);
  // Only the days some haat meets, in order.
  const days = [...new Set(haats.flatMap((h) => haatDays(h)))].sort();
  const shortDay = new Intl.DateTimeFormat(locale === 'bn' ? 'bn-BD' : 'en-IN', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const hours = (h: { opensAt: number; closesAt: number }) => `${formatClock(clockOf(h.opensAt), locale)} – ${formatClock(clockOf(h.closesAt), locale)}`;
  const weekdays = (list: number[]) => (list.length ? list.map((d) => t(`weekday_${d as 0}`)).join(', ') : t('everyDay'));

  return (
    <div className="space-y-6 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <h1 className="text-2xl font-bold text-brand-900">{t('title', { district: areaName(district, locale) })}</h1>
      {served.length > 1 && (
        <nav aria-label={t('otherDistricts')} className="flex flex-wrap gap-2">
          {served
            .filter((d) => d.id !== district.id)
            .map((d) => (
              <Link key={d.id} href={marketsPath(d.slug)} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold text-brand-800">
                {t('seeDistrict', { district: areaName(d, locale) })}
              </Link>
            ))}
        </nav>
      )}
      {!season || haats.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4" data-testid="markets-empty">
          {season ? t('noHaatsYet', { season: name(season, locale) }) : t('noSeason')}
        </p>
      ) : (
        <>
          <p className="text-stone-700" data-testid="markets-season">
            {t('season', { season: name(season, locale), from: formatDate(season.startsOn, locale), to: formatDate(season.endsOn, locale) })}
          </p>

          <section aria-labelledby="calendar-heading" className="space-y-2">
            <h2 id="calendar-heading" className="text-lg font-bold">
              {t('calendar')}
            </h2>
            <ScrollBox label={t('calendar')}>
              <table className="w-full border-collapse text-sm" data-testid="markets-calendar">
                <thead>
                  <tr>
                    <th scope="col" className="border-b border-stone-300 px-2 pb-1 text-left">
                      {t('day')}
                    </th>
                    {haats.map((h) => (
                      <th key={h.id} scope="col" className="border-b border-stone-300 px-2 pb-1 text-left font-semibold">
                        {name(h, locale)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {days.map((day) => (
                    <tr key={day} className={`border-t border-stone-200 ${weekday(day) === 5 ? 'bg-brand-50' : ''}`}>
                      <th scope="row" className="whitespace-nowrap px-2 py-2 text-left font-semibold">
                        {shortDay.format(dayToDate(day))}
                      </th>
                      {haats.map((h) => (
                        <td key={h.id} className="px-2 py-2">
                          {meetsOn(h, day) ? (
                            <Link href={haatPath({ area: district.slug, haat: h.id })} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                              {t('meets')}
                            </Link>
                          ) : (
                            <span className="text-stone-400" aria-label={t('notMeeting')}>
                              –
                            </span>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </section>

          <section aria-labelledby="list-heading" className="space-y-2">
            <h2 id="list-heading" className="text-lg font-bold">
              {t('list')}
            </h2>
            <ul className="space-y-3">
              {haats.map((h) => (
                <li key={h.id} className="space-y-1 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="market-item">
                  <h3 className="text-lg font-bold text-brand-900">
                    <Link href={haatPath({ area: district.slug, haat: h.id })} className="underline">
                      {name(h, locale)}
                    </Link>
                  </h3>
                  <p>
                    {h.place} · {placeName(h.area, locale)}
                  </p>
                  <p className="text-sm text-stone-700">
                    {formatDate(h.opensOn, locale)}
                    {dhakaDay(h.closesOn) !== dhakaDay(h.opensOn) && ` – ${formatDate(h.closesOn, locale)}`} · {weekdays(h.weekdays)} · {hours(h)}
                  </p>
                  {h.leasePhone && (
                    <p>
                      <a href={telHref(h.leasePhone)} className="inline-flex min-h-12 items-center gap-2 font-semibold text-brand-800 underline">
                        {t('leaseCall', { office: h.leaseOffice ?? t('leaseOffice') })} {formatPhone(h.leasePhone, locale)}
                      </a>
                    </p>
                  )}
                  {!h.leasePhone && h.leaseOffice && <p className="text-sm">{t('leaseOfficeNamed', { office: h.leaseOffice })}</p>}
                  <p className="text-sm">{h.vetBooth ? t('vetBooth', { note: h.vetNote ?? '' }) : t('noVetBooth')}</p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
