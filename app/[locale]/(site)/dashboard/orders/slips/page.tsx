import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DayPicker } from '@/components/orders/day-picker';
import { ReportsNav } from '@/components/orders/reports-nav';
import { dayPlan } from '../day-plan';
import { formatNumber, formatPhone, formatTaka, type Locale } from '@/lib/i18n/format';
import { parseDay } from '@/lib/orders/reports';
import { paymentKey, statusKey } from '@/lib/orders/wording';

// One slip per order of a day, to print and tape to the box: who, where, what, how much, how paid.
// Printed from the browser's own menu (no JavaScript); each slip on its own page, and the site's
// header, footer and these controls left off the paper.

type Params = Promise<{ locale: Locale }>;
type SearchParams = Promise<{ day?: string | string[] }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'SellerReports' }))('slipsTitle') };
}

// The site header and footer come from (site)/layout.tsx, outside this page: hidden here by selector.
const PRINT_CSS = `@media print {
  body > header, body > footer { display: none !important; }
  html, body { background: #fff !important; }
  .order-slip { break-inside: avoid; box-shadow: none !important; }
  .order-slip + .order-slip { break-before: page; }
}`;

export default async function SlipsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  const t = await getTranslations('SellerReports');
  const asked = (await searchParams).day;
  const {
    shop,
    today,
    day,
    plan: { orders },
    dayText,
  } = await dayPlan(locale, asked);
  const taka = (poisha: number) => formatTaka(poisha, locale);
  const area = (a: { nameBn: string; nameEn: string } | null) => (a ? (locale === 'en' ? a.nameEn : a.nameBn) : '');

  return (
    <div className="space-y-5">
      <style>{PRINT_CSS}</style>
      <ReportsNav current="slips" day={day} />
      <header className="print:hidden">
        <h1 className="text-2xl font-bold text-brand-900">{t('slipsTitle')}</h1>
        <p className="text-lg text-stone-700">{dayText}</p>
      </header>
      <DayPicker pathname="/dashboard/orders/slips" day={day} today={today} locale={locale} />
      {asked !== undefined && parseDay(asked) === null && (
        <p role="status" className="rounded-xl bg-amber-50 p-3 font-semibold text-amber-900 print:hidden">
          {t('badDay')}
        </p>
      )}
      {orders.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4 text-lg">{t('noSlips')}</p>
      ) : (
        <p className="rounded-xl bg-stone-100 p-3 text-stone-800 print:hidden">{t('printHint')}</p>
      )}

      {orders.map((order) => (
        <article key={order.id} className="order-slip space-y-3 rounded-2xl border-2 border-stone-800 bg-white p-4 shadow-sm print:rounded-none" data-testid="order-slip">
          <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-300 pb-2">
            <h2 className="text-2xl font-bold">{t('orderCode', { code: order.code })}</h2>
            <span className="text-sm font-semibold text-stone-700">{t(statusKey(order.status, order.delivery))}</span>
            <p className="w-full text-stone-700">{locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn}</p>
          </header>
          <p className="text-lg font-semibold">
            {t('neededOn', { date: dayText })}
            {order.timeSlot && <span className="block">{t('timeSlot', { slot: order.timeSlot })}</span>}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-lg">
            <dt className="text-stone-600">{t('buyer')}</dt>
            <dd className="font-bold">{order.buyerName}</dd>
            <dt className="text-stone-600">{t('phone')}</dt>
            <dd>
              <a href={`tel:${order.buyerPhone}`} className="font-bold">
                {formatPhone(order.buyerPhone, locale)}
              </a>
            </dd>
            <dt className="sr-only">{t('csv.delivery')}</dt>
            <dd className="col-span-2 font-semibold">{order.delivery === 'DELIVERY' ? t('deliverTo', { area: area(order.deliveryArea) }) : t('delivery.PICKUP')}</dd>
            {order.delivery === 'DELIVERY' && order.deliveryAddress && (
              <>
                <dt className="text-stone-600">{t('address')}</dt>
                <dd className="whitespace-pre-line">{order.deliveryAddress}</dd>
              </>
            )}
          </dl>

          <table className="w-full border-collapse text-lg">
            <thead>
              <tr className="border-b border-stone-400 text-left text-sm text-stone-600">
                <th scope="col" className="py-1">
                  {t('colItem')}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t('colQty')}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t('colAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item, i) => (
                <tr key={i} className="border-b border-stone-200">
                  <td className="py-1">
                    {item.nameBn}
                    {item.optionLabel && <span className="block text-base text-stone-700">{item.optionLabel}</span>}
                  </td>
                  <td className="py-1 text-right text-xl font-bold">{formatNumber(item.quantity, locale)}</td>
                  <td className="py-1 text-right whitespace-nowrap">{taka(item.lineTotalPoisha)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className="pt-2 text-right font-normal">
                  {t('subtotal')}
                </th>
                <td className="pt-2 text-right whitespace-nowrap">{taka(order.subtotalPoisha)}</td>
              </tr>
              {order.deliveryFeePoisha > 0 && (
                <tr>
                  <th scope="row" colSpan={2} className="text-right font-normal">
                    {t('deliveryFee')}
                  </th>
                  <td className="text-right whitespace-nowrap">{taka(order.deliveryFeePoisha)}</td>
                </tr>
              )}
              <tr className="text-xl">
                <th scope="row" colSpan={2} className="text-right">
                  {t('total')}
                </th>
                <td className="text-right font-bold whitespace-nowrap">{taka(order.totalPoisha)}</td>
              </tr>
            </tfoot>
          </table>

          <p className="font-semibold">{t('paymentLine', { method: t(paymentKey(order.paymentMethod, order.delivery, 'payment')), status: t(`paymentStatus.${order.paymentStatus}`) })}</p>
          {order.note && (
            <div className="rounded-lg border-2 border-dashed border-stone-500 p-3">
              <p className="text-sm font-semibold text-stone-600">{t('note')}</p>
              <p className="text-lg whitespace-pre-line">{order.note}</p>
            </div>
          )}
        </article>
      ))}
    </div>
  );
}
