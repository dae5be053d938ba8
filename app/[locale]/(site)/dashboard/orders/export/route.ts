// GET /dashboard/orders/export?from=YYYY-MM-DD&to=YYYY-MM-DD (and /en/…): the signed-in seller's
// orders placed on those days as a CSV file (lib/csv.ts), headed in the page's language. The
// dashboard layout does not guard route handlers, so the sign-in and the shop are checked here;
// the shop is always the account's own. No extension in the path: proxy.ts passes dotted paths
// through untouched, and then the [locale] segment would never be filled in.
import { createTranslator } from 'next-intl';
import { getCurrentUser } from '@/lib/auth/session';
import { toCsv, type CsvCell, csvResponse } from '@/lib/csv';
import { formatPhone } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { exportRange, ordersForExport, parseDay, sellerShop, type ExportOrder } from '@/lib/orders/reports';
import { paymentKey, statusKey } from '@/lib/orders/wording';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

/** "2026-11-23 10:05", the Bangladesh time, in a form spreadsheets read as a date and time. */
const dhakaDateTime = (instant: Date) => new Date(instant.getTime() + 6 * 60 * 60 * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** Taka as a number the sheet can add up. */
const taka = (poisha: number) => poisha / 100;

function csvFor(orders: ExportOrder[], locale: AppLocale): string {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'SellerReports' });
  const header = (['code', 'placedAt', 'neededOn', 'timeSlot', 'status', 'buyer', 'phone', 'delivery', 'area', 'address', 'items', 'subtotal', 'deliveryFee', 'total', 'payment', 'paymentStatus', 'note'] as const).map((key) => t(`csv.${key}`));
  const rows = orders.map((o): CsvCell[] => [
    o.code,
    dhakaDateTime(o.createdAt),
    o.neededOn.toISOString().slice(0, 10),
    o.timeSlot,
    t(statusKey(o.status, o.delivery)),
    o.buyerName,
    // "01700-000004": a Bangladeshi number as people write it (a bare 017… would lose its 0 in Excel).
    formatPhone(o.buyerPhone, 'en'),
    t(`delivery.${o.delivery}`),
    o.deliveryArea ? (locale === 'en' ? o.deliveryArea.nameEn : o.deliveryArea.nameBn) : null,
    o.deliveryAddress,
    o.items.map((item) => `${item.nameBn}${item.optionLabel ? ` (${item.optionLabel})` : ''} × ${item.quantity}`).join('; '),
    taka(o.subtotalPoisha),
    taka(o.deliveryFeePoisha),
    taka(o.totalPoisha),
    t(paymentKey(o.paymentMethod, o.delivery, 'payment')),
    t(`paymentStatus.${o.paymentStatus}`),
    o.note,
  ]);
  return toCsv([header, ...rows]);
}

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale: AppLocale = (await params).locale === 'en' ? 'en' : 'bn';
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to download your orders.\n', { status: 401, headers: PLAIN });
  const shop = await sellerShop(user.id);
  if (!shop) return new Response('You have no shop.\n', { status: 404, headers: PLAIN });

  const query = new URL(request.url).searchParams;
  // A day typed that is not a date (31/02, words) goes back to the form, which says so; an empty
  // field takes its default (the last 30 days).
  const unreadable = (['from', 'to'] as const).filter((key) => (query.get(key) ?? '').trim() !== '' && parseDay(query.get(key)) === null);
  if (unreadable.length > 0) {
    const back = new URL(localizeHref('/dashboard/orders/sales', locale), request.url);
    for (const key of ['from', 'to'] as const) if (query.get(key)) back.searchParams.set(key, query.get(key)!.slice(0, 20));
    return Response.redirect(back, 303);
  }
  const range = exportRange(query.get('from'), query.get('to'), new Date());
  const csv = csvFor(await ordersForExport(shop.id, range), locale);
  return csvResponse(csv, `orders-${shop.slug}-${range.from}-${range.to}.csv`);
}
