import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DayPicker, relativeDay } from '@/components/orders/day-picker';
import { ReportsNav } from '@/components/orders/reports-nav';
import { dayPlan } from '../day-plan';
import { Link } from '@/components/ui/link';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { parseDay, type ProductionLine } from '@/lib/orders/reports';
import { statusKey } from '@/lib/orders/wording';

// "কাল কী বানাতে হবে": every product and option to make for a day, added up over the orders still
// to be made, in big figures she can read across the kitchen. Tomorrow unless another day is asked.

type Params = Promise<{ locale: Locale }>;
type SearchParams = Promise<{ day?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'SellerReports' }))('production') };
}

export default async function ProductionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  const t = await getTranslations('SellerReports');
  const asked = (await searchParams).day;
  const { today, day, plan, dayText } = await dayPlan(locale, asked);
  const n = (value: number) => formatNumber(value, locale);
  const name = (line: ProductionLine) => (locale === 'en' && line.nameEn ? line.nameEn : line.nameBn);
  const hasOptions = (line: ProductionLine) => line.options.some((o) => o.label !== null);

  return (
    <div className="space-y-5">
      <ReportsNav current="production" day={day} />
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t('productionTitle', { when: relativeDay(day, today), date: dayText })}</h1>
        <p className="text-lg text-stone-700">{dayText}</p>
      </header>
      <DayPicker pathname="/dashboard/orders/production" day={day} today={today} locale={locale} />
      {asked !== undefined && parseDay(asked) === null && (
        <p role="status" className="rounded-xl bg-amber-50 p-3 font-semibold text-amber-900">
          {t('badDay')}
        </p>
      )}

      {plan.lines.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4 text-lg">{t('noOrders')}</p>
      ) : (
        <>
          <p className="text-lg font-semibold">{t('orderCount', { count: plan.orders.length, n: n(plan.orders.length) })}</p>
          {plan.unconfirmedOrders > 0 && (
            <p className="rounded-xl bg-amber-50 p-3 text-amber-900">
              {t('unconfirmedNotice', { count: plan.unconfirmedOrders, n: n(plan.unconfirmedOrders) })}
              <Link href="/dashboard/orders" className="flex min-h-12 items-center font-semibold underline">
                {t('confirmThem')}
              </Link>
            </p>
          )}
          <table className="w-full border-collapse overflow-hidden rounded-2xl bg-white text-lg shadow-sm" data-testid="production-table">
            <thead>
              <tr className="bg-stone-100 text-left">
                <th scope="col" className="px-4 py-2">
                  {t('colProduct')}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t('colQuantity')}
                </th>
              </tr>
            </thead>
            {plan.lines.map((line) => (
              <tbody key={line.productId} className="border-t-2 border-stone-200">
                <tr>
                  <th scope="row" className="px-4 pt-3 pb-1 text-left text-xl font-bold">
                    {name(line)}
                  </th>
                  <td className="px-4 pt-3 pb-1 text-right text-3xl font-bold whitespace-nowrap text-brand-900">
                    {n(line.quantity)}
                    {!hasOptions(line) && <span className="ml-1 text-lg font-semibold text-stone-600">{t(`unit.${line.unit}`, { count: line.quantity })}</span>}
                  </td>
                </tr>
                {hasOptions(line) &&
                  line.options.map((option) => (
                    <tr key={option.label ?? ''}>
                      <td className="py-1 pr-4 pl-8">{option.label ?? t('plain')}</td>
                      <td className="px-4 py-1 text-right text-2xl font-bold whitespace-nowrap">{n(option.quantity)}</td>
                    </tr>
                  ))}
                {line.unconfirmed > 0 && (
                  <tr>
                    <td colSpan={2} className="px-4 pb-2 text-right text-sm text-amber-800">
                      {t('notConfirmed', { count: n(line.unconfirmed) })}
                    </td>
                  </tr>
                )}
                <tr aria-hidden="true">
                  <td colSpan={2} className="h-2" />
                </tr>
              </tbody>
            ))}
          </table>

          <section className="space-y-2">
            <h2 className="text-xl font-bold">{t('ordersHeading')}</h2>
            <ol className="space-y-2">
              {plan.orders.map((order) => (
                <li key={order.id} className="rounded-xl border border-stone-200 bg-white p-3">
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-mono font-bold">{order.code}</span>
                    <span className="font-semibold">{order.buyerName}</span>
                    {order.timeSlot && <span className="text-stone-700">· {order.timeSlot}</span>}
                    <span className={`ml-auto text-sm font-semibold ${order.status === 'PLACED' ? 'text-amber-800' : 'text-stone-600'}`}>{t(statusKey(order.status, order.delivery))}</span>
                  </p>
                  <p className="text-stone-800">
                    {order.items.map((item) => `${item.nameBn}${item.optionLabel ? ` (${item.optionLabel})` : ''} × ${n(item.quantity)}`).join(', ')}
                  </p>
                </li>
              ))}
            </ol>
          </section>
          <Link href={{ pathname: '/dashboard/orders/slips', query: { day } }} className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white">
            {t('printSlips')}
          </Link>
        </>
      )}
    </div>
  );
}
