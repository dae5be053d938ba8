// Blood donors: who may give again, who may see their numbers, and a donor's own record.
//
// - Eligibility is one rule in pure functions (mayDonateAgain, nextEligibleDate), counted in
//   calendar days in Asia/Dhaka: a man who gave on 1 January may give again on the 90th day after.
//   The intervals come from the Setting table ('blood.minDaysMale', 'blood.minDaysFemale'); women,
//   OTHER and unknown sex get the women's interval. No recorded donation means eligible.
// - Numbers are masked ("01711-XXXXX7") unless the asker has confirmed a mobile number of their own
//   by SMS (a signed cookie, see signRevealToken) or is signed in with a verified number. A
//   confirmed asker may see at most REVEAL_LIMIT donor pages an hour.
import { readToken, signToken } from '@/lib/security/signed-token';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { BloodGroup, Sex } from '@/lib/generated/prisma/enums';
import type { AreaSummary } from '@/lib/geo/queries';
import { parseTypedDay } from '@/lib/i18n/typed-date';
import { hit } from '@/lib/security/rate-limit';

export const BLOOD_CATEGORY = 'blood-donor';
export const DONOR_PAGE_SIZE = 20;

export const BLOOD_GROUPS = ['A_POS', 'A_NEG', 'B_POS', 'B_NEG', 'AB_POS', 'AB_NEG', 'O_POS', 'O_NEG'] as const satisfies readonly BloodGroup[];
export const bloodGroupLabel: Record<BloodGroup, string> = {
  A_POS: 'A+',
  A_NEG: 'A−',
  B_POS: 'B+',
  B_NEG: 'B−',
  AB_POS: 'AB+',
  AB_NEG: 'AB−',
  O_POS: 'O+',
  O_NEG: 'O−',
};
export const isBloodGroup = (value: unknown): value is BloodGroup => typeof value === 'string' && (BLOOD_GROUPS as readonly string[]).includes(value);

// ───────────────────────────── eligibility ─────────────────────────────

export interface BloodSettings {
  minDaysMale: number;
  minDaysFemale: number;
}
export const DEFAULT_BLOOD_SETTINGS: BloodSettings = { minDaysMale: 90, minDaysFemale: 120 };

export interface DonorRecord {
  sex: Sex | null;
  lastDonationAt: Date | null;
}

const DAY_MS = 86_400_000;
/** Bangladesh keeps UTC+6 all year. */
const DHAKA_OFFSET_MS = 6 * 3_600_000;
/** The calendar day (days since 1970-01-01) a moment falls on in Dhaka. */
export const dhakaDay = (date: Date) => Math.floor((date.getTime() + DHAKA_OFFSET_MS) / DAY_MS);
/** Midnight in Dhaka at the start of a calendar day. */
export const dhakaDayStart = (day: number) => new Date(day * DAY_MS - DHAKA_OFFSET_MS);

export const minDaysFor = (sex: Sex | null, settings: BloodSettings) => (sex === 'MALE' ? settings.minDaysMale : settings.minDaysFemale);

/** The first moment (midnight in Dhaka) the donor may give again; null if no donation is recorded. */
export function nextEligibleDate(donor: DonorRecord, settings: BloodSettings): Date | null {
  if (!donor.lastDonationAt) return null;
  return dhakaDayStart(dhakaDay(donor.lastDonationAt) + minDaysFor(donor.sex, settings));
}

export function mayDonateAgain(donor: DonorRecord, now: Date, settings: BloodSettings): boolean {
  const next = nextEligibleDate(donor, settings);
  return next === null || now.getTime() >= next.getTime();
}

/** Donations before this moment are long enough ago (the same rule, for a database filter). */
export const eligibleBefore = (now: Date, minDays: number) => dhakaDayStart(dhakaDay(now) - minDays + 1);

const positiveDays = (value: unknown, fallback: number) => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 && n < 3650 ? n : fallback;
};

export async function getBloodSettings(): Promise<BloodSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: ['blood.minDaysMale', 'blood.minDaysFemale'] } } });
  const value = (key: string) => rows.find((r) => r.key === key)?.value;
  return {
    minDaysMale: positiveDays(value('blood.minDaysMale'), DEFAULT_BLOOD_SETTINGS.minDaysMale),
    minDaysFemale: positiveDays(value('blood.minDaysFemale'), DEFAULT_BLOOD_SETTINGS.minDaysFemale),
  };
}

// ───────────────────────────── masking and the reveal token ─────────────────────────────

/** "+8801711234567" → "01711-XXXXX7": the operator prefix and the last digit, nothing more. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const local = /^(?:880)?0?(1\d{9})$/.exec(digits)?.[1];
  if (!local) return 'XXXXX-XXXXXX';
  return `0${local.slice(0, 4)}-XXXXX${local.slice(-1)}`;
}

export const REVEAL_COOKIE = 'haat.donor';
export const REVEAL_TTL_SECONDS = 2 * 3600;
export const REVEAL_LIMIT = { max: 30, windowMs: 3_600_000 } as const;

const MOBILE = /^\+8801[3-9]\d{8}$/;

/** A cookie value saying "this person confirmed `phone` by SMS", valid REVEAL_TTL_SECONDS. */
export function signRevealToken(phone: string, secret: string, now = Date.now()): string {
  if (!MOBILE.test(phone)) throw new Error('not a mobile number');
  return signToken('haat.donor-reveal', { p: phone, exp: Math.floor(now / 1000) + REVEAL_TTL_SECONDS }, secret);
}

/** The confirmed phone of a valid, unexpired token; null for anything forged, altered or old. */
export function verifyRevealToken(value: string | undefined | null, secret: string, now = Date.now()): string | null {
  const token = readToken('haat.donor-reveal', value, secret, now, 300);
  return token && typeof token.p === 'string' && MOBILE.test(token.p) ? token.p : null;
}

// ───────────────────────────── the list ─────────────────────────────

/** Someone who proved a mobile number of their own (by SMS code or a verified account). */
export type Asker = { phone: string } | null;

export interface DonorSearch {
  group: BloodGroup | null;
  area: AreaSummary;
  page: number;
  /** For an answer by SMS: only donors who let their number be sent by SMS (donorSmsShared). */
  bySms?: boolean;
}

export interface DonorView {
  id: string;
  name: string;
  nameEn: string | null;
  bloodGroup: BloodGroup;
  verified: boolean;
  lastDonationAt: Date | null;
  place: { nameBn: string; nameEn: string }[];
  /** Always present: what a person who has not confirmed sees. */
  maskedPhone: string;
  /** Only for a confirmed asker within the hourly allowance; otherwise null. */
  phone: string | null;
}

export type Reveal = { state: 'masked' } | { state: 'shown' } | { state: 'limited'; retryAfterSeconds: number };

export interface DonorResult {
  total: number;
  donors: DonorView[];
  reveal: Reveal;
  settings: BloodSettings;
}

/** The shared part of a list: the same for everyone, numbers masked (what /blood keeps in the cache). */
export type DonorList = Omit<DonorResult, 'reveal'>;

/**
 * Records officers verify: everything but a donor without a trade. A donor is never verified, but a
 * provider who also gives blood still is.
 */
export const notDonorOnly = { OR: [{ bloodGroup: null }, { categories: { some: { category: { kind: { not: 'BLOOD' as const } } } } }] };

/** Listed donors: active, with a group, in the blood-donor category and not paused by themselves. */
export const listedDonorWhere = {
  status: 'ACTIVE' as const,
  bloodGroup: { not: null },
  donorPausedAt: null,
  categories: { some: { category: { slug: BLOOD_CATEGORY } } },
};

function donorWhere(search: Pick<DonorSearch, 'group' | 'area' | 'bySms'>, now: Date, settings: BloodSettings) {
  return {
    ...listedDonorWhere,
    ...(search.group ? { bloodGroup: search.group } : {}),
    ...(search.bySms ? { donorSmsShared: true } : {}),
    area: { path: { startsWith: search.area.path } },
    OR: [
      { lastDonationAt: null },
      { sex: 'MALE' as const, lastDonationAt: { lt: eligibleBefore(now, settings.minDaysMale) } },
      { OR: [{ sex: null }, { sex: { not: 'MALE' as const } }], lastDonationAt: { lt: eligibleBefore(now, settings.minDaysFemale) } },
    ],
  };
}

type DonorRow = { id: string; nameBn: string; nameEn: string | null; bloodGroup: BloodGroup | null; verification: string; lastDonationAt: Date | null; phone: string; area: { nameBn: string; nameEn: string; parent: { nameBn: string; nameEn: string } | null } };

export const donorRowSelect = {
  id: true,
  nameBn: true,
  nameEn: true,
  bloodGroup: true,
  sex: true,
  lastDonationAt: true,
  verification: true,
  phone: true,
  area: { select: { nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true } } } },
} as const;

/** A donor as everyone sees her: the number masked. */
export const maskedDonorView = (r: DonorRow): DonorView => ({
  id: r.id,
  name: r.nameBn,
  nameEn: r.nameEn,
  bloodGroup: r.bloodGroup!,
  verified: r.verification === 'VERIFIED',
  lastDonationAt: r.lastDonationAt,
  place: [r.area, r.area.parent].filter((a): a is { nameBn: string; nameEn: string } => Boolean(a)).map((a) => ({ nameBn: a.nameBn, nameEn: a.nameEn })),
  maskedPhone: maskPhone(r.phone),
  phone: null,
});

/**
 * Donors who may give again, filtered by group and area, with masked numbers only: the same for
 * every visitor, so /blood reads it through the cache (lib/cache/reads.ts donorList).
 */
export async function listDonors(search: DonorSearch, now = new Date()): Promise<DonorList> {
  const settings = await getBloodSettings();
  const where = donorWhere(search, now, settings);
  const [total, rows] = await Promise.all([
    db.provider.count({ where }),
    db.provider.findMany({
      where,
      orderBy: [{ verification: 'asc' }, { lastActiveAt: 'desc' }, { id: 'asc' }],
      skip: (search.page - 1) * DONOR_PAGE_SIZE,
      take: DONOR_PAGE_SIZE,
      select: donorRowSelect,
    }),
  ]);
  // The query already applies the rule; the pure function has the last word.
  return { total, donors: rows.filter((r) => mayDonateAgain(r, now, settings)).map(maskedDonorView), settings };
}

/**
 * The per-visitor part: full numbers of the listed donors, only for a confirmed asker within her
 * hourly allowance (one count per page). One rate-limit hit and one look-up of the page's numbers.
 */
export async function revealDonors(list: DonorList, asker: Asker): Promise<DonorResult> {
  if (!asker || !MOBILE.test(asker.phone) || list.donors.length === 0) return { ...list, reveal: { state: 'masked' } };
  const counted = await hit(`blood:reveal:${asker.phone}`, REVEAL_LIMIT);
  if (!counted.allowed) return { ...list, reveal: { state: 'limited', retryAfterSeconds: counted.retryAfterSeconds } };
  const phones = new Map((await db.provider.findMany({ where: { id: { in: list.donors.map((d) => d.id) } }, select: { id: true, phone: true } })).map((r) => [r.id, r.phone]));
  return { ...list, donors: list.donors.map((d) => ({ ...d, phone: phones.get(d.id) ?? null })), reveal: { state: 'shown' } };
}

/** The list and its reveal in one call (scripts and tests; /blood takes the list from the cache). */
export async function searchDonors(search: DonorSearch, asker: Asker, now = new Date()): Promise<DonorResult> {
  return revealDonors(await listDonors(search, now), asker);
}

// ───────────────────────────── a donor's own record ─────────────────────────────

/** What a donor's own panel shows: her card as others see it, and what decides her standing. */
export const ownDonorSelect = {
  ...donorRowSelect,
  status: true,
  birthDate: true,
  donorPausedAt: true,
  donorSmsShared: true,
  areaId: true,
} as const;

/** The signed-in user's own donor profile, found by the user id and nothing else. */
export async function getOwnDonorProfile(userId: string) {
  return db.provider.findFirst({ where: { userId, categories: { some: { category: { slug: BLOOD_CATEGORY } } } }, select: ownDonorSelect });
}

export type OwnDonorProfile = NonNullable<Awaited<ReturnType<typeof getOwnDonorProfile>>>;

export const EARLIEST_DONATION = new Date(Date.UTC(1950, 0, 1) - DHAKA_OFFSET_MS);

/**
 * Reads a date as people write it ("15/01/2026", "১৫-০১-২০২৬", "2026-01-15": lib/i18n/typed-date.ts).
 * Returns noon in Dhaka of that day (the same calendar day in every time zone near ours), or
 * null if it is not a real date.
 */
export function parseDonationDate(input: string): Date | null {
  const day = parseTypedDay(input);
  return day ? new Date(Date.parse(`${day}T12:00:00Z`) - DHAKA_OFFSET_MS) : null;
}

/** A date typed as people write it (parseDonationDate); `required` is the message key when empty. */
export const typedDate = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .transform((value, ctx) => {
      const date = parseDonationDate(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
        return z.NEVER;
      }
      return date;
    });

/** The date form's rule; messages are keys under Blood.errors. */
export const donationDateSchema = z.object({ date: typedDate('dateRequired') });

export type DonationResult = { ok: true; lastDonationAt: Date } | { ok: false; reason: 'notDonor' | 'dateFuture' | 'dateTooOld' };

/**
 * Records when the signed-in donor last gave blood. The profile is looked up by the user's id,
 * so no id sent by a form can reach anyone else's record.
 */
export async function recordOwnDonation(userId: string, at: Date, now = new Date()): Promise<DonationResult> {
  if (dhakaDay(at) > dhakaDay(now)) return { ok: false, reason: 'dateFuture' };
  if (at.getTime() < EARLIEST_DONATION.getTime()) return { ok: false, reason: 'dateTooOld' };
  const profile = await getOwnDonorProfile(userId);
  if (!profile) return { ok: false, reason: 'notDonor' };
  const updated = await db.provider.update({ where: { id: profile.id }, data: { lastDonationAt: at }, select: { lastDonationAt: true } });
  return { ok: true, lastDonationAt: updated.lastDonationAt! };
}
