import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FieldError, FormShell, WhenStep } from '@/components/forms/form-shell';
import { CheckoutTotal } from '@/components/orders/checkout-total';
import { formatDay } from '@/components/shops/storefront-bits';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { getShopBuyer } from '@/lib/auth/session';
import { formatNumber, formatPhone, formatTaka } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { mediaUrl } from '@/lib/media/local-store';
import { checkoutAction } from '@/lib/orders/actions';
import { readCart, readCheckoutKey } from '@/lib/orders/cart';
import { newCheckoutKey } from '@/lib/orders/codes';
import { orderableDays, priceCart, productNamesOf } from '@/lib/orders/place';
import { stripeEnabled } from '@/lib/payments/stripe';
import { contrastWithWhite } from '@/lib/shops/schemas';
import { getStorefront, storefrontState } from '@/lib/shops/storefront';
import { storefrontBase } from '@/lib/tenancy/urls';

// Her own cart (cookies), under a storefront whose other pages are kept: rendered per request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const label = 'block font-semibold';
const choice = 'flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 accent-[var(--shop)] has-[:checked]:border-[var(--shop)] has-[:checked]:bg-stone-100';

// The cart and the checkout on one page: what she is buying, then who, where, when and how to pay.
export default async function CartPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: AppLocale; shop: string }>;
  searchParams: Promise<{ line?: string; refused?: string; updated?: string; removed?: string }>;
}) {
  const { locale, shop: slug } = await params;
  setRequestLocale(locale);
  const shop = await getStorefront(slug);
  if (!shop || storefrontState(shop) !== 'open') return null;
  const t = await getTranslations('Order');
  const s = await getTranslations('Storefront');
  const base = storefrontBase(slug);
  const { lines, dropped, subtotalPoisha } = await priceCart(shop.id, await readCart(slug));
  // What /api/cart answered a line's change with (it works without JavaScript): a refusal beside that line, a removal above the list.
  const answer = await searchParams;
  const refusedLine = answer.refused === 'notWhole' || answer.refused === 'tooMany' ? Number(answer.line) : -1;
  const updatedLine = Number(answer.updated ?? -1);
  const removed = answer.removed && /^[\w-]{1,40}$/.test(answer.removed) ? await productNamesOf(shop.id, answer.removed) : null;
  const c = await getTranslations('CartLine');
  const days = await orderableDays(shop, lines);
  const buyer = await getShopBuyer();
  // The cart's own key: every post of this form (and of a second tab) lands on one order.
  const checkoutKey = (await readCheckoutKey(slug)) ?? newCheckoutKey();
  const payments: [string, string][] = [];
  // Cash is paid at the door, or at the shop when she picks it up (switched by CSS as she chooses).
  if (shop.acceptsCod) payments.push(['COD', t('payCod')]);
  if (shop.bkashNumber) payments.push(['BKASH', t('payBkash')]);
  if (shop.nagadNumber) payments.push(['NAGAD', t('payNagad')]);
  if (shop.acceptsCard && stripeEnabled()) payments.push(['CARD', t('payCard')]);

  // The order button in the shop's colour (the storefront's --shop), its text white or dark,
  // whichever reads at 4.5:1 or better on it (dashboard colours all carry white; older ones may not).
  const ink = contrastWithWhite(shop.themeColor) >= 4.5 ? '#ffffff' : '#1c1917';

  return (
    <div className="space-y-5 px-4 pb-6 pt-3" style={{ '--shop-ink': ink } as React.CSSProperties}>
      <h1 className="text-2xl font-bold">{t('cartTitle')}</h1>
      {dropped > 0 && <p className="rounded-lg bg-amber-50 p-3 text-amber-900">{t('cartDropped')}</p>}
      {answer.refused === 'noLine' && (
        <p id="cart-status" role="alert" className="rounded-lg bg-red-50 p-3 text-red-900" data-testid="cart-no-line">
          {c('noLine')}
        </p>
      )}
      {removed && (
        <p id="cart-status" role="status" className="rounded-lg bg-green-50 p-3 text-green-900" data-testid="cart-removed">
          {c('removed', { product: locale === 'en' && removed.nameEn ? removed.nameEn : removed.nameBn })}
        </p>
      )}
      {lines.length === 0 ? (
        <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
          <p>{t('cartEmpty')}</p>
          <Link href={base || '/'} className="inline-flex min-h-12 items-center font-semibold" style={{ color: shop.themeColor }}>
            ← {s('allProducts')}
          </Link>
        </div>
      ) : (
        <>
          <ul className="space-y-3" data-testid="cart">
            {lines.map((line, i) => (
              <li key={`${line.productId}-${line.optionIds.join()}`} id={`line-${i}`} className="flex gap-3 rounded-xl border border-stone-200 bg-white p-3">
                {line.photo ? (
                  // eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail
                  <img src={mediaUrl(line.photo, true)} alt="" width={80} height={60} className="h-16 w-20 shrink-0 rounded-lg object-cover" />
                ) : (
                  <span className="flex h-16 w-20 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-stone-400">
                    <Icon name="package" />
                  </span>
                )}
                <div className="min-w-0 flex-1 space-y-1">
                  <p className="font-bold">
                    {locale === 'en' && line.nameEn ? line.nameEn : line.nameBn}
                    {line.optionLabel && <span className="font-normal text-stone-700"> · {line.optionLabel}</span>}
                  </p>
                  <p className="text-sm">
                    {formatTaka(line.unitPricePoisha, locale)} × {formatNumber(line.quantity, locale)} = <span className="font-semibold">{formatTaka(line.lineTotalPoisha, locale)}</span>
                  </p>
                  <form method="post" action="/api/cart" className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="op" value="update" />
                    <input type="hidden" name="shop" value={slug} />
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="line" value={i} />
                    <input
                      name="quantity"
                      inputMode="numeric"
                      aria-label={`${t('quantity')} ${i + 1}`}
                      aria-describedby={`line-${i}-range`}
                      aria-invalid={refusedLine === i || undefined}
                      defaultValue={formatNumber(line.quantity, locale)}
                      className={`min-h-12 w-20 rounded-lg border px-2 ${refusedLine === i ? 'border-red-700' : 'border-stone-300'}`}
                    />
                    <button className="min-h-12 rounded-lg border border-stone-300 px-3 text-sm font-semibold">{t('update')}</button>
                    <button name="remove" value="1" className="min-h-12 rounded-lg border border-red-700 px-3 text-sm font-semibold text-red-800">
                      {t('remove')}
                    </button>
                    <p id={`line-${i}-range`} className="w-full text-sm text-stone-600">
                      {c('range', { max: formatNumber(line.maxQuantity, locale) })}
                    </p>
                  </form>
                  {refusedLine === i && (
                    <p role="alert" className="rounded-lg bg-red-50 p-2 text-sm font-semibold text-red-800" data-testid="line-refused">
                      {c(answer.refused === 'tooMany' ? 'tooMany' : 'notWhole', { max: formatNumber(line.maxQuantity, locale) })}
                    </p>
                  )}
                  {updatedLine === i && (
                    <p role="status" className="text-sm font-semibold text-green-800" data-testid="line-updated">
                      {c('updated')}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <p className="text-lg">
            {t('subtotal')}: <span className="font-bold">{formatTaka(subtotalPoisha, locale)}</span>
            {shop.minOrderPoisha > subtotalPoisha && <span className="block text-sm font-semibold text-red-800">{t('belowMinimum', { amount: formatTaka(shop.minOrderPoisha, locale) })}</span>}
          </p>

          <FormShell
            action={checkoutAction.bind(null, slug)}
            submitLabel={t('placeOrder')}
            pendingLabel={t('placing')}
            submitClassName="bg-[var(--shop)] text-[var(--shop-ink)] hover:brightness-90"
            className="group space-y-4 rounded-2xl border border-stone-200 bg-white p-4"
          >
            <h2 className="text-xl font-bold">{t('checkoutTitle')}</h2>
            <input type="hidden" name="checkoutKey" value={checkoutKey} />
            <FieldError name="checkoutKey" />
            <label className={label}>
              {t('buyerName')}
              <input name="buyerName" autoComplete="name" maxLength={60} defaultValue={buyer?.name ?? ''} className={input} />
            </label>
            <FieldError name="buyerName" />
            <label className={label}>
              {t('buyerPhone')}
              <input name="buyerPhone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={buyer ? formatPhone(buyer.phone, 'en').replace('-', '') : ''} className={input} />
            </label>
            <FieldError name="buyerPhone" />

            <fieldset className="space-y-2">
              <legend className={label}>{t('howToGet')}</legend>
              {shop.deliveryZones.length > 0 && (
                <label className={choice}>
                  <input type="radio" name="delivery" value="DELIVERY" defaultChecked className="size-5" />
                  {t('delivery')}
                </label>
              )}
              {shop.pickupAvailable && (
                <label className={choice}>
                  <input type="radio" name="delivery" value="PICKUP" defaultChecked={shop.deliveryZones.length === 0} className="size-5" />
                  {t('pickup')}
                </label>
              )}
            </fieldset>
            <FieldError name="delivery" />
            {shop.deliveryZones.length > 0 && (
              // Asked only for delivery: hidden (by CSS alone) while "I'll pick it up" is chosen.
              <div className="space-y-4 group-has-[input[value=PICKUP]:checked]:hidden">
                <label className={label}>
                  {t('zone')}
                  <select name="deliveryAreaId" defaultValue="" className={input}>
                    <option value="">{t('chooseZone')}</option>
                    {shop.deliveryZones.map((z) => (
                      <option key={z.id} value={z.areaId}>
                        {locale === 'en' ? z.area.nameEn : z.area.nameBn} — {z.feePoisha === 0 ? s('free') : formatTaka(z.feePoisha, locale)}
                      </option>
                    ))}
                  </select>
                </label>
                <FieldError name="deliveryAreaId" />
                <label className={label}>
                  {t('address')}
                  <input name="deliveryAddress" autoComplete="street-address" maxLength={200} className={input} />
                </label>
                <FieldError name="deliveryAddress" />
              </div>
            )}

            <label className={label}>
              {t('day')}
              <select name="day" defaultValue={days[0] ?? ''} className={input}>
                {days.length === 0 && <option value="">{t('noDays')}</option>}
                {days.map((day) => {
                  const { relative, text } = formatDay(day, locale);
                  return (
                    <option key={day} value={day}>
                      {relative ? `${t(relative)} — ${text}` : text}
                    </option>
                  );
                })}
              </select>
            </label>
            <FieldError name="day" />
            {shop.timeSlots.length > 0 && (
              <label className={label}>
                {t('timeSlot')}
                <select name="timeSlot" className={input}>
                  {shop.timeSlots.map((slot) => (
                    <option key={slot}>{slot}</option>
                  ))}
                </select>
              </label>
            )}
            <label className={label}>
              {t('note')}
              <textarea name="note" rows={3} maxLength={300} placeholder={t('noteExample')} className={`${input} py-2`} />
            </label>
            <FieldError name="note" />

            <fieldset className="space-y-2">
              <legend className={label}>{t('payment')}</legend>
              {payments.map(([value, text], i) => (
                <label key={value} className={choice}>
                  <input type="radio" name="paymentMethod" value={value} defaultChecked={i === 0} className="size-5" />
                  {value === 'COD' && shop.pickupAvailable ? (
                    <>
                      <span className={shop.deliveryZones.length > 0 ? 'group-has-[input[value=PICKUP]:checked]:hidden' : 'hidden'}>{text}</span>
                      <span className={shop.deliveryZones.length > 0 ? 'hidden group-has-[input[value=PICKUP]:checked]:inline' : ''}>{t('payCodPickup')}</span>
                    </>
                  ) : (
                    text
                  )}
                </label>
              ))}
            </fieldset>
            <FieldError name="paymentMethod" />

            <WhenStep step="code">
              <label className={`${label} rounded-lg border-2 border-amber-400 bg-amber-50 p-3`}>
                {t('code')}
                <input name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} className={input} />
              </label>
              <FieldError name="code" />
            </WhenStep>
            <CheckoutTotal
              subtotalPoisha={subtotalPoisha}
              zones={shop.deliveryZones.map((z) => ({ areaId: z.areaId, feePoisha: z.feePoisha }))}
              locale={locale}
              words={{
                subtotal: t('subtotal'),
                deliveryFee: t('deliveryFee'),
                total: t('totalLabel'),
                chooseArea: t('deliveryChooseArea'),
                free: t('deliveryFree'),
                none: t('deliveryNone'),
                plusDelivery: t('totalPlusDelivery', { amount: '{amount}' }),
                note: t('totalNote'),
              }}
            />
          </FormShell>
        </>
      )}
    </div>
  );
}
