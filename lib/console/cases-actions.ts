'use server';

// Server actions of the reports and appeals queues, and the owner's appeal against a suspension.
// Each parses its form with the schema in cases.ts, whose functions check the scope (or the
// ownership) again, and answers with translated messages beside the fields; nothing typed is lost.
import type { ActionResult } from '@/components/forms/form-shell';
import { requireUser } from '@/lib/auth/guards';
import { notFound } from '@/lib/errors';
import { appealDecisionSchema, appealSchema, decideAppeal, decideReports, fileAppeal, reportDecisionSchema } from './cases';
import { attempt, failed, one } from '@/lib/forms/action-result';
import { isRecordSubject } from './oversight';
import { requireConsole } from './scope';

/** Resolves or dismisses the reports sent with the form (one, or all of a record's). */
export async function decideReportsAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = reportDecisionSchema.safeParse({ outcome: one(form, 'command'), resolution: one(form, 'resolution') });
  if (!parsed.success) return failed('ConsoleCases', parsed.error);
  const ids = form.getAll('reportId').map(String);
  return attempt('ConsoleCases', async () => {
    const { decided, alreadyDecided } = await decideReports(scope, ids, parsed.data);
    const key = parsed.data.outcome === 'RESOLVED' ? 'reportsResolved' : 'reportsDismissed';
    return { key: alreadyDecided ? `${key}Some` : key, values: { count: decided, already: alreadyDecided } };
  }, { resolutionRequired: 'resolution' }, '/console/reports');
}

export async function decideAppealAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = appealDecisionSchema.safeParse({ outcome: one(form, 'command'), decision: one(form, 'decision') });
  if (!parsed.success) return failed('ConsoleCases', parsed.error);
  return attempt('ConsoleCases', async () => {
    await decideAppeal(scope, one(form, 'appealId'), parsed.data);
    return { key: parsed.data.outcome === 'RESOLVED' ? 'appealResolved' : 'appealDismissed' };
  }, { decisionRequired: 'decision' }, '/console/appeals');
}

/** The owner's one appeal against the suspension of their profile, shop or product. */
export async function fileAppealAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const subject = one(form, 'subject');
  if (!isRecordSubject(subject)) return failed('Appeal', notFound());
  const parsed = appealSchema.safeParse({ text: one(form, 'text') });
  if (!parsed.success) return failed('Appeal', parsed.error);
  return attempt('Appeal', async () => {
    await fileAppeal(user, subject, one(form, 'subjectId'), parsed.data.text);
    return { key: 'sent' };
  }, { appealTooShort: 'text' });
}
