'use server';

// The account forms' server actions, on the one pipeline (lib/forms/action.ts): the shared zod
// schemas, messages from AuthErrors beside the fields, passwords never sent back. Sign-up, its
// code and password reset answer the same for every number (see accounts.ts).
import { createHash, randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { audit } from '@/lib/console/audit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formAction, voidAction } from '@/lib/forms/action';
import { one } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { env } from '@/lib/env';
import { clientKey } from '@/lib/security/client';
import { countRefusal, hit, peek } from '@/lib/security/rate-limit';
import { readToken, signToken } from '@/lib/security/signed-token';
import { requestPasswordReset, requestSignUp } from './accounts';
import { hashLoginToken, loginTokenIdentifier, signIn, signOut, writeVisitorHint } from './auth';
import { OTP_LIMITS, verifyCountedOtp } from './otp';
import { CURRENT_PASSWORD_TRIES, hashPassword, passwordProblem, verifyPassword } from './passwords';
import { signingSecret } from './secret';
import { changeLocaleSchema, changeNameSchema, changePasswordSchema, forgotSchema, resetSchema, signInSchema, signUpSchema, verifySchema } from './schemas';

const secret = ['password', 'current'];
/** Sign-ups one client may send per hour (each costs a password hash). */
const SIGN_UP_CLIENT_LIMIT = { max: 200, windowMs: 3_600_000 } as const;
/** Data-layer message keys → the field they are shown beside. */
const fieldOf = {
  tooShort: 'password',
  signUpAgain: 'code',
  tooLong: 'password',
  common: 'password',
  likePhone: 'password',
  tooSoon: 'phone',
  dailyLimit: 'phone',
  clientLimit: 'phone',
  notMobile: 'phone',
  codeRefused: 'code',
  codeLocked: 'code',
  wrongCurrent: 'current',
  samePassword: 'password',
};

const requestClient = async () => clientKey(await headers());

/** Only our own paths are followed after signing in (no open redirects). */
function safeNext(value: string): string {
  return /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : '/account';
}

function checkNewPassword(password: string, phone: string): void {
  const problem = passwordProblem(password, phone);
  if (problem) throw new AppError('invalid', problem);
}

/** Signs in with a fresh one-time token (after the number was proved by SMS, or the password just changed). */
async function signInWithToken(phone: string, then: { redirectTo: string } | { redirect: false }): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await db.verificationToken.create({ data: { identifier: loginTokenIdentifier(phone), token: hashLoginToken(token), expires: new Date(Date.now() + 5 * 60_000) } });
  await signIn('phone-token', { phone, token, ...then });
}

export const signInAction = formAction({ namespace: 'AuthErrors', access: 'anyone', schema: signInSchema, secret, pure: true }, async ({ input, form, locale }) => {
  try {
    await signIn('credentials', { ...input, redirectTo: localizeHref(safeNext(one(form, 'next')), locale) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if ((error as AuthError & { code?: string }).code === 'throttled') throw new AppError('rateLimited', 'throttled');
    throw new AppError('invalid', 'wrongCredentials');
  }
});

/**
 * A waiting account takes the password of whoever signed up last; the code then goes to the
 * number's owner. So that nobody can sign up a number someone else is confirming and have his
 * password activated by her code, the browser that signed up keeps a signed note of the password
 * it set, and the code is accepted only together with it.
 */
const SIGN_UP_COOKIE = 'haat.signup';
const SIGN_UP_COOKIE_MAX_AGE = 24 * 3600;
const passwordMark = (passwordHash: string) => createHash('sha256').update(passwordHash).digest('base64url').slice(0, 32);

/** Registered or not, the number is sent to the code page: the owner of a registered one gets a notice instead of a code. */
export const signUpAction = formAction({ namespace: 'AuthErrors', access: 'anyone', schema: signUpSchema, secret, fieldOf, pure: true }, async ({ input, locale }) => {
  const { name, phone, password } = input;
  checkNewPassword(password, phone);
  const client = await requestClient();
  // Hashing costs memory and time: counted per client before it, for every number alike.
  const limited = await hit(`signup:client:${client}`, SIGN_UP_CLIENT_LIMIT);
  if (!limited.allowed) throw new AppError('rateLimited', 'clientLimit', limited.retryAfterSeconds);
  const passwordHash = await hashPassword(password);
  await requestSignUp(phone, client, { name, passwordHash });
  const note = signToken('haat.signup', { p: phone, m: passwordMark(passwordHash), exp: Math.floor(Date.now() / 1000) + SIGN_UP_COOKIE_MAX_AGE }, signingSecret());
  (await cookies()).set(SIGN_UP_COOKIE, note, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: SIGN_UP_COOKIE_MAX_AGE, secure: env().HAAT_ENV === 'production' });
  redirect(localizeHref(`/sign-up/verify?phone=${encodeURIComponent(phone)}`, locale));
});

export const verifySignUpAction = formAction({ namespace: 'AuthErrors', access: 'anyone', schema: verifySchema, fieldOf, pure: true }, async ({ input: { phone, code }, locale }) => {
  // Wrong, expired, used up, or never sent (a registered number): one answer; after five, the lockout.
  const result = await verifyCountedOtp(phone, 'SIGN_UP', code);
  if (!result.ok && result.reason === 'tooManyTries') throw new AppError('invalid', 'codeLocked');
  const user = result.ok ? await db.user.findUnique({ where: { phone }, select: { id: true, status: true, passwordHash: true } }) : null;
  if (!user) throw new AppError('invalid', 'codeRefused');
  // Only the browser that set the waiting account's password may activate it (see SIGN_UP_COOKIE).
  const note = readToken('haat.signup', (await cookies()).get(SIGN_UP_COOKIE)?.value, signingSecret());
  if (user.status === 'PENDING' && (!user.passwordHash || note?.p !== phone || note.m !== passwordMark(user.passwordHash))) throw new AppError('invalid', 'signUpAgain');
  await db.user.update({ where: { id: user.id }, data: { phoneVerifiedAt: new Date(), ...(user.status === 'PENDING' ? { status: 'ACTIVE' } : {}) } });
  await signInWithToken(phone, { redirectTo: localizeHref('/account', locale) });
});

/** Another sign-up code; during the minute's wait she is told how long (`retryAfter`, the button counts it down). */
export const resendSignUpCodeAction = formAction({ namespace: 'AuthErrors', access: 'anyone', schema: forgotSchema, fieldOf: { ...fieldOf, tooSoon: 'code', dailyLimit: 'code', clientLimit: 'code' }, pure: true }, async ({ input, t }) => {
  await requestSignUp(input.phone, await requestClient(), undefined, true);
  return { ok: true, message: t('Auth.codeSent'), retryAfter: OTP_LIMITS.perNumberGap.windowMs / 1000 };
});

export const forgotPasswordAction = formAction({ namespace: 'AuthErrors', access: 'anyone', schema: forgotSchema, fieldOf, pure: true }, async ({ input: { phone }, locale }) => {
  await requestPasswordReset(phone, await requestClient());
  redirect(localizeHref(`/forgot-password/reset?phone=${encodeURIComponent(phone)}`, locale));
});

export const resetPasswordAction = formAction({ namespace: 'AuthErrors', access: 'anyone', schema: resetSchema, secret, fieldOf, pure: true }, async ({ input: { phone, code, password }, locale }) => {
  checkNewPassword(password, phone);
  const result = await verifyCountedOtp(phone, 'RESET_PASSWORD', code);
  if (!result.ok && result.reason === 'tooManyTries') throw new AppError('invalid', 'codeLocked');
  const user = result.ok ? await db.user.findUnique({ where: { phone }, select: { id: true, status: true } }) : null;
  if (!user || user.status === 'SUSPENDED' || user.status === 'RETIRED') throw new AppError('invalid', 'codeRefused');
  // A new password ends every existing session.
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 }, phoneVerifiedAt: new Date(), status: 'ACTIVE', mustChangePassword: false },
  });
  await signInWithToken(phone, { redirectTo: localizeHref('/account', locale) });
});

export const changeNameAction = formAction({ namespace: 'AuthErrors', access: 'user', schema: changeNameSchema }, async ({ user, input }) => {
  await db.user.update({ where: { id: user.id }, data: { name: input.name } });
  await writeVisitorHint({ id: user.id, name: input.name, roles: user.roles });
  return { done: 'Auth.saved' };
});

/**
 * Her own new password in place of the current one. An account appointed with a temporary password
 * comes here first (lib/auth/page-guards.ts): the change clears that, is written to the audit log
 * (the console's account events are), and goes on to where she was headed (`next`).
 */
export const changePasswordAction = formAction(
  { namespace: 'AuthErrors', access: 'user', schema: changePasswordSchema, secret, fieldOf, pure: true, beforePasswordChange: true },
  async ({ user, input, form, locale }) => {
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { phone: true, passwordHash: true, mustChangePassword: true, officerAreaId: true } });
    // Someone at her unlocked phone cannot try current passwords without end: wrong ones are counted.
    const tries = await peek(`password:current:${user.id}`, CURRENT_PASSWORD_TRIES);
    if (!tries.allowed) {
      countRefusal('password:current');
      throw new AppError('rateLimited', 'currentTooMany', tries.retryAfterSeconds);
    }
    if (!(await verifyPassword(account.passwordHash, input.current))) {
      await hit(`password:current:${user.id}`, CURRENT_PASSWORD_TRIES);
      throw new AppError('invalid', 'wrongCurrent');
    }
    if (input.password === input.current) throw new AppError('invalid', 'samePassword');
    checkNewPassword(input.password, account.phone);
    const passwordHash = await hashPassword(input.password);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: false } });
      if (account.mustChangePassword) {
        await audit(tx, { actorId: user.id, action: 'account.temporaryPasswordReplaced', subject: 'USER', subjectId: user.id, areaId: account.officerAreaId, before: { mustChangePassword: true }, after: { mustChangePassword: false } });
      }
    });
    // Every other session ends; this one continues with a fresh token.
    const next = one(form, 'next');
    if (next) await signInWithToken(account.phone, { redirectTo: localizeHref(safeNext(next), locale) });
    await signInWithToken(account.phone, { redirect: false });
    return { done: 'Auth.passwordChanged' };
  },
);

export const changeLocaleAction = voidAction({ namespace: 'AuthErrors', access: 'user', schema: changeLocaleSchema, pure: true }, async ({ user, input }) => {
  await db.user.update({ where: { id: user.id }, data: { locale: input.locale } });
  redirect(localizeHref('/account', input.locale));
});

export const signOutAction = voidAction({ namespace: 'AuthErrors', access: 'anyone', pure: true }, async ({ locale }) => {
  await signOut({ redirectTo: localizeHref('/', locale) });
});

export const signOutEverywhereAction = voidAction({ namespace: 'AuthErrors', access: 'user', pure: true, beforePasswordChange: true }, async ({ user, locale }) => {
  await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  await signOut({ redirectTo: localizeHref('/sign-in', locale) });
});
