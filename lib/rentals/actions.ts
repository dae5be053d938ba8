'use server';

// Server actions of "my rentals" (/account/rentals), on the one action pipeline (lib/forms/action.ts).
// The data layer (manage.ts) finds each listing through the signed-in account, so someone else's id
// is "not found".
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { callAction, formAction } from '@/lib/forms/action';
import { askToConfirmDelete, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { attachRentalPhoto, createRental, deleteRental, markRentalLet, relistRental, removeRentalPhoto, renewRental, updateRental } from './manage';
import { rentalSchema } from './schemas';

const FIELDS = ['kind', 'title', 'areaId', 'rent', 'period', 'advance', 'rooms', 'size', 'availableFrom', 'description', 'phone', 'whatsapp'] as const;
const readRental = (form: FormData) => Object.fromEntries(FIELDS.map((name) => [name, one(form, name) || (name === 'kind' || name === 'areaId' || name === 'period' ? undefined : '')]));

/** Posts a notice (then opens it for photos) or, with a rentalId, saves the changes. */
export const saveRentalAction = formAction({ namespace: 'MyRentals', access: 'user', schema: rentalSchema, read: readRental, fieldOf: { areaOutside: 'areaId' } }, async ({ user, input, form, locale }) => {
  if (!one(form, 'rentalId')) {
    const created = await createRental(user, input);
    redirect(localizeHref(`/account/rentals/${created.id}?created=1`, locale));
  }
  await updateRental(user, idIn(form, 'rentalId'), input);
  return { done: 'saved' };
});

const COMMANDS = { let: markRentalLet, relist: relistRental, renew: renewRental } as const;

/** The buttons beside a notice: let, list again, renew, delete. */
export const rentalCommandAction = formAction({ namespace: 'MyRentals', access: 'user' }, async ({ user, form, locale }) => {
  const id = idIn(form, 'rentalId');
  const command = one(form, 'command');
  if (command === 'delete') return askToConfirmDelete();
  if (command === 'delete-confirmed') {
    await deleteRental(user, id);
    redirect(localizeHref('/account/rentals?deleted=1', locale));
  }
  if (command !== 'let' && command !== 'relist' && command !== 'renew') return { done: 'saved' };
  await COMMANDS[command](user, id);
  return { done: command === 'let' ? 'let' : command === 'relist' ? 'relisted' : 'renewed' };
});

/** Called by the photo uploader (bound: the listing) once the photo is stored. */
export const attachRentalPhotoAction = callAction({ namespace: 'MyRentals', access: 'user', bound: z.tuple([recordId, recordId]) }, async ({ user, args: [rentalId, mediaId] }) => {
  await attachRentalPhoto(user, rentalId, mediaId);
});

export const removeRentalPhotoAction = formAction({ namespace: 'MyRentals', access: 'user' }, async ({ user, form }) => {
  await removeRentalPhoto(user, idIn(form, 'photoId'));
  return { done: 'saved' };
});
