'use server';

// Server actions of the console's verification queue, on the one action pipeline
// (lib/forms/action.ts). The data layer checks the officer's scope again (lib/console/scope.ts).
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError, notFound } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { all, idIn, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { noteField } from './schemas';
import { bulkApprove, decideVerification, type Decision } from './verify';

const DECISIONS = ['VERIFIED', 'CHANGES_REQUESTED', 'REJECTED'] as const satisfies readonly Decision[];

export const verifyAction = formAction({ namespace: 'ConsoleActions', access: 'console', schema: z.object({ note: noteField }) }, async ({ scope, input, form, locale }) => {
  const subject = form.get('subject');
  const decision = DECISIONS.find((d) => d === form.get('command'));
  if ((subject !== 'PROVIDER' && subject !== 'SHOP') || !decision) throw notFound();
  await decideVerification(scope, subject, idIn(form, 'id'), decision, input.note);
  // Decided, the card leaves the queue: say so at the top of the page instead.
  redirect(localizeHref(`/console/verify?decided=${decision.toLowerCase()}`, locale));
});

export const bulkApproveAction = formAction({ namespace: 'ConsoleActions', access: 'console' }, async ({ scope, form }) => {
  const items = all(form, 'item')
    .map((value) => value.split(':'))
    .filter((parts): parts is ['PROVIDER' | 'SHOP', string] => (parts[0] === 'PROVIDER' || parts[0] === 'SHOP') && recordId.safeParse(parts[1]).success)
    .map(([subject, id]) => ({ subject, id }));
  if (items.length === 0) throw new AppError('invalid', 'nothingChosen');
  const result = await bulkApprove(scope, items);
  return { done: 'bulkDone', values: { approved: String(result.approved), skipped: String(result.skipped) } };
});
