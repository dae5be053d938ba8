// Which providers are reached as providers (pure: the pages' reads, contact taps, reviews, reports and
// the search worker share it). A record whose every category is the blood-donor one is reached only
// through /blood, which masks the number; a provider who also gives blood is a provider like any other.
import type { Prisma } from '@/lib/generated/prisma/client';

export const notDonorOnly = {
  NOT: { AND: [{ categories: { some: {} } }, { categories: { every: { category: { kind: 'BLOOD' } } } }] },
} as const satisfies Prisma.ProviderWhereInput;

/** An active provider's record, reached as a provider (not a donor-only record). */
export const publicProviderWhere = { status: 'ACTIVE', ...notDonorOnly } as const satisfies Prisma.ProviderWhereInput;
