'use server';

// The account forms' server actions. Each validates with the shared zod schemas, answers with
// translated messages beside the fields, and returns what was typed (never passwords) so an error
// loses nothing.
import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { AuthError } from 'next-auth';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { db } from '@/lib/db';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { registerPendingAccount } from './accounts';
import { clientKey as clientKeyOf } from '@/lib/security/client';
import { auth, hashLoginToken, loginTokenIdentifier, signIn, signOut } from './auth';
import { issueOtp, verifyOtp, type IssueResult } from './otp';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import {
  changeLocaleSchema,
  changeNameSchema,
  changePasswordSchema,
  fieldErrors,
  forgotSchema,
  resetSchema,
  signInSchema,
  signUpSchema,
  verifySchema,
} from './schemas';

export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

const SECRET_FIELDS = new Set(['password', 'current']);

function typed(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !SECRET_FIELDS.has(key) && !key.startsWith('$')) values[key] = value;
  return values;
}

async function translateErrors(errors: Record<string, string>, values?: Record<string, unknown>) {
  const t = await getTranslations('AuthErrors');
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t.has(key as never) ? t(key as never, values as never) : t('generic')]));
}

async function invalid(form: FormData, error: z.ZodError): Promise<FormState> {
  return { ok: false, errors: await translateErrors(fieldErrors(error)), values: typed(form) };
}

async function localPath(path: string) {
  return localizeHref(path, (await getLocale()) as AppLocale);
}

/** Only our own paths are followed after signing in (no open redirects). */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : '/account';
}

async function otpFailure(form: FormData, result: Exclude<IssueResult, { ok: true }>, field = 'phone'): Promise<FormState> {
  return { ok: false, errors: await translateErrors({ [field]: result.reason }, { seconds: result.retryAfterSeconds ?? 60 }), values: typed(form) };
}

async function clientKey() {
  return clientKeyOf(await headers());
}

/** Signs in with a fresh one-time token (after the number was proved by SMS). */
async function signInWithToken(phone: string, redirectTo: string): Promise<never> {
  const token = randomBytes(32).toString('base64url');
  await db.verificationToken.create({ data: { identifier: loginTokenIdentifier(phone), token: hashLoginToken(token), expires: new Date(Date.now() + 5 * 60_000) } });
  await signIn('phone-token', { phone, token, redirectTo });
  throw new Error('unreachable: signIn redirects');
}

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ phone: form.get('phone'), password: form.get('password') });
  if (!parsed.success) return invalid(form, parsed.error);
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: await localPath(safeNext(form.get('next'))) });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code === 'throttled' ? 'throttled' : 'wrongCredentials';
      return { ok: false, message: (await translateErrors({ form: code })).form, values: typed(form) };
    }
    throw error;
  }
  return { ok: true };
}

export async function signUpAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse({ name: form.get('name'), phone: form.get('phone'), password: form.get('password') });
  if (!parsed.success) return invalid(form, parsed.error);
  const { name, phone, password } = parsed.data;
  const problem = passwordProblem(password, phone);
  if (problem) return { ok: false, errors: await translateErrors({ password: problem }), values: typed(form) };

  const registered = await registerPendingAccount({ name, phone, passwordHash: await hashPassword(password) });
  if (registered === 'taken') return { ok: false, errors: await translateErrors({ phone: 'phoneTaken' }), values: typed(form) };
  const sent = await issueOtp(phone, 'SIGN_UP', await clientKey());
  if (!sent.ok && sent.reason !== 'tooSoon') return otpFailure(form, sent);
  redirect(await localPath(`/sign-up/verify?phone=${encodeURIComponent(phone)}`));
}

export async function verifySignUpAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = verifySchema.safeParse({ phone: form.get('phone'), code: form.get('code') });
  if (!parsed.success) return invalid(form, parsed.error);
  const { phone, code } = parsed.data;
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, status: true } });
  if (!user) return { ok: false, errors: await translateErrors({ code: 'none' }), values: typed(form) };
  const result = await verifyOtp(phone, 'SIGN_UP', code);
  if (!result.ok) return { ok: false, errors: await translateErrors({ code: result.reason }), values: typed(form) };
  await db.user.update({ where: { id: user.id }, data: { phoneVerifiedAt: new Date(), ...(user.status === 'PENDING' ? { status: 'ACTIVE' } : {}) } });
  return signInWithToken(phone, await localPath('/account'));
}

export async function resendSignUpCodeAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = forgotSchema.safeParse({ phone: form.get('phone') });
  if (!parsed.success) return invalid(form, parsed.error);
  const user = await db.user.findUnique({ where: { phone: parsed.data.phone }, select: { status: true } });
  if (user?.status === 'PENDING') {
    const sent = await issueOtp(parsed.data.phone, 'SIGN_UP', await clientKey());
    if (!sent.ok) return otpFailure(form, sent, 'code');
  }
  return { ok: true, message: (await getTranslations('Auth'))('codeSent'), values: typed(form) };
}

export async function forgotPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = forgotSchema.safeParse({ phone: form.get('phone') });
  if (!parsed.success) return invalid(form, parsed.error);
  const { phone } = parsed.data;
  const user = await db.user.findUnique({ where: { phone }, select: { status: true } });
  // The same answer whether or not the number has an account; only a real account gets an SMS.
  if (user && user.status !== 'SUSPENDED' && user.status !== 'RETIRED') {
    const sent = await issueOtp(phone, 'RESET_PASSWORD', await clientKey());
    if (!sent.ok && sent.reason !== 'tooSoon') return otpFailure(form, sent);
  }
  redirect(await localPath(`/forgot-password/reset?phone=${encodeURIComponent(phone)}`));
}

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = resetSchema.safeParse({ phone: form.get('phone'), code: form.get('code'), password: form.get('password') });
  if (!parsed.success) return invalid(form, parsed.error);
  const { phone, code, password } = parsed.data;
  const problem = passwordProblem(password, phone);
  if (problem) return { ok: false, errors: await translateErrors({ password: problem }), values: typed(form) };
  const result = await verifyOtp(phone, 'RESET_PASSWORD', code);
  if (!result.ok) return { ok: false, errors: await translateErrors({ code: result.reason }), values: typed(form) };
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, status: true } });
  if (!user || user.status === 'SUSPENDED' || user.status === 'RETIRED') return { ok: false, errors: await translateErrors({ code: 'none' }), values: typed(form) };
  // A new password ends every existing session.
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 }, phoneVerifiedAt: new Date(), status: 'ACTIVE' },
  });
  return signInWithToken(phone, await localPath('/account'));
}

async function sessionUserId(): Promise<string> {
  const session = await auth();
  if (!session?.user?.id) redirect(await localPath('/sign-in'));
  return session.user.id;
}

export async function changeNameAction(_: FormState, form: FormData): Promise<FormState> {
  const userId = await sessionUserId();
  const parsed = changeNameSchema.safeParse({ name: form.get('name') });
  if (!parsed.success) return invalid(form, parsed.error);
  await db.user.update({ where: { id: userId }, data: { name: parsed.data.name } });
  return { ok: true, message: (await getTranslations('Auth'))('saved'), values: typed(form) };
}

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  const userId = await sessionUserId();
  const parsed = changePasswordSchema.safeParse({ current: form.get('current'), password: form.get('password') });
  if (!parsed.success) return invalid(form, parsed.error);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true, passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, parsed.data.current))) return { ok: false, errors: await translateErrors({ current: 'wrongCurrent' }) };
  const problem = passwordProblem(parsed.data.password, user.phone);
  if (problem) return { ok: false, errors: await translateErrors({ password: problem }) };
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(parsed.data.password), sessionVersion: { increment: 1 } } });
  // Every other session ends; this one continues with a fresh token.
  await signIn('credentials', { phone: user.phone, password: parsed.data.password, redirect: false });
  return { ok: true, message: (await getTranslations('Auth'))('passwordChanged') };
}

export async function changeLocaleAction(form: FormData): Promise<void> {
  const userId = await sessionUserId();
  const parsed = changeLocaleSchema.safeParse({ locale: form.get('locale') });
  if (!parsed.success) return;
  await db.user.update({ where: { id: userId }, data: { locale: parsed.data.locale } });
  redirect(localizeHref('/account', parsed.data.locale));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: await localPath('/') });
}

export async function signOutEverywhereAction(): Promise<void> {
  const userId = await sessionUserId();
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await signOut({ redirectTo: await localPath('/sign-in') });
}
