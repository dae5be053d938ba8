'use server';

// Server actions of the provider onboarding and dashboard, on the one action pipeline
// (lib/forms/action.ts). Each step parses the form with the shared schema and goes on to the next.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { callAction, formAction, voidAction } from '@/lib/forms/action';
import { all, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { attachWorkPhoto, saveArea, saveBasics, saveContact, saveHours, saveServices, setAvailability, setHidden, updateWorkPhoto } from './profile';
import { areaSchema, basicsSchema, captionSchema, contactSchema, hoursSchema, servicesSchema } from './profile-schemas';

/** On to the next onboarding step, or the dashboard after the last one. */
const next = (step: number | 'done', locale: AppLocale): never => redirect(localizeHref(step === 'done' ? '/dashboard' : `/dashboard/profile?step=${step}`, locale));

export const saveBasicsAction = formAction(
  { namespace: 'ProfileErrors', access: 'user', schema: basicsSchema, read: (form) => ({ nameBn: one(form, 'nameBn'), categoryIds: all(form, 'categoryIds') }) },
  async ({ user, input, locale }) => {
    await saveBasics(user, input);
    return next(2, locale);
  },
);

export const saveAreaAction = formAction(
  {
    namespace: 'ProfileErrors',
    access: 'user',
    schema: areaSchema,
    fieldOf: { areaRequired: 'areaId' },
    read: (form) => ({ areaId: one(form, 'areaId') || undefined, address: one(form, 'address'), addressPrivacy: one(form, 'addressPrivacy') || undefined }),
  },
  async ({ user, input, locale }) => {
    await saveArea(user, input);
    return next(3, locale);
  },
);

export const saveContactAction = formAction(
  { namespace: 'ProfileErrors', access: 'user', schema: contactSchema, read: (form) => ({ phone: one(form, 'phone'), otherPhones: one(form, 'otherPhones'), whatsapp: one(form, 'whatsapp') }) },
  async ({ user, input, locale }) => {
    await saveContact(user, input);
    return next(4, locale);
  },
);

export const saveHoursAction = formAction(
  {
    namespace: 'ProfileErrors',
    access: 'user',
    schema: hoursSchema,
    read: (form) => ({ days: all(form, 'days'), opens: one(form, 'opens'), closes: one(form, 'closes'), availableNow: form.get('availableNow') === 'on' }),
  },
  async ({ user, input, locale }) => {
    await saveHours(user, input);
    return next(5, locale);
  },
);

export const saveServicesAction = formAction(
  {
    namespace: 'ProfileErrors',
    access: 'user',
    schema: servicesSchema,
    read: (form) => {
      const prices = all(form, 'servicePrice');
      return { services: all(form, 'serviceName').map((name, i) => ({ name, priceNote: prices[i] ?? '' })), experienceYears: one(form, 'experienceYears'), bio: one(form, 'bio') };
    },
  },
  async ({ user, input, locale }) => {
    await saveServices(user, input);
    return next(6, locale);
  },
);

/** Called by the photo uploader once the work photo is stored: (mediaId, caption). */
export const attachPhotoAction = callAction({ namespace: 'ProfileErrors', access: 'user', bound: z.tuple([recordId, z.string()]) }, async ({ user, args: [mediaId, typed] }) => {
  const caption = captionSchema.safeParse(typed);
  if (!caption.success) throw new AppError('invalid', caption.error.issues[0]?.message);
  await attachWorkPhoto(user, mediaId, caption.data);
});

export const updatePhotoAction = voidAction({ namespace: 'ProfileErrors', access: 'user' }, async ({ user, form }) => {
  const caption = captionSchema.safeParse(one(form, 'caption'));
  await updateWorkPhoto(user, idIn(form, 'photoId'), { caption: caption.success ? caption.data : undefined, remove: form.get('remove') === '1' });
});

export const setAvailabilityAction = voidAction({ namespace: 'ProfileErrors', access: 'user' }, async ({ user, form }) => {
  await setAvailability(user, form.get('availableNow') === '1');
});

export const setHiddenAction = voidAction({ namespace: 'ProfileErrors', access: 'user' }, async ({ user, form }) => {
  await setHidden(user, form.get('hidden') === '1');
});
