'use server';

// Server actions of "my animals" (/account/livestock), on the one action pipeline (lib/forms/action.ts).
// The data layer (manage.ts) finds each listing through the signed-in account, so someone else's id
// is "not found".
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { callAction, formAction } from '@/lib/forms/action';
import { askToConfirmDelete, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import {
  attachLivestockPhoto,
  createLivestock,
  deleteLivestock,
  releaseLivestock,
  removeLivestockPhoto,
  renewLivestock,
  reserveLivestock,
  sellLivestock,
  updateLivestock,
} from './manage';
import { livestockSchema } from './schemas';

const NAMESPACE = ['MyLivestock', 'LivestockErrors'] as const;
const FIELDS = ['animal', 'breed', 'colour', 'teeth', 'weightKg', 'weightEstimated', 'price', 'negotiable', 'areaId', 'seeAt', 'haatId', 'haatOn', 'description', 'phone', 'whatsapp'] as const;
const CHOSEN = new Set<string>(['animal', 'areaId', 'breed']);
const readLivestock = (form: FormData) => Object.fromEntries(FIELDS.map((name) => [name, one(form, name) || (CHOSEN.has(name) ? undefined : '')]));

/** Lists an animal (then opens it for photos) or, with a listingId, saves the changes. */
export const saveLivestockAction = formAction(
  { namespace: NAMESPACE, access: 'user', schema: livestockSchema, read: readLivestock, fieldOf: { areaOutside: 'areaId', haatUnknown: 'haatId', haatOtherDistrict: 'haatId', haatDayOutside: 'haatOn' } },
  async ({ user, input, form, locale }) => {
    if (!one(form, 'listingId')) {
      const created = await createLivestock(user, input, { formKey: one(form, 'formKey') });
      redirect(localizeHref(`/account/livestock/${created.id}?created=1`, locale));
    }
    await updateLivestock(user, idIn(form, 'listingId'), input);
    return { done: 'saved' };
  },
);

const COMMANDS = { reserve: reserveLivestock, available: releaseLivestock, sold: sellLivestock, renew: renewLivestock } as const;
const isCommand = (command: string): command is keyof typeof COMMANDS => Object.hasOwn(COMMANDS, command);

/** The buttons beside an animal: reserved, available again, sold, renew, delete (asked once first). */
export const livestockCommandAction = formAction({ namespace: NAMESPACE, access: 'user' }, async ({ user, form, locale }) => {
  const id = idIn(form, 'listingId');
  const command = one(form, 'command');
  if (command === 'delete') return askToConfirmDelete();
  if (command === 'delete-confirmed') {
    await deleteLivestock(user, id);
    redirect(localizeHref('/account/livestock?deleted=1', locale));
  }
  if (!isCommand(command)) return { done: 'saved' };
  await COMMANDS[command](user, id);
  return { done: `done_${command}` };
});

/** Called by the photo uploader (bound: the listing) once the photo is stored. */
export const attachLivestockPhotoAction = callAction({ namespace: NAMESPACE, access: 'user', bound: z.tuple([recordId, recordId]) }, async ({ user, args: [listingId, mediaId] }) => {
  await attachLivestockPhoto(user, listingId, mediaId);
});

export const removeLivestockPhotoAction = formAction({ namespace: NAMESPACE, access: 'user' }, async ({ user, form }) => {
  await removeLivestockPhoto(user, idIn(form, 'photoId'));
  return { done: 'saved' };
});
