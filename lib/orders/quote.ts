// What the checkout shows as the order's total before it is placed: the products' price, and the
// delivery fee of the area chosen — or, before an area is chosen, the fee every area shares (one
// area, or one fee for all), else none yet ("choose the area"). Picking up costs no delivery. Pure
// and free of server code: the checkout's total (components/orders/checkout-total.tsx) runs it in
// the browser as the area changes. Only for showing: placing the order prices everything again
// from the database (lib/orders/place.ts checkOrder), and nothing the browser sends is a price.

export interface ZoneFee {
  areaId: number;
  feePoisha: number;
}

export interface CheckoutQuote {
  subtotalPoisha: number;
  /** 0 for pickup; null while the fee depends on an area not chosen yet. */
  feePoisha: number | null;
  totalPoisha: number | null;
}

export function checkoutQuote(subtotalPoisha: number, delivery: 'DELIVERY' | 'PICKUP', zones: readonly ZoneFee[], areaId: number | null): CheckoutQuote {
  if (delivery === 'PICKUP') return { subtotalPoisha, feePoisha: 0, totalPoisha: subtotalPoisha };
  const zone = zones.find((z) => z.areaId === areaId);
  const fees = new Set(zones.map((z) => z.feePoisha));
  const feePoisha = zone ? zone.feePoisha : fees.size === 1 ? [...fees][0]! : null;
  return { subtotalPoisha, feePoisha, totalPoisha: feePoisha === null ? null : subtotalPoisha + feePoisha };
}
