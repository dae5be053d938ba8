// Livestock listings the officers' tests share, made straight in the database (the seller's side
// has its own rules and tests in manage.ts).
import { account, areaId, uniquePhone } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import type { LivestockAnimal, LivestockSale } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;

export async function listing(areaSlugOrId: string | number, over: { animal?: LivestockAnimal; weightKg?: number; pricePoisha?: number; sale?: LivestockSale; sellerId?: string; description?: string } = {}) {
  const weightKg = over.weightKg ?? 300;
  const pricePoisha = over.pricePoisha ?? weightKg * 500 * 100;
  return db.livestockListing.create({
    data: {
      sellerId: over.sellerId ?? (await account(['BUYER'])).id,
      animal: over.animal ?? 'BULL',
      breed: 'DESHI',
      weightKg,
      pricePoisha,
      perKgPoisha: Math.round(pricePoisha / weightKg),
      areaId: typeof areaSlugOrId === 'number' ? areaSlugOrId : await areaId(areaSlugOrId),
      phone: uniquePhone(),
      sale: over.sale ?? 'AVAILABLE',
      soldAt: over.sale === 'SOLD' ? new Date() : null,
      description: over.description ?? null,
      expiresAt: new Date(Date.now() + 30 * DAY),
    },
  });
}
