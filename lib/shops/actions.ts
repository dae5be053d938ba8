'use server';

// Server actions of the seller dashboard, on the one action pipeline (lib/forms/action.ts). Each
// parses its form with the shared schema; the data layer (manage.ts) finds the seller's own shop
// and products from the account, so someone else's id is "not found".
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { callAction, formAction, voidAction } from '@/lib/forms/action';
import { all, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
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

export const openShopAction = formAction(
  { namespace: 'ShopErrors', access: 'user', schema: openShopSchema, fieldOf: { areaRequired: 'areaId' }, read: (form) => ({ nameBn: one(form, 'nameBn'), slug: one(form, 'slug'), areaId: one(form, 'areaId') || undefined, phone: one(form, 'phone') }) },
  async ({ user, input, locale, t }) => {
    try {
      await openShop(user, input);
    } catch (error) {
      if (!(error instanceof AppError && error.message === 'slugTaken')) throw error;
      const free = await suggestSlugs(input.slug);
      return { ok: false, message: t('slugTaken'), errors: { slug: free.length ? t('slugTakenTry', { list: free.join(', ') }) : t('slugTaken') } };
    }
    redirect(localizeHref('/dashboard/shop?opened=1', locale));
  },
);

function settingsInput(form: FormData) {
  const zoneFees = all(form, 'zoneFee');
  return {
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
    zones: all(form, 'zoneArea')
      .map((areaId, i) => ({ areaId, fee: zoneFees[i] ?? '' }))
      .filter((zone) => zone.areaId),
  };
}

export const saveShopSettingsAction = formAction({ namespace: 'ShopErrors', access: 'user', schema: shopSettingsSchema, fieldOf: { areaRequired: 'areaId' }, read: settingsInput }, async ({ user, input }) => {
  await saveShopSettings(user, input, Boolean(env().STRIPE_SECRET_KEY));
  return { done: 'ShopDashboard.saved' };
});

/** Called by the photo uploader (bound: logo or banner) once the image is stored. */
export const setShopImageAction = callAction({ namespace: 'ShopErrors', access: 'user', bound: z.tuple([z.enum(['logo', 'banner']), recordId]) }, async ({ user, args: [kind, mediaId] }) => {
  await setShopImage(user, kind, mediaId);
});

export const removeShopImageAction = voidAction({ namespace: 'ShopErrors', access: 'user' }, async ({ user, form }) => {
  await setShopImage(user, one(form, 'kind') === 'banner' ? 'banner' : 'logo', null);
});

function productInput(form: FormData) {
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
    options: all(form, 'optionGroup').map((group, i) => ({ group, name: names[i] ?? '', delta: deltas[i] ?? '', units: units[i] ?? '' })),
  };
}

/** Adds a product (then opens it) or, with a productId, saves the changes. */
export const saveProductAction = formAction({ namespace: 'ShopErrors', access: 'user', schema: productSchema, read: productInput }, async ({ user, input, form, locale }) => {
  if (!one(form, 'productId')) {
    const created = await createProduct(user, input);
    redirect(localizeHref(`/dashboard/products/${created.id}?created=1`, locale));
  }
  await updateProduct(user, idIn(form, 'productId'), input);
  return { done: input.publish ? 'ShopDashboard.savedPublished' : 'ShopDashboard.savedDraft' };
});

/** The small buttons of the product list: publish, hide, duplicate, move, sold out. */
export const productCommandAction = voidAction({ namespace: 'ShopErrors', access: 'user' }, async ({ user, form, locale }) => {
  const productId = idIn(form, 'productId');
  const command = one(form, 'command');
  if (command === 'publish') await setProductStatus(user, productId, 'ACTIVE');
  else if (command === 'hide') await setProductStatus(user, productId, 'HIDDEN');
  else if (command === 'up' || command === 'down') await moveProduct(user, productId, command);
  else if (command === 'available' || command === 'soldOut') await setProductAvailable(user, productId, command === 'available');
  else if (command === 'duplicate') {
    const copy = await duplicateProduct(user, productId);
    redirect(localizeHref(`/dashboard/products/${copy.id}?copied=1`, locale));
  }
});

/** Called by the photo uploader (bound: the product) once the photo is stored. */
export const attachProductPhotoAction = callAction({ namespace: 'ShopErrors', access: 'user', bound: z.tuple([recordId, recordId]) }, async ({ user, args: [productId, mediaId] }) => {
  await attachProductPhoto(user, productId, mediaId);
});

export const removeProductPhotoAction = voidAction({ namespace: 'ShopErrors', access: 'user' }, async ({ user, form }) => {
  await removeProductPhoto(user, idIn(form, 'photoId'));
});
