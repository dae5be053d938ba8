// Which rental listings the public sees, and what a listing's card shows (pure: the pages' reads,
// the owner's pages and the search worker share them).
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Active (not hidden or suspended by an officer), not let, not expired, and a seeded listing's
 * provider still active. Past its date a listing is not public even before the worker marks it.
 */
export const publicRental = (now = new Date()) =>
  ({
    status: 'ACTIVE',
    letAt: null,
    expiredAt: null,
    expiresAt: { gt: now },
    OR: [{ providerId: null }, { provider: { status: 'ACTIVE' } }],
  }) as const satisfies Prisma.RentalListingWhereInput;

/** What a listing says about itself, on the public card and on the owner's pages. */
export const rentalFields = {
  id: true,
  kind: true,
  title: true,
  description: true,
  rentPoisha: true,
  advancePoisha: true,
  period: true,
  size: true,
  rooms: true,
  availableFrom: true,
  phone: true,
  whatsapp: true,
} as const satisfies Prisma.RentalListingSelect;
