'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/components/forms/form-shell';
import { requireUser } from '@/lib/auth/guards';
import { AppError } from '@/lib/errors';
import { attachLicence, nidDigitsSchema, submitNidDigits, type PaperOwner } from './papers';

const subjectOf = (value: unknown): PaperOwner => (value === 'SHOP' ? 'SHOP' : 'PROVIDER');

export async function nidDigitsAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const t = await getTranslations('Papers');
  const digits = nidDigitsSchema.safeParse(String(form.get('digits') ?? ''));
  if (!digits.success) return { ok: false, errors: { digits: t('nidDigitsInvalid') }, message: t('nidDigitsInvalid') };
  await submitNidDigits(user, subjectOf(form.get('subject')), digits.data);
  revalidatePath('/', 'layout');
  return { ok: true, message: t('saved') };
}

export async function attachLicenceAction(subject: PaperOwner, mediaId: string): Promise<ActionResult> {
  const user = await requireUser();
  const t = await getTranslations('Papers');
  try {
    await attachLicence(user, subjectOf(subject), mediaId);
  } catch (error) {
    if (error instanceof AppError && error.code !== 'unauthenticated') return { ok: false, message: t(error.message === 'tooManyPapers' ? 'tooManyPapers' : 'generic') };
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: t('saved') };
}
