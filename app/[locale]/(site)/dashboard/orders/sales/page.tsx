import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateField } from '@/components/forms/date-field';
import { ReportsNav } from '@/components/orders/reports-nav';
import { WeeklySalesChart } from '@/components/orders/weekly-sales-chart';
import { pageUser } from '@/lib/auth/page-guards';
import { formatDate, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { exportRange, parseDay, salesFigures, sellerShop, WEEKS_CHARTED, type PeriodFigures } from '@/lib/orders/reports';
import { dayToDate } from '@/lib/shops/calendar';

// How sales went: this week, this month and all time, eight weeks as bars beside their table, and
// the order list to download as CSV (a GET form to the export route, so no JavaScript).

type Params = Promise<{ locale: Locale }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'SellerReports' }))('salesTitle') };
}

const box = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

export default async function SalesPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  // Sent back by the export when a typed day was not a date: that field says so, the other keeps its day.
  const sent = await searchParams;
  const typed = (key: 'from' | 'to') => (typeof sent[key] === 'string' && sent[key].trim() !== '' ? sent[key] : null);
  const invalid = { from: typed('from') !== null && parseDay(typed('from')) === null, to: typed('to') !== null && parseDay(typed('to')) === null };
  setRequestLocale(locale);
  const t = await getTranslations('SellerReports');
  const user = await pageUser(locale, '/dashboard/orders/sales');
  const shop = await sellerShop(user.id);
  if (!shop) redirect(localizeHref('/dashboard/shop/new', locale));

  const now = new Date();
  const sales = await salesFigures(shop.id, now);
  const range = exportRange(invalid.from ? undefined : typed('from'), invalid.to ? undefined : typed('to'), now);
  const n = (value: number) => formatNumber(value, locale);
  const taka = (poisha: number) => formatTaka(poisha, locale);
  const periods = [
    ['thisWeek', sales.week],
    ['thisMonth', sales.month],
    ['allTime', sales.all],
  ] as const;
  const rows: [string, (p: PeriodFigures) => string][] = [
    [t('delivered'), (p) => n(p.delivered)],
    [t('revenue'), (p) => taka(p.revenuePoisha)],
    [t('average'), (p) => (p.delivered ? taka(p.averagePoisha) : '—')],
    [t('cancelled'), (p) => n(p.cancelled)],
    [t('rejected'), (p) => n(p.rejected)],
  ];

  return (
    <div className="space-y-5">
      <ReportsNav current="sales" />
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t('salesTitle')}</h1>
        <p className="text-stone-700">{t('salesHint')}</p>
      </header>

      <section className={`${box} overflow-x-auto`}>
        <table className="w-full border-collapse text-lg" data-testid="sales-figures">
          <thead>
            <tr className="text-right">
              <td />
              {periods.map(([key, p]) => (
                <th key={key} scope="col" className="px-2 pb-2 align-bottom">
                  {t(key)}
                  {p.from && <span className="block text-sm font-normal text-stone-600">{formatDate(dayToDate(p.from), locale, 'short')}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label} className="border-t border-stone-200">
                <th scope="row" className="py-2 pr-2 text-left font-semibold">
                  {label}
                </th>
                {periods.map(([key, p]) => (
                  <td key={key} className="px-2 py-2 text-right font-bold whitespace-nowrap">
                    {value(p)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={box}>
        <h2 className="text-xl font-bold">{t('topProducts')}</h2>
        {sales.all.topProducts.length === 0 ? (
          <p>{t('noSales')}</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            {periods.map(([key, p]) => (
              <div key={key}>
                <h3 className="font-semibold text-stone-700">{t(key)}</h3>
                {p.topProducts.length === 0 ? (
                  <p className="text-stone-600">{t('noSales')}</p>
                ) : (
                  <ol className="list-decimal space-y-1 pl-6 marker:text-stone-500">
                    {p.topProducts.map((product) => (
                      <li key={product.productId}>
                        {locale === 'en' && product.nameEn ? product.nameEn : product.nameBn}{' '}
                        <span className="font-bold whitespace-nowrap">
                          {n(product.quantity)} {t(`unit.${product.unit}`, { count: product.quantity })}
                        </span>
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
          </div>
        )}
      </section>

      <section className={box}>
        <h2 className="text-xl font-bold">{t('weeklyTitle', { count: n(WEEKS_CHARTED) })}</h2>
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <WeeklySalesChart weeks={sales.weeks} locale={locale} label={t('chartLabel')} />
          <table className="w-full border-collapse" data-testid="weekly-sales">
            <thead>
              <tr className="text-sm text-stone-600">
                <th scope="col" className="pb-1 text-left">
                  {t('weekCol')}
                </th>
                <th scope="col" className="pb-1 text-right">
                  {t('delivered')}
                </th>
                <th scope="col" className="pb-1 text-right">
                  {t('revenue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...sales.weeks].reverse().map((week) => (
                <tr key={week.start} className="border-t border-stone-200">
                  <th scope="row" className="py-1 text-left font-normal">
                    {formatDate(dayToDate(week.start), locale, 'short')}
                  </th>
                  <td className="py-1 text-right">{n(week.delivered)}</td>
                  <td className="py-1 text-right font-semibold whitespace-nowrap">{taka(week.revenuePoisha)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className={box}>
        <h2 className="text-xl font-bold">{t('exportTitle')}</h2>
        <p className="text-stone-700">{t('exportHint')}</p>
        {/* A plain GET form straight to the route handler: the browser downloads the file. */}
        <form action={localizeHref('/dashboard/orders/export', locale)} method="get" className="grid gap-3 sm:grid-cols-3 sm:items-end">
          <DateField name="from" label={t('from')} day={invalid.from ? null : range.from} invalid={invalid.from} />
          <DateField name="to" label={t('to')} day={invalid.to ? null : range.to} invalid={invalid.to} />
          <button className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white">
            {t('download')}
          </button>
        </form>
      </section>
    </div>
  );
}
