// The /blood page's server actions, run as Next.js would run them but with the request (session,
// cookies, translations) stood in for: who is signed in is what getCurrentUser says, nothing else.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/lib/testing/action-request').then((m) => m.headersModule));
vi.mock('next/cache', () => import('@/lib/testing/action-request').then((m) => m.cacheModule));
vi.mock('@/lib/auth/session', () => import('@/lib/testing/action-request').then((m) => m.sessionModule));
vi.mock('next-intl/server', () => import('@/lib/testing/action-request').then((m) => m.intlModule));

import { db } from '@/lib/db';
import { lastCodeTo } from '@/lib/testing/jobs';
import { formOf as form, redirectOf, request as state } from '@/lib/testing/action-request';
import { signingSecret } from '@/lib/auth/secret';
import { REVEAL_COOKIE, verifyRevealToken } from './blood';
import { confirmDonorCodeAction, donatedTodayAction, registerDonorAction, requestDonorCodeAction, setDonationDateAction, setDonorListedAction, setDonorSmsSharedAction } from './blood-actions';

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

beforeEach(() => state.reset());

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

  it('sends a signed-out person to sign in and changes nothing', async () => {
    const carol = await account();
    const profile = await donorProfile(carol.id, null);
    expect(await redirectOf(donatedTodayAction({}, form({ providerId: profile.id })))).toBe('/sign-in');
    expect((await db.provider.findUniqueOrThrow({ where: { id: profile.id } })).lastDonationAt).toBeNull();
  });

  it('tells someone without a donor profile so, and checks the typed date', async () => {
    state.user = await account();
    expect(await donatedTodayAction({}, form({}))).toMatchObject({ ok: false, message: 'Blood.errors.notDonor' });
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
    const code = await lastCodeTo(phone);

    const wrong = await confirmDonorCodeAction({}, form({ phone, code: code === '000000' ? '111111' : '000000' }));
    expect(wrong).toMatchObject({ ok: false, errors: { code: 'AuthErrors.wrong' } });
    expect(state.cookies.has(REVEAL_COOKIE)).toBe(false);

    const back = await redirectOf(confirmDonorCodeAction({}, form({ phone, code, group: 'O_NEG', area: 'https://evil.example' })));
    expect(back).toBe('/blood?group=O_NEG');
    const cookie = state.cookies.get(REVEAL_COOKIE)!;
    expect(cookie.options).toMatchObject({ httpOnly: true, maxAge: 7200, path: '/' });
    expect(verifyRevealToken(cookie.value, signingSecret())).toBe(phone);
  });

  it('answers a number that is not a mobile number beside the field', async () => {
    expect(await requestDonorCodeAction({}, form({ phone: '01211234567' }))).toMatchObject({ ok: false, errors: { phone: 'AuthErrors.phoneInvalid' } });
  });
});

describe('registering oneself as a donor', () => {
  const confirmed = async () => {
    const user = await account();
    await db.user.update({ where: { id: user.id }, data: { phoneVerifiedAt: new Date() } });
    return user;
  };
  const fields = (over: Record<string, string> = {}) => ({ nameBn: 'রাশিদা বেগম', bloodGroup: 'O_NEG', sex: 'FEMALE', birthDate: '০১/০১/১৯৯০', lastDonation: '', areaId: String(areaId), ...over });

  it('puts each refusal beside its field and saves nothing', async () => {
    state.user = await confirmed();
    // Dhaka is not served (HAAT_DISTRICTS is Bogura and Kishoreganj in the tests).
    const dhakaUnion = await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: (await db.area.findUniqueOrThrow({ where: { slug: 'dhaka' } })).path } } });
    const outside = await registerDonorAction({}, form(fields({ areaId: String(dhakaUnion.id) })));
    expect(outside).toMatchObject({ ok: false, errors: { areaId: expect.stringContaining('areaOutside') } });
    const young = await registerDonorAction({}, form(fields({ birthDate: `01/01/${new Date().getUTCFullYear() - 17}` })));
    expect(young).toMatchObject({ ok: false, errors: { birthDate: expect.stringContaining('tooYoung') } });
    const old = await registerDonorAction({}, form(fields({ birthDate: '01/01/1950' })));
    expect(old).toMatchObject({ ok: false, errors: { birthDate: expect.stringContaining('tooOld') } });
    expect(await db.provider.count({ where: { userId: state.user.id } })).toBe(0);
  });

  it('registers the signed-in account only, then lets her pause and come back', async () => {
    const [dina, other] = [await confirmed(), await confirmed()];
    state.user = dina;
    expect(await redirectOf(registerDonorAction({}, form({ ...fields(), userId: other.id, providerId: 'x' })))).toBe('/blood/donor?saved=1');
    const profile = await db.provider.findUniqueOrThrow({ where: { userId: dina.id } });
    expect(profile).toMatchObject({ nameBn: 'রাশিদা বেগম', bloodGroup: 'O_NEG', sex: 'FEMALE', areaId, phone: dina.phone, status: 'ACTIVE', donorPausedAt: null });
    expect(await db.provider.count({ where: { userId: other.id } })).toBe(0);

    expect(await setDonorListedAction({}, form({ listed: '0' }))).toMatchObject({ ok: true, message: 'Blood.paused' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: profile.id } })).donorPausedAt).not.toBeNull();
    expect(await setDonorListedAction({}, form({ listed: '1' }))).toMatchObject({ ok: true, message: 'Blood.relisted' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: profile.id } })).donorPausedAt).toBeNull();
  });

  it('lets a donor keep her number out of SMS answers, and back in: her own profile only', async () => {
    const [rina, other] = [await account(), await account()];
    const mine = await donorProfile(rina.id, null);
    const theirs = await donorProfile(other.id, null);
    expect(mine.donorSmsShared).toBe(true);
    state.user = rina;
    expect(await setDonorSmsSharedAction({}, form({ shared: '0', providerId: theirs.id }))).toMatchObject({ ok: true, message: 'SmsInbound.smsShareSaved' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: mine.id } })).donorSmsShared).toBe(false);
    expect((await db.provider.findUniqueOrThrow({ where: { id: theirs.id } })).donorSmsShared).toBe(true);
    expect(await setDonorSmsSharedAction({}, form({ shared: '1' }))).toMatchObject({ ok: true });
    expect((await db.provider.findUniqueOrThrow({ where: { id: mine.id } })).donorSmsShared).toBe(true);
    // Someone who is not a donor has nothing to change.
    state.user = await account();
    expect(await setDonorSmsSharedAction({}, form({ shared: '0' }))).toMatchObject({ ok: false });
  });
});
