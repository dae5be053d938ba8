'use server';

// Server actions of the appeals queue and the owner's appeal against a suspension, on the one action
// pipeline (lib/forms/action.ts). The functions in appeals.ts check the scope (or the ownership) again.
import { redirect } from 'next/navigation';
import { notFound } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { idIn, one } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { appealDecisionSchema, appealSchema, decideAppeal, fileAppeal } from './appeals';
import { isRecordSubject } from './records';

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
    // Back to the queue, with what was done said at its top.
    redirect(localizeHref({ pathname: '/console/appeals', query: { done: input.outcome === 'RESOLVED' ? 'appealResolved' : 'appealDismissed' } }, locale));
  },
);

/** The owner's one appeal against the suspension of their profile, shop or product. */
export const fileAppealAction = formAction({ namespace: 'Appeal', access: 'user', schema: appealSchema, fieldOf: { appealTooShort: 'text' } }, async ({ user, input, form }) => {
  const subject = one(form, 'subject');
  if (!isRecordSubject(subject)) throw notFound();
  await fileAppeal(user, subject, idIn(form, 'subjectId'), input.text);
  return { done: 'sent' };
});
