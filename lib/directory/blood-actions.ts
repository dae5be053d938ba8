'use server';

// The /blood page's forms. Asking to see numbers: phone → SMS code → a signed cookie. A donor's own
// record: "I gave blood today" or another day — always the signed-in user's own profile, found on
// the server by the user's id (a form cannot name a profile).
import { headers } from 'next/headers';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { FormState } from '@/lib/auth/actions';
import { clientKey } from '@/lib/security/client';
import { requireUser } from '@/lib/auth/guards';
import { issueOtp, verifyOtp } from '@/lib/auth/otp';
import { fieldErrors, forgotSchema, verifySchema } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { donationDateSchema, isBloodGroup, recordOwnDonation } from './blood';
import { rememberConfirmedAsker } from './blood-session';

function typed(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) values[key] = value;
  return values;
}

/** Error keys → messages: the date and ownership keys live under Blood.errors, phone and code keys under AuthErrors. */
async function translateErrors(errors: Record<string, string>, values?: Record<string, unknown>) {
  const [blood, auth] = await Promise.all([getTranslations('Blood.errors'), getTranslations('AuthErrors')]);
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      field,
      blood.has(key as never) ? blood(key as never, values as never) : auth.has(key as never) ? auth(key as never, values as never) : auth('generic'),
    ]),
  );
}

async function invalid(form: FormData, error: z.ZodError): Promise<FormState> {
  return { ok: false, errors: await translateErrors(fieldErrors(error)), values: typed(form) };
}

/** The search the asker was looking at, kept across the two steps (only well-formed values). */
function keptSearch(form: FormData): Record<string, string | undefined> {
  const group = form.get('group');
  const area = form.get('area');
  return {
    group: isBloodGroup(group) ? group : undefined,
    area: typeof area === 'string' && /^[a-z0-9-]{1,80}$/.test(area) ? area : undefined,
  };
}

async function bloodPage(query: Record<string, string | undefined>) {
  return localizeHref({ pathname: '/blood', query }, (await getLocale()) as AppLocale);
}

/** Step 1: the asker's own number; a code goes to it by SMS. */
export async function requestDonorCodeAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = forgotSchema.safeParse({ phone: form.get('phone') });
  if (!parsed.success) return invalid(form, parsed.error);
  const { phone } = parsed.data;
  const sent = await issueOtp(phone, 'DONOR_CONTACT', clientKey(await headers()));
  // "Too soon" means a code was sent a moment ago: go on and type that one.
  if (!sent.ok && sent.reason !== 'tooSoon') {
    return { ok: false, errors: await translateErrors({ phone: sent.reason }, { seconds: sent.retryAfterSeconds ?? 60 }), values: typed(form) };
  }
  redirect(`${await bloodPage({ ...keptSearch(form), confirm: phone })}#confirm`);
}

/** Step 2: the code; a right one sets the signed two-hour cookie and shows the numbers. */
export async function confirmDonorCodeAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = verifySchema.safeParse({ phone: form.get('phone'), code: form.get('code') });
  if (!parsed.success) return invalid(form, parsed.error);
  const { phone, code } = parsed.data;
  const result = await verifyOtp(phone, 'DONOR_CONTACT', code);
  if (!result.ok) return { ok: false, errors: await translateErrors({ code: result.reason }), values: typed(form) };
  await rememberConfirmedAsker(phone);
  redirect(await bloodPage(keptSearch(form)));
}

async function signedInUserId(): Promise<string | FormState> {
  try {
    return (await requireUser()).id;
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: (await translateErrors({ form: 'signIn' })).form };
    throw error;
  }
}

async function saveDonation(userId: string, at: Date, form: FormData): Promise<FormState> {
  const result = await recordOwnDonation(userId, at);
  if (!result.ok) {
    const messages = await translateErrors({ date: result.reason });
    return result.reason === 'notDonor' ? { ok: false, message: messages.date } : { ok: false, errors: messages, values: typed(form) };
  }
  refresh();
  return { ok: true, message: (await getTranslations('Blood'))('saved') };
}

/** "আজ রক্ত দিয়েছি": one tap. */
export async function donatedTodayAction(_: FormState, form: FormData): Promise<FormState> {
  const userId = await signedInUserId();
  if (typeof userId !== 'string') return userId;
  return saveDonation(userId, new Date(), form);
}

/** Another day, typed as people write dates. */
export async function setDonationDateAction(_: FormState, form: FormData): Promise<FormState> {
  const userId = await signedInUserId();
  if (typeof userId !== 'string') return userId;
  const parsed = donationDateSchema.safeParse({ date: form.get('date') });
  if (!parsed.success) return invalid(form, parsed.error);
  return saveDonation(userId, parsed.data.date, form);
}
