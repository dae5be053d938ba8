'use server';

// Server actions of training programmes, on the one action pipeline (lib/forms/action.ts): the
// console's form, status buttons and photo, and a provider's application (public page and
// dashboard). The functions in programmes.ts and public.ts check scope and ownership again.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { callAction, formAction } from '@/lib/forms/action';
import { one, recordId } from '@/lib/forms/action-result';
import { notFound } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import { attachProgrammePhoto, createProgramme, removeProgrammePhoto, setProgrammeStatus, updateProgramme } from './programmes';
import { applyToProgramme } from './public';
import { programmeSchema, readProgrammeForm, statusCommandSchema } from './schemas';

const fieldOf = { areaRequired: 'areaId', tradesInvalid: 'categoryIds', placesInvalid: 'areaIds', startInPast: 'sessions', sessionHasAttendance: 'sessions' };
const spec = { namespace: 'Training', access: 'console', schema: programmeSchema, read: readProgrammeForm, fieldOf } as const;

/** A new programme (a draft); then its own page. */
export const createProgrammeAction = formAction(spec, async ({ scope, input, locale }) => {
  const { id } = await createProgramme(scope, input);
  redirect(localizeHref(`/console/training/${id}?created=1`, locale));
});

export const updateProgrammeAction = formAction({ ...spec, bound: z.tuple([recordId]) }, async ({ scope, input, args: [id] }) => {
  await updateProgramme(scope, id, input);
  return { done: 'saved' };
});

/** The status buttons: name="command" value="open|close|reopen|complete". */
export const programmeStatusAction = formAction({ namespace: 'Training', access: 'console', bound: z.tuple([recordId]) }, async ({ scope, args: [id], form }) => {
  const command = statusCommandSchema.safeParse(one(form, 'command'));
  if (!command.success) throw notFound();
  const status = await setProgrammeStatus(scope, id, command.data);
  return { done: `statusDone_${status}` };
});

export const attachProgrammePhotoAction = callAction({ namespace: 'Training', access: 'console', bound: z.tuple([recordId, recordId]) }, async ({ scope, args: [id, mediaId] }) => {
  await attachProgrammePhoto(scope, id, mediaId);
});

export const removeProgrammePhotoAction = formAction({ namespace: 'Training', access: 'console', bound: z.tuple([recordId]) }, async ({ scope, args: [id] }) => {
  await removeProgrammePhoto(scope, id);
  return { done: 'photoRemoved' };
});

/** A provider applies (from /training/<id> or her dashboard); a guest is sent to sign in and back. */
export const applyAction = formAction({ namespace: 'TrainingPublic', access: 'user', bound: z.tuple([recordId]) }, async ({ user, args: [id] }) => {
  const { already, status } = await applyToProgramme(user.id, id);
  return { done: already ? (status === 'APPLIED' ? 'alreadyApplied' : 'alreadyListed') : 'applied' };
});
