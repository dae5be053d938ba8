// Which rental listings the public sees (pure: the pages' reads and the search worker share it).
import type { Prisma } from '@/lib/generated/prisma/client';

/** Active (not hidden or suspended by an officer), not let, not expired, and a seeded listing's provider still active. */
export const publicRental = {
  status: 'ACTIVE',
  letAt: null,
  expiredAt: null,
  OR: [{ providerId: null }, { provider: { status: 'ACTIVE' } }],
} as const satisfies Prisma.RentalListingWhereInput;
