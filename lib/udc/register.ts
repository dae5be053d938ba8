// Assisted registration at a Union Digital Centre (issue #19). The operator types a provider's,
// donor's or shop's details for a person; nothing is created until the person types the code sent
// by SMS to her own phone into the centre's computer (her consent): until then the registration is
// PENDING and holds only what was typed. Then her account is created (or, if she has one, used —
// never one that already has such a record), and the record is made by the same code as her own
// forms (lib/directory/profile.ts, donor.ts, lib/shops/manage.ts) acting as her. The operator can
// change what she registered only through the appointment that made it and until the owner can act
// herself: she signs in or acts on her own (lib/udc/sign-in.ts), or her account already had a
// password or a sign-in; and then only the photos the operator attached. One registration per number
// waits for a code at a time: a new one replaces the old (whose code the new one replaces anyway).
// The code is never returned, shown or logged here: it goes from the OTP module to her phone.
import 'server-only';
import { audit } from '@/lib/console/audit';
import { db } from '@/lib/db';
import { assertDonorDates, registerDonor } from '@/lib/directory/donor';
import { attachWorkPhoto, saveArea, saveBasics, saveContact, serviceCategories, updateWorkPhoto } from '@/lib/directory/profile';
import type { basicsSchema } from '@/lib/directory/profile-schemas';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { issueOtp, OTP_TTL_MS, verifyCountedOtp } from '@/lib/auth/otp';
import { shorten, SMS_MAX } from '@/lib/notify/inbound/reply';
import { sendSms } from '@/lib/notify/sms';
import { rootOrigin, shopPublicUrl } from '@/lib/tenancy/urls';
import { hit } from '@/lib/security/rate-limit';
import { isSlugTaken, openShop } from '@/lib/shops/manage';
import type { z } from 'zod';
import { numbersOf, operatorOf, REGISTRATION_SUBJECT } from './operators';
import type { DonorRegistration, ProviderRegistration, ShopRegistration, UdcKind } from './schemas';

export { REGISTRATION_SUBJECT };

/** Registrations one centre may start per hour (each sends a code): a typing slip, not a pump. */
export const REGISTER_LIMIT = { max: 40, windowMs: 3_600_000 } as const;

type Operator = Awaited<ReturnType<typeof operatorOf>>;
type Draft =
  | { kind: 'PROVIDER'; input: ProviderRegistration }
  | { kind: 'DONOR'; input: DonorRegistration }
  | { kind: 'SHOP'; input: ShopRegistration };

const nameOf = (draft: Draft) => (draft.kind === 'SHOP' ? draft.input.ownerName : draft.input.nameBn);

/** Refuses a number whose account may not get this record: blocked, the operator's own, or one that already has such a record. */
async function assertNotTakenOver(operator: Operator, kind: UdcKind, phone: string) {
  if (phone === operator.user.phone) throw new AppError('invalid', 'ownNumber');
  const account = await db.user.findUnique({ where: { phone }, select: { status: true, provider: { select: { id: true } }, shops: { select: { id: true }, take: 1 } } });
  if (!account) return;
  if (account.status === 'SUSPENDED' || account.status === 'RETIRED') throw new AppError('conflict', 'accountBlocked');
  // Someone's own record is hers to change: an operator never takes one over.
  if (kind === 'SHOP' ? account.shops.length > 0 : account.provider) throw new AppError('conflict', 'alreadyRegistered');
}

const KIND_WORDS: Record<UdcKind, string> = { PROVIDER: 'সেবাদাতা', DONOR: 'রক্তদাতা', SHOP: 'দোকান' };

/**
 * The consent SMS says who registers what for whom (≤ 134 characters): the centre, the kind and
 * the name, cut to fit, and for a donor whether her number will be sent by SMS to people asking
 * for blood when there is room.
 */
export function consentText(registration: { centreName: string; kind: UdcKind; name: string; smsShared?: boolean }, code: string): string {
  const share = registration.kind === 'DONOR' && registration.smsShared ? ' নম্বর SMS-এ রক্তপ্রার্থীকে যাবে।' : '';
  const text = (max: number) =>
    `হাট: ${shorten(registration.centreName, max)} আপনার নামে ${KIND_WORDS[registration.kind]} নিবন্ধন করছে: ${shorten(registration.name, max)}। রাজি হলে কোড ${code} নিজে দিন।`;
  // Long names are cut to make room for the donor's choice; if even then it does not fit, it is left out.
  for (const max of [28, 18]) if (text(max).length + share.length <= 134) return text(max) + share;
  return text(28).length <= 134 ? text(28) : text(18);
}

/**
 * What the record's own code will check at confirmation, checked before the code is sent (a refusal
 * after the person typed her code could not be put right): a donor's age and dates, the trades, a
 * shop's address still free.
 */
async function assertCreatable(draft: Draft) {
  if (draft.kind === 'DONOR') assertDonorDates(draft.input);
  if (draft.kind === 'PROVIDER') await serviceCategories(draft.input.categoryIds);
  if (draft.kind === 'SHOP' && (await isSlugTaken(draft.input.slug))) throw new AppError('conflict', 'slugTaken');
}

/**
 * The one SMS the person gets once registered (≤ SMS_MAX): at which centre, her page's link (a
 * donor has no page of her own), how to sign in herself (forgot password with this number) and,
 * for a shop, that she adds the products herself. The centre's name is cut to fit; the link never.
 */
export function welcomeText(registration: { centreName: string; kind: UdcKind; url?: string }): string {
  // Without its scheme: phones still make it a link, and it leaves room for the words.
  const link = registration.url ? ` ${registration.url.replace(/^https?:\/\//, '')}` : '';
  const how = registration.kind === 'SHOP' ? 'পণ্য দিতে "পাসওয়ার্ড ভুলে গেছেন?"-এ এই নম্বরে ঢুকুন।' : 'নিজে ঢুকতে "পাসওয়ার্ড ভুলে গেছেন?"-এ এই নম্বর দিন।';
  const text = (centre: string) => `হাট: ${centre}${KIND_WORDS[registration.kind]} নিবন্ধিত।${link} ${how}`;
  const room = SMS_MAX - text('').length - 3;
  // Too long a link leaves no room for the centre: the link and the way in matter more.
  return room >= 8 ? text(`${shorten(registration.centreName, room)}-এ `) : text('');
}

/** The person's page: a provider's profile, a shop's storefront; a donor has none of her own. */
export const registeredUrl = (record: { kind: UdcKind; providerSlug?: string; shopSlug?: string }) =>
  record.kind === 'SHOP' && record.shopSlug ? shopPublicUrl(record.shopSlug) : record.kind === 'PROVIDER' && record.providerSlug ? `${rootOrigin()}/p/${record.providerSlug}` : undefined;

/** A registration waiting for a code this long (the code's lifetime) is dead: the prune job removes it. */
export const PENDING_TTL_MS = OTP_TTL_MS;

/** Sends the person a consent code, counted against every OTP limit (per number, client, deployment). */
async function sendConsentCode(phone: string, clientKey: string, text: (code: string) => string) {
  const issued = await issueOtp(phone, 'UDC_CONSENT', clientKey, text);
  if (!issued.ok) throw new AppError('rateLimited', issued.reason === 'notMobile' ? 'phoneInvalid' : issued.reason, issued.retryAfterSeconds ?? 60);
}

/**
 * Starts a registration for the person with this number: checks the union (the operator's own,
 * whatever the form says) and the number, sends her the code and keeps what was typed, pending.
 */
export async function startRegistration(user: { id: string }, draft: Draft, clientKey: string) {
  const operator = await operatorOf(user);
  if (draft.input.areaId !== operator.unionId) throw new AppError('forbidden', 'otherUnion');
  await assertNotTakenOver(operator, draft.kind, draft.input.phone);
  await assertCreatable(draft);
  const limit = await hit(`udc:register:${operator.id}`, REGISTER_LIMIT);
  if (!limit.allowed) throw new AppError('rateLimited', 'rateLimited', limit.retryAfterSeconds);
  const smsShared = draft.kind === 'DONOR' ? draft.input.smsShared : undefined;
  await sendConsentCode(draft.input.phone, clientKey, (code) => consentText({ centreName: operator.centreName, kind: draft.kind, name: nameOf(draft), smsShared }, code));
  const create = () => db.$transaction(async (tx) => {
    // The code just sent replaced any earlier one for this number: its registration goes with it.
    const replaced = await tx.udcRegistration.findMany({ where: { phone: draft.input.phone, status: 'PENDING' }, select: { id: true, kind: true, name: true, operator: { select: { unionId: true } } } });
    for (const old of replaced) {
      await tx.udcRegistration.delete({ where: { id: old.id } });
      await audit(tx, { actorId: user.id, action: 'udc.replace', subject: REGISTRATION_SUBJECT, subjectId: old.id, areaId: old.operator.unionId, before: { kind: old.kind, name: old.name, status: 'PENDING' } });
    }
    const registration = await tx.udcRegistration.create({
      data: { operatorId: operator.id, kind: draft.kind, phone: draft.input.phone, name: nameOf(draft), draft: JSON.parse(JSON.stringify(draft.input)) as Prisma.InputJsonValue },
      select: { id: true },
    });
    await audit(tx, {
      actorId: user.id,
      action: 'udc.register',
      subject: REGISTRATION_SUBJECT,
      subjectId: registration.id,
      areaId: operator.unionId,
      after: { kind: draft.kind, name: nameOf(draft), phone: draft.input.phone, centreName: operator.centreName, status: 'PENDING' },
    });
    return registration;
  });
  try {
    return await create();
  } catch (error) {
    // Two registrations for one number at once: the one-pending index lets one in.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('conflict', 'pendingElsewhere');
    throw error;
  }
}

async function ownPending(operator: Operator, registrationId: string) {
  const registration = await db.udcRegistration.findFirst({ where: { id: registrationId, operatorId: operator.id, status: 'PENDING', createdAt: { gt: new Date(Date.now() - PENDING_TTL_MS) } } });
  if (!registration) throw notFound();
  return registration;
}

/** Sends the person a fresh code for a pending registration (the same limits). */
export async function resendConsentCode(user: { id: string }, registrationId: string, clientKey: string) {
  const operator = await operatorOf(user);
  const registration = await ownPending(operator, registrationId);
  const draft = registration.draft as { smsShared?: boolean };
  await sendConsentCode(registration.phone, clientKey, (code) => consentText({ centreName: operator.centreName, kind: registration.kind, name: registration.name, smsShared: draft.smsShared }, code));
  // The fresh code starts the registration's lifetime again.
  await db.udcRegistration.updateMany({ where: { id: registration.id, status: 'PENDING' }, data: { createdAt: new Date() } });
}

/** Drops a pending registration the person did not confirm (nothing was created). */
export async function cancelRegistration(user: { id: string }, registrationId: string) {
  const operator = await operatorOf(user);
  const registration = await ownPending(operator, registrationId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.udcRegistration.deleteMany({ where: { id: registration.id, status: 'PENDING' } });
    if (!count) throw notFound();
    await audit(tx, { actorId: user.id, action: 'udc.cancel', subject: REGISTRATION_SUBJECT, subjectId: registration.id, areaId: operator.unionId, before: { kind: registration.kind, name: registration.name, status: 'PENDING' } });
  });
}

/**
 * The person's account for a confirmed number: created active with the number confirmed (the code
 * proved it is hers) and no password (she chooses one through "forgot password" when she wants to
 * sign in herself); a sign-up never confirmed is not anyone's yet, so its password is dropped.
 */
async function personAccount(phone: string, name: string): Promise<{ id: string; phone: string; ownAccount: boolean }> {
  const existing = await db.user.findUnique({ where: { phone }, select: { id: true, status: true, phoneVerifiedAt: true, passwordHash: true, lastActiveAt: true } });
  const now = new Date();
  const select = { id: true, phone: true } as const;
  if (!existing) return { ...(await db.user.create({ data: { phone, name, status: 'ACTIVE', phoneVerifiedAt: now, roles: ['BUYER'] }, select })), ownAccount: false };
  if (existing.status === 'PENDING') {
    return { ...(await db.user.update({ where: { id: existing.id }, data: { name, status: 'ACTIVE', phoneVerifiedAt: now, passwordHash: null, sessionVersion: { increment: 1 } }, select })), ownAccount: false };
  }
  // An account she can sign in to (a password) or has signed in to is hers to run: no edit window.
  const ownAccount = Boolean(existing.passwordHash || existing.lastActiveAt);
  if (!existing.phoneVerifiedAt) await db.user.update({ where: { id: existing.id }, data: { phoneVerifiedAt: now }, select });
  return { id: existing.id, phone, ownAccount };
}

const reviveDates = (input: Record<string, unknown>) => ({
  ...input,
  birthDate: new Date(String(input.birthDate)),
  lastDonation: input.lastDonation ? new Date(String(input.lastDonation)) : null,
});

/**
 * The person typed her code: the account and the record are made as if she had filled her own
 * forms, and the registration points at the record. A wrong code changes nothing.
 */
export async function confirmRegistration(user: { id: string }, registrationId: string, code: string) {
  const operator = await operatorOf(user);
  const registration = await ownPending(operator, registrationId);
  const checked = await verifyCountedOtp(registration.phone, 'UDC_CONSENT', code);
  if (!checked.ok) throw new AppError('invalid', checked.reason === 'tooManyTries' ? 'tooManyTries' : 'codeWrong');
  await assertNotTakenOver(operator, registration.kind, registration.phone);
  const person = await personAccount(registration.phone, registration.name);
  const input = registration.draft as Record<string, unknown>;
  const confirm = async (record: { providerId?: string; shopId?: string }, url?: string) =>
    db.$transaction(async (tx) => {
      const now = new Date();
      // Closed at once when she already runs her account herself; a sign-in or own action of hers
      // since the registration began (marked on the pending row) stays.
      const { count } = await tx.udcRegistration.updateMany({
        where: { id: registration.id, status: 'PENDING' },
        data: { status: 'CONFIRMED', confirmedAt: now, personId: person.id, ...record, ...(person.ownAccount ? { ownerSignedInAt: now } : {}) },
      });
      if (!count) throw notFound();
      await audit(tx, {
        actorId: user.id,
        action: 'udc.confirm',
        subject: REGISTRATION_SUBJECT,
        subjectId: registration.id,
        areaId: operator.unionId,
        before: { status: 'PENDING' },
        after: { status: 'CONFIRMED', kind: registration.kind, personId: person.id, ...record },
      });
      // Told once, only if the registration holds: where, her page, and how to take it over.
      await sendSms(person.phone, welcomeText({ centreName: operator.centreName, kind: registration.kind, url }), `udc:welcome:${registration.id}`, { tx });
    });

  if (registration.kind === 'PROVIDER') {
    const draft = input as unknown as ProviderRegistration;
    const provider = await saveBasics(person, { nameBn: draft.nameBn, categoryIds: draft.categoryIds });
    await saveArea(person, { areaId: operator.unionId, address: draft.address, addressPrivacy: 'UNION_ONLY' });
    // The mark is in place before the profile goes public (saveContact finishes step 3).
    await confirm({ providerId: provider.id }, registeredUrl({ kind: 'PROVIDER', providerSlug: provider.slug }));
    await saveContact(person, { phone: person.phone, otherPhones: [], whatsapp: null });
    return { kind: registration.kind, providerId: provider.id };
  }
  if (registration.kind === 'DONOR') {
    const draft = reviveDates(input) as unknown as DonorRegistration;
    const { smsShared, ...donor0 } = draft;
    await registerDonor(person, { ...donor0, areaId: operator.unionId });
    const donor = await db.provider.update({ where: { userId: person.id }, data: { donorSmsShared: smsShared }, select: { id: true } });
    await confirm({ providerId: donor.id });
    return { kind: registration.kind, providerId: donor.id };
  }
  const draft = input as unknown as ShopRegistration;
  const shop = await openShop(person, { nameBn: draft.nameBn, slug: draft.slug, areaId: operator.unionId, phone: person.phone });
  await confirm({ shopId: shop.id }, registeredUrl({ kind: 'SHOP', shopSlug: shop.slug }));
  return { kind: registration.kind, shopId: shop.id };
}

/**
 * A confirmed registration the operator may still change: made through her current appointment
 * (an ended one edits nothing), its record still there (one the owner deleted is not made again),
 * and its owner has not signed in or acted herself and cannot (no password): else forbidden,
 * ownerSignedIn.
 */
export async function editableRegistration(user: { id: string }, registrationId: string) {
  const operator = await operatorOf(user);
  const registration = await db.udcRegistration.findFirst({
    where: { id: registrationId, operatorId: operator.id, status: 'CONFIRMED' },
    select: { id: true, kind: true, name: true, phone: true, personId: true, providerId: true, shopId: true, ownerSignedInAt: true, confirmedAt: true, operatorMediaIds: true },
  });
  if (!registration || !registration.personId) throw notFound();
  if (registration.ownerSignedInAt) throw forbidden('ownerSignedIn');
  const person = await db.user.findUniqueOrThrow({ where: { id: registration.personId }, select: { id: true, phone: true, passwordHash: true } });
  if (person.passwordHash) throw forbidden('ownerSignedIn');
  const record = registration.kind === 'SHOP'
    ? registration.shopId && (await db.shop.count({ where: { id: registration.shopId, ownerId: person.id } }))
    : registration.providerId && (await db.provider.count({ where: { id: registration.providerId, userId: person.id } }));
  if (!record) throw forbidden('ownerSignedIn');
  return { operator, registration, person: { id: person.id, phone: person.phone } };
}

async function editAudit(user: { id: string }, edit: Awaited<ReturnType<typeof editableRegistration>>, what: string, after: Record<string, unknown>) {
  await db.$transaction((tx) =>
    audit(tx, { actorId: user.id, action: `udc.edit`, subject: REGISTRATION_SUBJECT, subjectId: edit.registration.id, areaId: edit.operator.unionId, after: { part: what, ...after } }),
  );
}

/** The operator changes a provider's name and trades for her (the owner's own basics step). */
export async function editProviderBasics(user: { id: string }, registrationId: string, input: z.infer<typeof basicsSchema>) {
  const edit = await editableRegistration(user, registrationId);
  if (edit.registration.kind !== 'PROVIDER') throw notFound();
  await saveBasics(edit.person, input);
  await editAudit(user, edit, 'basics', { nameBn: input.nameBn, categoryIds: input.categoryIds });
}

/**
 * A work photo uploaded from the centre's computer (through /api/uploads, so the operator's upload)
 * becomes the person's: handed over to her account, then attached by her profile's own code.
 */
export async function attachAssistedPhoto(user: { id: string }, registrationId: string, mediaId: string, caption: string) {
  const edit = await editableRegistration(user, registrationId);
  if (edit.registration.kind !== 'PROVIDER') throw notFound();
  const { count } = await db.media.updateMany({ where: { id: mediaId, ownerId: user.id, purpose: 'PROVIDER_PHOTO', providerPhoto: null }, data: { ownerId: edit.person.id } });
  if (!count) throw forbidden('not your upload');
  await db.udcRegistration.update({ where: { id: edit.registration.id }, data: { operatorMediaIds: { push: mediaId } } });
  await attachWorkPhoto(edit.person, mediaId, caption);
  await editAudit(user, edit, 'photo', { mediaId });
}

export async function updateAssistedPhoto(user: { id: string }, registrationId: string, photoId: string, change: { caption?: string; remove?: boolean }) {
  const edit = await editableRegistration(user, registrationId);
  if (edit.registration.kind !== 'PROVIDER') throw notFound();
  // Only a photo the operator attached: the owner's own are hers alone.
  const photo = await db.providerPhoto.findFirst({ where: { id: photoId, providerId: edit.registration.providerId!, mediaId: { in: edit.registration.operatorMediaIds } }, select: { id: true } });
  if (!photo) throw notFound();
  await updateWorkPhoto(edit.person, photoId, change);
  await editAudit(user, edit, change.remove ? 'photoRemove' : 'caption', { photoId });
}

/** The operator's desk: her centre, her numbers, what waits for a code, and what she may still change. */
export async function operatorDesk(user: { id: string }, now = new Date()) {
  const operator = await operatorOf(user);
  const [numbers, pending, confirmed] = await Promise.all([
    db.udcOperator.findMany({ where: { userId: user.id }, select: { id: true } }).then(async (all) => {
      const byOperator = await numbersOf(all.map((o) => o.id), now);
      const total = { month: { PROVIDER: 0, DONOR: 0, SHOP: 0 }, all: { PROVIDER: 0, DONOR: 0, SHOP: 0 }, pending: 0 };
      for (const n of byOperator.values()) {
        for (const k of ['PROVIDER', 'DONOR', 'SHOP'] as const) {
          total.month[k] += n.month[k];
          total.all[k] += n.all[k];
        }
        total.pending += n.pending;
      }
      return total;
    }),
    db.udcRegistration.findMany({ where: { operatorId: operator.id, status: 'PENDING' }, orderBy: { createdAt: 'desc' }, take: 50, select: { id: true, kind: true, name: true, phone: true, createdAt: true } }),
    db.udcRegistration.findMany({
      where: { operatorId: operator.id, status: 'CONFIRMED', ownerSignedInAt: null },
      orderBy: { confirmedAt: 'desc' },
      take: 100,
      select: { id: true, kind: true, name: true, phone: true, confirmedAt: true, provider: { select: { slug: true } }, shop: { select: { slug: true } } },
    }),
  ]);
  return { operator, numbers, pending, editable: confirmed };
}

/** A registration the operator may still change, with the provider's profile as her own forms read it. */
export async function assistedRecord(user: { id: string }, registrationId: string) {
  const edit = await editableRegistration(user, registrationId);
  const provider = edit.registration.providerId
    ? await db.provider.findUnique({
        where: { id: edit.registration.providerId },
        include: { categories: true, photos: { where: { mediaId: { in: edit.registration.operatorMediaIds } }, orderBy: { sortOrder: 'asc' }, include: { media: true } } },
      })
    : null;
  return { ...edit, provider };
}

/** A registration this operator just confirmed, for the desk's success line (null when not hers or not confirmed). */
export async function confirmedOf(user: { id: string }, registrationId: string) {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(registrationId)) return null;
  const operator = await operatorOf(user);
  const registration = await db.udcRegistration.findFirst({
    where: { id: registrationId, operatorId: operator.id, status: 'CONFIRMED' },
    select: { id: true, kind: true, name: true, provider: { select: { slug: true } }, shop: { select: { slug: true } } },
  });
  return registration;
}
