// A provider's own profile: every function finds the profile from the signed-in account (never
// from an id a form sends), so nobody can edit another provider's profile by changing an id.
// Each change also queues the profile for the search index in the same transaction.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound, suspended } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getHomeDistrict, servedArea } from '@/lib/geo/queries';
import { enqueueSearch } from '@/lib/search/outbox';
import type { z } from 'zod';
import type { areaSchema, basicsSchema, contactSchema, hoursSchema, servicesSchema } from './profile-schemas';
import { MAX_WORK_PHOTOS } from './profile-schemas';

type Actor = { id: string; phone: string };

/** Steps a profile must finish before it is public: basics, area, contact. */
export const PUBLIC_AFTER_STEP = 3;

const outbox = (tx: Prisma.TransactionClient, providerId: string) => enqueueSearch(tx, 'PROVIDER', providerId);

export async function getOwnProvider(userId: string) {
  return db.provider.findUnique({
    where: { userId },
    include: {
      area: { include: { parent: true } },
      categories: { include: { category: true } },
      services: { orderBy: { sortOrder: 'asc' } },
      photos: { orderBy: { sortOrder: 'asc' }, include: { media: true } },
    },
  });
}

/** The provider's own profile, to change: none is "not found", a suspended one is read-only. */
async function ownProviderId(actor: Actor): Promise<{ id: string; status: string; onboardingStep: number }> {
  const provider = await db.provider.findUnique({ where: { userId: actor.id }, select: { id: true, status: true, onboardingStep: true } });
  if (!provider) throw notFound();
  if (provider.status === 'SUSPENDED') throw suspended();
  return provider;
}

function stepUpdate(current: { status: string; onboardingStep: number }, step: number): { onboardingStep: number; status?: 'ACTIVE' } {
  const reached = Math.max(current.onboardingStep, step);
  return { onboardingStep: reached, ...(current.status === 'DRAFT' && reached >= PUBLIC_AFTER_STEP ? { status: 'ACTIVE' as const } : {}) };
}

export async function newSlug(categorySlug: string, areaSlug: string) {
  for (;;) {
    const slug = `${categorySlug}-${areaSlug.split('-')[0]}-${randomBytes(3).toString('hex').slice(0, 4)}`;
    if (!(await db.provider.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** Trades a profile may pick: blood donors register on their own form (lib/directory/donor.ts). */
const SERVICE_CATEGORY = { isActive: true, kind: { notIn: ['PRODUCT', 'BLOOD'] } } satisfies Prisma.CategoryWhereInput;

/** The trades the profile's first step offers, in the order people see them. */
export async function profileCategories() {
  return db.category.findMany({ where: SERVICE_CATEGORY, orderBy: { sortOrder: 'asc' } });
}

/** The chosen service trades, all of them real (else invalid, categoryRequired); a UDC registration checks them before its code goes. */
export async function serviceCategories(ids: number[]) {
  const found = await db.category.findMany({ where: { id: { in: ids }, ...SERVICE_CATEGORY }, select: { id: true, slug: true } });
  if (found.length !== new Set(ids).size) throw new AppError('invalid', 'categoryRequired');
  return found;
}

export async function saveBasics(actor: Actor, data: z.infer<typeof basicsSchema>) {
  const categories = await serviceCategories(data.categoryIds);
  const existing = await db.provider.findUnique({ where: { userId: actor.id }, select: { id: true, status: true, onboardingStep: true } });
  if (existing?.status === 'SUSPENDED') throw suspended();
  const links = categories.map((c, i) => ({ categoryId: c.id, isPrimary: i === 0 }));
  if (!existing) {
    const district = await getHomeDistrict();
    return db.$transaction(async (tx) => {
      const provider = await tx.provider.create({
        data: {
          slug: await newSlug(categories[0]!.slug, district.slug),
          userId: actor.id,
          nameBn: data.nameBn,
          areaId: district.id,
          phone: actor.phone,
          status: 'DRAFT',
          onboardingStep: 1,
          categories: { create: links },
        },
      });
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { roles: true } });
      if (!user.roles.includes('PROVIDER')) await tx.user.update({ where: { id: actor.id }, data: { roles: { push: 'PROVIDER' } } });
      await outbox(tx, provider.id);
      return provider;
    });
  }
  return db.$transaction(async (tx) => {
    // A donor who adds a trade stays a donor: only the trades are replaced.
    await tx.providerCategory.deleteMany({ where: { providerId: existing.id, category: { kind: { not: 'BLOOD' } } } });
    await tx.providerCategory.updateMany({ where: { providerId: existing.id }, data: { isPrimary: false } });
    const provider = await tx.provider.update({
      where: { id: existing.id },
      data: { nameBn: data.nameBn, categories: { create: links }, ...stepUpdate(existing, 1) },
    });
    await outbox(tx, existing.id);
    return provider;
  });
}

export async function saveArea(actor: Actor, data: z.infer<typeof areaSchema>) {
  const current = await ownProviderId(actor);
  await servedArea(data.areaId);
  return db.$transaction(async (tx) => {
    await tx.provider.update({ where: { id: current.id }, data: { areaId: data.areaId, address: data.address || null, addressPrivacy: data.addressPrivacy, ...stepUpdate(current, 2) } });
    await outbox(tx, current.id);
  });
}

export async function saveContact(actor: Actor, data: z.infer<typeof contactSchema>) {
  const current = await ownProviderId(actor);
  return db.$transaction(async (tx) => {
    await tx.provider.update({
      where: { id: current.id },
      data: { phone: data.phone, otherPhones: data.otherPhones.filter((p) => p !== data.phone), whatsapp: data.whatsapp, ...stepUpdate(current, 3) },
    });
    await outbox(tx, current.id);
  });
}

export async function saveHours(actor: Actor, data: z.infer<typeof hoursSchema>) {
  const current = await ownProviderId(actor);
  const hours = data.opens ? { days: [...new Set(data.days)].sort(), opens: data.opens, closes: data.closes } : { days: [...new Set(data.days)].sort() };
  return db.$transaction(async (tx) => {
    await tx.provider.update({ where: { id: current.id }, data: { hours, availableNow: data.availableNow, availableChangedAt: new Date(), ...stepUpdate(current, 4) } });
    await outbox(tx, current.id);
  });
}

export async function saveServices(actor: Actor, data: z.infer<typeof servicesSchema>) {
  const current = await ownProviderId(actor);
  return db.$transaction(async (tx) => {
    await tx.providerService.deleteMany({ where: { providerId: current.id } });
    await tx.provider.update({
      where: { id: current.id },
      data: {
        experienceYears: data.experienceYears,
        bio: data.bio || null,
        services: { create: data.services.map((s, i) => ({ name: s.name, priceNote: s.priceNote || null, sortOrder: i })) },
        ...stepUpdate(current, 5),
      },
    });
    await outbox(tx, current.id);
  });
}

/** Attaches an image the provider uploaded (through /api/uploads) as a work photo. */
export async function attachWorkPhoto(actor: Actor, mediaId: string, caption: string) {
  const current = await ownProviderId(actor);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true, providerPhoto: { select: { id: true } } } });
  if (!media || media.ownerId !== actor.id || media.purpose !== 'PROVIDER_PHOTO') throw forbidden('not your upload');
  if (media.providerPhoto) return;
  const count = await db.providerPhoto.count({ where: { providerId: current.id } });
  if (count >= MAX_WORK_PHOTOS) throw new AppError('conflict', 'tooManyPhotos');
  await db.$transaction(async (tx) => {
    await tx.providerPhoto.create({ data: { providerId: current.id, mediaId, caption: caption || null, sortOrder: count } });
    await tx.provider.update({ where: { id: current.id }, data: stepUpdate(current, 6) });
    await outbox(tx, current.id);
  });
}

export async function updateWorkPhoto(actor: Actor, photoId: string, change: { caption?: string; remove?: boolean }) {
  const current = await ownProviderId(actor);
  const photo = await db.providerPhoto.findUnique({ where: { id: photoId }, select: { providerId: true } });
  if (!photo || photo.providerId !== current.id) throw notFound();
  await db.$transaction(async (tx) => {
    if (change.remove) await tx.providerPhoto.delete({ where: { id: photoId } });
    else await tx.providerPhoto.update({ where: { id: photoId }, data: { caption: change.caption || null } });
    await outbox(tx, current.id);
  });
}

export async function setAvailability(actor: Actor, availableNow: boolean) {
  const current = await ownProviderId(actor);
  await db.$transaction(async (tx) => {
    await tx.provider.update({ where: { id: current.id }, data: { availableNow, availableChangedAt: new Date(), lastActiveAt: new Date() } });
    await outbox(tx, current.id);
  });
}

/** On leave: the profile disappears from the directory without being deleted. */
export async function setHidden(actor: Actor, hidden: boolean) {
  const current = await ownProviderId(actor);
  if (current.status === 'DRAFT') throw new AppError('conflict', 'notFinished');
  await db.$transaction(async (tx) => {
    await tx.provider.update({ where: { id: current.id }, data: { status: hidden ? 'HIDDEN' : 'ACTIVE' } });
    await enqueueSearch(tx, 'PROVIDER', current.id, hidden ? 'DELETE' : 'UPSERT');
  });
}
