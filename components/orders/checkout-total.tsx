'use client';

// The checkout's total, shown at once: the products' price, the delivery fee and the total, above
// the order button. Picking up or having it delivered switches the rows by CSS alone (the form's
// `group`), so that works without JavaScript; with it, the fee follows the area chosen
// (lib/orders/quote.ts). Only for showing: the server prices the order again when it is placed.
import { useEffect, useRef, useState } from 'react';
import { formatTaka, type Locale } from '@/lib/i18n/format';
import { checkoutQuote, type ZoneFee } from '@/lib/orders/quote';

export interface CheckoutTotalWords {
  subtotal: string;
  deliveryFee: string;
  total: string;
  chooseArea: string;
  free: string;
  none: string;
  /** With "{amount}" where the products' price goes. */
  plusDelivery: string;
  note: string;
}

export function CheckoutTotal({ subtotalPoisha, zones, locale, words }: { subtotalPoisha: number; zones: ZoneFee[]; locale: Locale; words: CheckoutTotalWords }) {
  const ref = useRef<HTMLDivElement>(null);
  const [areaId, setAreaId] = useState<number | null>(null);
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const read = () => setAreaId(Number(new FormData(form).get('deliveryAreaId')) || null);
    read();
    form.addEventListener('change', read);
    return () => form.removeEventListener('change', read);
  }, []);
  const taka = (poisha: number) => formatTaka(poisha, locale);
  const delivered = checkoutQuote(subtotalPoisha, 'DELIVERY', zones, areaId);
  const pickupOnly = zones.length === 0;
  const onDelivery = pickupOnly ? 'hidden' : 'group-has-[input[value=PICKUP]:checked]:hidden';
  const onPickup = pickupOnly ? '' : 'hidden group-has-[input[value=PICKUP]:checked]:inline';
  return (
    <div ref={ref} className="space-y-1 rounded-xl border-2 border-[var(--shop)] bg-stone-50 p-3" data-testid="checkout-total" aria-live="polite">
      <p className="flex justify-between gap-3">
        <span>{words.subtotal}</span>
        <span className="font-semibold">{taka(subtotalPoisha)}</span>
      </p>
      <p className="flex justify-between gap-3">
        <span>{words.deliveryFee}</span>
        <span className={`font-semibold ${onDelivery}`} data-testid="checkout-fee">
          {delivered.feePoisha === null ? words.chooseArea : delivered.feePoisha === 0 ? words.free : taka(delivered.feePoisha)}
        </span>
        <span className={`font-semibold ${onPickup}`}>{words.none}</span>
      </p>
      <p className="flex justify-between gap-3 text-lg font-bold">
        <span>{words.total}</span>
        <span className={onDelivery} data-testid="checkout-total-delivery">
          {delivered.totalPoisha === null ? words.plusDelivery.replace('{amount}', taka(subtotalPoisha)) : taka(delivered.totalPoisha)}
        </span>
        <span className={onPickup} data-testid="checkout-total-pickup">
          {taka(subtotalPoisha)}
        </span>
      </p>
      <p className="text-sm text-stone-600">{words.note}</p>
    </div>
  );
}
