// Taking and giving back what an order uses: a made-to-order product's capacity on the day it is
// needed, or a ready product's stock. Each take is one conditional UPDATE inside the order's
// transaction: the row lock serialises racing buyers and the condition is re-checked after the
// wait, so exactly the units available are sold and none beyond (the database's CHECK constraints
// stand behind this too).
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/errors';
import { dayToDate } from '@/lib/shops/calendar';

type Tx = Prisma.TransactionClient;

export interface InventoryLine {
  productId: string;
  fulfilment: 'MADE_TO_ORDER' | 'READY_STOCK';
  dailyCapacity: number | null;
  quantity: number;
  /** Capacity units this line uses: quantity × the chosen option's units. */
  capacityUnits: number;
}

/** Not enough left: which product, and how much there still is (units for capacity, pieces for stock). */
export class SoldOut extends AppError {
  constructor(
    readonly productId: string,
    readonly left: number,
    readonly kind: 'capacity' | 'stock',
  ) {
    super('conflict', 'soldOut');
  }
}

/** Takes every line's capacity or stock for `day` ("YYYY-MM-DD"), or throws SoldOut (the caller's transaction rolls back). */
export async function takeInventory(tx: Tx, lines: InventoryLine[], day: string): Promise<void> {
  // The same product twice in one order (two options) is taken as one amount, in a fixed order, so
  // two orders never lock the same rows in opposite orders.
  const merged = new Map<string, InventoryLine>();
  for (const line of lines) {
    const seen = merged.get(line.productId);
    merged.set(line.productId, seen ? { ...seen, quantity: seen.quantity + line.quantity, capacityUnits: seen.capacityUnits + line.capacityUnits } : line);
  }
  for (const line of [...merged.values()].sort((a, b) => a.productId.localeCompare(b.productId))) {
    if (line.fulfilment === 'READY_STOCK') {
      const taken = await tx.$queryRaw<{ stock: number }[]>`
        UPDATE "Product" SET stock = stock - ${line.quantity}, "updatedAt" = now()
        WHERE id = ${line.productId} AND stock >= ${line.quantity} RETURNING stock`;
      if (taken.length === 0) {
        const left = await tx.product.findUnique({ where: { id: line.productId }, select: { stock: true } });
        throw new SoldOut(line.productId, left?.stock ?? 0, 'stock');
      }
    } else if (line.dailyCapacity !== null) {
      await tx.$executeRaw`INSERT INTO "CapacityDay" ("productId", day, used) VALUES (${line.productId}, ${day}::date, 0) ON CONFLICT DO NOTHING`;
      const taken = await tx.$queryRaw<{ used: number }[]>`
        UPDATE "CapacityDay" SET used = used + ${line.capacityUnits}
        WHERE "productId" = ${line.productId} AND day = ${day}::date AND used + ${line.capacityUnits} <= ${line.dailyCapacity} RETURNING used`;
      if (taken.length === 0) {
        const row = await tx.capacityDay.findUnique({ where: { productId_day: { productId: line.productId, day: dayToDate(day) } }, select: { used: true } });
        throw new SoldOut(line.productId, Math.max(0, line.dailyCapacity - (row?.used ?? 0)), 'capacity');
      }
    }
  }
}

/** Gives back what an order took (on cancel, reject or an expired card hold). */
export async function releaseInventory(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { neededOn: true, items: { select: { productId: true, quantity: true, capacityUnits: true, product: { select: { fulfilment: true, dailyCapacity: true } } } } },
  });
  for (const item of order.items) {
    if (item.product.fulfilment === 'READY_STOCK') {
      await tx.$executeRaw`UPDATE "Product" SET stock = COALESCE(stock, 0) + ${item.quantity}, "updatedAt" = now() WHERE id = ${item.productId}`;
    } else {
      await tx.$executeRaw`
        UPDATE "CapacityDay" SET used = GREATEST(used - ${item.capacityUnits}, 0)
        WHERE "productId" = ${item.productId} AND day = ${order.neededOn.toISOString().slice(0, 10)}::date`;
    }
  }
}
