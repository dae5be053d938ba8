// The /blood page's server actions, run as Next.js would run them but with the request (session,
// cookies, translations) stood in for: who is signed in is what getCurrentUser says, nothing else.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; phone: string; roles: string[]; officerAreaId: null; locale: 'bn' },
  cookies: new Map<string, { value: string; options: Record<string, unknown> }>(),
}));

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
vi.mock('next/cache', () => ({ refresh: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }),
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => state.cookies.set(name, { value, options }),
  }),
}));
vi.mock('next-intl/server', async () => {
  // Messages come back as "Namespace.key", and only keys that exist in bn.json count as known.
  const messages = (await import('../../messages/bn.json')).default as Record<string, unknown>;
  const lookup = (path: string) => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);
  const translator = (namespace: string) => Object.assign((key: string) => `${namespace}.${key}`, { has: (key: string) => typeof lookup(`${namespace}.${key}`) === 'string' });
  return { getTranslations: async (namespace: string) => translator(namespace), getLocale: async () => 'bn' };
});

import { db } from '@/lib/db';
import { REVEAL_COOKIE, revealSecret, verifyRevealToken } from './blood';
import { confirmDonorCodeAction, donatedTodayAction, requestDonorCodeAction, setDonationDateAction } from './blood-actions';

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

/** Runs an action that should end in a redirect; returns where to. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2]!;
    throw error;
  }
  throw new Error('expected a redirect');
}

let n = 0;
const account = async () => {
  const user = await db.user.create({ data: { phone: `+88015${String(40000000 + ++n * 3571).slice(0, 8)}`, name: 'দাতা', status: 'ACTIVE' } });
  return { id: user.id, name: user.name, phone: user.phone, roles: ['BUYER'], officerAreaId: null, locale: 'bn' as const };
};

let areaId: number;
let donorCategory: number;
const donorProfile = (userId: string, lastDonationAt: Date | null) =>
  db.provider.create({ data: { slug: `own-${++n}`, userId, nameBn: 'দাতা', areaId, phone: `+88017${String(50000000 + n * 17).slice(0, 8)}`, bloodGroup: 'B_POS', sex: 'MALE', lastDonationAt, categories: { create: [{ categoryId: donorCategory }] } } });

beforeAll(async () => {
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  donorCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'blood-donor' } })).id;
});

beforeEach(() => {
  state.user = null;
  state.cookies.clear();
});

describe('recording one’s own donation', () => {
  it('changes the signed-in donor’s profile and ignores any profile id a form sends', async () => {
    const [alice, bob] = [await account(), await account()];
    const aliceProfile = await donorProfile(alice.id, null);
    const bobProfile = await donorProfile(bob.id, new Date('2025-01-01T06:00:00Z'));

    state.user = bob;
    const result = await donatedTodayAction({}, form({ providerId: aliceProfile.id, id: aliceProfile.id, userId: alice.id }));
    expect(result).toMatchObject({ ok: true, message: 'Blood.saved' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: aliceProfile.id } })).lastDonationAt).toBeNull();
    const bobAfter = (await db.provider.findUniqueOrThrow({ where: { id: bobProfile.id } })).lastDonationAt!;
    expect(Date.now() - bobAfter.getTime()).toBeLessThan(60_000);

    const dated = await setDonationDateAction({}, form({ date: '১৫/০১/২০২৬', providerId: aliceProfile.id }));
    expect(dated.ok).toBe(true);
    expect((await db.provider.findUniqueOrThrow({ where: { id: bobProfile.id } })).lastDonationAt!.toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect((await db.provider.findUniqueOrThrow({ where: { id: aliceProfile.id } })).lastDonationAt).toBeNull();
  });

  it('asks a signed-out person to sign in and changes nothing', async () => {
    const carol = await account();
    const profile = await donorProfile(carol.id, null);
    const result = await donatedTodayAction({}, form({ providerId: profile.id }));
    expect(result).toEqual({ ok: false, message: 'Blood.errors.signIn' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: profile.id } })).lastDonationAt).toBeNull();
  });

  it('tells someone without a donor profile so, and checks the typed date', async () => {
    state.user = await account();
    expect(await donatedTodayAction({}, form({}))).toEqual({ ok: false, message: 'Blood.errors.notDonor' });
    const dave = await account();
    await donorProfile(dave.id, null);
    state.user = dave;
    expect(await setDonationDateAction({}, form({ date: '' }))).toMatchObject({ ok: false, errors: { date: 'Blood.errors.dateRequired' } });
    expect(await setDonationDateAction({}, form({ date: '31/02/2025' }))).toMatchObject({ ok: false, errors: { date: 'Blood.errors.dateInvalid' }, values: { date: '31/02/2025' } });
    expect(await setDonationDateAction({}, form({ date: '01/01/2099' }))).toMatchObject({ ok: false, errors: { date: 'Blood.errors.dateFuture' } });
    expect(await setDonationDateAction({}, form({ date: '01/01/1949' }))).toMatchObject({ ok: false, errors: { date: 'Blood.errors.dateTooOld' } });
  });
});

describe('confirming one’s number to see donors’ numbers', () => {
  it('sends a code, refuses a wrong one, and sets a signed two-hour cookie for the right one', async () => {
    const phone = '+8801887654321';
    const where = await redirectOf(requestDonorCodeAction({}, form({ phone: '০১৮৮৭-৬৫৪৩২১', group: 'O_NEG', area: 'sherpur-bogura' })));
    expect(where).toBe(`/blood?group=O_NEG&area=sherpur-bogura&confirm=${encodeURIComponent(phone)}#confirm`);
    const sms = await db.smsMessage.findFirstOrThrow({ where: { to: phone }, orderBy: { createdAt: 'desc' } });
    const code = /(\d{6})/.exec(sms.body.replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d))))![1]!;

    const wrong = await confirmDonorCodeAction({}, form({ phone, code: code === '000000' ? '111111' : '000000' }));
    expect(wrong).toMatchObject({ ok: false, errors: { code: 'AuthErrors.wrong' } });
    expect(state.cookies.has(REVEAL_COOKIE)).toBe(false);

    const back = await redirectOf(confirmDonorCodeAction({}, form({ phone, code, group: 'O_NEG', area: 'https://evil.example' })));
    expect(back).toBe('/blood?group=O_NEG');
    const cookie = state.cookies.get(REVEAL_COOKIE)!;
    expect(cookie.options).toMatchObject({ httpOnly: true, maxAge: 7200, path: '/' });
    expect(verifyRevealToken(cookie.value, revealSecret())).toBe(phone);
  });

  it('answers a number that is not a mobile number beside the field', async () => {
    expect(await requestDonorCodeAction({}, form({ phone: '01211234567' }))).toMatchObject({ ok: false, errors: { phone: 'AuthErrors.phoneInvalid' } });
  });
});
