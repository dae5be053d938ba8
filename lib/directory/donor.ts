// A blood donor's own listing: she registers herself (group, sex, date of birth, last donation,
// union), pauses and lists herself again. Always the signed-in account's own record, found by the
// user id (a form cannot name a profile). A donor is a Provider in the blood-donor category, so a
// provider who also gives blood has one record with both; her union is the record's area.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, suspended } from '@/lib/errors';
import { servedArea } from '@/lib/geo/queries';
import { enqueueSearch } from '@/lib/search/outbox';
import { BLOOD_CATEGORY, dhakaDay, EARLIEST_DONATION, getOwnDonorProfile, mayDonateAgain, nextEligibleDate, type BloodSettings } from './blood';
import { DONOR_MAX_AGE, DONOR_MIN_AGE, type DonorInput } from './donor-schemas';
import { newSlug } from './profile';

type Actor = { id: string };

const DHAKA_OFFSET_MS = 6 * 3_600_000;
const dhakaDate = (date: Date) => {
  const d = new Date(date.getTime() + DHAKA_OFFSET_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
};

/** Full years between a birth date and `now`, on the calendar in Dhaka. */
export function ageOn(birth: Date, now: Date): number {
  const b = dhakaDate(birth);
  const n = dhakaDate(now);
  return n.y - b.y - (n.m < b.m || (n.m === b.m && n.d < b.d) ? 1 : 0);
}

/** A donor's age and last donation as her own form checks them (a UDC registration checks them before its code goes). */
export function assertDonorDates(input: Pick<DonorInput, 'birthDate' | 'lastDonation'>, now = new Date()) {
  const age = ageOn(input.birthDate, now);
  if (age < DONOR_MIN_AGE) throw new AppError('invalid', 'tooYoung');
  if (age > DONOR_MAX_AGE) throw new AppError('invalid', 'tooOld');
  if (input.lastDonation) {
    if (dhakaDay(input.lastDonation) > dhakaDay(now)) throw new AppError('invalid', 'dateFuture');
    if (input.lastDonation.getTime() < EARLIEST_DONATION.getTime()) throw new AppError('invalid', 'dateTooOld');
    if (input.lastDonation.getTime() < input.birthDate.getTime()) throw new AppError('invalid', 'dateBeforeBirth');
  }
}

/**
 * Registers the signed-in account as a blood donor, or changes her details. Needs a number
 * confirmed by SMS; refuses ages outside 18–60, donation dates in the future or before 1950 and
 * places outside the served districts. A new donor is listed at once.
 */
export async function registerDonor(actor: Actor, input: DonorInput, now = new Date()) {
  const account = await db.user.findUnique({ where: { id: actor.id }, select: { phone: true, phoneVerifiedAt: true } });
  if (!account?.phoneVerifiedAt) throw new AppError('forbidden', 'phoneNotConfirmed');
  assertDonorDates(input, now);
  const union = await servedArea(input.areaId, { levels: ['UNION'], message: 'unionRequired', outside: 'areaOutside' });
  const [category, existing] = await Promise.all([
    db.category.findUniqueOrThrow({ where: { slug: BLOOD_CATEGORY }, select: { id: true } }),
    db.provider.findUnique({ where: { userId: actor.id }, select: { id: true, status: true, categories: { select: { categoryId: true, category: { select: { kind: true } } } } } }),
  ]);
  if (existing?.status === 'SUSPENDED') throw suspended();
  const details = {
    nameBn: input.nameBn,
    bloodGroup: input.bloodGroup,
    sex: input.sex,
    birthDate: input.birthDate,
    areaId: union.id,
    ...(input.lastDonation ? { lastDonationAt: input.lastDonation } : {}),
  };
  return db.$transaction(async (tx) => {
    let id: string;
    if (!existing) {
      const created = await tx.provider.create({
        data: { slug: await newSlug(BLOOD_CATEGORY, union.slug), userId: actor.id, phone: account.phone, status: 'ACTIVE', ...details, categories: { create: [{ categoryId: category.id, isPrimary: true }] } },
        select: { id: true },
      });
      id = created.id;
    } else {
      id = existing.id;
      // A donor-only record left unfinished (from before donors had their own form) is complete now.
      const donorOnlyDraft = existing.status === 'DRAFT' && existing.categories.every((c) => c.category.kind === 'BLOOD');
      await tx.provider.update({ where: { id }, data: { ...details, ...(donorOnlyDraft ? { status: 'ACTIVE' as const } : {}) } });
      if (!existing.categories.some((c) => c.categoryId === category.id)) await tx.providerCategory.create({ data: { providerId: id, categoryId: category.id, isPrimary: existing.categories.length === 0 } });
    }
    await enqueueSearch(tx, 'PROVIDER', id);
    return { id };
  });
}

/** Takes the signed-in donor off the list (`listed` false) or puts her back, at any time. */
export async function setDonorListed(actor: Actor, listed: boolean, now = new Date()) {
  const profile = await getOwnDonorProfile(actor.id);
  if (!profile) throw new AppError('invalid', 'notDonor');
  if (profile.status === 'SUSPENDED') throw suspended();
  await db.provider.update({ where: { id: profile.id }, data: { donorPausedAt: listed ? null : now } });
}

/** Whether the signed-in donor's number may be sent to someone who asks for blood by SMS (lib/notify/inbound). */
export async function setDonorSmsShared(actor: Actor, shared: boolean) {
  const profile = await getOwnDonorProfile(actor.id);
  if (!profile) throw new AppError('invalid', 'notDonor');
  await db.provider.update({ where: { id: profile.id }, data: { donorSmsShared: shared } });
}

export type DonorStanding =
  | { state: 'incomplete' }
  | { state: 'paused' }
  /** Her record is hidden, unfinished or suspended, so the list leaves her out. */
  | { state: 'unlisted'; status: string }
  | { state: 'resting'; until: Date }
  | { state: 'listed' };

/** Whether, and why not, the donor appears on /blood right now. */
export function donorStanding(profile: { bloodGroup: unknown; status: string; donorPausedAt: Date | null; sex: DonorInput['sex'] | null; lastDonationAt: Date | null }, settings: BloodSettings, now = new Date()): DonorStanding {
  if (!profile.bloodGroup) return { state: 'incomplete' };
  if (profile.status !== 'ACTIVE') return { state: 'unlisted', status: profile.status };
  if (profile.donorPausedAt) return { state: 'paused' };
  if (!mayDonateAgain(profile, now, settings)) return { state: 'resting', until: nextEligibleDate(profile, settings)! };
  return { state: 'listed' };
}
