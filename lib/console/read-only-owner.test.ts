// A record an officer suspended is read-only to its owner until it is reinstated: every write of
// the seller's shop and catalog, the provider's profile and the verification papers refuses with
// "suspended", and nothing changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { attachWorkPhoto, saveArea, saveBasics, saveContact, saveHours, saveServices, setAvailability, setHidden, updateWorkPhoto } from '@/lib/directory/profile';
import {
  attachProductPhoto,
  createProduct,
  duplicateProduct,
  moveProduct,
  removeProductPhoto,
  saveShopSettings,
  setProductAvailable,
  setProductStatus,
  setShopImage,
  updateProduct,
} from '@/lib/shops/manage';
import { productSchema } from '@/lib/shops/schemas';
import { attachLicence, submitNidDigits } from './papers';
import { account, areaId, provider, shop } from './test-fixtures';

const refused = { code: 'forbidden', message: 'suspended' };
const upload = (ownerId: string, purpose: 'DOCUMENT' | 'PROVIDER_PHOTO' | 'PRODUCT_PHOTO' | 'SHOP_LOGO') =>
  db.media.create({ data: { ownerId, purpose, isPublic: purpose !== 'DOCUMENT', key: `t/${Math.random().toString(36).slice(2)}.webp`, width: 10, height: 10, bytes: 10 } });

const product = productSchema.parse({
  nameBn: 'চকলেট কেক', nameEn: '', description: '', price: '১২০০', compareAt: '', unit: 'PIECE', categoryId: '', tags: '', fulfilment: 'MADE_TO_ORDER',
  leadTime: '1', leadUnit: 'days', dailyCapacity: '', stock: '', isAvailable: 'on', publish: 'on', options: [],
});

let mirzapur: number;
beforeAll(async () => {
  mirzapur = await areaId('mirzapur-sherpur-bogura');
});

/** Everything a write could touch, to compare before and after. */
async function shopState(shopId: string) {
  return db.shop.findUniqueOrThrow({
    where: { id: shopId },
    include: { deliveryZones: true, documents: true, products: { orderBy: { id: 'asc' }, include: { photos: true, options: true } } },
  });
}

async function providerState(providerId: string) {
  return db.provider.findUniqueOrThrow({ where: { id: providerId }, include: { categories: true, services: true, photos: true, documents: true } });
}

describe('a suspended shop', () => {
  it('refuses every change by its seller, and nothing changes', async () => {
    const owner = await account(['BUYER', 'SELLER']);
    const theShop = await shop('mirzapur-sherpur-bogura', { ownerId: owner.id, status: 'SUSPENDED', statusReason: 'ভুয়া দোকান' });
    const [first, second] = await Promise.all(
      ['a', 'b'].map((slug, i) => db.product.create({ data: { shopId: theShop.id, slug, nameBn: 'কেক', pricePoisha: 10_000, sortOrder: i } })),
    );
    const photoMedia = await upload(owner.id, 'PRODUCT_PHOTO');
    const photo = await db.productPhoto.create({ data: { productId: first!.id, mediaId: (await upload(owner.id, 'PRODUCT_PHOTO')).id } });
    const before = await shopState(theShop.id);

    const writes: [string, () => Promise<unknown>][] = [
      ['settings', () => saveShopSettings(owner, { ...before, areaId: mirzapur, zones: [] } as never, false)],
      ['logo', async () => setShopImage(owner, 'logo', (await upload(owner.id, 'SHOP_LOGO')).id)],
      ['remove logo', () => setShopImage(owner, 'logo', null)],
      ['new product', () => createProduct(owner, product)],
      ['edit product', () => updateProduct(owner, first!.id, product)],
      ['duplicate', () => duplicateProduct(owner, first!.id)],
      ['hide', () => setProductStatus(owner, first!.id, 'HIDDEN')],
      ['sold out', () => setProductAvailable(owner, first!.id, false)],
      ['move', () => moveProduct(owner, second!.id, 'up')],
      ['add photo', () => attachProductPhoto(owner, first!.id, photoMedia.id)],
      ['remove photo', () => removeProductPhoto(owner, photo.id)],
      ['NID digits', () => submitNidDigits(owner, 'SHOP', '1234')],
      ['licence', async () => attachLicence(owner, 'SHOP', (await upload(owner.id, 'DOCUMENT')).id)],
    ];
    for (const [what, write] of writes) await expect(write(), what).rejects.toMatchObject(refused);
    expect(await shopState(theShop.id)).toEqual(before);
  });

  it('still refuses someone else’s product as "not found", not as suspended', async () => {
    const theShop = await shop('mirzapur-sherpur-bogura', { status: 'SUSPENDED' });
    const item = await db.product.create({ data: { shopId: theShop.id, slug: 'x', nameBn: 'কেক', pricePoisha: 10_000 } });
    const stranger = await account(['BUYER', 'SELLER']);
    await expect(updateProduct(stranger, item.id, product)).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('a suspended provider profile', () => {
  it('refuses every change by its owner, and nothing changes', async () => {
    const owner = await account(['BUYER', 'PROVIDER']);
    const profile = await provider('mirzapur-sherpur-bogura', { userId: owner.id, status: 'SUSPENDED', statusReason: 'ভুল নম্বর' });
    const electrician = (await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } })).id;
    const photo = await db.providerPhoto.create({ data: { providerId: profile.id, mediaId: (await upload(owner.id, 'PROVIDER_PHOTO')).id } });
    const before = await providerState(profile.id);

    const writes: [string, () => Promise<unknown>][] = [
      ['basics', () => saveBasics(owner, { nameBn: 'নতুন নাম', categoryIds: [electrician] })],
      ['area', () => saveArea(owner, { areaId: mirzapur, address: '', addressPrivacy: 'AREA_ONLY' } as never)],
      ['contact', () => saveContact(owner, { phone: '+8801711000000', otherPhones: [], whatsapp: null } as never)],
      ['hours', () => saveHours(owner, { days: ['SAT'], opens: '', closes: '', availableNow: true } as never)],
      ['services', () => saveServices(owner, { services: [], experienceYears: null, bio: '' } as never)],
      ['add photo', async () => attachWorkPhoto(owner, (await upload(owner.id, 'PROVIDER_PHOTO')).id, '')],
      ['caption', () => updateWorkPhoto(owner, photo.id, { caption: 'নতুন' })],
      ['remove photo', () => updateWorkPhoto(owner, photo.id, { remove: true })],
      ['available', () => setAvailability(owner, !before.availableNow)],
      ['hide', () => setHidden(owner, true)],
      ['NID digits', () => submitNidDigits(owner, 'PROVIDER', '1234')],
      ['licence', async () => attachLicence(owner, 'PROVIDER', (await upload(owner.id, 'DOCUMENT')).id)],
    ];
    for (const [what, write] of writes) await expect(write(), what).rejects.toMatchObject(refused);
    expect(await providerState(profile.id)).toEqual(before);
  });
});
