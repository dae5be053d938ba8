'use server';

// Server actions of the console's verification queue and record pages. Each checks the officer's
// scope again (lib/console/scope.ts) and answers with a translated message.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/components/forms/form-shell';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { plainText } from '@/lib/i18n/text-input';
import { attempt, one } from '@/lib/forms/action-result';
import { isRecordSubject, reinstateRecord, suspendRecord } from './oversight';
import { requireConsole } from './scope';
import { bulkApprove, decideVerification, type Decision } from './verify';

const DECISIONS = new Set<Decision>(['VERIFIED', 'CHANGES_REQUESTED', 'REJECTED']);
const reasonSchema = plainText(300, 'reasonTooLong');

/** Runs a change and answers with its done message or its translated failure. */
const answer = (run: () => Promise<void>, done: 'decided' | 'suspended' | 'reinstated') =>
  attempt('ConsoleActions', async () => {
    await run();
    return { key: done };
  });

export async function verifyAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const subject = one(form, 'subject');
  const decision = one(form, 'command') as Decision;
  const note = reasonSchema.safeParse(one(form, 'note'));
  if (!note.success) return { ok: false, message: (await getTranslations('ConsoleActions'))('reasonTooLong') };
  if ((subject !== 'PROVIDER' && subject !== 'SHOP') || !DECISIONS.has(decision)) return { ok: false, message: (await getTranslations('ConsoleActions'))('generic') };
  const result = await answer(() => decideVerification(scope, subject, one(form, 'id'), decision, note.data), 'decided');
  // Decided, the card leaves the queue: say so at the top of the page instead.
  if (result.ok) redirect(localizeHref(`/console/verify?decided=${decision.toLowerCase()}`, (await getLocale()) as AppLocale));
  return result;
}

export async function bulkApproveAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const items = form
    .getAll('item')
    .map(String)
    .map((value) => value.split(':'))
    .filter((parts): parts is ['PROVIDER' | 'SHOP', string] => (parts[0] === 'PROVIDER' || parts[0] === 'SHOP') && Boolean(parts[1]))
    .map(([subject, id]) => ({ subject, id }));
  const t = await getTranslations('ConsoleActions');
  if (items.length === 0) return { ok: false, message: t('nothingChosen') };
  const result = await bulkApprove(scope, items);
  revalidatePath('/', 'layout');
  return { ok: true, message: t('bulkDone', { approved: String(result.approved), skipped: String(result.skipped) }) };
}

export async function recordStatusAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const subject = one(form, 'subject');
  const reason = reasonSchema.safeParse(one(form, 'reason'));
  const t = await getTranslations('ConsoleActions');
  if (!isRecordSubject(subject)) return { ok: false, message: t('generic') };
  if (!reason.success) return { ok: false, errors: { reason: t('reasonTooLong') }, message: t('reasonTooLong') };
  if (!reason.data) return { ok: false, errors: { reason: t('reasonRequired') }, message: t('reasonRequired') };
  const suspend = one(form, 'command') === 'suspend';
  return answer(() => (suspend ? suspendRecord : reinstateRecord)(scope, subject, one(form, 'id'), reason.data), suspend ? 'suspended' : 'reinstated');
}
