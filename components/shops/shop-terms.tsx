// A shop's delivery and payment terms, as a buyer needs them before ordering: where she delivers
// and for how much, where to pick up, the smallest order, the days she works and how to pay.
import { getTranslations } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { Icon } from '@/components/ui/icon';
import { formatTaka, type Locale } from '@/lib/i18n/format';
import type { Storefront } from '@/lib/shops/storefront';

export async function ShopTerms({ shop, locale }: { shop: Storefront; locale: Locale }) {
  const t = await getTranslations('Storefront');
  const d = await getTranslations('Days');
  const payments = [shop.acceptsCod && t('payCod'), shop.bkashNumber && t('payBkash'), shop.nagadNumber && t('payNagad'), shop.acceptsCard && t('payCard')].filter(Boolean);
  const week = [6, 0, 1, 2, 3, 4, 5];
  const pickupPlace = shop.pickupPrivacy === 'EXACT' && shop.pickupAddress ? `${shop.pickupAddress}, ${placeName(shop.area, locale)}` : placeName(shop.area, locale);
  return (
    <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4" aria-labelledby="terms-title" data-testid="shop-terms">
      <h2 id="terms-title" className="text-lg font-bold">
        {t('termsTitle')}
      </h2>
      <div>
        <h3 className="flex items-center gap-2 font-semibold">
          <Icon name="truck" className="size-5" />
          {t('delivery')}
        </h3>
        {shop.deliveryZones.length === 0 ? (
          <p className="text-stone-700">{t('noDelivery')}</p>
        ) : (
          <ul className="mt-1 divide-y divide-stone-100">
            {shop.deliveryZones.map((z) => (
              <li key={z.id} className="flex justify-between gap-2 py-1">
                <span>{locale === 'en' ? z.area.nameEn : z.area.nameBn}</span>
                <span className="font-semibold">{z.feePoisha === 0 ? t('free') : formatTaka(z.feePoisha, locale)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {shop.pickupAvailable && (
        <p className="flex items-start gap-2">
          <Icon name="map-pin" className="mt-0.5 size-5 shrink-0" />
          <span>{t('pickupAt', { place: pickupPlace })}</span>
        </p>
      )}
      {shop.minOrderPoisha > 0 && <p>{t('minOrder', { amount: formatTaka(shop.minOrderPoisha, locale) })}</p>}
      <p className="flex items-start gap-2">
        <Icon name="calendar" className="mt-0.5 size-5 shrink-0" />
        <span>{shop.openDays.length === 7 ? t('openEveryDay') : t('openOn', { days: week.filter((day) => shop.openDays.includes(day)).map((day) => d(`d${day}` as 'd0')).join(', ') })}</span>
      </p>
      <p>{t('payments', { list: payments.join(', ') })}</p>
    </section>
  );
}
