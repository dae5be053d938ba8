'use server';

// Reviews and replies on a provider's page, and reports of anything public, on the one action pipeline (lib/forms/action.ts).
import { headers } from 'next/headers';
import { z } from 'zod';
import { formAction } from '@/lib/forms/action';
import { recordId } from '@/lib/forms/action-result';
import { clientKey } from '@/lib/security/client';
import { REPORTABLE, replySchema, replyToReview, reportSchema, reportSubject, reviewProvider, reviewSchema } from './reviews';

export const reviewAction = formAction(
  { namespace: 'ReviewErrors', access: 'user', bound: z.tuple([recordId]), schema: reviewSchema, read: (form) => ({ rating: form.get('rating') ?? '', text: form.get('text') ?? '' }) },
  async ({ user, input, args: [providerId] }) => {
    await reviewProvider(user, providerId, input);
    return { done: 'ProviderPage.reviewSaved' };
  },
);

export const replyAction = formAction(
  { namespace: 'ReviewErrors', access: 'user', bound: z.tuple([recordId]), schema: replySchema, read: (form) => ({ reply: form.get('reply') ?? '' }) },
  async ({ user, input, args: [reviewId] }) => {
    await replyToReview(user, reviewId, input.reply);
  },
);

/** Anyone may report (guests too, limited per client); bound: what is reported. */
export const reportAction = formAction(
  {
    namespace: 'ReviewErrors',
    access: 'anyone',
    bound: z.tuple([z.object({ type: z.enum(REPORTABLE), id: recordId })]),
    schema: reportSchema,
    read: (form) => ({ reason: form.get('reason') ?? undefined, details: form.get('details') ?? '' }),
    pure: true,
  },
  async ({ user, input, args: [subject] }) => {
    await reportSubject(user, clientKey(await headers()), subject, input);
    return { done: 'ProviderPage.reportSaved' };
  },
);
