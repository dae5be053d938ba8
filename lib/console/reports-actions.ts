'use server';

// Server actions of the reports queue, on the one action pipeline (lib/forms/action.ts). The
// functions in reports.ts check the officer's scope again.
import { redirect } from 'next/navigation';
import { notFound } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { all, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { decideReports, hideReview, hideReviewSchema, reportDecisionSchema } from './reports';

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
