// An owner's own to-let notices. Every listing is found through the signed-in account (ownerId),
// so someone else's id is simply "not found"; a listing an officer suspended is read-only to her.
// Each change queues the listing for the search index in its transaction, and the RentalListing
// trigger (lib/cache/install.ts) expires the cached /rentals pages at commit.
import 'server-only';
import { assertPhoneConfirmed } from '@/lib/auth/confirmed';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound, suspended } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { servedArea } from '@/lib/geo/queries';
import { enqueueSearch } from '@/lib/search/outbox';
import { MAX_RENTAL_PHOTOS, RENTAL_DAYS, type RentalInput } from './schemas';
import { rentalFields } from './visibility';

type Actor = { id: string; phone: string };

const DAY = 86_400_000;
export const rentalExpiry = (from = new Date()) => new Date(from.getTime() + RENTAL_DAYS * DAY);

const ownSelect = {
  ...rentalFields,
  areaId: true,
  status: true,
  statusReason: true,
  letAt: true,
  expiresAt: true,
  expiredAt: true,
  createdAt: true,
  area: { select: { slug: true, nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true, level: true } } } },
  photos: { orderBy: { sortOrder: 'asc' }, select: { id: true, media: { select: { key: true, thumbKey: true, storage: true, url: true, thumbUrl: true, alt: true } } } },
} as const satisfies Prisma.RentalListingSelect;

/** Her listings, newest first, with what "my rentals" shows. */
export function listOwnRentals(actor: Pick<Actor, 'id'>) {
  return db.rentalListing.findMany({ where: { ownerId: actor.id }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], select: ownSelect });
}

/** One of her listings; anyone else's (or none) is "not found". */
export async function getOwnRental(actor: Pick<Actor, 'id'>, id: string) {
  const rental = await db.rentalListing.findFirst({ where: { id, ownerId: actor.id }, select: ownSelect });
  if (!rental) throw notFound();
  return rental;
}

export type OwnRental = Awaited<ReturnType<typeof getOwnRental>>;

/** Her listing, to change: not hers is "not found", suspended by an officer is read-only. */
async function ownRental(actor: Pick<Actor, 'id'>, id: string) {
  const rental = await db.rentalListing.findFirst({ where: { id, ownerId: actor.id }, select: { id: true, status: true, letAt: true, expiredAt: true, expiresAt: true } });
  if (!rental) throw notFound();
  if (rental.status === 'SUSPENDED' || rental.status === 'HIDDEN') throw suspended();
  return rental;
}

/** The columns a form sets; the area must be an upazila or union of a served district (else `areaOutside`). */
async function columns(actor: Actor, input: RentalInput) {
  await servedArea(input.areaId, { message: 'areaOutside' });
  return {
    kind: input.kind,
    title: input.title,
    description: input.description || null,
    rentPoisha: input.rent,
    advancePoisha: input.advance,
    period: input.period,
    size: input.size || null,
    rooms: input.rooms,
    areaId: input.areaId,
    availableFrom: input.availableFrom,
    // Her own number unless she gave another one.
    phone: input.phone ?? actor.phone,
    whatsapp: input.whatsapp,
  };
}

export async function createRental(actor: Actor, input: RentalInput, now = new Date()) {
  // Only a number confirmed by SMS may post: the public will call it.
  await assertPhoneConfirmed(actor.id);
  const data = await columns(actor, input);
  return db.$transaction(async (tx) => {
    const rental = await tx.rentalListing.create({ data: { ...data, ownerId: actor.id, expiresAt: rentalExpiry(now) }, select: { id: true } });
    await enqueueSearch(tx, 'RENTAL', rental.id);
    return rental;
  });
}

export async function updateRental(actor: Actor, id: string, input: RentalInput) {
  await ownRental(actor, id);
  const data = await columns(actor, input);
  await db.$transaction(async (tx) => {
    await tx.rentalListing.update({ where: { id }, data });
    await enqueueSearch(tx, 'RENTAL', id);
  });
}

async function change(id: string, data: Prisma.RentalListingUpdateInput) {
  await db.$transaction(async (tx) => {
    await tx.rentalListing.update({ where: { id }, data });
    await enqueueSearch(tx, 'RENTAL', id);
  });
}

/** Let: off the public lists and search until she lists it again. */
export async function markRentalLet(actor: Actor, id: string, now = new Date()) {
  const rental = await ownRental(actor, id);
  if (rental.letAt) return;
  await change(id, { letAt: now });
}

/** Back on the lists: free again. An expired listing gets a fresh 60 days as well. */
export async function relistRental(actor: Actor, id: string, now = new Date()) {
  const rental = await ownRental(actor, id);
  const renew = rental.expiredAt || rental.expiresAt <= now;
  await change(id, { letAt: null, ...(renew ? { expiresAt: rentalExpiry(now), expiredAt: null, remindedFor: null } : {}) });
}

/** Another 60 days from today (and public again if it had expired). */
export async function renewRental(actor: Actor, id: string, now = new Date()) {
  await ownRental(actor, id);
  await change(id, { expiresAt: rentalExpiry(now), expiredAt: null, remindedFor: null });
}

/** Gone for good: the listing and its photos' links; the search index drops it. */
export async function deleteRental(actor: Pick<Actor, 'id'>, id: string) {
  // A suspended listing may still be deleted by its owner: that only takes it further from view.
  const rental = await db.rentalListing.findFirst({ where: { id, ownerId: actor.id }, select: { id: true } });
  if (!rental) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.rentalListing.delete({ where: { id } });
    await enqueueSearch(tx, 'RENTAL', id, 'DELETE');
  });
}

/** Called once the uploader stored the photo (lib/media): it must be her own RENTAL_PHOTO upload. */
export async function attachRentalPhoto(actor: Actor, id: string, mediaId: string) {
  await ownRental(actor, id);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true, rentalPhoto: { select: { id: true } } } });
  if (!media || media.ownerId !== actor.id || media.purpose !== 'RENTAL_PHOTO') throw forbidden('not your upload');
  if (media.rentalPhoto) return;
  const count = await db.rentalPhoto.count({ where: { rentalId: id } });
  if (count >= MAX_RENTAL_PHOTOS) throw new AppError('conflict', 'tooManyPhotos');
  await db.$transaction(async (tx) => {
    await tx.rentalPhoto.create({ data: { rentalId: id, mediaId, sortOrder: count } });
    await enqueueSearch(tx, 'RENTAL', id);
  });
}

export async function removeRentalPhoto(actor: Actor, photoId: string) {
  const photo = await db.rentalPhoto.findFirst({ where: { id: photoId, rental: { ownerId: actor.id } }, select: { rentalId: true } });
  if (!photo) throw notFound();
  await ownRental(actor, photo.rentalId);
  await db.$transaction(async (tx) => {
    await tx.rentalPhoto.delete({ where: { id: photoId } });
    await enqueueSearch(tx, 'RENTAL', photo.rentalId);
  });
}
