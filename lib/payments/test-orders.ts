// Card orders for the payment and hold tests, made the way the checkout makes them: a shop with one
// product, its capacity (or stock) taken, the order AWAITING_PAYMENT with a hold.
import { randomBytes, randomInt } from 'node:crypto';
import { db } from '@/lib/db/client';
import { newOrderCode, newOrderToken } from '@/lib/orders/codes';
import { takeInventory } from '@/lib/orders/inventory';
import { addDays, dayToDate, dhakaDay } from '@/lib/shops/calendar';

export interface CardOrderOptions {
  fulfilment?: 'MADE_TO_ORDER' | 'READY_STOCK';
  quantity?: number;
  unitPricePoisha?: number;
  deliveryFeePoisha?: number;
  holdExpiresAt?: Date;
}

export async function placeCardOrder(options: CardOrderOptions = {}) {
  const { fulfilment = 'MADE_TO_ORDER', quantity = 2, unitPricePoisha = 45_000, deliveryFeePoisha = 6_000 } = options;
  const phone = () => `+88017${randomInt(10_000_000, 100_000_000)}`;
  const suffix = randomBytes(4).toString('hex');
  const area = await db.area.findFirstOrThrow({ select: { id: true } });
  const seller = await db.user.create({ data: { phone: phone(), name: 'রাবেয়া', status: 'ACTIVE', roles: ['SELLER'] } });
  const shop = await db.shop.create({ data: { slug: `card-${suffix}`, ownerId: seller.id, nameBn: 'রাবেয়ার পিঠা', areaId: area.id, phone: seller.phone, acceptsCard: true } });
  const product = await db.product.create({
    data: {
      shopId: shop.id,
      slug: `pitha-${suffix}`,
      nameBn: 'ভাপা পিঠা',
      pricePoisha: unitPricePoisha,
      fulfilment,
      dailyCapacity: fulfilment === 'MADE_TO_ORDER' ? 5 : null,
      stock: fulfilment === 'READY_STOCK' ? 10 : null,
    },
  });
  const day = addDays(dhakaDay(new Date()), 2);
  const subtotalPoisha = unitPricePoisha * quantity;
  const order = await db.$transaction(async (tx) => {
    await takeInventory(tx, [{ productId: product.id, fulfilment, dailyCapacity: product.dailyCapacity, quantity, capacityUnits: quantity }], day);
    return tx.order.create({
      data: {
        code: newOrderCode(),
        token: newOrderToken(),
        shopId: shop.id,
        buyerName: 'করিম',
        buyerPhone: phone(),
        delivery: deliveryFeePoisha > 0 ? 'DELIVERY' : 'PICKUP',
        neededOn: dayToDate(day),
        subtotalPoisha,
        deliveryFeePoisha,
        totalPoisha: subtotalPoisha + deliveryFeePoisha,
        status: 'AWAITING_PAYMENT',
        paymentMethod: 'CARD',
        paymentStatus: 'UNPAID',
        holdExpiresAt: options.holdExpiresAt ?? new Date(Date.now() + 30 * 60_000),
        items: { create: { productId: product.id, nameBn: product.nameBn, quantity, unitPricePoisha, lineTotalPoisha: subtotalPoisha, capacityUnits: quantity } },
      },
    });
  });
  return { order, product, shop, day };
}

/** What the product has left to sell: capacity units used on `day`, or pieces in stock. */
export async function inventoryOf(productId: string, day: string) {
  const [capacity, product] = await Promise.all([
    db.capacityDay.findUnique({ where: { productId_day: { productId, day: dayToDate(day) } }, select: { used: true } }),
    db.product.findUniqueOrThrow({ where: { id: productId }, select: { stock: true } }),
  ]);
  return { used: capacity?.used ?? 0, stock: product.stock };
}
