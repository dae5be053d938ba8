// The buyers' side of the cattle market: the /haat list with its filters and sorts, one listing's
// page, one seller's farm page and poster, and the counting call/WhatsApp link. Public pages read
// these through lib/cache/reads.ts; the contact route calls livestockContact per request.
import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AreaSummary } from '@/lib/geo/queries';
import { whatsappNumber } from '@/lib/phone';
import { hit } from '@/lib/security/rate-limit';
import { telHref } from '@/components/directory/call-link';
import type { Band, LivestockSort } from './kinds';
import type { HaatFilters } from './paths';
import { livestockFields, publicLivestock } from './visibility';

export const LIVESTOCK_PER_PAGE = 24;

const placeSelect = { select: { nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true, level: true } } } } as const;
const photoMedia = { select: { key: true, storage: true, url: true, thumbUrl: true, alt: true } } as const;
const haatCard = { select: { id: true, nameBn: true, nameEn: true, place: true, publishedAt: true } } as const;

const cardSelect = {
  ...livestockFields,
  area: placeSelect,
  haat: haatCard,
  photos: { take: 1, orderBy: { sortOrder: 'asc' }, select: { media: photoMedia } },
} as const satisfies Prisma.LivestockListingSelect;

export type LivestockCardItem = Prisma.LivestockListingGetPayload<{ select: typeof cardSelect }>;

const ORDER: Record<LivestockSort, Prisma.LivestockListingOrderByWithRelationInput[]> = {
  new: [{ createdAt: 'desc' }, { id: 'asc' }],
  perkg: [{ perKgPoisha: 'asc' }, { id: 'asc' }],
  price: [{ pricePoisha: 'asc' }, { id: 'asc' }],
  weight: [{ weightKg: 'desc' }, { id: 'asc' }],
};

/** A band [from, to) as a range filter; `scale` turns taka into poisha. */
const inBand = ([from, to]: Band, scale = 1) => ({ gte: from * scale, ...(to === null ? {} : { lt: to * scale }) });

export type LivestockListFilters = Pick<HaatFilters, 'animal' | 'breed' | 'weight' | 'price' | 'haat'> & { sort: LivestockSort; page: number };

/** The public listings in an area (and everything below it), filtered, sorted, one page of them. */
export async function listLivestock(area: Pick<AreaSummary, 'path'>, f: LivestockListFilters, now = new Date()) {
  const where: Prisma.LivestockListingWhereInput = {
    ...publicLivestock(now),
    area: { path: { startsWith: area.path } },
    ...(f.animal ? { animal: f.animal } : {}),
    ...(f.breed ? { breed: f.breed } : {}),
    ...(f.weight ? { weightKg: inBand(f.weight) } : {}),
    ...(f.price ? { pricePoisha: inBand(f.price, 100) } : {}),
    ...(f.haat ? { haatId: f.haat } : {}),
  };
  const [total, listings] = await Promise.all([
    db.livestockListing.count({ where }),
    db.livestockListing.findMany({ where, orderBy: ORDER[f.sort], skip: (f.page - 1) * LIVESTOCK_PER_PAGE, take: LIVESTOCK_PER_PAGE, select: cardSelect }),
  ]);
  return { total, listings, pages: Math.max(1, Math.ceil(total / LIVESTOCK_PER_PAGE)) };
}

/** One public listing with everything its page shows; null when it is not public. */
export async function getPublicListing(id: string, now = new Date()) {
  return db.livestockListing.findFirst({
    where: { id, ...publicLivestock(now) },
    select: {
      ...livestockFields,
      sellerId: true,
      expiresAt: true,
      seller: { select: { name: true } },
      area: { select: { id: true, slug: true, path: true, nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true, level: true, parent: { select: { nameBn: true, nameEn: true, level: true } } } } } },
      haat: {
        select: {
          id: true, nameBn: true, nameEn: true, place: true, opensOn: true, closesOn: true, weekdays: true, opensAt: true, closesAt: true,
          leaseOffice: true, leasePhone: true, vetBooth: true, vetNote: true, publishedAt: true,
          area: { select: { nameBn: true, nameEn: true } },
          // Its district, named in the link to its animals (the visitor may remember another district).
          season: { select: { area: { select: { slug: true } } } },
        },
      },
      photos: { orderBy: { sortOrder: 'asc' }, select: { id: true, media: { select: { ...photoMedia.select, width: true, height: true } } } },
    },
  });
}

export type PublicListing = NonNullable<Awaited<ReturnType<typeof getPublicListing>>>;

/**
 * A listing that was public and no longer is because it was sold or its time ran out: its shared
 * link says so (and leads to more of the same animal) rather than "page not found". One an officer
 * hid, or that never existed, is null.
 */
export async function getGoneListing(id: string, now = new Date()) {
  const gone = await db.livestockListing.findFirst({
    where: { id, status: 'ACTIVE', OR: [{ sale: 'SOLD' }, { expiredAt: { not: null } }, { expiresAt: { lte: now } }] },
    select: { animal: true, sale: true, season: { select: { area: { select: { slug: true } } } } },
  });
  return gone && { animal: gone.animal, sold: gone.sale === 'SOLD', district: gone.season?.area.slug ?? null };
}

/** One seller's public listings (her farm page and poster); null when she has none. */
export async function getFarm(sellerId: string, now = new Date()) {
  const listings = await db.livestockListing.findMany({ where: { sellerId, ...publicLivestock(now) }, orderBy: ORDER.new, take: 100, select: { ...cardSelect, seller: { select: { name: true } } } });
  const first = listings[0];
  if (!first) return null;
  return { sellerId, name: first.seller.name, phone: first.phone, area: first.area, listings };
}

export const CONTACT_VIAS = ['call', 'whatsapp'] as const;
export type LivestockContactVia = (typeof CONTACT_VIAS)[number];

/** Taps one visitor adds to a listing's count an hour; more still dial, they are just not counted. */
export const LIVESTOCK_TAP_LIMIT = { max: 3, windowMs: 3_600_000 } as const;

/** The counting link of a listing's call or WhatsApp button. */
export const livestockContactHref = (id: string, via: LivestockContactVia, locale?: string) => `/api/haat/contact/${id}?via=${via}${locale === 'en' ? '&l=en' : ''}`;

/**
 * Where a tap on a public listing's button leads (tel: or wa.me), counting it in callTaps or
 * whatsappTaps unless this visitor (`visitor`: her user id or client key) tapped it often this
 * hour. `visitor` null: not counted at all. Null when the listing is not public (or has no WhatsApp).
 */
export async function livestockContact(id: string, via: LivestockContactVia, visitor: string | null, greeting: string, now = new Date()): Promise<string | null> {
  const listing = await db.livestockListing.findFirst({ where: { id, ...publicLivestock(now) }, select: { id: true, phone: true, whatsapp: true } });
  if (!listing) return null;
  if (via === 'whatsapp' && !listing.whatsapp) return null;
  const target = via === 'call' ? telHref(listing.phone) : `https://wa.me/${whatsappNumber(listing.whatsapp!)}?text=${encodeURIComponent(greeting)}`;
  // A tap from another site (visitor null) dials but is not counted.
  if (visitor && (await hit(`haat-tap:${via}:${id}:${visitor}`, LIVESTOCK_TAP_LIMIT)).allowed) {
    // The public check again in the update: a listing sold a moment ago is not counted.
    await db.livestockListing.updateMany({ where: { id, ...publicLivestock(now) }, data: via === 'call' ? { callTaps: { increment: 1 } } : { whatsappTaps: { increment: 1 } } });
  }
  return target;
}
