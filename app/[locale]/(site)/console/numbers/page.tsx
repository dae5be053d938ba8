import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BarChart } from '@/components/console/bar-chart';
import { StatsCoverageTable } from '@/components/console/stats-coverage-table';
import { StatsDonorTable } from '@/components/console/stats-donor-table';
import { StatsSection, statsTable as css } from '@/components/console/stats-section';
import { StatsTraining } from '@/components/console/stats-training';
import { Link } from '@/components/ui/link';
import { ScrollBox } from '@/components/ui/scroll-box';
import { recordHref } from '@/lib/console/records';
import { pageScope } from '@/lib/auth/page-guards';
import { coverage } from '@/lib/console/numbers/coverage';
import type { StatsTable } from '@/lib/console/numbers/csv';
import { donorCounts } from '@/lib/console/numbers/donors';
import { REGISTRATION_WEEKS, registrationsByWeek, TURNAROUND_DAYS, verificationTurnaround } from '@/lib/console/numbers/registrations';
import { SALES_RECENT_DAYS, salesByShopAndArea } from '@/lib/console/numbers/sales';
import { MISSES_DAYS, MISSES_TOP, searchMisses } from '@/lib/console/numbers/searches';
import { ALL_DISTRICTS, districtsToView, localName, partLabel, statsView, viewParam } from '@/lib/console/numbers/view';
import { toBengaliDigits } from '@/lib/i18n/digits';
import { formatDate, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { dayToDate } from '@/lib/shops/calendar';
import { trainingNumbers } from '@/lib/training/numbers';

// The officer's numbers for their area (or one place below it, by ?area=): where services are
// missing, registrations, verification times, sales and vain searches. Each chart sits beside its
// table and each table downloads as CSV with the same rows. Server-rendered, no JavaScript.

type Params = Promise<{ locale: Locale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'ConsoleNumbers' }))('title') };
}

const PROVIDERS_COLOUR = '#0f766e';
const SHOPS_COLOUR = '#f59e0b';

export default async function NumbersPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleNumbers');
  const scope = await pageScope(locale, '/console/numbers');
  const view = await statsView(scope, (await searchParams).area);
  const now = new Date();
  const [cover, donors, weeks, turnaround, sales, misses, training, districts] = await Promise.all([
    coverage(view),
    donorCounts(view),
    registrationsByWeek(view, now),
    verificationTurnaround(view, now),
    salesByShopAndArea(view, now),
    searchMisses(view, now),
    trainingNumbers(view),
    scope.isAdmin ? districtsToView() : Promise.resolve([]),
  ]);

  const n = (value: number) => formatNumber(value, locale);
  const taka = (poisha: number) => formatTaka(poisha, locale);
  const days = (value: number | null) => (value === null ? t('none') : t('days', { n: n(value) }));
  const shortDay = new Intl.DateTimeFormat(locale === 'bn' ? 'bn-BD' : 'en-IN', { day: 'numeric', month: 'numeric', timeZone: 'UTC' });
  const weekLabel = (start: string) => (locale === 'bn' ? toBengaliDigits(shortDay.format(dayToDate(start))) : shortDay.format(dayToDate(start)));
  const download = (table: StatsTable) => ({ href: localizeHref({ pathname: '/console/numbers/export', query: { table, area: viewParam(view) } }, locale), label: t('download') });
  const partLevel = view.parts[0]?.level ?? view.area.level;
  const levelName = t('level', { level: partLevel });
  const whole = t('whole', { area: localName(view.area, locale) });
  const salesHeaders = [t('recentOrders', { days: n(SALES_RECENT_DAYS) }), t('recentRevenue', { days: n(SALES_RECENT_DAYS) }), t('allOrders'), t('allRevenue')];

  const sections = [
    ['coverage', t('coverageTitle')],
    ['donors', t('donorsTitle')],
    ['registrations', t('registrationsTitle', { n: n(REGISTRATION_WEEKS) })],
    ['turnaround', t('turnaroundTitle')],
    ['sales', t('salesTitle')],
    ['misses', t('missesTitle')],
    ['training', (await getTranslations('TrainingCompletion'))('numbersTitle')],
  ] as const;

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-stone-700" data-testid="numbers-area">
          {t('hint', { area: localName(view.area, locale) })}
        </p>
        <div className="flex flex-wrap items-end gap-3 print:hidden">
          {view.up && (
            <Link href={{ pathname: '/console/numbers', query: { area: String(view.up.id) } }} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold text-brand-800">
              {t('up', { area: localName(view.up, locale) })}
            </Link>
          )}
          {districts.length > 1 && (
            <form method="get" action={localizeHref('/console/numbers', locale)} className="flex items-end gap-2">
              <label className="font-semibold">
                {t('district')}
                <select name="area" defaultValue={view.all ? ALL_DISTRICTS : String(view.area.level === 'DISTRICT' ? view.area.id : (districts.find((d) => view.area.path.startsWith(d.path))?.id ?? ''))} className="mt-1 block min-h-12 rounded-lg border border-stone-300 bg-white px-3 text-lg">
                  <option value={ALL_DISTRICTS}>{t('allDistricts')}</option>
                  {districts.map((d) => (
                    <option key={d.id} value={d.id}>
                      {localName(d, locale)}
                    </option>
                  ))}
                </select>
              </label>
              <button className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">{t('show')}</button>
            </form>
          )}
        </div>
        <nav aria-label={t('onThisPage')} className="print:hidden">
          <ul className="flex flex-wrap gap-2 text-sm">
            {sections.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`} className="inline-flex min-h-12 items-center rounded-lg bg-stone-100 px-3 font-semibold text-stone-800">
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <StatsSection id="coverage" title={t('coverageTitle')} hint={t('coverageHint')} download={download('coverage')}>
        {cover.rows.length ? <StatsCoverageTable view={view} coverage={cover} locale={locale} /> : <p>{t('noCategories')}</p>}
      </StatsSection>

      <StatsSection id="donors" title={t('donorsTitle')} hint={t('donorsHint')} download={download('donors')}>
        <StatsDonorTable view={view} counts={donors} locale={locale} />
      </StatsSection>

      <StatsSection id="registrations" title={t('registrationsTitle', { n: n(REGISTRATION_WEEKS) })} download={download('registrations')}>
        <div className="grid grid-cols-1 items-start gap-4 sm:grid-cols-2">
          <BarChart
            testId="registrations-chart"
            label={t('registrationsChart')}
            labels={weeks.map((w) => weekLabel(w.start))}
            series={[
              { label: t('providers'), values: weeks.map((w) => w.providers), color: PROVIDERS_COLOUR },
              { label: t('shops'), values: weeks.map((w) => w.shops), color: SHOPS_COLOUR },
            ]}
            formatValue={n}
          />
          <ScrollBox label={t('registrationsTitle', { n: n(REGISTRATION_WEEKS) })}>
            <table className={css.table} data-testid="registrations-table">
              <thead>
                <tr>
                  <th scope="col" className={`${css.head} text-left`}>
                    {t('week')}
                  </th>
                  <th scope="col" className={`${css.head} text-right`}>
                    {t('providers')}
                  </th>
                  <th scope="col" className={`${css.head} text-right`}>
                    {t('shops')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week.start} className={css.row}>
                    <th scope="row" className={`${css.rowHead} font-normal`}>
                      {formatDate(dayToDate(week.start), locale, 'short')}
                    </th>
                    <td className={css.cell}>{n(week.providers)}</td>
                    <td className={css.cell}>{n(week.shops)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      </StatsSection>

      <StatsSection id="turnaround" title={t('turnaroundTitle')} hint={t('turnaroundHint', { days: n(TURNAROUND_DAYS) })} download={download('turnaround')}>
        <ScrollBox label={t('turnaroundTitle')}>
          <table className={css.table} data-testid="turnaround-table">
            <thead>
              <tr className="align-bottom">
                <th scope="col" className={`${css.head} text-left`}>
                  {t('kind')}
                </th>
                {(['verifiedCount', 'median', 'p90', 'waiting', 'oldestWait'] as const).map((key) => (
                  <th key={key} scope="col" className={`${css.head} text-right`}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {turnaround.map((row) => {
                const href = row.oldest ? recordHref(row.kind === 'providers' ? 'PROVIDER' : 'SHOP', row.oldest.id) : null;
                return (
                  <tr key={row.kind} className={css.row}>
                    <th scope="row" className={css.rowHead}>
                      {t(row.kind)}
                    </th>
                    <td className={css.cell}>{n(row.verified)}</td>
                    <td className={css.cell}>{days(row.medianDays)}</td>
                    <td className={css.cell}>{days(row.p90Days)}</td>
                    <td className={`${css.cell} font-bold`}>{n(row.waiting)}</td>
                    <td className={css.cell}>
                      {days(row.oldestWaitDays)}
                      {row.oldest && href && (
                        <Link href={href} className="flex min-h-12 items-center justify-end text-sm text-brand-800 underline">
                          {localName(row.oldest, locale)}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      </StatsSection>

      <StatsSection id="sales" title={t('salesTitle')} hint={t('salesHint', { days: n(SALES_RECENT_DAYS) })}>
        {sales.shops.length === 0 ? (
          <p>{t('noShops')}</p>
        ) : (
          <>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-lg font-bold">{t('byArea', { level: levelName })}</h3>
              <a href={download('areas').href} download className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 px-3 font-semibold text-brand-800 print:hidden" data-testid="download-areas">
                {t('download')}
              </a>
            </div>
            <div className="grid grid-cols-1 items-start gap-4 sm:grid-cols-2">
              <BarChart
                testId="sales-chart"
                layout="rows"
                label={t('salesChart', { days: n(SALES_RECENT_DAYS), level: levelName })}
                labels={sales.areas.map((row) => partLabel(row.area, locale, whole))}
                series={[{ label: t('recentRevenue', { days: n(SALES_RECENT_DAYS) }), values: sales.areas.map((row) => row.recent.revenuePoisha), color: PROVIDERS_COLOUR }]}
                formatValue={taka}
              />
              <SalesTable
                testId="sales-areas-table"
                label={t('byArea', { level: levelName })}
                headers={[t('area'), t('shops'), ...salesHeaders]}
                extraIsNumber
                rows={sales.areas.map((row) => ({ key: String(row.area?.id ?? 'whole'), name: partLabel(row.area, locale, whole), extra: n(row.shops), ...row }))}
                n={n}
                taka={taka}
              />
            </div>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-lg font-bold">{t('byShop')}</h3>
              <a href={download('shops').href} download className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 px-3 font-semibold text-brand-800 print:hidden" data-testid="download-shops">
                {t('download')}
              </a>
            </div>
            <SalesTable
              testId="sales-shops-table"
              label={t('byShop')}
              headers={[t('shop'), t('area'), ...salesHeaders]}
              extraIsNumber={false}
              rows={sales.shops.map((shop) => ({ key: shop.id, name: localName(shop, locale), extra: localName(shop.area, locale), ...shop }))}
              n={n}
              taka={taka}
            />
          </>
        )}
      </StatsSection>

      <StatsSection id="misses" title={t('missesTitle')} hint={`${t('missesHint', { days: n(MISSES_DAYS), n: n(MISSES_TOP) })}${scope.isAdmin ? ` ${t('missesAdminHint')}` : ''}`} download={download('misses')}>
        {misses.length === 0 ? (
          <p>{t('noMisses', { days: n(MISSES_DAYS) })}</p>
        ) : (
          <ScrollBox label={t('missesTitle')}>
            <table className={css.table} data-testid="misses-table">
              <thead>
                <tr>
                  <th scope="col" className={`${css.head} text-left`}>
                    {t('query')}
                  </th>
                  <th scope="col" className={`${css.head} text-left`}>
                    {t('example')}
                  </th>
                  <th scope="col" className={`${css.head} text-right`}>
                    {t('times')}
                  </th>
                  <th scope="col" className={`${css.head} text-right`}>
                    {t('lastSeen')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {misses.map((miss) => (
                  <tr key={miss.normalized} className={css.row}>
                    <th scope="row" className={css.rowHead}>
                      {miss.normalized}
                    </th>
                    <td className="px-2 py-2 text-stone-700">{miss.example}</td>
                    <td className={`${css.cell} font-bold`}>{n(miss.count)}</td>
                    <td className={css.cell}>{formatDate(dayToDate(miss.lastDay), locale, 'short')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </StatsSection>

      <StatsTraining view={view} data={training} locale={locale} download={download} />
    </div>
  );
}

interface SalesRow {
  key: string;
  name: string;
  extra: string;
  recent: { delivered: number; revenuePoisha: number };
  all: { delivered: number; revenuePoisha: number };
}

/** Delivered orders and sales, the last 30 days and all time: the same columns by area and by shop. */
function SalesTable({ rows, headers, extraIsNumber, n, taka, testId, label }: { rows: SalesRow[]; headers: string[]; extraIsNumber: boolean; n: (v: number) => string; taka: (p: number) => string; testId: string; label: string }) {
  return (
    <ScrollBox label={label}>
      <table className={css.table} data-testid={testId}>
        <thead>
          <tr className="align-bottom">
            {headers.map((header, i) => (
              <th key={header} scope="col" className={`${css.head} ${i === 0 || (i === 1 && !extraIsNumber) ? 'text-left' : 'text-right'}`}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={css.row}>
              <th scope="row" className={css.rowHead}>
                {row.name}
              </th>
              <td className={extraIsNumber ? css.cell : 'px-2 py-2 text-stone-700'}>{row.extra}</td>
              <td className={css.cell}>{n(row.recent.delivered)}</td>
              <td className={`${css.cell} font-semibold`}>{taka(row.recent.revenuePoisha)}</td>
              <td className={css.cell}>{n(row.all.delivered)}</td>
              <td className={`${css.cell} font-semibold`}>{taka(row.all.revenuePoisha)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
