// An order's items, totals and delivery, as buyer and seller both see them.
import { getTranslations } from 'next-intl/server';
import { formatDay } from '@/components/shops/storefront-bits';
import { formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';

interface SummaryOrder {
  items: { id: string; nameBn: string; optionLabel: string | null; quantity: number; unitPricePoisha: number; lineTotalPoisha: number }[];
  subtotalPoisha: number;
  deliveryFeePoisha: number;
  totalPoisha: number;
  delivery: 'DELIVERY' | 'PICKUP';
  deliveryArea: { nameBn: string; nameEn: string } | null;
  deliveryAddress: string | null;
  neededOn: Date;
  timeSlot: string | null;
  note: string | null;
}

export async function OrderSummary({ order, locale }: { order: SummaryOrder; locale: Locale }) {
  const t = await getTranslations('Order');
  const day = formatDay(order.neededOn.toISOString().slice(0, 10), locale);
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-stone-100">
        {order.items.map((item) => (
          <li key={item.id} className="flex justify-between gap-3 py-1">
            <span>
              {item.nameBn}
              {item.optionLabel && <span className="text-stone-600"> · {item.optionLabel}</span>} × {formatNumber(item.quantity, locale)}
            </span>
            <span className="shrink-0 font-semibold">{formatTaka(item.lineTotalPoisha, locale)}</span>
          </li>
        ))}
      </ul>
      {order.deliveryFeePoisha > 0 && (
        <p className="flex justify-between">
          <span>{t('deliveryFee')}</span>
          <span>{formatTaka(order.deliveryFeePoisha, locale)}</span>
        </p>
      )}
      <p className="flex justify-between text-lg font-bold">
        <span>{t('total')}</span>
        <span>{formatTaka(order.totalPoisha, locale)}</span>
      </p>
      <p>
        <span className="font-semibold">{t('neededOn')}:</span> <span data-testid="needed-on">{day.relative ? `${t(day.relative)} — ${day.text}` : day.text}</span>
        {order.timeSlot && ` · ${order.timeSlot}`}
      </p>
      <p>
        <span className="font-semibold">{order.delivery === 'DELIVERY' ? t('delivery') : t('pickupSummary')}</span>
        {order.delivery === 'DELIVERY' && `: ${order.deliveryAddress ?? ''}${order.deliveryArea ? `, ${locale === 'en' ? order.deliveryArea.nameEn : order.deliveryArea.nameBn}` : ''}`}
      </p>
      {order.note && <p className="whitespace-pre-line rounded-lg bg-amber-50 p-2">“{order.note}”</p>}
    </div>
  );
}
