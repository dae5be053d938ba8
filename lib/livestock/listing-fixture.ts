// Listings for the buyers' tests (lib/livestock/public.test.ts, lib/search/livestock-search.test.ts),
// written straight to the table as the seller's side would leave them.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { account, areaId } from '@/lib/console/test-fixtures';

const DAY = 86_400_000;

export type ListingOver = Partial<Omit<Prisma.LivestockListingUncheckedCreateInput, 'areaId'>> & { area?: string };

/** A live listing (a deshi bull of 250 kg for ৳1,20,000 in Mirzapur unless told otherwise); a new seller when none is given. */
export async function listing(over: ListingOver = {}) {
  const { area = 'mirzapur-sherpur-bogura', ...rest } = over;
  const sellerId = rest.sellerId ?? (await account()).id;
  const weightKg = rest.weightKg ?? 250;
  const pricePoisha = rest.pricePoisha ?? 120_000_00;
  return db.livestockListing.create({
    data: {
      animal: 'BULL',
      breed: 'DESHI',
      phone: '+8801711000111',
      expiresAt: new Date(Date.now() + 30 * DAY),
      ...rest,
      sellerId,
      weightKg,
      pricePoisha,
      perKgPoisha: Math.round(pricePoisha / weightKg),
      areaId: await areaId(area),
    },
  });
}
