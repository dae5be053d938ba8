// A seller's own animals ("আমার পশু", /account/livestock), modelled on the rentals owner side
// (lib/rentals/manage.ts). Every listing is found through the signed-in account (sellerId), so
// someone else's id is "not found"; one an officer hid or suspended is read-only to her. Each change
// queues the listing for the search index in its transaction; the LivestockListing trigger
// (lib/cache/install.ts) expires the cached /haat pages at commit.
import 'server-only';
import { assertPhoneConfirmed } from '@/lib/auth/confirmed';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound, suspended } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getServedDistricts, servedArea } from '@/lib/geo/queries';
import { enqueueSearch } from '@/lib/search/outbox';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { dayStart, meetsOn } from './calendar';
import { seasonHaats } from './markets';
import { LISTINGS_PER_DAY, MAX_LIVESTOCK_PHOTOS, perKg, type LivestockInput } from './schemas';
import { currentSeason, listingExpiry } from './season';
import { livestockFields } from './visibility';

type Actor = { id: string; phone: string };

/** The "new animal" form's one-time key (a hidden field); anything else is ignored. */
export const FORM_KEY = /^[A-Za-z0-9_-]{16,64}$/;

const ownSelect = {
  ...livestockFields,
  areaId: true,
  haatId: true,
  status: true,
  statusReason: true,
  soldAt: true,
  expiresAt: true,
  expiredAt: true,
  callTaps: true,
  whatsappTaps: true,
  area: { select: { slug: true, nameBn: true, nameEn: true } },
  haat: { select: { id: true, nameBn: true, nameEn: true, place: true } },
  photos: { orderBy: { sortOrder: 'asc' }, select: { id: true, media: { select: { key: true, thumbKey: true, storage: true, url: true, thumbUrl: true, alt: true } } } },
} as const satisfies Prisma.LivestockListingSelect;

/** Her animals, newest first, sold ones too (her history), with what "my animals" shows. */
export function listOwnLivestock(actor: Pick<Actor, 'id'>) {
  return db.livestockListing.findMany({ where: { sellerId: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: ownSelect });
}

/** One of her animals; anyone else's (or none) is "not found". */
export async function getOwnLivestock(actor: Pick<Actor, 'id'>, id: string) {
  const listing = await db.livestockListing.findFirst({ where: { id, sellerId: actor.id }, select: ownSelect });
  if (!listing) throw notFound();
  return listing;
}

export type OwnLivestock = Awaited<ReturnType<typeof getOwnLivestock>>;

/** What her form offers as haats: each served district with its current (or coming) season's published haats. */
export async function haatChoices(now = new Date()) {
  const districts = await getServedDistricts();
  return Promise.all(districts.map(async (district) => ({ district, ...(await seasonHaats(district.id, now)) })));
}

/** Her listing, to change: not hers is "not found", hidden or suspended by an officer is read-only. */
async function ownListing(actor: Pick<Actor, 'id'>, id: string) {
  const listing = await db.livestockListing.findFirst({
    where: { id, sellerId: actor.id },
    select: { id: true, status: true, sale: true, areaId: true, haatId: true, haatOn: true, expiresAt: true, expiredAt: true },
  });
  if (!listing) throw notFound();
  if (listing.status !== 'ACTIVE') throw suspended();
  return listing;
}

const alreadySold = () => new AppError('conflict', 'alreadySold');

/**
 * The columns a form sets. The area must be an upazila or union of a served district (`areaOutside`);
 * a haat must be a published one of that district's current season (`haatUnknown`) and the day one
 * it meets on (`haatDayOutside`). A haat and day she already had are kept as they are.
 */
async function columns(actor: Actor, input: LivestockInput, now: Date, kept?: { areaId: number; haatId: string | null; haatOn: Date | null }) {
  const area = await servedArea(input.areaId, { message: 'areaOutside' });
  const { season, haats } = await seasonHaats(area.district.id, now);
  // Kept only where the animal stays: moved elsewhere, its haat is checked again (it may be another district's).
  const unchanged = kept && kept.areaId === input.areaId && kept.haatId === input.haatId && kept.haatOn?.getTime() === input.haatOn?.getTime();
  if (input.haatId && !unchanged) {
    const haat = haats.find((h) => h.id === input.haatId);
    if (!haat) {
      // A published haat of another district's season: say so, rather than "not on the list".
      const elsewhere = await db.livestockHaat.count({ where: { id: input.haatId, publishedAt: { not: null } } });
      throw new AppError('invalid', elsewhere ? 'haatOtherDistrict' : 'haatUnknown');
    }
    if (input.haatOn && !meetsOn(haat, dhakaDay(input.haatOn))) throw new AppError('invalid', 'haatDayOutside');
  }
  return {
    season,
    data: {
      animal: input.animal,
      breed: input.breed,
      colour: input.colour || null,
      teeth: input.teeth,
      weightKg: input.weightKg,
      weightEstimated: input.weightEstimated,
      pricePoisha: input.price,
      perKgPoisha: perKg(input.price, input.weightKg),
      negotiable: input.negotiable,
      description: input.description || null,
      areaId: input.areaId,
      seeAt: input.seeAt || null,
      haatId: input.haatId,
      haatOn: input.haatId ? input.haatOn : null,
      // Her own number unless she gave another one.
      phone: input.phone ?? actor.phone,
      whatsapp: input.whatsapp,
    },
  };
}

/**
 * Lists an animal: live at once, until the end of its district's season (or OFF_SEASON_DAYS). At most
 * LISTINGS_PER_DAY a day (Asia/Dhaka); a second submit of the same form (same formKey) answers with
 * the listing the first one made. Both are decided under a per-seller lock, so racing posts queue.
 */
export async function createLivestock(actor: Actor, input: LivestockInput, { formKey, now = new Date() }: { formKey?: string | null; now?: Date } = {}) {
  await assertPhoneConfirmed(actor.id);
  const { season, data } = await columns(actor, input, now);
  const key = formKey && FORM_KEY.test(formKey) ? formKey : null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`livestock:${actor.id}`}))`;
    if (key) {
      const made = await tx.livestockListing.findUnique({ where: { sellerId_formKey: { sellerId: actor.id, formKey: key } }, select: { id: true } });
      if (made) return made;
    }
    // Counted as listings are made, so deleting some does not give the day's allowance back; the
    // count rolls back with a refused or failed listing. Pruned once the day is over (resetAt).
    const day = dhakaDay(now);
    const [made] = await tx.$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimit" (key, count, "resetAt") VALUES (${`livestock-new:${actor.id}:${day}`}, 1, ${dayStart(addDays(day, 1))})
      ON CONFLICT (key) DO UPDATE SET count = "RateLimit".count + 1
      RETURNING count`;
    if (made!.count > LISTINGS_PER_DAY) throw new AppError('conflict', 'dailyLimit');
    const listing = await tx.livestockListing.create({
      data: { ...data, sellerId: actor.id, seasonId: season?.id ?? null, expiresAt: listingExpiry(season, now), formKey: key, createdAt: now },
      select: { id: true },
    });
    await enqueueSearch(tx, 'LIVESTOCK', listing.id);
    return listing;
  });
}

/** Saves her changes; a sold animal is history and stays as it was sold. */
export async function updateLivestock(actor: Actor, id: string, input: LivestockInput, now = new Date()) {
  const listing = await ownListing(actor, id);
  if (listing.sale === 'SOLD') throw alreadySold();
  const { data } = await columns(actor, input, now, listing);
  await db.$transaction(async (tx) => {
    // Conditional: a sale (or an officer's hiding) that landed meanwhile wins.
    const changed = await tx.livestockListing.updateMany({ where: { id, sale: { not: 'SOLD' }, status: 'ACTIVE' }, data });
    if (changed.count === 0) throw (await tx.livestockListing.count({ where: { id, sale: 'SOLD' } })) ? alreadySold() : suspended();
    await enqueueSearch(tx, 'LIVESTOCK', id);
  });
}

/**
 * Moves its sale state, conditionally on the row so two taps (or two tabs) cannot both win:
 * a listing already SOLD is refused with `alreadySold`.
 */
async function setSale(actor: Actor, id: string, sale: 'AVAILABLE' | 'RESERVED' | 'SOLD', now: Date) {
  await ownListing(actor, id);
  await db.$transaction(async (tx) => {
    const changed = await tx.livestockListing.updateMany({ where: { id, sale: { not: 'SOLD' } }, data: { sale, soldAt: sale === 'SOLD' ? now : null } });
    if (changed.count === 0) throw alreadySold();
    await enqueueSearch(tx, 'LIVESTOCK', id);
  });
}

/** Someone has promised to buy: still shown, marked reserved. */
export const reserveLivestock = (actor: Actor, id: string, now = new Date()) => setSale(actor, id, 'RESERVED', now);
/** The promise fell through: available again. */
export const releaseLivestock = (actor: Actor, id: string, now = new Date()) => setSale(actor, id, 'AVAILABLE', now);
/** Sold: off the public list and search for good; it stays in her history. */
export const sellLivestock = (actor: Actor, id: string, now = new Date()) => setSale(actor, id, 'SOLD', now);

/** Up again until the end of its district's current season (or OFF_SEASON_DAYS), public again if it had expired. */
export async function renewLivestock(actor: Actor, id: string, now = new Date()) {
  const listing = await ownListing(actor, id);
  if (listing.sale === 'SOLD') throw alreadySold();
  const area = await servedArea(listing.areaId, { message: 'areaOutside' });
  const season = await currentSeason(area.district.id, now);
  await db.$transaction(async (tx) => {
    await tx.livestockListing.update({ where: { id }, data: { seasonId: season?.id ?? null, expiresAt: listingExpiry(season, now), expiredAt: null, remindedFor: null } });
    await enqueueSearch(tx, 'LIVESTOCK', id);
  });
}

/** Gone for good: the listing and its photos' links; the search index drops it. */
export async function deleteLivestock(actor: Pick<Actor, 'id'>, id: string) {
  // A hidden listing may still be deleted by its seller: that only takes it further from view.
  const listing = await db.livestockListing.findFirst({ where: { id, sellerId: actor.id }, select: { id: true } });
  if (!listing) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.livestockListing.delete({ where: { id } });
    await enqueueSearch(tx, 'LIVESTOCK', id, 'DELETE');
  });
}

/** Called once the uploader stored the photo (lib/media): it must be her own LIVESTOCK_PHOTO upload; at most MAX_LIVESTOCK_PHOTOS. */
export async function attachLivestockPhoto(actor: Actor, id: string, mediaId: string) {
  await ownListing(actor, id);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true, livestockPhoto: { select: { id: true } } } });
  if (!media || media.ownerId !== actor.id || media.purpose !== 'LIVESTOCK_PHOTO') throw forbidden('not your upload');
  if (media.livestockPhoto) return;
  await db.$transaction(async (tx) => {
    // Two uploads finishing together queue here, so neither passes the limit on a stale count.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`livestock-photos:${id}`}))`;
    // The same upload attached twice at once (a double tap): the second finds it done.
    if (await tx.livestockPhoto.findUnique({ where: { mediaId }, select: { id: true } })) return;
    const count = await tx.livestockPhoto.count({ where: { listingId: id } });
    if (count >= MAX_LIVESTOCK_PHOTOS) throw new AppError('conflict', 'tooManyPhotos');
    await tx.livestockPhoto.create({ data: { listingId: id, mediaId, sortOrder: count } });
    await enqueueSearch(tx, 'LIVESTOCK', id);
  });
}

export async function removeLivestockPhoto(actor: Actor, photoId: string) {
  const photo = await db.livestockPhoto.findFirst({ where: { id: photoId, listing: { sellerId: actor.id } }, select: { listingId: true } });
  if (!photo) throw notFound();
  await ownListing(actor, photo.listingId);
  await db.$transaction(async (tx) => {
    await tx.livestockPhoto.delete({ where: { id: photoId } });
    await enqueueSearch(tx, 'LIVESTOCK', photo.listingId);
  });
}
