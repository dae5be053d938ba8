// The demo districts: accounts for every role (an officer for each district), 70+ providers across trades and unions of Sherpur
// (Bogura) and Kishoreganj, blood donors, offices, 8 shops with 40+ products, a few orders; every
// category listed at least once in each of the two districts.
// Only for development and demonstrations: seedOnStart never runs it in production.
import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../../lib/db/client';
import type { BloodGroup, OrderStatus, ProductUnit, Role, Sex } from '../../lib/generated/prisma/enums';
import { productPictures, shopPictures, workPictures } from '../demo-pictures/catalogue';
import { slugify } from './areas';
import { DEMO_PASSWORD, businessNames, demoAccounts, femaleNames, gapOffices, gapProducts, kishoreganjOffices, laterServiceTemplates, localEmergency, maleNames, offices, serviceTemplates, shopTemplates, type ShopTemplate } from './demo-content';
import { demoPictureStore } from './images';
import { prng } from './prng';


const DAY = 86_400_000;
const bloodGroups: BloodGroup[] = ['A_POS', 'B_POS', 'O_POS', 'AB_POS', 'O_NEG', 'A_NEG', 'B_NEG', 'AB_NEG'];
/** Trades most often done by women in the district: their demo providers are mostly women. */
const femaleTrades = ['parlour', 'housemaid', 'tailor', 'home-cook', 'tutor'];

export async function seedDemo(db: Db, mediaDir: string): Promise<string> {
  if (await db.setting.findUnique({ where: { key: 'seed.demo' } })) return 'already present';
  let random = prng(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const now = Date.now();
  const passwordHash = await hash(DEMO_PASSWORD);

  const areaBySlug = async (slug: string) => db.area.findUniqueOrThrow({ where: { slug } });
  const categoryBySlug = new Map((await db.category.findMany()).map((c) => [c.slug, c]));
  const sherpur = await areaBySlug('sherpur-bogura');
  const bogura = await areaBySlug('bogura');
  const kishoreganj = await areaBySlug('kishoreganj');
  const sherpurUnions = await db.area.findMany({ where: { parentId: sherpur.id }, orderBy: { id: 'asc' } });
  const boguraUpazilas = await db.area.findMany({ where: { parentId: bogura.id, id: { not: sherpur.id } } });
  const kishoreganjUpazilas = await db.area.findMany({ where: { parentId: kishoreganj.id } });
  const kishoreganjUnions = await db.area.findMany({ where: { parentId: { in: kishoreganjUpazilas.map((u) => u.id) } } });

  // Drawn pictures, stored through the media pipeline as if their owners had uploaded them.
  const storePicture = demoPictureStore(db, mediaDir);
  // In the order the seed stores them: work photos, then shops and their products.
  storePicture.warm([
    ...Object.values(workPictures).flatMap((list) => list.map(([picture]) => picture)),
    ...shopTemplates.flatMap((s) => [...Object.values(shopPictures(s.slug)), ...s.products.map((p) => productPictures[p.nameEn] ?? '')]),
  ].filter(Boolean));

  // Accounts for every role.
  const accounts = new Map<string, { id: string }>();
  for (const a of demoAccounts) {
    const officerAreaId = a.officerArea ? (await areaBySlug(a.officerArea)).id : null;
    const data = { name: a.name, passwordHash, roles: [...a.roles] as Role[], status: 'ACTIVE' as const, phoneVerifiedAt: new Date(now - 30 * DAY), officerAreaId };
    accounts.set(a.phone, await db.user.upsert({ where: { phone: a.phone }, create: { phone: a.phone, ...data }, update: data, select: { id: true } }));
  }
  const officer = accounts.get('+8801700000001')!;
  const buyer = accounts.get('+8801700000004')!;

  // Providers.
  let providerCount = 0;
  let phoneSerial = 1711000100;
  const nextPhone = () => `+880${phoneSerial++}`;
  interface NewProvider {
    userId?: string;
    name: string;
    sex: Sex;
    category: string;
    areaId: number;
    template?: (typeof serviceTemplates)[number];
    verified: boolean;
    bloodGroup?: BloodGroup;
    lastDonationAt?: Date;
    designation?: string;
    kind?: 'INDIVIDUAL' | 'BUSINESS' | 'OFFICE';
    phone?: string;
    /** Photos of her work beyond the first (the gap fill below gives one). */
    workPhotos?: boolean;
  }
  const usedSlugs = new Set<string>();
  /** How many providers of each trade have shown their work: the next one starts at another picture. */
  const workTurns = new Map<string, number>();
  async function createProvider(p: NewProvider) {
    const area = await db.area.findUniqueOrThrow({ where: { id: p.areaId } });
    const base = `${p.category}-${area.slug.split('-')[0]}`;
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);
    const phone = p.phone ?? nextPhone();
    const userId = p.userId ?? (p.kind === 'OFFICE' ? undefined : (await db.user.create({ data: { phone, name: p.name, roles: ['PROVIDER', 'BUYER'], status: 'ACTIVE', phoneVerifiedAt: new Date(now - 60 * DAY) } })).id);
    const created = new Date(now - Math.floor(random() * 200 + 5) * DAY);
    const t = p.template;
    const provider = await db.provider.create({
      data: {
        slug,
        userId,
        kind: p.kind ?? 'INDIVIDUAL',
        nameBn: p.name,
        designation: p.designation,
        bio: t?.bio,
        areaId: p.areaId,
        address: p.kind === 'OFFICE' ? `${area.nameBn}` : `${pick(['পূর্বপাড়া', 'বাজার রোড', 'স্কুলের পাশে', 'মসজিদ মোড়', 'হাটখোলা'])}, ${area.nameBn}`,
        addressPrivacy: p.kind === 'OFFICE' || p.kind === 'BUSINESS' ? 'EXACT' : 'UNION_ONLY',
        phone,
        whatsapp: random() < 0.7 ? phone : null,
        hours: { days: [0, 1, 2, 3, 4, 6], opens: '09:00', closes: '20:00' },
        availableNow: random() < 0.55,
        availableChangedAt: new Date(now - Math.floor(random() * 48) * 3_600_000),
        experienceYears: t ? 2 + Math.floor(random() * 20) : null,
        verification: p.verified ? 'VERIFIED' : 'PENDING',
        verifiedAt: p.verified ? new Date(created.getTime() + 3 * DAY) : null,
        verificationExpiresAt: p.verified ? new Date(created.getTime() + 368 * DAY) : null,
        bloodGroup: p.bloodGroup,
        lastDonationAt: p.lastDonationAt,
        // Donors are 20 to 49 (no random() here: it would shift every demo record after this one).
        birthDate: p.bloodGroup ? new Date(now - (20 + (providerCount % 30)) * 365.25 * DAY) : undefined,
        sex: p.sex,
        onboardingStep: 99,
        lastActiveAt: new Date(now - Math.floor(random() * 20) * DAY),
        createdAt: created,
        categories: { create: [{ categoryId: categoryBySlug.get(p.category)!.id, isPrimary: true }] },
        services: t ? { create: t.services.map(([name, priceNote], i) => ({ name, priceNote: priceNote || null, sortOrder: i })) } : undefined,
        verificationEvents: p.verified ? { create: [{ subject: 'PROVIDER', status: 'VERIFIED', actorId: officer.id, note: 'সরেজমিনে যাচাই করা হয়েছে', createdAt: new Date(created.getTime() + 3 * DAY) }] } : undefined,
      },
    });
    // Every trade shows its work: one picture, or up to three for those the draw picks (the draw
    // is as it always was, so every record after this one stays the same).
    let photos = t ? 1 : 0;
    if (t && p.workPhotos !== false && random() < 0.6) photos = 1 + Math.floor(random() * 3);
    const pictures = workPictures[p.category] ?? [];
    const turn = workTurns.get(p.category) ?? 0;
    if (photos && pictures.length) workTurns.set(p.category, turn + 1);
    for (let i = 0; i < Math.min(photos, pictures.length); i++) {
      const [picture, caption] = pictures[(turn + i) % pictures.length]!;
      const media = await storePicture(picture, 'PROVIDER_PHOTO', userId ?? null, caption);
      await db.providerPhoto.create({ data: { providerId: provider.id, mediaId: media.id, caption, sortOrder: i } });
    }
    providerCount++;
    return provider;
  }

  // The demo provider account: an electrician in Mirzapur.
  await createProvider({ userId: accounts.get('+8801700000003')!.id, phone: '+8801700000003', name: 'মোঃ আব্দুল করিম', sex: 'MALE', category: 'electrician', areaId: sherpurUnions[0]!.id, template: serviceTemplates[0], verified: true });

  // Trades across Sherpur's unions, the rest of Bogura and Kishoreganj; every trade at least twice.
  for (let i = 0; i < serviceTemplates.length * 2; i++) {
    const template = serviceTemplates[i % serviceTemplates.length]!;
    const female = femaleTrades.includes(template.category) && random() < 0.7;
    const where = random();
    const areaId = where < 0.6 ? pick(sherpurUnions).id : where < 0.75 ? pick(boguraUpazilas).id : random() < 0.5 ? pick(kishoreganjUnions).id : pick(kishoreganjUpazilas).id;
    const business = ['hospital', 'company', 'publisher', 'godown-rent', 'office-rent', 'shop-rent'].includes(template.category);
    const name = business ? pick(businessNames[template.category]!) : female ? pick(femaleNames) : pick(maleNames);
    await createProvider({ name, sex: business ? 'OTHER' : female ? 'FEMALE' : 'MALE', category: template.category, areaId, template, verified: random() < 0.7, kind: business ? 'BUSINESS' : 'INDIVIDUAL' });
  }

  // Blood donors: some may give again, some gave recently.
  for (let i = 0; i < 18; i++) {
    const female = i % 3 === 0;
    await createProvider({
      name: female ? pick(femaleNames) : pick(maleNames),
      sex: female ? 'FEMALE' : 'MALE',
      category: 'blood-donor',
      areaId: i < 12 ? pick(sherpurUnions).id : pick(kishoreganjUnions).id,
      verified: random() < 0.5,
      bloodGroup: bloodGroups[i % bloodGroups.length],
      lastDonationAt: i % 4 === 3 ? undefined : new Date(now - Math.floor(20 + random() * 300) * DAY),
    });
  }

  for (const o of offices) {
    await createProvider({ name: o.nameBn, sex: 'OTHER', category: o.category, areaId: (await areaBySlug(o.area)).id, verified: true, designation: o.designation, kind: 'OFFICE', phone: o.phone });
  }

  for (const [index, e] of localEmergency.entries()) {
    const data = { kind: e.kind, nameBn: e.nameBn, nameEn: e.nameEn, phone: e.phone, areaId: (await areaBySlug(e.area)).id, sortOrder: 100 + index };
    await db.emergencyContact.upsert({ where: { seedKey: e.key }, create: { seedKey: e.key, ...data }, update: data });
  }

  // Reviews by the demo buyer and a few neighbours, so ratings mean something.
  const reviewers = [buyer.id];
  for (let i = 0; i < 4; i++) {
    reviewers.push((await db.user.create({ data: { phone: nextPhone(), name: pick(femaleNames), status: 'ACTIVE', phoneVerifiedAt: new Date(now - 40 * DAY) } })).id);
  }
  const reviewTexts = ['খুব ভালো কাজ করেছেন, সময়মতো এসেছেন।', 'ব্যবহার ভালো, দাম ন্যায্য।', 'কাজ ঠিকঠাক, আবার ডাকব।', 'একটু দেরি করেছেন, তবে কাজ ভালো।', 'অনেক যত্ন নিয়ে কাজ করেছেন। ধন্যবাদ!'];
  const reviewed = await db.provider.findMany({ where: { kind: { not: 'OFFICE' }, bloodGroup: null }, take: 40, orderBy: { slug: 'asc' } });
  for (const provider of reviewed) {
    const count = Math.floor(random() * 4);
    const ratings: number[] = [];
    for (let r = 0; r < count; r++) {
      const rating = 3 + Math.floor(random() * 3);
      ratings.push(rating);
      const reviewedAt = now - Math.floor(random() * 60) * DAY;
      // A review needs a contact through Haat a day before it (lib/directory/reviews.ts).
      const contactedAt = new Date(reviewedAt - 2 * DAY);
      await db.contactTap.create({ data: { userId: reviewers[r]!, providerId: provider.id, via: 'CALL', firstAt: contactedAt, lastAt: contactedAt } });
      await db.review.create({ data: { providerId: provider.id, authorId: reviewers[r]!, rating, text: pick(reviewTexts), createdAt: new Date(reviewedAt) } });
    }
    if (ratings.length) {
      await db.provider.update({ where: { id: provider.id }, data: { ratingCount: ratings.length, ratingAvg: ratings.reduce((a, b) => a + b, 0) / ratings.length } });
    }
  }

  let productCount = 0;
  async function createProduct(shopId: string, ownerId: string, p: ShopTemplate['products'][number], sortOrder: number) {
    const made = p.stock === undefined;
    const picture = productPictures[p.nameEn];
    if (!picture) throw new Error(`No demo picture for the product "${p.nameEn}" (prisma/demo-pictures/catalogue.ts)`);
    const media = await storePicture(picture, 'PRODUCT_PHOTO', ownerId, p.nameBn);
    await db.product.create({
      data: {
        shopId,
        slug: slugify(p.nameEn),
        nameBn: p.nameBn,
        nameEn: p.nameEn,
        description: p.description,
        pricePoisha: p.taka * 100,
        compareAtPoisha: sortOrder === 0 ? p.taka * 120 : null,
        unit: p.unit as ProductUnit,
        categoryId: categoryBySlug.get(p.category)!.id,
        fulfilment: made ? 'MADE_TO_ORDER' : 'READY_STOCK',
        leadTimeHours: made ? (p.leadHours ?? 24) : 0,
        dailyCapacity: made ? (p.capacity ?? null) : null,
        stock: made ? null : p.stock!,
        sortOrder,
        photos: { create: [{ mediaId: media.id, sortOrder: 0 }] },
        options: p.options ? { create: p.options.map(([groupBn, nameBn, delta, units], sortOrder) => ({ groupBn, nameBn, priceDeltaPoisha: delta * 100, capacityUnits: units, sortOrder })) } : undefined,
      },
    });
    productCount++;
  }

  // Shops and their catalogs.
  const seller = accounts.get('+8801700000002')!;
  for (const [shopIndex, s] of shopTemplates.entries()) {
    const ownerId = shopIndex === 0 ? seller.id : (await db.user.create({ data: { phone: nextPhone(), name: pick(femaleNames), roles: ['SELLER', 'BUYER'], status: 'ACTIVE', phoneVerifiedAt: new Date(now - 50 * DAY), passwordHash } })).id;
    const owner = await db.user.findUniqueOrThrow({ where: { id: ownerId } });
    const area = await areaBySlug(s.area);
    const upazilaId = area.level === 'UNION' ? area.parentId! : area.id;
    const zoneAreas = await db.area.findMany({ where: { parentId: upazilaId }, take: 6, orderBy: { id: 'asc' } });
    const logo = await storePicture(shopPictures(s.slug).logo, 'SHOP_LOGO', ownerId, s.nameBn);
    const banner = await storePicture(shopPictures(s.slug).banner, 'SHOP_BANNER', ownerId);
    const shop = await db.shop.create({
      data: {
        slug: s.slug,
        ownerId,
        nameBn: s.nameBn,
        nameEn: s.nameEn,
        story: s.story,
        themeColor: s.theme,
        areaId: area.id,
        logoId: logo.id,
        bannerId: banner.id,
        phone: owner.phone,
        whatsapp: owner.phone,
        pickupAddress: `${area.nameBn}`,
        minOrderPoisha: 20000,
        bkashNumber: shopIndex % 2 === 0 ? owner.phone : null,
        nagadNumber: shopIndex % 3 === 0 ? owner.phone : null,
        verification: shopIndex < 6 ? 'VERIFIED' : 'PENDING',
        verifiedAt: shopIndex < 6 ? new Date(now - 20 * DAY) : null,
        verificationExpiresAt: shopIndex < 6 ? new Date(now + 345 * DAY) : null,
        deliveryZones: { create: [{ areaId: upazilaId, feePoisha: 8000 }, ...zoneAreas.map((z, i) => ({ areaId: z.id, feePoisha: 3000 + i * 1000 }))] },
      },
    });
    for (const [i, p] of s.products.entries()) await createProduct(shop.id, ownerId, p, i);
  }

  // A few orders for the demo seller, in every state her inbox shows.
  const pithaShop = await db.shop.findUniqueOrThrow({ where: { slug: 'pitha' }, include: { products: true, deliveryZones: true } });
  const flow: OrderStatus[] = ['PLACED', 'PLACED', 'CONFIRMED', 'PREPARING', 'DELIVERED', 'CANCELLED'];
  for (const [i, status] of flow.entries()) {
    const product = pithaShop.products[i % pithaShop.products.length]!;
    const quantity = Math.min(10 + i * 5, product.dailyCapacity ?? Infinity);
    const subtotal = product.pricePoisha * quantity;
    const fee = pithaShop.deliveryZones[1]?.feePoisha ?? 0;
    const neededOn = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + (status === 'DELIVERED' ? -3 : 1 + (i % 3))));
    const steps = ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED'].slice(0, ['PLACED', 'CONFIRMED', 'PREPARING', 'READY', 'DELIVERED'].indexOf(status) + 1);
    await db.order.create({
      data: {
        code: `HT${(1001 + i).toString(36).toUpperCase()}${String(i)}`,
        token: randomBytes(24).toString('base64url'),
        shopId: pithaShop.id,
        buyerId: i % 2 === 0 ? buyer.id : null,
        buyerName: i % 2 === 0 ? 'সুমাইয়া আক্তার' : pick(femaleNames),
        buyerPhone: i % 2 === 0 ? '+8801700000004' : nextPhone(),
        phoneConfirmed: true,
        delivery: i % 3 === 0 ? 'PICKUP' : 'DELIVERY',
        deliveryAreaId: i % 3 === 0 ? null : pithaShop.deliveryZones[1]?.areaId,
        deliveryAddress: i % 3 === 0 ? null : 'স্কুলের পাশে, হলুদ বাড়ি',
        neededOn,
        note: i === 0 ? 'গুড় একটু বেশি দেবেন' : null,
        subtotalPoisha: subtotal,
        deliveryFeePoisha: i % 3 === 0 ? 0 : fee,
        totalPoisha: subtotal + (i % 3 === 0 ? 0 : fee),
        status,
        statusReason: status === 'CANCELLED' ? 'ক্রেতা বাতিল করেছেন' : null,
        paymentMethod: i % 2 ? 'BKASH' : 'COD',
        paymentStatus: status === 'DELIVERED' ? 'PAID' : 'UNPAID',
        createdAt: new Date(now - (6 - i) * DAY),
        items: { create: [{ productId: product.id, nameBn: product.nameBn, unitPricePoisha: product.pricePoisha, quantity, lineTotalPoisha: subtotal }] },
        events: {
          create: status === 'CANCELLED'
            ? [{ toStatus: 'PLACED' }, { fromStatus: 'PLACED', toStatus: 'CANCELLED', note: 'ক্রেতা বাতিল করেছেন' }]
            : steps.map((s, k) => ({ fromStatus: k ? (steps[k - 1] as OrderStatus) : null, toStatus: s as OrderStatus })),
        },
      },
    });
    if (product.dailyCapacity) {
      await db.capacityDay.upsert({ where: { productId_day: { productId: product.id, day: neededOn } }, create: { productId: product.id, day: neededOn, used: quantity }, update: { used: { increment: quantity } } });
    }
  }

  await (await import('./demo-rentals')).seedDemoRentals(db, mediaDir);

  // Every category with a list page has at least one listing in each demo district, and every
  // catalogue category at least one product there. The draw above leaves gaps (no housemaid or
  // tailor in Bogura, most trades none in Kishoreganj): they are filled here, from a sequence of
  // their own, so that everything drawn above stays as it was.
  random = prng(20261206);
  phoneSerial = 1712000100;
  const templates = new Map([...serviceTemplates, ...laterServiceTemplates].map((t) => [t.category, t]));
  for (const { district, unions } of [{ district: bogura, unions: sherpurUnions }, { district: kishoreganj, unions: kishoreganjUnions }]) {
    const inDistrict = { path: { startsWith: district.path } };
    const listed = await db.providerCategory.findMany({ where: { provider: { status: 'ACTIVE', area: inDistrict } }, select: { category: { select: { slug: true } } } });
    const present = new Set(listed.map((pc) => pc.category.slug));
    for (const category of categoryBySlug.values()) {
      if (category.kind === 'PRODUCT' || !category.isActive || present.has(category.slug)) continue;
      const union = pick(unions);
      const office = gapOffices[category.slug];
      const business = category.slug in businessNames;
      const female = femaleTrades.includes(category.slug) && random() < 0.7;
      if (office) {
        await createProvider({ name: office.nameBn(union.nameBn), sex: 'OTHER', category: category.slug, areaId: union.id, verified: true, designation: office.designation, kind: 'OFFICE' });
      } else if (category.kind === 'BLOOD') {
        await createProvider({ name: pick(maleNames), sex: 'MALE', category: category.slug, areaId: union.id, verified: false, bloodGroup: pick(bloodGroups) });
      } else {
        const name = business ? pick(businessNames[category.slug]!) : female ? pick(femaleNames) : pick(maleNames);
        await createProvider({ name, sex: business ? 'OTHER' : female ? 'FEMALE' : 'MALE', category: category.slug, areaId: union.id, template: templates.get(category.slug), verified: random() < 0.7, kind: business ? 'BUSINESS' : 'INDIVIDUAL', workPhotos: false });
      }
    }
    const shops = await db.shop.findMany({ where: { status: 'ACTIVE', area: inDistrict }, orderBy: { slug: 'asc' }, select: { id: true, slug: true, ownerId: true, _count: { select: { products: true } } } });
    const stocked = await db.product.findMany({ where: { status: 'ACTIVE', shop: { status: 'ACTIVE', area: inDistrict } }, distinct: ['categoryId'], select: { category: { select: { slug: true } } } });
    const stockedHere = new Set(stocked.map((p) => p.category?.slug));
    for (const { shops: suited, product } of gapProducts) {
      if (stockedHere.has(product.category)) continue;
      const shop = suited.map((slug) => shops.find((s) => s.slug === slug)).find((s) => s !== undefined) ?? shops[0];
      if (!shop) continue;
      await createProduct(shop.id, shop.ownerId, product, shop._count.products++);
      stockedHere.add(product.category);
    }
  }
  // Kishoreganj as whole as Bogura: its own offices and to-let notices, from a sequence of their own
  // (after everything above, which stays as it was).
  random = prng(20261207);
  phoneSerial = 1713000100;
  for (const o of kishoreganjOffices) {
    await createProvider({ name: o.nameBn, sex: 'OTHER', category: o.category, areaId: (await areaBySlug(o.area)).id, verified: true, designation: o.designation, kind: 'OFFICE', phone: o.phone });
  }
  await (await import('./demo-rentals')).seedKishoreganjRentals(db, mediaDir);
  // Training programmes in Bogura (issue #16), after everything above, which stays as it was.
  await (await import('./demo-training')).seedDemoTraining(db, now);
  // The cattle market (issue #17): seasons, haats and animals in both districts, after everything above.
  await (await import('./demo-livestock')).seedDemoLivestock(db, storePicture, now);

  // Created here without enqueueSearch: the PostgreSQL search fallback's text is filled in one go.
  const { refreshSearchText } = await import('../../lib/search/outbox');
  for (const entity of ['PROVIDER', 'SHOP', 'PRODUCT', 'RENTAL', 'LIVESTOCK'] as const) await refreshSearchText(entity, undefined, db);
  await db.setting.create({ data: { key: 'seed.demo', value: { at: new Date().toISOString() } } });
  return `${providerCount} providers, ${shopTemplates.length} shops, ${productCount} products, ${storePicture.stored()} photos`;
}
