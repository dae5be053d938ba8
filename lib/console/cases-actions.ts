'use server';

// Server actions of the reports and appeals queues, and the owner's appeal against a suspension,
// on the one action pipeline (lib/forms/action.ts). The functions in cases.ts check the scope (or
// the ownership) again.
import { redirect } from 'next/navigation';
import { notFound } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { all, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { appealDecisionSchema, appealSchema, decideAppeal, decideReports, fileAppeal, hideReview, hideReviewSchema, reportDecisionSchema } from './cases';
import { isRecordSubject } from './oversight';

/** Back to the queue, with what was done said at its top. */
const backTo = (pathname: string, done: string, values: Record<string, number>, locale: Parameters<typeof localizeHref>[1]): never =>
  redirect(localizeHref({ pathname, query: Object.fromEntries(Object.entries({ done, ...values }).map(([k, v]) => [k, String(v)])) }, locale));

/** Resolves or dismisses the reports sent with the form (one, or all of a record's). */
export const decideReportsAction = formAction(
  {
    namespace: 'ConsoleCases',
    access: 'console',
    schema: reportDecisionSchema,
    read: (form) => ({ outcome: one(form, 'command'), resolution: one(form, 'resolution') }),
    fieldOf: { resolutionRequired: 'resolution' },
  },
  async ({ scope, input, form, locale }) => {
    const ids = all(form, 'reportId');
    if (ids.some((id) => !recordId.safeParse(id).success)) throw notFound();
    const { decided, alreadyDecided } = await decideReports(scope, ids, input);
    const key = input.outcome === 'RESOLVED' ? 'reportsResolved' : 'reportsDismissed';
    return backTo('/console/reports', alreadyDecided ? `${key}Some` : key, { count: decided, already: alreadyDecided }, locale);
  },
);

/** Hides a review with a reason (its reports are resolved with it; the author is told). */
export const hideReviewAction = formAction(
  { namespace: 'ConsoleCases', access: 'console', schema: hideReviewSchema, read: (form) => ({ reason: one(form, 'reason') }), fieldOf: { hideReasonRequired: 'reason' } },
  async ({ scope, input, form, locale }) => {
    await hideReview(scope, idIn(form, 'reviewId'), input.reason);
    return backTo('/console/reports', 'reviewHidden', {}, locale);
  },
);

export const decideAppealAction = formAction(
  {
    namespace: 'ConsoleCases',
    access: 'console',
    schema: appealDecisionSchema,
    read: (form) => ({ outcome: one(form, 'command'), decision: one(form, 'decision') }),
    fieldOf: { decisionRequired: 'decision' },
  },
  async ({ scope, input, form, locale }) => {
    await decideAppeal(scope, idIn(form, 'appealId'), input);
    return backTo('/console/appeals', input.outcome === 'RESOLVED' ? 'appealResolved' : 'appealDismissed', {}, locale);
  },
);

/** The owner's one appeal against the suspension of their profile, shop or product. */
export const fileAppealAction = formAction({ namespace: 'Appeal', access: 'user', schema: appealSchema, fieldOf: { appealTooShort: 'text' } }, async ({ user, input, form }) => {
  const subject = one(form, 'subject');
  if (!isRecordSubject(subject)) throw notFound();
  await fileAppeal(user, subject, idIn(form, 'subjectId'), input.text);
  return { done: 'sent' };
});
