// A seller's own shop and catalog. Every function finds the shop from the signed-in account
// (never from an id a form sends) and every product through that shop, so swapping ids in a
// request reaches nothing of anyone else's. Each change queues the shop or product for the search
// index in the same transaction.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound, suspended } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { servedArea } from '@/lib/geo/queries';
import { enqueueSearch } from '@/lib/search/outbox';
import { romanize } from '@/lib/search/transliterate';
import { isValidShopSlug } from '@/lib/tenancy/host';
import { MAX_PRODUCT_PHOTOS, type ProductInput, type ShopSettingsInput } from './schemas';
import { herShop } from './own';

type Actor = { id: string };
type Tx = Prisma.TransactionClient;

/** Queues a shop or product for search (a product's shop follows by itself). */
const queue = (tx: Tx, entity: 'SHOP' | 'PRODUCT', entityId: string) => enqueueSearch(tx, entity, entityId);

/** The seller's shop, with what the dashboard shows. */
export async function getOwnShop(userId: string) {
  return db.shop.findFirst({
    ...herShop(userId),
    include: {
      logo: true,
      banner: true,
      area: { include: { parent: true } },
      deliveryZones: { include: { area: true }, orderBy: { feePoisha: 'asc' } },
      products: {
        orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
        include: { photos: { orderBy: { sortOrder: 'asc' }, take: 1, include: { media: true } } },
      },
    },
  });
}

/** The seller's own shop, to change: none is "not found", a suspended one is read-only. */
async function ownShop(actor: Actor): Promise<{ id: string; status: string }> {
  const shop = await db.shop.findFirst({ ...herShop(actor.id), select: { id: true, status: true } });
  if (!shop) throw notFound();
  if (shop.status === 'SUSPENDED') throw suspended();
  return shop;
}

/** A product of the seller's own shop, to change; anyone else's is "not found", whatever id was sent. */
async function ownProduct(actor: Actor, productId: string) {
  const product = await db.product.findFirst({ where: { id: productId, shop: { ownerId: actor.id } } });
  if (!product) throw notFound();
  const shop = await db.shop.findUniqueOrThrow({ where: { id: product.shopId }, select: { status: true } });
  if (shop.status === 'SUSPENDED') throw suspended();
  return product;
}

// ─── addresses ───

export const isSlugTaken = async (slug: string) => Boolean(await db.shop.findUnique({ where: { slug }, select: { id: true } }));

/** Free addresses close to the one asked for: "pitha" → "pitha-sherpur", "pitha-ghor", "pitha2". */
export async function suggestSlugs(wanted: string, areaSlug?: string): Promise<string[]> {
  const base = wanted.replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 22) || 'shop';
  const place = areaSlug?.split('-')[0];
  const candidates = [place && `${base}-${place}`, `${base}-ghor`, `${base}-bari`, `${base}-shop`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${base}${n}`)].filter(
    (s): s is string => Boolean(s) && isValidShopSlug(s!),
  );
  const taken = new Set((await db.shop.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((s) => s.slug));
  return candidates.filter((s) => !taken.has(s)).slice(0, 3);
}

/** A URL-safe address for a product, from its name: "ভাপা পিঠা" → "bhapa-pitha". */
export function productSlugBase(nameBn: string, nameEn?: string | null): string {
  const source = nameEn || romanize(nameBn);
  return (
    source
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40)
      .replace(/-$/, '') || 'item'
  );
}

async function freeProductSlug(tx: Tx, shopId: string, base: string, exceptId?: string): Promise<string> {
  const taken = new Set(
    (await tx.product.findMany({ where: { shopId, slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { slug: true } })).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

// ─── the shop ───

export async function openShop(actor: Actor & { phone: string }, data: { nameBn: string; slug: string; areaId: number; phone: string }) {
  if (await db.shop.findFirst({ where: { ownerId: actor.id }, select: { id: true } })) throw new AppError('conflict', 'alreadyHasShop');
  await servedArea(data.areaId);
  if (await isSlugTaken(data.slug)) throw new AppError('conflict', 'slugTaken');
  try {
    return await db.$transaction(async (tx) => {
      const shop = await tx.shop.create({ data: { slug: data.slug, ownerId: actor.id, nameBn: data.nameBn, areaId: data.areaId, phone: data.phone, whatsapp: data.phone, status: 'ACTIVE' } });
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { roles: true } });
      if (!user.roles.includes('SELLER')) await tx.user.update({ where: { id: actor.id }, data: { roles: { push: 'SELLER' } } });
      await queue(tx, 'SHOP', shop.id);
      return shop;
    });
  } catch (error) {
    // Two sellers asked for the same address at the same moment: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') throw new AppError('conflict', 'slugTaken');
    throw error;
  }
}

export async function saveShopSettings(actor: Actor, data: ShopSettingsInput, cardAvailable: boolean) {
  const shop = await ownShop(actor);
  await servedArea(data.areaId);
  for (const zone of data.zones) await servedArea(zone.areaId, { message: 'zoneInvalid' });
  await db.$transaction(async (tx) => {
    await tx.deliveryZone.deleteMany({ where: { shopId: shop.id } });
    const { zones, acceptsCard, ...fields } = data;
    await tx.shop.update({
      where: { id: shop.id },
      data: {
        ...fields,
        acceptsCard: acceptsCard && cardAvailable,
        deliveryZones: { create: zones.map((z) => ({ areaId: z.areaId, feePoisha: z.fee })) },
      },
    });
    await queue(tx, 'SHOP', shop.id);
  });
}

/** Sets the shop's logo or banner to an image the seller uploaded for that purpose. */
export async function setShopImage(actor: Actor, kind: 'logo' | 'banner', mediaId: string | null) {
  const shop = await ownShop(actor);
  if (mediaId) {
    const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true } });
    if (!media || media.ownerId !== actor.id || media.purpose !== (kind === 'logo' ? 'SHOP_LOGO' : 'SHOP_BANNER')) throw forbidden('not your upload');
  }
  await db.$transaction(async (tx) => {
    await tx.shop.update({ where: { id: shop.id }, data: kind === 'logo' ? { logoId: mediaId } : { bannerId: mediaId } });
    await queue(tx, 'SHOP', shop.id);
  });
}

// ─── the catalog ───

/** The product categories a seller picks from, in the order people see them. */
export async function productCategories() {
  return db.category.findMany({ where: { kind: 'PRODUCT', isActive: true }, orderBy: { sortOrder: 'asc' } });
}

async function productCategory(categoryId: number | null) {
  if (categoryId === null) return;
  const category = await db.category.findUnique({ where: { id: categoryId }, select: { kind: true, isActive: true } });
  if (!category || !category.isActive || category.kind !== 'PRODUCT') throw new AppError('invalid', 'categoryInvalid');
}

function productData(data: ProductInput) {
  const { publish: _publish, options: _options, ...fields } = data;
  return fields;
}

export async function createProduct(actor: Actor, data: ProductInput) {
  const shop = await ownShop(actor);
  if (shop.status === 'CLOSED') throw forbidden('shop closed');
  await productCategory(data.categoryId);
  return db.$transaction(async (tx) => {
    const last = await tx.product.aggregate({ where: { shopId: shop.id }, _max: { sortOrder: true } });
    const product = await tx.product.create({
      data: {
        ...productData(data),
        shopId: shop.id,
        slug: await freeProductSlug(tx, shop.id, productSlugBase(data.nameBn, data.nameEn)),
        status: data.publish ? 'ACTIVE' : 'DRAFT',
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        options: { create: data.options },
      },
    });
    await queue(tx, 'PRODUCT', product.id);
    return product;
  });
}

export async function updateProduct(actor: Actor, productId: string, data: ProductInput) {
  const current = await ownProduct(actor, productId);
  if (current.status === 'SUSPENDED') throw suspended();
  await productCategory(data.categoryId);
  return db.$transaction(async (tx) => {
    await tx.productOption.deleteMany({ where: { productId } });
    const status = data.publish ? 'ACTIVE' : current.status === 'ACTIVE' ? 'DRAFT' : current.status;
    const product = await tx.product.update({ where: { id: productId }, data: { ...productData(data), status, options: { create: data.options } } });
    await queue(tx, 'PRODUCT', productId);
    return product;
  });
}

/** A copy to start from, as a draft: same details, options and photos. */
export async function duplicateProduct(actor: Actor, productId: string) {
  const source = await ownProduct(actor, productId);
  const options = await db.productOption.findMany({ where: { productId }, orderBy: { sortOrder: 'asc' } });
  return db.$transaction(async (tx) => {
    const last = await tx.product.aggregate({ where: { shopId: source.shopId }, _max: { sortOrder: true } });
    const { id: _id, createdAt: _c, updatedAt: _u, slug, statusReason: _r, ...fields } = source;
    const copy = await tx.product.create({
      data: {
        ...fields,
        slug: await freeProductSlug(tx, source.shopId, slug.replace(/-\d+$/, '')),
        status: 'DRAFT',
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        options: { create: options.map(({ id: _o, productId: _p, ...o }) => o) },
      },
    });
    await queue(tx, 'PRODUCT', copy.id);
    return copy;
  });
}

/** Publish, hide or return to draft. A product an officer suspended stays suspended. */
export async function setProductStatus(actor: Actor, productId: string, status: 'ACTIVE' | 'HIDDEN' | 'DRAFT') {
  const current = await ownProduct(actor, productId);
  if (current.status === 'SUSPENDED') throw suspended();
  await db.$transaction(async (tx) => {
    await tx.product.update({ where: { id: productId }, data: { status } });
    await queue(tx, 'PRODUCT', productId);
  });
}

export async function setProductAvailable(actor: Actor, productId: string, isAvailable: boolean) {
  await ownProduct(actor, productId);
  await db.$transaction(async (tx) => {
    await tx.product.update({ where: { id: productId }, data: { isAvailable } });
    await queue(tx, 'PRODUCT', productId);
  });
}

/** Moves a product one place up or down in the shop's order. */
export async function moveProduct(actor: Actor, productId: string, direction: 'up' | 'down') {
  const current = await ownProduct(actor, productId);
  await db.$transaction(async (tx) => {
    const list = await tx.product.findMany({ where: { shopId: current.shopId }, orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }], select: { id: true } });
    const from = list.findIndex((p) => p.id === productId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= list.length) return;
    [list[from], list[to]] = [list[to]!, list[from]!];
    // Renumber the whole list so equal or missing sort orders never make the order ambiguous.
    for (const [i, p] of list.entries()) await tx.product.update({ where: { id: p.id }, data: { sortOrder: i } });
  });
}

export async function attachProductPhoto(actor: Actor, productId: string, mediaId: string) {
  const product = await ownProduct(actor, productId);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true, productPhoto: { select: { id: true } } } });
  if (!media || media.ownerId !== actor.id || media.purpose !== 'PRODUCT_PHOTO') throw forbidden('not your upload');
  if (media.productPhoto) return;
  const count = await db.productPhoto.count({ where: { productId } });
  if (count >= MAX_PRODUCT_PHOTOS) throw new AppError('conflict', 'tooManyPhotos');
  await db.$transaction(async (tx) => {
    await tx.productPhoto.create({ data: { productId, mediaId, sortOrder: count } });
    await queue(tx, 'PRODUCT', product.id);
  });
}

export async function removeProductPhoto(actor: Actor, photoId: string) {
  const photo = await db.productPhoto.findFirst({ where: { id: photoId, product: { shop: { ownerId: actor.id } } }, select: { productId: true, product: { select: { shop: { select: { status: true } } } } } });
  if (!photo) throw notFound();
  if (photo.product.shop.status === 'SUSPENDED') throw suspended();
  await db.$transaction(async (tx) => {
    await tx.productPhoto.delete({ where: { id: photoId } });
    await queue(tx, 'PRODUCT', photo.productId);
  });
}

/** One of the seller's products with everything the edit form shows. */
export async function getOwnProduct(actor: Actor, productId: string) {
  // An id typed into the URL may be anything (a NUL byte would make PostgreSQL fail): only ours look like this.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(productId)) throw notFound();
  const product = await db.product.findFirst({
    where: { id: productId, shop: { ownerId: actor.id } },
    include: { options: { orderBy: { sortOrder: 'asc' } }, photos: { orderBy: { sortOrder: 'asc' }, include: { media: true } }, shop: { select: { id: true, slug: true, status: true } } },
  });
  if (!product) throw notFound();
  return product;
}
