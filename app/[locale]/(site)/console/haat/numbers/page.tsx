import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StatsSection, statsTable as css } from '@/components/console/stats-section';
import { HaatConsoleTabs } from '@/components/livestock/haat-console-tabs';
import { Link } from '@/components/ui/link';
import { ScrollBox } from '@/components/ui/scroll-box';
import { pageScope } from '@/lib/auth/page-guards';
import { localName, statsView, viewParam } from '@/lib/console/numbers/view';
import { formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { livestockNumbers } from '@/lib/livestock/numbers';

// The cattle market's numbers for her area (or a place below it, by ?area=): per union × animal,
// listed, sold and the median price per kg; the same rows download as CSV.
export default async function HaatNumbersPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/haat/numbers');
  const view = await statsView(scope, (await searchParams).area);
  const [t, animals, rows] = await Promise.all([getTranslations('ConsoleHaat'), getTranslations('Livestock'), livestockNumbers(view)]);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <HaatConsoleTabs current="/console/haat/numbers" />
      <p className="text-stone-700" data-testid="numbers-area">
        {t('numbersHint', { area: localName(view.area, locale) })}
      </p>
      {view.up && (
        <Link href={{ pathname: '/console/haat/numbers', query: { area: String(view.up.id) } }} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold text-brand-800">
          {t('numbersUp', { area: localName(view.up, locale) })}
        </Link>
      )}
      <StatsSection
        id="livestock"
        title={t('numbersTitle')}
        hint={t('numbersNote')}
        download={{ href: localizeHref({ pathname: '/console/numbers/export', query: { table: 'livestock', area: viewParam(view) } }, locale), label: t('download') }}
      >
        {rows.length === 0 ? (
          <p>{t('numbersEmpty')}</p>
        ) : (
          <ScrollBox label={t('numbersTitle')}>
            <table className={css.table} data-testid="livestock-numbers">
              <thead>
                <tr>
                  <th scope="col" className={`${css.head} text-left`}>
                    {t('numbersUnion')}
                  </th>
                  <th scope="col" className={`${css.head} text-left`}>
                    {t('numbersAnimal')}
                  </th>
                  <th scope="col" className={css.head}>
                    {t('numbersListings')}
                  </th>
                  <th scope="col" className={css.head}>
                    {t('numbersSold')}
                  </th>
                  <th scope="col" className={css.head}>
                    {t('numbersMedian')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.area.id}-${r.animal}`} className={css.row} data-testid="livestock-numbers-row">
                    <th scope="row" className={css.rowHead}>
                      {localName(r.area, locale)}
                    </th>
                    <td className="px-2 py-2">{animals(`animal_${r.animal}`)}</td>
                    <td className={css.cell}>{n(r.listings)}</td>
                    <td className={css.cell}>{n(r.sold)}</td>
                    <td className={css.cell}>{formatTaka(r.medianPerKgPoisha, locale, { whole: true })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </StatsSection>
    </div>
  );
}
