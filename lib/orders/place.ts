// Placing an order. Prices, options, the day, delivery and payment are all decided here from the
// database, never from what the browser sent; capacity or stock is taken in the same transaction
// as the order is written (lib/orders/inventory.ts), so two buyers can never both get the last cake.
import type { VerifyResult } from '@/lib/auth/otp';
import { db } from '@/lib/db/client';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PaymentMethod } from '@/lib/generated/prisma/enums';
import { addDays, availableDays, canHaveOn, dayToDate, dhakaDay } from '@/lib/shops/calendar';
import { newOrderCode, newOrderToken } from './codes';
import { takeInventory, type InventoryLine } from './inventory';
import { MAX_QUANTITY, type CartLine, type CheckoutInput } from './schemas';

type Tx = Prisma.TransactionClient;

/** How long a card order holds its capacity while the buyer pays. */
export const CARD_HOLD_MS = 30 * 60 * 1000;

export interface PricedLine {
  productId: string;
  slug: string;
  nameBn: string;
  nameEn: string | null;
  optionIds: string[];
  optionLabel: string | null;
  unitPricePoisha: number;
  quantity: number;
  capacityUnits: number;
  lineTotalPoisha: number;
  /** The most one line of it may hold: the stock left, one day's capacity, or the cart's own limit. */
  maxQuantity: number;
  photo: { key: string; storage: 'LOCAL' | 'UPLOADTHING'; url: string | null; thumbUrl: string | null; thumbKey: string | null } | null;
  inventory: InventoryLine;
  calendar: { fulfilment: 'MADE_TO_ORDER' | 'READY_STOCK'; leadTimeHours: number; dailyCapacity: number | null; stock: number | null; isAvailable: boolean };
}

export type ShopForOrder = NonNullable<Awaited<ReturnType<typeof loadShop>>>;

async function loadShop(slug: string) {
  return db.shop.findUnique({ where: { slug }, include: { deliveryZones: { include: { area: true }, orderBy: { feePoisha: 'asc' } } } });
}

/** The shop a buyer orders from: open for orders, or "not found". */
export async function shopForOrder(slug: string): Promise<ShopForOrder> {
  const shop = await loadShop(slug);
  if (!shop || shop.status !== 'ACTIVE') throw notFound();
  return shop;
}

/** A shop's id by its address (null when there is none), for pricing a cart outside checkout. */
export async function shopIdOf(slug: string): Promise<string | null> {
  return (await db.shop.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}

/** A product's names, when it is this shop's (the cart says which one it took out). */
export async function productNamesOf(shopId: string, productId: string): Promise<{ nameBn: string; nameEn: string | null } | null> {
  return db.product.findFirst({ where: { id: productId, shopId }, select: { nameBn: true, nameEn: true } });
}

/** The most one cart line of a product may hold: its stock left, one day's capacity (in this option's units), at most MAX_QUANTITY. */
export function maxLineQuantity(product: { fulfilment: 'MADE_TO_ORDER' | 'READY_STOCK'; stock: number | null; dailyCapacity: number | null }, perUnit = 1): number {
  const limit =
    product.fulfilment === 'READY_STOCK' ? (product.stock ?? MAX_QUANTITY) : product.dailyCapacity !== null ? Math.floor(product.dailyCapacity / Math.max(1, perUnit)) : MAX_QUANTITY;
  return Math.max(1, Math.min(MAX_QUANTITY, limit));
}

/**
 * The cart as the shop sells it today: lines whose product is gone, hidden, switched off or whose
 * options no longer exist are dropped (and reported), prices come from the database.
 */
export async function priceCart(shopId: string, lines: CartLine[]): Promise<{ lines: PricedLine[]; dropped: number; subtotalPoisha: number }> {
  const products = await db.product.findMany({
    where: { id: { in: lines.map((l) => l.p) }, shopId, status: 'ACTIVE' },
    include: { options: { where: { isAvailable: true } }, photos: { orderBy: { sortOrder: 'asc' }, take: 1, include: { media: true } } },
  });
  const byId = new Map(products.map((p) => [p.id, p]));
  const priced: PricedLine[] = [];
  for (const line of lines) {
    const product = byId.get(line.p);
    if (!product || !product.isAvailable) continue;
    const options = line.o.map((id) => product.options.find((o) => o.id === id));
    // Every chosen option must exist, and at most one per group (one size, one flavour).
    if (options.some((o) => !o) || new Set(options.map((o) => o!.groupBn)).size !== options.length) continue;
    const chosen = options as NonNullable<(typeof options)[number]>[];
    const groups = new Set(product.options.map((o) => o.groupBn));
    if (chosen.length !== groups.size) continue;
    const unit = product.pricePoisha + chosen.reduce((sum, o) => sum + o.priceDeltaPoisha, 0);
    if (unit < 100) continue;
    const perUnit = Math.max(1, ...chosen.map((o) => o.capacityUnits));
    const media = product.photos[0]?.media ?? null;
    priced.push({
      productId: product.id,
      slug: product.slug,
      nameBn: product.nameBn,
      nameEn: product.nameEn,
      optionIds: chosen.map((o) => o.id),
      optionLabel: chosen.length ? chosen.map((o) => o.nameBn).join(' · ') : null,
      unitPricePoisha: unit,
      quantity: line.q,
      capacityUnits: line.q * perUnit,
      lineTotalPoisha: unit * line.q,
      maxQuantity: maxLineQuantity(product, perUnit),
      photo: media,
      inventory: { productId: product.id, fulfilment: product.fulfilment, dailyCapacity: product.dailyCapacity, quantity: line.q, capacityUnits: line.q * perUnit },
      calendar: { fulfilment: product.fulfilment, leadTimeHours: product.leadTimeHours, dailyCapacity: product.dailyCapacity, stock: product.stock, isAvailable: product.isAvailable },
    });
  }
  return { lines: priced, dropped: lines.length - priced.length, subtotalPoisha: priced.reduce((s, l) => s + l.lineTotalPoisha, 0) };
}

/** Capacity already taken per product and day, for the days ahead. */
async function usedByProduct(productIds: string[], now: Date) {
  const today = dhakaDay(now);
  const rows = await db.capacityDay.findMany({ where: { productId: { in: productIds }, day: { gte: dayToDate(today), lte: dayToDate(addDays(today, 60)) } } });
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) out.set(r.productId, (out.get(r.productId) ?? new Map()).set(r.day.toISOString().slice(0, 10), r.used));
  return out;
}

/** The days every line of the cart can be had (lead time, open days, remaining capacity and stock). */
export async function orderableDays(shop: Pick<ShopForOrder, 'openDays'>, lines: PricedLine[], now = new Date(), count = 14): Promise<string[]> {
  if (lines.length === 0) return [];
  const used = await usedByProduct(lines.map((l) => l.productId), now);
  const units = new Map<string, PricedLine>();
  for (const l of lines) {
    const seen = units.get(l.productId);
    units.set(l.productId, seen ? { ...seen, quantity: seen.quantity + l.quantity, capacityUnits: seen.capacityUnits + l.capacityUnits } : l);
  }
  const first = [...units.values()][0]!;
  const candidates = availableDays({ ...first.calendar, now, openDays: shop.openDays, used: used.get(first.productId), units: first.calendar.fulfilment === 'READY_STOCK' ? first.quantity : first.capacityUnits }, 60);
  return candidates
    .filter((day) =>
      [...units.values()].every((l) =>
        canHaveOn({ ...l.calendar, now, openDays: shop.openDays, used: used.get(l.productId), units: l.calendar.fulfilment === 'READY_STOCK' ? l.quantity : l.capacityUnits }, day),
      ),
    )
    .slice(0, count);
}

/** The next day a product has room for `units` (after a sold-out answer), or null. */
export async function nextDayWithRoom(shop: Pick<ShopForOrder, 'openDays'>, line: PricedLine, now = new Date()): Promise<string | null> {
  return (await orderableDays(shop, [line], now, 1))[0] ?? null;
}

export interface PlaceOrderInput {
  shop: ShopForOrder;
  lines: PricedLine[];
  checkout: CheckoutInput;
  buyerId: string | null;
  phoneConfirmed: boolean;
  cardEnabled: boolean;
  /**
   * For a number not confirmed yet: checks the buyer's SMS code inside the order's transaction, so
   * the code is used only if the order is written (sold out: the same code works again).
   */
  confirmPhone?: (tx: Tx) => Promise<VerifyResult>;
  now?: Date;
}

/** The SMS code was wrong, expired or used up (the try is counted; nothing else was written). */
export class CodeRejected extends AppError {
  constructor(readonly reason: Exclude<VerifyResult, { ok: true }>['reason']) {
    super('invalid', `code_${reason}`);
  }
}

const accepts = (shop: ShopForOrder, method: PaymentMethod, cardEnabled: boolean) =>
  method === 'COD' ? shop.acceptsCod : method === 'BKASH' ? Boolean(shop.bkashNumber) : method === 'NAGAD' ? Boolean(shop.nagadNumber) : shop.acceptsCard && cardEnabled;
/**
 * Everything about an order that can be checked before it is placed (and before the buyer is
 * asked for an SMS code): minimum, payment, slot, delivery zone, lead time and open day. Returns
 * the delivery fee. Capacity and stock are checked when they are taken.
 */
export function checkOrder({ shop, lines, checkout, cardEnabled, now = new Date() }: Omit<PlaceOrderInput, 'buyerId' | 'phoneConfirmed'>): number {
  if (lines.length === 0) throw new AppError('invalid', 'cartEmpty');
  const subtotal = lines.reduce((s, l) => s + l.lineTotalPoisha, 0);
  if (subtotal < shop.minOrderPoisha) throw new AppError('invalid', 'belowMinimum');
  if (!accepts(shop, checkout.paymentMethod, cardEnabled)) throw new AppError('invalid', 'paymentRequired');
  if (shop.timeSlots.length > 0 ? !shop.timeSlots.includes(checkout.timeSlot) : checkout.timeSlot !== '') throw new AppError('invalid', 'slotInvalid');
  let fee = 0;
  if (checkout.delivery === 'DELIVERY') {
    const zone = shop.deliveryZones.find((z) => z.areaId === checkout.deliveryAreaId);
    if (!zone) throw new AppError('invalid', 'zoneRequired');
    fee = zone.feePoisha;
  } else if (!shop.pickupAvailable) throw new AppError('invalid', 'deliveryRequired');
  for (const l of lines) {
    if (!canHaveOn({ ...l.calendar, dailyCapacity: null, stock: Number.MAX_SAFE_INTEGER, now, openDays: shop.openDays }, checkout.day)) throw new AppError('invalid', 'dayUnavailable');
  }
  return fee;
}

const PLACED_ORDER = { id: true, code: true, token: true, status: true, paymentMethod: true, totalPoisha: true, buyerPhone: true } as const;

export type PlacedOrder = Prisma.OrderGetPayload<{ select: typeof PLACED_ORDER }> & {
  /** True when the order was placed earlier with the same checkout key (a repeated post). */
  repeated: boolean;
};

/**
 * The order an earlier post of the same checkout form placed, or null. The same form with another
 * number is not the same order: refused rather than shown to someone who only holds the key.
 */
export async function orderByCheckoutKey(shopId: string, idempotencyKey: string, buyerPhone: string, tx?: Tx): Promise<PlacedOrder | null> {
  const order = await (tx ?? db).order.findUnique({ where: { shopId_idempotencyKey: { shopId, idempotencyKey } }, select: PLACED_ORDER });
  if (!order) return null;
  if (order.buyerPhone !== buyerPhone) throw new AppError('conflict', 'checkoutUsed');
  return { ...order, repeated: true };
}

/**
 * Checks everything, takes inventory and writes the order in one transaction. Throws AppError,
 * SoldOut or CodeRejected. Idempotent per checkout key: posts of the same form queue on a lock
 * of their key and every one after the first finds its order (`repeated`) without touching
 * inventory or the SMS code; the unique (shop, key) index stands behind the lock.
 */
export async function placeOrder({ shop, lines, checkout, buyerId, phoneConfirmed, cardEnabled, confirmPhone, now = new Date() }: PlaceOrderInput): Promise<PlacedOrder> {
  const fee = checkOrder({ shop, lines, checkout, cardEnabled, now });
  const subtotal = lines.reduce((s, l) => s + l.lineTotalPoisha, 0);
  const card = checkout.paymentMethod === 'CARD';
  const key = checkout.checkoutKey;
  for (let attempt = 0; ; attempt++) {
    try {
      const outcome = await db.$transaction(
        async (tx): Promise<PlacedOrder | CodeRejected> => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`checkout:${shop.id}:${key}`}, 0))`;
          const earlier = await orderByCheckoutKey(shop.id, key, checkout.buyerPhone, tx);
          if (earlier) return earlier;
          let confirmed = phoneConfirmed;
          if (!confirmed && confirmPhone) {
            const check = await confirmPhone(tx);
            // Returned, not thrown: the wrong try must be counted (committed).
            if (!check.ok) return new CodeRejected(check.reason);
            confirmed = true;
          }
          await takeInventory(
            tx,
            lines.map((l) => l.inventory),
            checkout.day,
          );
          const order = await tx.order.create({
            data: {
              code: newOrderCode(),
              token: newOrderToken(),
              shopId: shop.id,
              idempotencyKey: key,
              buyerId,
              buyerName: checkout.buyerName,
              buyerPhone: checkout.buyerPhone,
              phoneConfirmed: confirmed,
              delivery: checkout.delivery,
              deliveryAreaId: checkout.delivery === 'DELIVERY' ? checkout.deliveryAreaId : null,
              deliveryAddress: checkout.delivery === 'DELIVERY' ? checkout.deliveryAddress : null,
              neededOn: dayToDate(checkout.day),
              timeSlot: checkout.timeSlot || null,
              note: checkout.note || null,
              subtotalPoisha: subtotal,
              deliveryFeePoisha: fee,
              totalPoisha: subtotal + fee,
              status: card ? 'AWAITING_PAYMENT' : 'PLACED',
              paymentMethod: checkout.paymentMethod,
              holdExpiresAt: card ? new Date(now.getTime() + CARD_HOLD_MS) : null,
              items: {
                create: lines.map((l) => ({
                  productId: l.productId,
                  nameBn: l.nameBn,
                  optionLabel: l.optionLabel,
                  optionIds: l.optionIds,
                  unitPricePoisha: l.unitPricePoisha,
                  quantity: l.quantity,
                  capacityUnits: l.capacityUnits,
                  lineTotalPoisha: l.lineTotalPoisha,
                })),
              },
              events: { create: [{ toStatus: card ? 'AWAITING_PAYMENT' : 'PLACED', actorId: buyerId }] },
            },
            select: PLACED_ORDER,
          });
          return { ...order, repeated: false };
        },
        // Buyers racing for the same day wait on its row lock in turn: allow for the queue.
        { maxWait: 20_000, timeout: 20_000 },
      );
      if (outcome instanceof CodeRejected) throw outcome;
      return outcome;
    } catch (error) {
      if (error instanceof AppError || (error as { code?: string }).code !== 'P2002') throw error;
      // The key's index decided against this post (its transaction, inventory included, rolled back).
      const earlier = await orderByCheckoutKey(shop.id, key, checkout.buyerPhone);
      if (earlier) return earlier;
      // A repeated order code (one in hundreds of millions): try again with a new one.
      if (attempt >= 3) throw error;
    }
  }
}
