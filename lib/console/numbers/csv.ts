// The numbers pages' tables as CSV (/console/numbers/export), from the same queries the pages show
// (the cattle market's table is on /console/haat/numbers).
import 'server-only';
import { createTranslator } from 'next-intl';
import type { CsvCell } from '@/lib/csv';
import { bloodGroupLabel } from '@/lib/directory/blood';
import type { AppLocale } from '@/lib/i18n/routing';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import { coverage, type Coverage } from './coverage';
import { donorCounts, type DonorCounts } from './donors';
import { registrationsByWeek, verificationTurnaround, type RegistrationWeek, type Turnaround } from './registrations';
import { salesByShopAndArea, SALES_RECENT_DAYS, type Sales, type SalesFigures } from './sales';
import { searchMisses, type SearchMissRow } from './searches';
import { trainedProvidersCsv, trainingNumbers, trainingProgrammesCsv } from '@/lib/training/numbers';
import { livestockNumbers, livestockNumbersCsv } from '@/lib/livestock/numbers';
import { localName, partLabel, type StatsView } from './view';

export const STATS_TABLES = ['coverage', 'donors', 'registrations', 'turnaround', 'shops', 'areas', 'misses', 'training', 'trained', 'livestock'] as const;
export type StatsTable = (typeof STATS_TABLES)[number];
export const isStatsTable = (value: unknown): value is StatsTable => (STATS_TABLES as readonly unknown[]).includes(value);

const numbersTranslator = (locale: AppLocale) => createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'ConsoleNumbers' });
type NumbersT = ReturnType<typeof numbersTranslator>;

/** Taka as a number a spreadsheet can add up. */
const taka = (poisha: number) => poisha / 100;

const wholeLabel = (view: StatsView, t: NumbersT, locale: AppLocale) => t('whole', { area: localName(view.area, locale) });

function coverageCsv(view: StatsView, data: Coverage, t: NumbersT, locale: AppLocale): CsvCell[][] {
  const columns = [...view.parts.map((part) => localName(part, locale)), ...(data.showWhole ? [wholeLabel(view, t, locale)] : []), t('total')];
  const header = [t('category'), ...columns.flatMap((area) => [t('csvActive', { area }), t('csvVerified', { area })])];
  const rows = data.rows.map((row) => [
    localName(row.category, locale),
    ...[...row.cells, ...(data.showWhole ? [row.whole] : []), row.total].flatMap((cell) => [cell.active, cell.verified]),
  ]);
  return [header, ...rows];
}

function donorsCsv(view: StatsView, data: DonorCounts, t: NumbersT, locale: AppLocale): CsvCell[][] {
  const header = [t('bloodGroup'), ...view.parts.map((part) => localName(part, locale)), ...(data.showWhole ? [wholeLabel(view, t, locale)] : []), t('total')];
  return [header, ...data.rows.map((row) => [bloodGroupLabel[row.group], ...row.cells, ...(data.showWhole ? [row.whole] : []), row.total])];
}

const registrationsCsv = (weeks: RegistrationWeek[], t: NumbersT): CsvCell[][] => [[t('week'), t('providers'), t('shops')], ...weeks.map((w) => [w.start, w.providers, w.shops])];

const turnaroundCsv = (rows: Turnaround[], t: NumbersT, locale: AppLocale): CsvCell[][] => [
  [t('kind'), t('verifiedCount'), t('csvMedianDays'), t('csvP90Days'), t('waiting'), t('csvOldestWaitDays'), t('oldestRecord')],
  ...rows.map((r) => [t(r.kind), r.verified, r.medianDays, r.p90Days, r.waiting, r.oldestWaitDays, r.oldest ? localName(r.oldest, locale) : null]),
];

const salesHeader = (t: NumbersT) => [
  t('recentOrders', { days: SALES_RECENT_DAYS }),
  t('csvRecentRevenue', { days: SALES_RECENT_DAYS }),
  t('allOrders'),
  t('csvAllRevenue'),
];
const salesCells = (row: { recent: SalesFigures; all: SalesFigures }): CsvCell[] => [row.recent.delivered, taka(row.recent.revenuePoisha), row.all.delivered, taka(row.all.revenuePoisha)];

const shopsCsv = (sales: Sales, t: NumbersT, locale: AppLocale): CsvCell[][] => [
  [t('shop'), t('area'), ...salesHeader(t)],
  ...sales.shops.map((shop) => [localName(shop, locale), localName(shop.area, locale), ...salesCells(shop)]),
];

const areasCsv = (view: StatsView, sales: Sales, t: NumbersT, locale: AppLocale): CsvCell[][] => [
  [t('area'), t('shops'), ...salesHeader(t)],
  ...sales.areas.map((row) => [partLabel(row.area, locale, wholeLabel(view, t, locale)), row.shops, ...salesCells(row)]),
];

const missesCsv = (rows: SearchMissRow[], t: NumbersT): CsvCell[][] => [[t('query'), t('example'), t('times'), t('lastSeen')], ...rows.map((r) => [r.normalized, r.example, r.count, r.lastDay])];

/** One of the page's tables as CSV rows (header first), from the same query the page shows, headed in `locale`. */
export async function statsTableRows(table: StatsTable, view: StatsView, now: Date, locale: AppLocale): Promise<CsvCell[][]> {
  const t = numbersTranslator(locale);
  switch (table) {
    case 'coverage':
      return coverageCsv(view, await coverage(view), t, locale);
    case 'donors':
      return donorsCsv(view, await donorCounts(view), t, locale);
    case 'registrations':
      return registrationsCsv(await registrationsByWeek(view, now), t);
    case 'turnaround':
      return turnaroundCsv(await verificationTurnaround(view, now), t, locale);
    case 'shops':
      return shopsCsv(await salesByShopAndArea(view, now), t, locale);
    case 'areas':
      return areasCsv(view, await salesByShopAndArea(view, now), t, locale);
    case 'misses':
      return missesCsv(await searchMisses(view, now), t);
    case 'training':
      return trainingProgrammesCsv(await trainingNumbers(view), locale);
    case 'trained':
      return trainedProvidersCsv(view, await trainingNumbers(view), locale);
    case 'livestock':
      return livestockNumbersCsv(await livestockNumbers(view), locale);
  }
}
