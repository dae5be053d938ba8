import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import {
  attachProductPhoto,
  createProduct,
  duplicateProduct,
  getOwnProduct,
  moveProduct,
  openShop,
  productSlugBase,
  removeProductPhoto,
  saveShopSettings,
  setProductStatus,
  setShopImage,
  suggestSlugs,
  updateProduct,
} from './manage';
import { openShopSchema, productSchema, shopSettingsSchema } from './schemas';
import { getStorefront, getStorefrontProduct, getStorefrontProducts } from './storefront';

let n = 0;
const seller = async () => {
  const phone = `+88017${String(40000000 + ++n * 31 + Math.floor(Math.random() * 1e4) * 1e3).slice(0, 8)}`;
  return db.user.create({ data: { phone, name: 'রাবেয়া', status: 'ACTIVE', phoneVerifiedAt: new Date() } });
};
let mirzapur: number, sherpur: number;
const unique = () => `shop-${Date.now().toString(36)}-${++n}`;

beforeAll(async () => {
  mirzapur = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  sherpur = (await db.area.findUniqueOrThrow({ where: { slug: 'sherpur-bogura' } })).id;
});

const cakeForm = {
  nameBn: 'চকলেট কেক',
  nameEn: 'Chocolate cake',
  description: 'ঘরে বানানো।\nডিম ছাড়াও পাওয়া যায়।',
  price: '১২০০',
  compareAt: '',
  unit: 'POUND',
  categoryId: '',
  tags: 'জন্মদিন, কেক',
  fulfilment: 'MADE_TO_ORDER',
  leadTime: '2',
  leadUnit: 'days',
  dailyCapacity: '৫',
  stock: '',
  isAvailable: 'on',
  publish: 'on',
  options: [
    { group: 'ওজন', name: '১ পাউন্ড', delta: '', units: '' },
    { group: 'ওজন', name: '২ পাউন্ড', delta: '+১০০০', units: '২' },
    { group: '', name: '', delta: '', units: '' },
  ],
};

async function openOne() {
  const user = await seller();
  const shop = await openShop(user, openShopSchema.parse({ nameBn: 'রাবেয়ার কেক', slug: unique(), areaId: String(mirzapur), phone: '01711000111' }));
  return { user, shop };
}

describe('opening a shop', () => {
  it('opens it public, makes the account a seller and queues it for search', async () => {
    const { user, shop } = await openOne();
    expect(shop).toMatchObject({ status: 'ACTIVE', verification: 'PENDING', phone: '+8801711000111', areaId: mirzapur });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toContain('SELLER');
    expect(await db.searchOutbox.count({ where: { entity: 'SHOP', entityId: shop.id } })).toBe(1);
    await expect(openShop(user, { nameBn: 'আরেকটি', slug: unique(), areaId: mirzapur, phone: '+8801711000111' })).rejects.toMatchObject({ message: 'alreadyHasShop' });
  });

  it('refuses a taken address and suggests free ones', async () => {
    const { shop } = await openOne();
    const other = await seller();
    await expect(openShop(other, { nameBn: 'নকল', slug: shop.slug, areaId: mirzapur, phone: '+8801711000112' })).rejects.toMatchObject({ code: 'conflict', message: 'slugTaken' });
    const suggestions = await suggestSlugs(shop.slug, 'sherpur-bogura');
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0]).toBe(`${shop.slug}-sherpur`.slice(0, 30));
    for (const s of suggestions) expect(await db.shop.findUnique({ where: { slug: s } })).toBeNull();
  });

  it('gives one shop to one of two sellers asking for the same address at once', async () => {
    const slug = unique();
    const [a, b] = await Promise.all([seller(), seller()]);
    const results = await Promise.allSettled([a, b].map((u) => openShop(u, { nameBn: 'দোকান', slug, areaId: mirzapur, phone: '+8801711000113' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { message: 'slugTaken' } });
  });

  it('keeps the shop in a served district (Bogura or Kishoreganj), never elsewhere', async () => {
    const dhaka = await db.area.findUniqueOrThrow({ where: { slug: 'dhaka' } });
    const outside = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: dhaka.path } } })).id;
    await expect(openShop(await seller(), { nameBn: 'দূরের দোকান', slug: unique(), areaId: outside, phone: '+8801711000114' })).rejects.toMatchObject({ message: 'areaRequired' });
    const katiadiUnion = (await db.area.findFirstOrThrow({ where: { level: 'UNION', slug: { contains: 'katiadi' } } })).id;
    const opened = await openShop(await seller(), { nameBn: 'হাওরের দোকান', slug: unique(), areaId: katiadiUnion, phone: '+8801711000115' });
    expect(opened.areaId).toBe(katiadiUnion);
  });
});

describe('shop settings', () => {
  const settings = (over: Record<string, unknown> = {}) =>
    shopSettingsSchema.parse({
      nameBn: 'রাবেয়ার কেক',
      nameEn: "Rabeya's Cakes",
      story: 'মায়ের কাছে শেখা।',
      themeColor: '#be123c',
      areaId: String(mirzapur),
      pickupAvailable: 'on',
      pickupAddress: '',
      pickupPrivacy: 'UNION_ONLY',
      openDays: ['5', '6', '0'],
      minOrder: '৫০০',
      acceptsCod: 'on',
      bkashNumber: '01711000111',
      nagadNumber: '',
      acceptsCard: 'on',
      phone: '01711000111',
      whatsapp: '',
      facebookUrl: 'fb.com/rabeya.cakes',
      zones: [
        { areaId: String(mirzapur), fee: '০' },
        { areaId: String(sherpur), fee: '৮০' },
      ],
      ...over,
    });

  it('saves delivery zones, payments and days, and card only when the platform has Stripe', async () => {
    const { user, shop } = await openOne();
    await saveShopSettings(user, settings(), false);
    const saved = (await getStorefront(shop.slug))!;
    expect(saved).toMatchObject({ themeColor: '#be123c', openDays: [0, 5, 6], minOrderPoisha: 50000, acceptsCard: false, bkashNumber: '+8801711000111', facebookUrl: 'https://fb.com/rabeya.cakes' });
    expect(saved.deliveryZones.map((z) => z.feePoisha)).toEqual([0, 8000]);
    await saveShopSettings(user, settings({ zones: [] }), true);
    expect(await db.deliveryZone.count({ where: { shopId: shop.id } })).toBe(0);
    expect((await getStorefront(shop.slug))!.acceptsCard).toBe(true);
  });

  it('refuses a delivery zone outside the served districts', async () => {
    const { user } = await openOne();
    const dhaka = await db.area.findUniqueOrThrow({ where: { slug: 'dhaka' } });
    const far = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: dhaka.path } } })).id;
    await expect(saveShopSettings(user, settings({ zones: [{ areaId: String(far), fee: '50' }] }), false)).rejects.toMatchObject({ message: 'zoneInvalid' });
  });

  it('takes a logo only from the seller’s own upload for that purpose', async () => {
    const { user, shop } = await openOne();
    const other = await seller();
    const media = async (ownerId: string, purpose: 'SHOP_LOGO' | 'PRODUCT_PHOTO') =>
      db.media.create({ data: { ownerId, purpose, key: `test/${unique()}.webp`, width: 10, height: 10, bytes: 10 } });
    await expect(setShopImage(user, 'logo', (await media(other.id, 'SHOP_LOGO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setShopImage(user, 'logo', (await media(user.id, 'PRODUCT_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    const own = await media(user.id, 'SHOP_LOGO');
    await setShopImage(user, 'logo', own.id);
    expect((await getStorefront(shop.slug))!.logoId).toBe(own.id);
  });
});

describe('the catalog', () => {
  it('creates a made-to-order product with options, a readable slug and its earliest day', async () => {
    const { user, shop } = await openOne();
    const product = await createProduct(user, productSchema.parse(cakeForm));
    expect(product).toMatchObject({ slug: 'chocolate-cake', pricePoisha: 120000, leadTimeHours: 48, dailyCapacity: 5, stock: null, status: 'ACTIVE', unit: 'POUND' });
    expect(product.description).toBe('ঘরে বানানো।\nডিম ছাড়াও পাওয়া যায়।');
    const shown = (await getStorefrontProduct(shop, 'chocolate-cake', new Date('2026-11-23T04:00:00Z')))!;
    expect(shown.options.map((o) => [o.nameBn, o.priceDeltaPoisha, o.capacityUnits])).toEqual([
      ['১ পাউন্ড', 0, 1],
      ['২ পাউন্ড', 100000, 2],
    ]);
    expect(shown.earliest).toBe('2026-11-25');
    // A second one with the same name gets its own address.
    expect((await createProduct(user, productSchema.parse(cakeForm))).slug).toBe('chocolate-cake-2');
    expect(await db.searchOutbox.count({ where: { entity: 'PRODUCT', entityId: product.id } })).toBe(1);
  });

  it('keeps drafts and hidden products off the storefront', async () => {
    const { user, shop } = await openOne();
    const draft = await createProduct(user, productSchema.parse({ ...cakeForm, publish: '' }));
    expect(draft.status).toBe('DRAFT');
    const live = await createProduct(user, productSchema.parse({ ...cakeForm, nameEn: 'Vanilla cake' }));
    await setProductStatus(user, live.id, 'HIDDEN');
    expect(await getStorefrontProducts(shop)).toHaveLength(0);
    await setProductStatus(user, live.id, 'ACTIVE');
    expect((await getStorefrontProducts(shop)).map((p) => p.id)).toEqual([live.id]);
  });

  it('duplicates as a draft and reorders', async () => {
    const { user, shop } = await openOne();
    const first = await createProduct(user, productSchema.parse(cakeForm));
    const second = await createProduct(user, productSchema.parse({ ...cakeForm, nameEn: 'Pitha box' }));
    const copy = await duplicateProduct(user, first.id);
    expect(copy).toMatchObject({ status: 'DRAFT', pricePoisha: 120000, slug: 'chocolate-cake-2' });
    expect(await db.productOption.count({ where: { productId: copy.id } })).toBe(2);
    await moveProduct(user, second.id, 'up');
    const order = await db.product.findMany({ where: { shopId: shop.id }, orderBy: { sortOrder: 'asc' }, select: { id: true } });
    expect(order.map((p) => p.id)).toEqual([second.id, first.id, copy.id]);
  });

  it('lets nobody change another seller’s product by swapping ids', async () => {
    const a = await openOne();
    const b = await openOne();
    const product = await createProduct(a.user, productSchema.parse(cakeForm));
    const input = productSchema.parse({ ...cakeForm, price: '1' });
    await expect(updateProduct(b.user, product.id, input)).rejects.toMatchObject({ code: 'notFound' });
    await expect(setProductStatus(b.user, product.id, 'HIDDEN')).rejects.toMatchObject({ code: 'notFound' });
    await expect(duplicateProduct(b.user, product.id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(moveProduct(b.user, product.id, 'down')).rejects.toMatchObject({ code: 'notFound' });
    await expect(getOwnProduct(b.user, product.id)).rejects.toMatchObject({ code: 'notFound' });
    const media = await db.media.create({ data: { ownerId: b.user.id, purpose: 'PRODUCT_PHOTO', key: `test/${unique()}.webp`, width: 10, height: 10, bytes: 10 } });
    await expect(attachProductPhoto(b.user, product.id, media.id)).rejects.toMatchObject({ code: 'notFound' });
    const ownPhoto = await db.media.create({ data: { ownerId: a.user.id, purpose: 'PRODUCT_PHOTO', key: `test/${unique()}.webp`, width: 10, height: 10, bytes: 10 } });
    await attachProductPhoto(a.user, product.id, ownPhoto.id);
    const photo = await db.productPhoto.findFirstOrThrow({ where: { productId: product.id } });
    await expect(removeProductPhoto(b.user, photo.id)).rejects.toMatchObject({ code: 'notFound' });
    // Nothing changed.
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ pricePoisha: 120000, status: 'ACTIVE', shopId: a.shop.id });
    expect(await db.productPhoto.count({ where: { productId: product.id } })).toBe(1);
  });

  it('makes readable product addresses from Bengali or English names', () => {
    expect(productSlugBase('ভাপা পিঠা')).toMatch(/^bh?apa-pitha$/);
    expect(productSlugBase('চকলেট কেক', 'Chocolate Cake (2 lb)')).toBe('chocolate-cake-2-lb');
    expect(productSlugBase('!!!')).toBe('item');
  });
});
