// The account actions on the pipeline, with only the request stood in for (headers, cookies,
// session, translations) and Auth.js's signIn replaced by a redirect to where it would go.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const request = vi.hoisted(() => ({
  user: null as null | { id: string; name: string; phone: string; roles: string[]; officerAreaId: null; locale: 'bn'; mustChangePassword?: boolean },
  client: '198.51.100.7',
  /** This browser's cookies. */
  jar: new Map<string, string>(),
}));

vi.mock('next/headers', () => ({
  headers: async () => new Headers({ origin: 'http://localhost:3000', host: 'localhost:3000', 'x-haat-client': request.client }),
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void request.jar.set(name, value),
    delete: (name: string) => void request.jar.delete(name),
  }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => request.user, getShopBuyer: async () => null }));
vi.mock('next-intl/server', async () => {
  // Messages come back as their full key, and only keys that exist in bn.json count as known.
  const messages = (await import('../../messages/bn.json')).default as Record<string, unknown>;
  const known = (path: string) => typeof path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages) === 'string';
  const translator = (namespace?: string) => {
    const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
    return Object.assign((key: string) => full(key), { has: (key: string) => known(full(key)) });
  };
  return { getTranslations: async (namespace?: string) => translator(namespace), getLocale: async () => 'bn' };
});
vi.mock('@/lib/auth/auth', async (original) => {
  const { redirect } = await import('next/navigation');
  return {
    ...(await original<typeof import('./auth')>()),
    signIn: async (_provider: string, options: { redirectTo?: string }) => {
      if (options.redirectTo) redirect(options.redirectTo);
    },
    signOut: async () => undefined,
  };
});

import { db } from '@/lib/db';
import { formOf as form, redirectOf } from '@/lib/testing/action-request';
import { lastCodeTo, lastSmsTo, runJobs } from '@/lib/testing/jobs';
import { changeNameAction, changePasswordAction, forgotPasswordAction, resendSignUpCodeAction, resetPasswordAction, signUpAction, verifySignUpAction } from './actions';
import { hashPassword, verifyPassword } from './passwords';

let serial = 0;
const freshPhone = () => `+88016${String(30000000 + (process.pid % 100) * 100_000 + ++serial * 97 + Math.floor(Math.random() * 90)).slice(0, 8)}`;
async function registered() {
  const phone = freshPhone();
  const user = await db.user.create({ data: { phone, name: 'পুরনো', passwordHash: await hashPassword('ager-pass-2020'), status: 'ACTIVE', phoneVerifiedAt: new Date() } });
  return { ...user, phone };
}
const countSms = (phone: string) => db.devSms.count({ where: { to: phone } });
/** An answer with the number it was about taken out. */
const withoutPhone = (result: { values?: Record<string, string> }) => ({ ...result, values: { ...result.values, phone: 'PHONE' } });

beforeEach(() => {
  request.user = null;
  request.client = `198.51.100.${++serial % 250}`;
});

describe('sign-up', () => {
  it('answers a registered number exactly as a new one; the owner gets a notice (once a day), the newcomer a code', async () => {
    const owner = await registered();
    const fresh = freshPhone();
    const sign = (phone: string) => form({ name: 'নতুন মানুষ', phone: phone.replace('+880', '0'), password: 'notun-ghor-2026' });
    const toOwner = await redirectOf(signUpAction({}, sign(owner.phone)));
    const toFresh = await redirectOf(signUpAction({}, sign(fresh)));
    expect(toOwner.replace(encodeURIComponent(owner.phone), 'PHONE')).toBe(toFresh.replace(encodeURIComponent(fresh), 'PHONE'));
    expect(toFresh).toBe(`/sign-up/verify?phone=${encodeURIComponent(fresh)}`);

    expect(await lastCodeTo(fresh)).toMatch(/^\d{6}$/);
    expect(await lastSmsTo(owner.phone)).toContain('/forgot-password');
    expect(await db.user.findUniqueOrThrow({ where: { phone: owner.phone } })).toMatchObject({ name: 'পুরনো', status: 'ACTIVE' });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { phone: owner.phone }, select: { passwordHash: true } })).passwordHash, 'ager-pass-2020')).toBe(true);

    // A second try a minute later: the same answer again, and no second notice today.
    await db.rateLimit.deleteMany({ where: { key: { startsWith: `otp:gap:SIGN_UP:${owner.phone}` } } });
    expect(await redirectOf(signUpAction({}, sign(owner.phone)))).toBe(toOwner);
    await runJobs();
    expect(await countSms(owner.phone)).toBe(1);
  });

  it('refuses a wrong code for a registered number with the same words as for a new one', async () => {
    const owner = await registered();
    const fresh = freshPhone();
    await redirectOf(signUpAction({}, form({ name: 'নতুন মানুষ', phone: owner.phone, password: 'notun-ghor-2026' })));
    await redirectOf(signUpAction({}, form({ name: 'নতুন মানুষ', phone: fresh, password: 'notun-ghor-2026' })));
    const code = await lastCodeTo(fresh);
    const wrong = code === '000000' ? '111111' : '000000';
    const forOwner = await verifySignUpAction({}, form({ phone: owner.phone, code: wrong }));
    const forFresh = await verifySignUpAction({}, form({ phone: fresh, code: wrong }));
    expect(withoutPhone(forOwner)).toEqual(withoutPhone(forFresh));
    expect(forFresh).toMatchObject({ ok: false, errors: { code: 'AuthErrors.codeRefused' } });

    expect(await redirectOf(verifySignUpAction({}, form({ phone: fresh, code })))).toBe('/account');
    expect(await db.user.findUniqueOrThrow({ where: { phone: fresh } })).toMatchObject({ status: 'ACTIVE', name: 'নতুন মানুষ' });
  });

  it('never activates a waiting account with a password someone else set while its owner was confirming', async () => {
    const phone = freshPhone();
    request.jar.clear();
    await redirectOf(signUpAction({}, form({ name: 'আসল মালিক', phone, password: 'amar-nijer-2026' })));
    const herNote = request.jar.get('haat.signup')!;
    const code = await lastCodeTo(phone);
    // Someone else, in another browser, signs the same number up with his own password (within the
    // minute, so her code still stands).
    request.jar.clear();
    await redirectOf(signUpAction({}, form({ name: 'অন্য লোক', phone, password: 'tar-pass-9999' })));
    await runJobs();
    // She types her code: refused, nothing activated, and she is told to sign up again.
    request.jar.set('haat.signup', herNote);
    expect(await verifySignUpAction({}, form({ phone, code }))).toMatchObject({ ok: false, errors: { code: 'AuthErrors.signUpAgain' } });
    expect(await db.user.findUniqueOrThrow({ where: { phone } })).toMatchObject({ status: 'PENDING' });
    // Signing up again on her phone takes the account back, and her new code opens it with her password.
    await db.rateLimit.deleteMany({ where: { key: { startsWith: `otp:gap:SIGN_UP:${phone}` } } });
    await redirectOf(signUpAction({}, form({ name: 'আসল মালিক', phone, password: 'amar-nijer-2026' })));
    expect(await redirectOf(verifySignUpAction({}, form({ phone, code: await lastCodeTo(phone) })))).toBe('/account');
    const account = await db.user.findUniqueOrThrow({ where: { phone }, select: { status: true, passwordHash: true } });
    expect(account.status).toBe('ACTIVE');
    expect(await verifyPassword(account.passwordHash, 'amar-nijer-2026')).toBe(true);
  });

  it('is limited alike for both kinds, counted on the request', async () => {
    const owner = await registered();
    const fresh = freshPhone();
    const answers = [];
    for (const phone of [owner.phone, fresh]) {
      await redirectOf(signUpAction({}, form({ name: 'নতুন মানুষ', phone, password: 'notun-ghor-2026' })));
      answers.push(await resendSignUpCodeAction({}, form({ phone })));
    }
    expect(withoutPhone(answers[0]!)).toEqual(withoutPhone(answers[1]!));
    // The wait comes with the answer, for the button to count down.
    expect(answers[0]).toMatchObject({ ok: false, errors: { code: 'AuthErrors.tooSoon' }, retryAfter: expect.any(Number) });
    expect(answers[0]!.retryAfter).toBeGreaterThan(50);
  });

  it('states the lockout on the fifth wrong code and on every try after it, alike for both kinds, until a new code is asked for', async () => {
    const owner = await registered();
    const fresh = freshPhone();
    for (const phone of [owner.phone, fresh]) await redirectOf(signUpAction({}, form({ name: 'নতুন মানুষ', phone, password: 'notun-ghor-2026' })));
    const code = await lastCodeTo(fresh);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 1; i <= 7; i++) {
      const forOwner = await verifySignUpAction({}, form({ phone: owner.phone, code: wrong }));
      const forFresh = await verifySignUpAction({}, form({ phone: fresh, code: wrong }));
      expect(withoutPhone(forOwner)).toEqual(withoutPhone(forFresh));
      expect(forFresh).toMatchObject({ ok: false, errors: { code: i < 5 ? 'AuthErrors.codeRefused' : 'AuthErrors.codeLocked' } });
    }
    // Locked: even the right code is answered with the lockout (get a new one).
    expect(await verifySignUpAction({}, form({ phone: fresh, code }))).toMatchObject({ ok: false, errors: { code: 'AuthErrors.codeLocked' } });
    // A new code (once the minute's wait is over): the wrong answers start over, and it works.
    await db.rateLimit.deleteMany({ where: { key: `otp:gap:SIGN_UP:${fresh}` } });
    expect(await resendSignUpCodeAction({}, form({ phone: fresh }))).toMatchObject({ ok: true, message: 'Auth.codeSent', retryAfter: 60 });
    await runJobs();
    const second = await lastCodeTo(fresh);
    expect(await verifySignUpAction({}, form({ phone: fresh, code: second === '000000' ? '111111' : '000000' }))).toMatchObject({ errors: { code: 'AuthErrors.codeRefused' } });
    expect(await redirectOf(verifySignUpAction({}, form({ phone: fresh, code: second })))).toBe('/account');
  });

  it('keeps what was typed after an error, but never the password', async () => {
    const result = await signUpAction({}, form({ name: 'রুবিনা', phone: '01211234567', password: 'password123' }));
    expect(result).toMatchObject({ ok: false, errors: { phone: 'AuthErrors.phoneInvalid' }, values: { name: 'রুবিনা', phone: '01211234567' } });
    expect(result.values).not.toHaveProperty('password');
    const common = await signUpAction({}, form({ name: 'রুবিনা', phone: freshPhone(), password: 'password123' }));
    expect(common).toMatchObject({ ok: false, errors: { password: 'AuthErrors.common' } });
  });
});

describe('password reset', () => {
  it('answers every number the same, and sends a code only to an account', async () => {
    const owner = await registered();
    const stranger = freshPhone();
    const toOwner = await redirectOf(forgotPasswordAction({}, form({ phone: owner.phone })));
    const toStranger = await redirectOf(forgotPasswordAction({}, form({ phone: stranger })));
    expect(toOwner.replace(encodeURIComponent(owner.phone), 'PHONE')).toBe(toStranger.replace(encodeURIComponent(stranger), 'PHONE'));
    await runJobs();
    expect(await countSms(stranger)).toBe(0);
    const code = await lastCodeTo(owner.phone);

    const wrong = code === '000000' ? '111111' : '000000';
    const a = await resetPasswordAction({}, form({ phone: owner.phone, code: wrong, password: 'notun-pass-2026' }));
    const b = await resetPasswordAction({}, form({ phone: stranger, code: wrong, password: 'notun-pass-2026' }));
    expect(withoutPhone(a)).toEqual(withoutPhone(b));
    expect(a).toMatchObject({ ok: false, errors: { code: 'AuthErrors.codeRefused' } });
    expect(a.values).not.toHaveProperty('password');

    expect(await redirectOf(resetPasswordAction({}, form({ phone: owner.phone, code, password: 'notun-pass-2026' })))).toBe('/account');
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { phone: owner.phone }, select: { passwordHash: true } })).passwordHash, 'notun-pass-2026')).toBe(true);
  });

  it('a limited request is answered alike for both kinds', async () => {
    const owner = await registered();
    const stranger = freshPhone();
    request.client = '203.0.113.250';
    await db.rateLimit.upsert({ where: { key: 'otp:client:203.0.113.250' }, create: { key: 'otp:client:203.0.113.250', count: 100, resetAt: new Date(Date.now() + 3_600_000) }, update: { count: 100 } });
    const a = await forgotPasswordAction({}, form({ phone: owner.phone }));
    const b = await forgotPasswordAction({}, form({ phone: stranger }));
    expect(a).toMatchObject({ ok: false, errors: { phone: 'AuthErrors.clientLimit' } });
    expect(withoutPhone(a)).toEqual(withoutPhone(b));
  });
});

describe('account settings', () => {
  it('send a guest to sign in', async () => {
    expect(await redirectOf(changeNameAction({}, form({ name: 'কেউ' })))).toMatch(/^\/sign-in/);
  });

  it('change the password only with the current one, never echoing either', async () => {
    const owner = await registered();
    request.user = { id: owner.id, name: owner.name, phone: owner.phone, roles: ['BUYER'], officerAreaId: null, locale: 'bn' };
    const wrong = await changePasswordAction({}, form({ current: 'not-it-at-all', password: 'notun-pass-2026' }));
    expect(wrong).toMatchObject({ ok: false, errors: { current: 'AuthErrors.wrongCurrent' } });
    expect(wrong.values).toEqual({});
    expect(await changePasswordAction({}, form({ current: 'ager-pass-2020', password: 'notun-pass-2026' }))).toMatchObject({ ok: true, message: 'Auth.passwordChanged' });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).sessionVersion).toBe(1);
  });

  it('stop taking current passwords after five wrong ones, even the right one, and keep the old password', async () => {
    const owner = await registered();
    request.user = { id: owner.id, name: owner.name, phone: owner.phone, roles: ['BUYER'], officerAreaId: null, locale: 'bn' };
    for (let i = 0; i < 5; i++) {
      expect(await changePasswordAction({}, form({ current: `bhul-pass-${i}000`, password: 'notun-pass-2026' }))).toMatchObject({ ok: false, errors: { current: 'AuthErrors.wrongCurrent' } });
    }
    const paused = await changePasswordAction({}, form({ current: 'ager-pass-2020', password: 'notun-pass-2026' }));
    expect(paused).toMatchObject({ ok: false, message: 'AuthErrors.currentTooMany' });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).sessionVersion).toBe(0);
  });

  it('an account on a temporary password may only replace it; the change clears the flag, is audited and goes on to where she was going', async () => {
    const owner = await registered();
    await db.user.update({ where: { id: owner.id }, data: { mustChangePassword: true } });
    request.user = { id: owner.id, name: owner.name, phone: owner.phone, roles: ['BUYER', 'OFFICER'], officerAreaId: null, locale: 'bn', mustChangePassword: true };
    expect(await redirectOf(changeNameAction({}, form({ name: 'অন্য নাম' })))).toBe('/account/password');
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe('পুরনো');
    expect(await changePasswordAction({}, form({ current: 'ager-pass-2020', password: 'ager-pass-2020' }))).toMatchObject({ ok: false, errors: { password: 'AuthErrors.samePassword' } });
    expect(await redirectOf(changePasswordAction({}, form({ current: 'ager-pass-2020', password: 'nijer-pass-2026', next: '/console' })))).toBe('/console');
    const after = await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { mustChangePassword: true, passwordHash: true } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, 'nijer-pass-2026')).toBe(true);
    expect(await db.auditLog.findFirst({ where: { actorId: owner.id, action: 'account.temporaryPasswordReplaced' } })).toMatchObject({ subject: 'USER', subjectId: owner.id, after: { mustChangePassword: false } });
    // A later change of an ordinary account is not an audit event.
    request.user = { ...request.user, mustChangePassword: false };
    expect(await changePasswordAction({}, form({ current: 'nijer-pass-2026', password: 'aro-notun-2027' }))).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { actorId: owner.id } })).toBe(1);
  });
});
