'use server';

// Server actions of the provider onboarding and dashboard. Each parses the form with the shared
// schema, answers with translated messages beside the fields, and goes on to the next step.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { ActionResult } from '@/components/forms/form-shell';
import { requireUser } from '@/lib/auth/guards';
import { fieldErrors } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { attachWorkPhoto, saveArea, saveBasics, saveContact, saveHours, saveServices, setAvailability, setHidden, updateWorkPhoto } from './profile';
import { areaSchema, basicsSchema, captionSchema, contactSchema, hoursSchema, servicesSchema } from './profile-schemas';

async function translate(errors: Record<string, string>): Promise<Record<string, string>> {
  const t = await getTranslations('ProfileErrors');
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t.has(key as never) ? t(key as never) : t('generic')]));
}

async function failed(error: z.ZodError | AppError): Promise<ActionResult> {
  if (error instanceof AppError) return { ok: false, message: (await translate({ form: error.message }))['form'] };
  const errors = await translate(fieldErrors(error));
  return { ok: false, errors, message: (await getTranslations('ProfileErrors'))('checkFields') };
}

async function next(step: number | 'done'): Promise<never> {
  revalidatePath('/', 'layout');
  const path = step === 'done' ? '/dashboard' : `/dashboard/profile?step=${step}`;
  redirect(localizeHref(path, (await getLocale()) as AppLocale));
}

async function run<S extends z.ZodType>(schema: S, input: unknown, save: (data: z.infer<S>) => Promise<unknown>, then: number | 'done'): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return failed(parsed.error);
  try {
    await save(parsed.data);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'invalid' || error.code === 'conflict')) return failed(error);
    throw error;
  }
  return next(then);
}

const all = (form: FormData, name: string) => form.getAll(name).map(String);
const one = (form: FormData, name: string) => String(form.get(name) ?? '');

export async function saveBasicsAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  return run(basicsSchema, { nameBn: one(form, 'nameBn'), categoryIds: all(form, 'categoryIds') }, (d) => saveBasics(user, d), 2);
}

export async function saveAreaAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  return run(areaSchema, { areaId: one(form, 'areaId') || undefined, address: one(form, 'address'), addressPrivacy: one(form, 'addressPrivacy') || undefined }, (d) => saveArea(user, d), 3);
}

export async function saveContactAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  return run(contactSchema, { phone: one(form, 'phone'), otherPhones: one(form, 'otherPhones'), whatsapp: one(form, 'whatsapp') }, (d) => saveContact(user, d), 4);
}

export async function saveHoursAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  return run(hoursSchema, { days: all(form, 'days'), opens: one(form, 'opens'), closes: one(form, 'closes'), availableNow: form.get('availableNow') === 'on' }, (d) => saveHours(user, d), 5);
}

export async function saveServicesAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const names = all(form, 'serviceName');
  const prices = all(form, 'servicePrice');
  const services = names.map((name, i) => ({ name, priceNote: prices[i] ?? '' }));
  return run(servicesSchema, { services, experienceYears: one(form, 'experienceYears'), bio: one(form, 'bio') }, (d) => saveServices(user, d), 6);
}

export async function attachPhotoAction(mediaId: string, caption: string): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = captionSchema.safeParse(caption);
  if (!parsed.success) return failed(parsed.error);
  try {
    await attachWorkPhoto(user, mediaId, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true };
}

export async function updatePhotoAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const caption = captionSchema.safeParse(one(form, 'caption'));
  await updateWorkPhoto(user, one(form, 'photoId'), { caption: caption.success ? caption.data : undefined, remove: form.get('remove') === '1' });
  revalidatePath('/', 'layout');
}

export async function setAvailabilityAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await setAvailability(user, form.get('availableNow') === '1');
  revalidatePath('/', 'layout');
}

export async function setHiddenAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await setHidden(user, form.get('hidden') === '1');
  revalidatePath('/', 'layout');
}
