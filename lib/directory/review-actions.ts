'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/components/forms/form-shell';
import { clientKey } from '@/lib/security/client';
import { fieldErrors } from '@/lib/auth/schemas';
import { getCurrentUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { replySchema, replyToReview, reportSchema, reportSubject, reviewProvider, reviewSchema } from './reviews';

async function message(key: string) {
  const t = await getTranslations('ReviewErrors');
  return t.has(key as never) ? t(key as never) : t('generic');
}

async function errorsOf(error: import('zod').ZodError) {
  const keys = fieldErrors(error);
  return Object.fromEntries(await Promise.all(Object.entries(keys).map(async ([k, v]) => [k, await message(v)] as const)));
}

async function fromAppError(error: unknown): Promise<ActionResult> {
  if (error instanceof AppError) return { ok: false, message: await message(error.message) };
  throw error;
}

export async function reviewAction(providerId: string, _: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: await message('signInFirst') };
  const parsed = reviewSchema.safeParse({ rating: form.get('rating') ?? '', text: form.get('text') ?? '' });
  if (!parsed.success) return { ok: false, errors: await errorsOf(parsed.error) };
  try {
    await reviewProvider(user, providerId, parsed.data);
  } catch (error) {
    return fromAppError(error);
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('ProviderPage'))('reviewSaved') };
}

export async function replyAction(reviewId: string, _: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: await message('signInFirst') };
  const parsed = replySchema.safeParse({ reply: form.get('reply') ?? '' });
  if (!parsed.success) return { ok: false, errors: await errorsOf(parsed.error) };
  try {
    await replyToReview(user, reviewId, parsed.data.reply);
  } catch (error) {
    return fromAppError(error);
  }
  revalidatePath('/', 'layout');
  return { ok: true };
}

export async function reportAction(subject: { type: 'PROVIDER' | 'REVIEW'; id: string }, _: ActionResult, form: FormData): Promise<ActionResult> {
  const parsed = reportSchema.safeParse({ reason: form.get('reason') ?? undefined, details: form.get('details') ?? '' });
  if (!parsed.success) return { ok: false, errors: await errorsOf(parsed.error) };
  try {
    await reportSubject(await getCurrentUser(), clientKey(await headers()), subject, parsed.data);
  } catch (error) {
    return fromAppError(error);
  }
  return { ok: true, message: (await getTranslations('ProviderPage'))('reportSaved') };
}
