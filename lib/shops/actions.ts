'use server';

// Server actions of the seller dashboard. Each parses its form with the shared schema and answers
// with translated messages beside the fields; nothing typed is lost (the form is not reset).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { ActionResult } from '@/components/forms/form-shell';
import { requireUser } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { expected, failed as failedIn, one } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import {
  attachProductPhoto,
  createProduct,
  duplicateProduct,
  moveProduct,
  openShop,
  removeProductPhoto,
  saveShopSettings,
  setProductAvailable,
  setProductStatus,
  setShopImage,
  suggestSlugs,
  updateProduct,
} from './manage';
import { openShopSchema, productSchema, shopSettingsSchema } from './schemas';

const failed = (error: z.ZodError | AppError) => failedIn('ShopErrors', error);

async function go(path: string): Promise<never> {
  revalidatePath('/', 'layout');
  redirect(localizeHref(path, (await getLocale()) as AppLocale));
}

const all = (form: FormData, name: string) => form.getAll(name).map(String);

export async function openShopAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = openShopSchema.safeParse({ nameBn: one(form, 'nameBn'), slug: one(form, 'slug'), areaId: one(form, 'areaId') || undefined, phone: one(form, 'phone') });
  if (!parsed.success) return failed(parsed.error);
  try {
    await openShop(user, parsed.data);
  } catch (error) {
    if (!expected(error)) throw error;
    if (error.message === 'slugTaken') {
      const t = await getTranslations('ShopErrors');
      const free = await suggestSlugs(parsed.data.slug);
      const result = await failed(error);
      return { ...result, errors: { slug: free.length ? t('slugTakenTry', { list: free.join(', ') }) : t('slugTaken') } };
    }
    return failed(error);
  }
  return go('/dashboard/shop?opened=1');
}

export async function saveShopSettingsAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const zoneAreas = all(form, 'zoneArea');
  const zoneFees = all(form, 'zoneFee');
  const zones = zoneAreas.map((areaId, i) => ({ areaId, fee: zoneFees[i] ?? '' })).filter((z) => z.areaId);
  const parsed = shopSettingsSchema.safeParse({
    nameBn: one(form, 'nameBn'),
    nameEn: one(form, 'nameEn'),
    story: one(form, 'story'),
    themeColor: one(form, 'themeColor'),
    areaId: one(form, 'areaId') || undefined,
    pickupAvailable: form.get('pickupAvailable'),
    pickupAddress: one(form, 'pickupAddress'),
    pickupPrivacy: one(form, 'pickupPrivacy') || undefined,
    openDays: all(form, 'openDays'),
    minOrder: one(form, 'minOrder'),
    acceptsCod: form.get('acceptsCod'),
    bkashNumber: one(form, 'bkashNumber'),
    nagadNumber: one(form, 'nagadNumber'),
    acceptsCard: form.get('acceptsCard'),
    phone: one(form, 'phone'),
    whatsapp: one(form, 'whatsapp'),
    facebookUrl: one(form, 'facebookUrl'),
    zones,
  });
  if (!parsed.success) return failed(parsed.error);
  try {
    await saveShopSettings(user, parsed.data, Boolean(env().STRIPE_SECRET_KEY));
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('ShopDashboard'))('saved') };
}

export async function setShopImageAction(kind: 'logo' | 'banner', mediaId: string | null): Promise<ActionResult> {
  const user = await requireUser();
  await setShopImage(user, kind, mediaId);
  revalidatePath('/', 'layout');
  return { ok: true };
}

export async function removeShopImageAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await setShopImage(user, one(form, 'kind') === 'banner' ? 'banner' : 'logo', null);
  revalidatePath('/', 'layout');
}

function productInput(form: FormData) {
  const groups = all(form, 'optionGroup');
  const names = all(form, 'optionName');
  const deltas = all(form, 'optionDelta');
  const units = all(form, 'optionUnits');
  return {
    nameBn: one(form, 'nameBn'),
    nameEn: one(form, 'nameEn'),
    description: one(form, 'description'),
    price: one(form, 'price'),
    compareAt: one(form, 'compareAt'),
    unit: one(form, 'unit') || undefined,
    categoryId: one(form, 'categoryId'),
    tags: one(form, 'tags'),
    fulfilment: one(form, 'fulfilment') || undefined,
    leadTime: one(form, 'leadTime'),
    leadUnit: one(form, 'leadUnit') || undefined,
    dailyCapacity: one(form, 'dailyCapacity'),
    stock: one(form, 'stock'),
    isAvailable: form.get('isAvailable'),
    publish: form.get('publish'),
    options: groups.map((group, i) => ({ group, name: names[i] ?? '', delta: deltas[i] ?? '', units: units[i] ?? '' })),
  };
}

export async function saveProductAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const user = await requireUser();
  const parsed = productSchema.safeParse(productInput(form));
  if (!parsed.success) return failed(parsed.error);
  const productId = one(form, 'productId');
  let id: string;
  try {
    id = productId ? (await updateProduct(user, productId, parsed.data)).id : (await createProduct(user, parsed.data)).id;
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  if (!productId) return go(`/dashboard/products/${id}?created=1`);
  revalidatePath('/', 'layout');
  return { ok: true, message: (await getTranslations('ShopDashboard'))(parsed.data.publish ? 'savedPublished' : 'savedDraft') };
}

/** The small buttons of the product list: publish, hide, duplicate, move, sold out. */
export async function productCommandAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const productId = one(form, 'productId');
  const command = one(form, 'command');
  if (command === 'publish') await setProductStatus(user, productId, 'ACTIVE');
  else if (command === 'hide') await setProductStatus(user, productId, 'HIDDEN');
  else if (command === 'up' || command === 'down') await moveProduct(user, productId, command);
  else if (command === 'available' || command === 'soldOut') await setProductAvailable(user, productId, command === 'available');
  else if (command === 'duplicate') {
    const copy = await duplicateProduct(user, productId);
    return go(`/dashboard/products/${copy.id}?copied=1`);
  }
  revalidatePath('/', 'layout');
}

export async function attachProductPhotoAction(productId: string, mediaId: string): Promise<ActionResult> {
  const user = await requireUser();
  try {
    await attachProductPhoto(user, productId, mediaId);
  } catch (error) {
    if (expected(error)) return failed(error);
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true };
}

export async function removeProductPhotoAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await removeProductPhoto(user, one(form, 'photoId'));
  revalidatePath('/', 'layout');
}
