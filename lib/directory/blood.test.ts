import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Sex } from '@/lib/generated/prisma/enums';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import {
  DEFAULT_BLOOD_SETTINGS,
  dhakaDay,
  dhakaDayStart,
  REVEAL_LIMIT,
  REVEAL_TTL_SECONDS,
  getBloodSettings,
  maskPhone,
  mayDonateAgain,
  nextEligibleDate,
  parseDonationDate,
  recordOwnDonation,
  searchDonors,
  signRevealToken,
  verifyRevealToken,
} from './blood';

const DAY = 86_400_000;
const settings = DEFAULT_BLOOD_SETTINGS;
// Noon in Dhaka on 10 March 2026.
const now = new Date('2026-03-10T06:00:00Z');
const daysAgo = (days: number, from = now) => new Date(from.getTime() - days * DAY);
const donor = (sex: Sex | null, lastDonationAt: Date | null) => ({ sex, lastDonationAt });

describe('who may give blood again', () => {
  it('a man: not after 89 days, yes after 90', () => {
    expect(mayDonateAgain(donor('MALE', daysAgo(89)), now, settings)).toBe(false);
    expect(mayDonateAgain(donor('MALE', daysAgo(90)), now, settings)).toBe(true);
  });

  it('a woman: not after 119 days, yes after 120; OTHER and unknown follow the women’s interval', () => {
    for (const sex of ['FEMALE', 'OTHER', null] as const) {
      expect(mayDonateAgain(donor(sex, daysAgo(89)), now, settings)).toBe(false);
      expect(mayDonateAgain(donor(sex, daysAgo(119)), now, settings)).toBe(false);
      expect(mayDonateAgain(donor(sex, daysAgo(120)), now, settings)).toBe(true);
    }
  });

  it('someone with no recorded donation may give now, and has no “next date”', () => {
    expect(mayDonateAgain(donor('MALE', null), now, settings)).toBe(true);
    expect(mayDonateAgain(donor('FEMALE', null), now, settings)).toBe(true);
    expect(nextEligibleDate(donor('FEMALE', null), settings)).toBeNull();
  });

  it('counts calendar days in Dhaka, not hours', () => {
    // Gave at 23:30 on 1 January (Dhaka); the 90th day after is 1 April, from midnight.
    const gave = new Date('2026-01-01T17:30:00Z');
    const next = nextEligibleDate(donor('MALE', gave), settings)!;
    expect(next.toISOString()).toBe('2026-03-31T18:00:00.000Z');
    expect(mayDonateAgain(donor('MALE', gave), new Date('2026-03-31T17:59:59Z'), settings)).toBe(false);
    expect(mayDonateAgain(donor('MALE', gave), new Date('2026-03-31T18:10:00Z'), settings)).toBe(true);
  });

  it('follows the intervals an admin sets', () => {
    const custom = { minDaysMale: 60, minDaysFemale: 100 };
    expect(mayDonateAgain(donor('MALE', daysAgo(60)), now, custom)).toBe(true);
    expect(mayDonateAgain(donor('FEMALE', daysAgo(99)), now, custom)).toBe(false);
    expect(mayDonateAgain(donor('FEMALE', daysAgo(100)), now, custom)).toBe(true);
  });
});

describe('reading dates as people type them', () => {
  it('takes day/month/year in either script, and ISO dates', () => {
    for (const text of ['15/01/2026', '১৫/০১/২০২৬', '15-1-2026', '15.01.2026', '2026-01-15']) {
      const date = parseDonationDate(text)!;
      expect(date, text).not.toBeNull();
      expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka' }).format(date)).toBe('2026-01-15');
      expect(date.toISOString().slice(0, 10)).toBe('2026-01-15');
    }
  });

  it('refuses what is not a real date', () => {
    for (const text of ['31/02/2026', '2026/15/01', 'kal', '', '15/01/26', '00/01/2026']) expect(parseDonationDate(text), text).toBeNull();
  });
});

describe('masking', () => {
  it('keeps only the operator prefix and the last digit', () => {
    expect(maskPhone('+8801711234567')).toBe('01711-XXXXX7');
    expect(maskPhone('01911000105')).toBe('01911-XXXXX5');
    expect(maskPhone('not a number')).toBe('XXXXX-XXXXXX');
  });
});

describe('the reveal token', () => {
  const secret = 'a-test-secret-of-enough-length-0123456789';
  const phone = '+8801812345678';

  it('names the confirmed phone while it is valid', () => {
    const token = signRevealToken(phone, secret, now.getTime());
    expect(verifyRevealToken(token, secret, now.getTime())).toBe(phone);
    expect(verifyRevealToken(token, secret, now.getTime() + (REVEAL_TTL_SECONDS - 1) * 1000)).toBe(phone);
  });

  it('is refused once expired', () => {
    const token = signRevealToken(phone, secret, now.getTime());
    expect(verifyRevealToken(token, secret, now.getTime() + REVEAL_TTL_SECONDS * 1000)).toBeNull();
    expect(verifyRevealToken(token, secret, now.getTime() + 3 * 3600_000)).toBeNull();
  });

  it('is refused when forged, altered or signed with another secret', () => {
    const token = signRevealToken(phone, secret, now.getTime());
    const [, signature] = token.split('.');
    const otherBody = Buffer.from(JSON.stringify({ p: '+8801712345678', exp: Math.floor(now.getTime() / 1000) + 99_999 })).toString('base64url');
    expect(verifyRevealToken(`${otherBody}.${signature}`, secret, now.getTime())).toBeNull();
    expect(verifyRevealToken(signRevealToken(phone, 'another-secret', now.getTime()), secret, now.getTime())).toBeNull();
    expect(verifyRevealToken(`${token}x`, secret, now.getTime())).toBeNull();
    expect(verifyRevealToken(`${token}.extra`, secret, now.getTime())).toBeNull();
    expect(verifyRevealToken(otherBody, secret, now.getTime())).toBeNull();
    expect(verifyRevealToken('', secret, now.getTime())).toBeNull();
    expect(verifyRevealToken(undefined, secret, now.getTime())).toBeNull();
    expect(verifyRevealToken(token, '', now.getTime())).toBeNull();
  });
});

// ───────────────────────────── against the database ─────────────────────────────

let bogura: AreaSummary;
let sherpur: AreaSummary;
let mirzapur: AreaSummary;
let kishoreganj: AreaSummary;
let donorCategory: number;
let tailorCategory: number;
let serial = 0;
// Noon today in Dhaka, so “N days ago” is exactly N calendar days whenever the file runs.
const realNow = new Date(dhakaDayStart(dhakaDay(new Date())).getTime() + 12 * 3_600_000);

async function makeDonor(name: string, areaId: number, extra: { sex?: Sex | null; lastDonationAt?: Date | null; bloodGroup?: 'A_POS' | 'O_POS' | 'O_NEG' | null; status?: 'ACTIVE' | 'HIDDEN' | 'SUSPENDED'; userId?: string; category?: number } = {}) {
  const phone = `+88017${String(20000000 + ++serial * 7919).slice(0, 8)}`;
  const { category = donorCategory, bloodGroup = 'O_POS', sex = 'MALE', ...rest } = extra;
  const provider = await db.provider.create({
    data: { slug: `d-${serial}-${name}`, nameBn: name, areaId, phone, bloodGroup, sex, ...rest, categories: { create: [{ categoryId: category }] } },
  });
  return provider;
}

const fullForms = (phone: string) => [phone, phone.replace('+880', '0'), phone.slice(4), phone.replace('+', '')];

const donors: Record<string, { id: string; phone: string }> = {};

beforeAll(async () => {
  bogura = (await getAreaBySlug('bogura'))!;
  sherpur = (await getAreaBySlug('sherpur-bogura'))!;
  mirzapur = (await getAreaBySlug('mirzapur-sherpur-bogura'))!;
  kishoreganj = (await getAreaBySlug('kishoreganj'))!;
  donorCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'blood-donor' } })).id;
  tailorCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
  const add = async (key: string, areaId: number, extra: Parameters<typeof makeDonor>[2]) => {
    donors[key] = await makeDonor(key, areaId, extra);
  };
  await add('man90', mirzapur.id, { sex: 'MALE', lastDonationAt: daysAgo(90, realNow) });
  await add('man89', mirzapur.id, { sex: 'MALE', lastDonationAt: daysAgo(89, realNow) });
  await add('woman120', sherpur.id, { sex: 'FEMALE', lastDonationAt: daysAgo(120, realNow), bloodGroup: 'A_POS' });
  await add('woman119', sherpur.id, { sex: 'FEMALE', lastDonationAt: daysAgo(119, realNow), bloodGroup: 'A_POS' });
  await add('other100', sherpur.id, { sex: 'OTHER', lastDonationAt: daysAgo(100, realNow) });
  await add('never', mirzapur.id, { sex: 'FEMALE', lastDonationAt: null, bloodGroup: 'O_NEG' });
  await add('hidden', mirzapur.id, { status: 'HIDDEN' });
  await add('nogroup', mirzapur.id, { bloodGroup: null });
  await add('tailor', mirzapur.id, { category: tailorCategory });
  await add('elsewhere', kishoreganj.id, {});
});

describe('the donor list', () => {
  it('shows only donors who may give again, in the area, by group', async () => {
    const all = await searchDonors({ group: null, area: bogura, page: 1 }, null);
    expect(all.donors.map((d) => d.name).sort()).toEqual(['man90', 'never', 'woman120']);
    expect(all.total).toBe(3);
    expect((await searchDonors({ group: 'A_POS', area: bogura, page: 1 }, null)).donors.map((d) => d.name)).toEqual(['woman120']);
    expect((await searchDonors({ group: null, area: mirzapur, page: 1 }, null)).donors.map((d) => d.name).sort()).toEqual(['man90', 'never']);
    expect((await searchDonors({ group: null, area: kishoreganj, page: 1 }, null)).donors.map((d) => d.name)).toEqual(['elsewhere']);
  });

  it('agrees with the pure rule for every donor', async () => {
    const all = await db.provider.findMany({ where: { categories: { some: { categoryId: donorCategory } }, status: 'ACTIVE', bloodGroup: { not: null }, area: { path: { startsWith: bogura.path } } } });
    const listed = new Set((await searchDonors({ group: null, area: bogura, page: 1 }, null)).donors.map((d) => d.id));
    for (const p of all) expect(listed.has(p.id), p.nameBn).toBe(mayDonateAgain(p, new Date(), DEFAULT_BLOOD_SETTINGS));
  });

  it('never returns a full number to an unconfirmed asker', async () => {
    for (const asker of [null, { phone: 'not-a-phone' }]) {
      const result = await searchDonors({ group: null, area: bogura, page: 1 }, asker);
      expect(result.reveal.state).toBe('masked');
      expect(result.donors.length).toBeGreaterThan(0);
      const text = JSON.stringify(result);
      for (const d of Object.values(donors)) for (const form of fullForms(d.phone)) expect(text).not.toContain(form);
      for (const d of result.donors) {
        expect(d.phone).toBeNull();
        expect(d.maskedPhone).toMatch(/^01\d{3}-XXXXX\d$/);
      }
    }
  });

  it('shows numbers to a confirmed asker, at most REVEAL_LIMIT pages an hour', async () => {
    const asker = { phone: '+8801912345678' };
    const first = await searchDonors({ group: null, area: bogura, page: 1 }, asker);
    expect(first.reveal.state).toBe('shown');
    expect(first.donors.find((d) => d.name === 'man90')!.phone).toBe(donors.man90!.phone);
    // A search with nobody in it costs nothing.
    for (let i = 0; i < 5; i++) expect((await searchDonors({ group: 'B_NEG', area: bogura, page: 1 }, asker)).reveal.state).toBe('masked');
    for (let i = 1; i < REVEAL_LIMIT.max; i++) expect((await searchDonors({ group: null, area: bogura, page: 1 }, asker)).reveal.state).toBe('shown');
    const over = await searchDonors({ group: null, area: bogura, page: 1 }, asker);
    expect(over.reveal).toMatchObject({ state: 'limited' });
    expect(over.donors.every((d) => d.phone === null)).toBe(true);
    expect(JSON.stringify(over)).not.toContain(donors.man90!.phone);
    // Another asker is not affected.
    expect((await searchDonors({ group: null, area: bogura, page: 1 }, { phone: '+8801912345679' })).reveal.state).toBe('shown');
  });

  it('reads the intervals from the Setting table, with the defaults for bad values', async () => {
    expect(await getBloodSettings()).toEqual({ minDaysMale: 90, minDaysFemale: 120 });
    await db.setting.update({ where: { key: 'blood.minDaysMale' }, data: { value: 60 } });
    await db.setting.update({ where: { key: 'blood.minDaysFemale' }, data: { value: 'nonsense' } });
    try {
      expect(await getBloodSettings()).toEqual({ minDaysMale: 60, minDaysFemale: 120 });
      const names = (await searchDonors({ group: null, area: bogura, page: 1 }, null)).donors.map((d) => d.name).sort();
      expect(names).toEqual(['man89', 'man90', 'never', 'woman120']);
    } finally {
      await db.setting.update({ where: { key: 'blood.minDaysMale' }, data: { value: 90 } });
      await db.setting.update({ where: { key: 'blood.minDaysFemale' }, data: { value: 120 } });
    }
  });
});

describe('a donor’s own donation date', () => {
  const user = async () => db.user.create({ data: { phone: `+88016${String(30000000 + ++serial * 4231).slice(0, 8)}`, name: 'দাতা', status: 'ACTIVE' } });

  it('changes only the signed-in user’s own donor profile', async () => {
    const [alice, bob, carol] = await Promise.all([user(), user(), user()]);
    const aliceProfile = await makeDonor('alice', mirzapur.id, { userId: alice.id, sex: 'FEMALE', lastDonationAt: null });
    const bobProfile = await makeDonor('bob', mirzapur.id, { userId: bob.id, lastDonationAt: daysAgo(200, realNow) });
    // Carol has a profile, but not as a blood donor.
    await makeDonor('carol', mirzapur.id, { userId: carol.id, category: tailorCategory, lastDonationAt: null });

    const today = new Date();
    expect(await recordOwnDonation(alice.id, today)).toEqual({ ok: true, lastDonationAt: today });
    expect((await db.provider.findUniqueOrThrow({ where: { id: aliceProfile.id } })).lastDonationAt).toEqual(today);
    expect((await db.provider.findUniqueOrThrow({ where: { id: bobProfile.id } })).lastDonationAt).toEqual(daysAgo(200, realNow));

    expect(await recordOwnDonation(carol.id, today)).toEqual({ ok: false, reason: 'notDonor' });
    expect(await recordOwnDonation('no-such-user', today)).toEqual({ ok: false, reason: 'notDonor' });
  });

  it('refuses days in the future and before 1950', async () => {
    const dana = await user();
    const profile = await makeDonor('dana', mirzapur.id, { userId: dana.id, lastDonationAt: null });
    expect(await recordOwnDonation(dana.id, new Date(Date.now() + 2 * DAY))).toEqual({ ok: false, reason: 'dateFuture' });
    expect(await recordOwnDonation(dana.id, parseDonationDate('31/12/1949')!)).toEqual({ ok: false, reason: 'dateTooOld' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: profile.id } })).lastDonationAt).toBeNull();
    expect((await recordOwnDonation(dana.id, parseDonationDate('01/01/1950')!)).ok).toBe(true);
  });
});
