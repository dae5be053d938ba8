'use server';

// The owner's verification papers (dashboard/verification), on the one action pipeline
// (lib/forms/action.ts): always the signed-in person's own profile or shop (lib/console/papers.ts).
import { z } from 'zod';
import { callAction, formAction } from '@/lib/forms/action';
import { recordId } from '@/lib/forms/action-result';
import { attachLicence, nidDigitsSchema, submitNidDigits } from './papers';

const paperOwner = z.enum(['PROVIDER', 'SHOP']);

export const nidDigitsAction = formAction(
  { namespace: 'Papers', access: 'user', schema: z.object({ subject: paperOwner, digits: nidDigitsSchema }), read: (form) => ({ subject: form.get('subject'), digits: form.get('digits') ?? '' }) },
  async ({ user, input }) => {
    await submitNidDigits(user, input.subject, input.digits);
    return { done: 'saved' };
  },
);

/** Called by the photo uploader once the licence photo is stored (bound: whose papers). */
export const attachLicenceAction = callAction({ namespace: 'Papers', access: 'user', bound: z.tuple([paperOwner, recordId]) }, async ({ user, args: [subject, mediaId] }) => {
  await attachLicence(user, subject, mediaId);
  return { done: 'saved' };
});
