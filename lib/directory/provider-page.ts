// What a provider's public page may show. A private address (addressPrivacy UNION_ONLY) is
// dropped here, in the data layer, so no page, share tag or JSON-LD can ever print it.
import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';

export const getPublicProvider = cache(async (slug: string) => {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null;
  const provider = await db.provider.findUnique({
    where: { slug },
    include: {
      area: { include: { parent: { include: { parent: true } } } },
      categories: { include: { category: true }, orderBy: { isPrimary: 'desc' } },
      services: { orderBy: { sortOrder: 'asc' } },
      photos: { orderBy: { sortOrder: 'asc' }, include: { media: { select: { key: true, storage: true, url: true, thumbUrl: true, width: true, height: true } } } },
      reviews: {
        where: { status: 'VISIBLE' },
        orderBy: { createdAt: 'desc' },
        take: 30,
        select: { id: true, rating: true, text: true, reply: true, repliedAt: true, createdAt: true, authorId: true, author: { select: { name: true } } },
      },
      // "Registered with help from <UDC>" (issue #19): the centre of a confirmed assisted registration.
      udcRegistrations: { where: { status: 'CONFIRMED', kind: 'PROVIDER' }, orderBy: { confirmedAt: 'asc' }, take: 1, select: { operator: { select: { centreName: true } } } },
    },
  });
  if (!provider || provider.status !== 'ACTIVE') return null;
  // Blood donors are reached only through /blood, which masks their numbers.
  if (provider.categories.length > 0 && provider.categories.every((c) => c.category.kind === 'BLOOD')) return null;
  // What a public page may carry (this read is cached, and a cached read can be called directly):
  // never the donor side of a provider who also gives blood, nor officers' notes or search text.
  const { udcRegistrations, address, addressPrivacy, userId, birthDate: _birthDate, sex: _sex, bloodGroup: _bloodGroup, lastDonationAt: _lastDonationAt, donorPausedAt: _donorPausedAt, statusReason: _statusReason, searchText: _searchText, ...rest } = provider;
  return {
    ...rest,
    ownerId: userId,
    assistedBy: udcRegistrations[0]?.operator.centreName ?? null,
    address: addressPrivacy === 'EXACT' ? address : null,
    // Reviewers are shown by first name only.
    reviews: provider.reviews.map(({ author, ...r }) => ({ ...r, authorName: author.name.split(' ').find((w) => !/^(মোঃ|মোছাঃ|md\.?|mst\.?)$/i.test(w)) ?? author.name })),
  };
});

export type PublicProvider = NonNullable<Awaited<ReturnType<typeof getPublicProvider>>>;
