'use server';

// The /blood page's forms, on the one action pipeline (lib/forms/action.ts). Asking to see numbers:
// phone → SMS code → a signed cookie. A donor's own record: "I gave blood today" or another day —
// always the signed-in user's own profile, found on the server by the user's id (a form cannot
// name a profile). Date and ownership messages live under Blood.errors, phone and code ones under
// AuthErrors.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { issueOtp, verifyOtp } from '@/lib/auth/otp';
import { forgotSchema, verifySchema } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import type { FormNamespace } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { clientKey } from '@/lib/security/client';
import { donationDateSchema, isBloodGroup, recordOwnDonation } from './blood';
import { rememberConfirmedAsker } from './blood-session';
import { registerDonor, setDonorListed, setDonorSmsShared } from './donor';
import { donorSchema } from './donor-schemas';

const namespace: FormNamespace[] = ['Blood.errors', 'AuthErrors'];

/** The search the asker was looking at, kept across the two steps (only well-formed values). */
function keptSearch(form: FormData): Record<string, string | undefined> {
  const group = form.get('group');
  const area = form.get('area');
  return {
    group: isBloodGroup(group) ? group : undefined,
    area: typeof area === 'string' && /^[a-z0-9-]{1,80}$/.test(area) ? area : undefined,
  };
}

const bloodPage = (query: Record<string, string | undefined>, locale: AppLocale) => localizeHref({ pathname: '/blood', query }, locale);

/** Step 1: the asker's own number; a code goes to it by SMS. */
export const requestDonorCodeAction = formAction({ namespace, access: 'anyone', schema: forgotSchema, pure: true }, async ({ input: { phone }, form, locale, t }) => {
  const sent = await issueOtp(phone, 'DONOR_CONTACT', clientKey(await headers()));
  // "Too soon" means a code was sent a moment ago: go on and type that one.
  if (!sent.ok && sent.reason !== 'tooSoon') return { ok: false, errors: { phone: t(sent.reason, { seconds: sent.retryAfterSeconds ?? 60 }) } };
  redirect(`${bloodPage({ ...keptSearch(form), confirm: phone }, locale)}#confirm`);
});

/** Step 2: the code; a right one sets the signed two-hour cookie and shows the numbers. */
export const confirmDonorCodeAction = formAction({ namespace, access: 'anyone', schema: verifySchema, pure: true }, async ({ input: { phone, code }, form, locale, t }) => {
  const result = await verifyOtp(phone, 'DONOR_CONTACT', code);
  if (!result.ok) return { ok: false, errors: { code: t(result.reason) } };
  await rememberConfirmedAsker(phone);
  redirect(bloodPage(keptSearch(form), locale));
});

async function saveDonation(userId: string, at: Date) {
  const result = await recordOwnDonation(userId, at);
  if (!result.ok) throw new AppError('invalid', result.reason);
  return { done: 'Blood.saved' };
}

const beside = { dateFuture: 'date', dateTooOld: 'date' };

/** "আজ রক্ত দিয়েছি": one tap. */
export const donatedTodayAction = formAction({ namespace, access: 'user', fieldOf: beside }, async ({ user }) => saveDonation(user.id, new Date()));

/** Another day, typed as people write dates. */
export const setDonationDateAction = formAction({ namespace, access: 'user', schema: donationDateSchema, fieldOf: beside }, async ({ user, input }) => saveDonation(user.id, input.date));

/** A donor registers herself or changes her details (/blood/donor); then back to her own panel. */
export const registerDonorAction = formAction(
  {
    namespace: ['Blood.errors', 'ProfileErrors'],
    access: 'user',
    schema: donorSchema,
    fieldOf: { tooYoung: 'birthDate', tooOld: 'birthDate', dateFuture: 'lastDonation', dateTooOld: 'lastDonation', dateBeforeBirth: 'lastDonation', unionRequired: 'areaId', areaOutside: 'areaId' },
  },
  async ({ user, input, locale }) => {
    await registerDonor(user, input);
    redirect(localizeHref({ pathname: '/blood/donor', query: { saved: '1' } }, locale));
  },
);

/** Off the list for now, or back on it: one button whose value says which. */
export const setDonorListedAction = formAction({ namespace, access: 'user' }, async ({ user, form }) => {
  const listed = form.get('listed') === '1';
  await setDonorListed(user, listed);
  return { done: listed ? 'Blood.relisted' : 'Blood.paused' };
});

/** Her number in SMS answers to blood requests, or not: one button whose value says which. */
export const setDonorSmsSharedAction = formAction({ namespace, access: 'user' }, async ({ user, form }) => {
  await setDonorSmsShared(user, form.get('shared') === '1');
  return { done: 'SmsInbound.smsShareSaved' };
});
