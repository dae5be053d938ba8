'use server';

// The forms of picking trainees and answering invitations, on the one action pipeline
// (lib/forms/action.ts). The officer's: invite the ticked candidates (or everyone on the page),
// decide an application, withdraw an invitation — every id checked again in the data layer. The
// provider's, on /training/invite/<token>: signed in as herself she answers at once; otherwise a
// code goes to her own number (the account codes' limits and lockout) and the code answers.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { issueOtp, verifyCountedOtp } from '@/lib/auth/otp';
import { formAction } from '@/lib/forms/action';
import { all, idIn, one, recordId, type FormNamespace } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { clientKey } from '@/lib/security/client';
import { notFound } from '@/lib/errors';
import { codeSchema, MAX_INVITES } from './invite-schemas';
import { answerInvite, answerOwnPlace, decideApplication, invitationPhone, inviteByToken, inviteOpen, invite, withdrawInvitation, type Answer } from './invitations';

const namespace: FormNamespace[] = ['TrainingInvites', 'AuthErrors'];
const programmeArg = z.tuple([recordId]);
const tokenArg = z.tuple([z.string().regex(/^[A-Za-z0-9_-]{32}$/)]);

/** The ticked candidates, or every one on the page when "all on this page" is ticked. */
function chosenProviders(form: FormData): string[] {
  const ids = one(form, 'allOnPage') === '1' ? all(form, 'onPage') : all(form, 'provider');
  if (ids.length > MAX_INVITES || ids.some((id) => !recordId.safeParse(id).success)) throw notFound();
  return ids;
}

export const inviteCandidatesAction = formAction({ namespace, access: 'console', bound: programmeArg }, async ({ scope, args: [programmeId], form }) => {
  const result = await invite(scope, programmeId, chosenProviders(form));
  return { done: 'invitedDone', values: { invited: result.invited, waitlisted: result.waitlisted, already: result.already } };
});

const DECISIONS = { accept: 'acceptedDone', refuse: 'refusedDone', withdraw: 'withdrawnDone' } as const;

/** One row's buttons on the trainees tab: take or refuse an application, withdraw an invitation. */
export const traineeDecisionAction = formAction({ namespace, access: 'console', bound: programmeArg }, async ({ scope, args: [programmeId], form }) => {
  const command = one(form, 'command');
  const traineeId = idIn(form, 'trainee');
  if (command === 'accept' || command === 'refuse') {
    const status = await decideApplication(scope, programmeId, traineeId, command);
    return { done: status === 'WAITLISTED' ? 'waitlistedDone' : DECISIONS[command] };
  }
  if (command === 'withdraw') {
    await withdrawInvitation(scope, programmeId, traineeId);
    return { done: DECISIONS.withdraw };
  }
  throw notFound();
});

/** Where she may still answer (decline a firm place too): the others have had their answer. */
const ANSWERABLE: readonly string[] = ['INVITED', 'WAITLISTED', 'ACCEPTED'];

const invitePage = (token: string, locale: AppLocale, query: Record<string, string>) => localizeHref({ pathname: `/training/invite/${token}`, query }, locale);

/** Not signed in as her: a code to her own number (the number is never typed, so never someone else's). */
export const sendInviteCodeAction = formAction({ namespace, access: 'anyone', bound: tokenArg, pure: true }, async ({ args: [token], locale, t }) => {
  const invitation = await inviteByToken(token);
  if (!invitation) throw notFound();
  // A link that can no longer be answered (started, closed, declined, withdrawn…) sends no code.
  if (!inviteOpen(invitation)) return { ok: false, message: t('expiredNote') };
  if (!ANSWERABLE.includes(invitation.status)) return { ok: false, message: t('closed') };
  const sent = await issueOtp(invitationPhone(invitation), 'TRAINING_INVITE', clientKey(await headers()));
  // "Too soon": a code went a moment ago; she types that one.
  if (!sent.ok && sent.reason !== 'tooSoon') return { ok: false, message: t(sent.reason, { seconds: sent.retryAfterSeconds ?? 60 }) };
  redirect(invitePage(token, locale, { code: 'sent' }));
});

/** Yes or no: as the signed-in provider herself, or with the code sent to her number. */
export const answerInviteAction = formAction({ namespace, access: 'anyone', bound: tokenArg, secret: ['code'] }, async ({ user, args: [token], form, locale, t }) => {
  const command = one(form, 'command');
  if (command !== 'accept' && command !== 'decline') throw notFound();
  const invitation = await inviteByToken(token);
  if (!invitation) throw notFound();
  const herself = user && invitation.provider.userId === user.id;
  // Refused before the code is checked, so an answer that cannot be taken never uses it up.
  if (!inviteOpen(invitation)) return { ok: false, message: t('expired') };
  if (!herself) {
    const parsed = codeSchema.safeParse({ code: one(form, 'code') });
    if (!parsed.success) return { ok: false, errors: { code: t('codeInvalid') }, step: 'code' };
    const checked = await verifyCountedOtp(invitationPhone(invitation), 'TRAINING_INVITE', parsed.data.code);
    if (!checked.ok) return { ok: false, errors: { code: t(checked.reason) }, step: 'code' };
  }
  const answered = await answerInvite(token, command as Answer, herself ? { id: user.id } : null);
  redirect(invitePage(token, locale, { answered: answered }));
});

/** Her answer from her own dashboard, signed in: no link or code needed (lib/training/invitations.ts answerOwnPlace). */
export const answerOwnPlaceAction = formAction({ namespace, access: 'user', bound: z.tuple([recordId]) }, async ({ user, args: [traineeId], form }) => {
  const command = one(form, 'command');
  if (command !== 'accept' && command !== 'decline') throw notFound();
  const answered = await answerOwnPlace(user.id, traineeId, command);
  return { done: `answered_${answered}` };
});
