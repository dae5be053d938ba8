// Which livestock listings the public sees, and what a listing's card shows (pure: the pages'
// reads, the seller's pages, the console and the search worker share them).
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Live (not hidden or suspended by an officer), not sold, not expired, and its seller's account
 * active. RESERVED ones are shown, marked. Past its date a listing is not public even before the
 * worker marks it.
 */
export const publicLivestock = (now = new Date()) =>
  ({
    status: 'ACTIVE',
    sale: { in: ['AVAILABLE', 'RESERVED'] },
    expiredAt: null,
    expiresAt: { gt: now },
    seller: { status: 'ACTIVE' },
  }) as const satisfies Prisma.LivestockListingWhereInput;

/** Official haats the public (and a seller choosing one) sees. */
export const publicHaat = { publishedAt: { not: null } } as const satisfies Prisma.LivestockHaatWhereInput;

/** What a listing says about itself, on the public card and the seller's pages. */
export const livestockFields = {
  id: true,
  animal: true,
  breed: true,
  colour: true,
  teeth: true,
  weightKg: true,
  weightEstimated: true,
  pricePoisha: true,
  perKgPoisha: true,
  negotiable: true,
  description: true,
  seeAt: true,
  haatOn: true,
  phone: true,
  whatsapp: true,
  sale: true,
  createdAt: true,
} as const satisfies Prisma.LivestockListingSelect;
