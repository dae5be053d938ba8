// Demo rental listings (to-let notices): flats, a tin-shed house, a bachelor room, a shop, an
// office, a godown and two vehicles, each owned by an existing demo provider of the matching
// rental category, with a drawn photo or two. Adds nothing when any listing exists already.
import type { Db } from '../../lib/db/client';
import type { RentalKind, RentPeriod } from '../../lib/generated/prisma/enums';
import { rentalPictures } from '../demo-pictures/catalogue';
import { demoPictureStore } from './images';

interface DemoRental {
  category: string;
  kind: RentalKind;
  title: string;
  description: string;
  taka: number;
  period: RentPeriod;
  size: string;
  /** Days from today it becomes free; 0 = free now. */
  freeInDays: number;
}

export const demoRentals: DemoRental[] = [
  { category: 'house-rent', kind: 'FLAT', title: '২ রুমের ফ্ল্যাট, পরিবারের জন্য', description: 'তিনতলার ফ্ল্যাট, গ্যাস-পানি-কারেন্ট সব আছে। বাজার আর স্কুল হাঁটা পথে।', taka: 6000, period: 'MONTH', size: '২ রুম, ১ বাথ, বারান্দা · ৭৫০ বর্গফুট', freeInDays: 12 },
  { category: 'house-rent', kind: 'HOUSE', title: 'উঠানসহ টিনশেড বাড়ি', description: 'আধাপাকা বাড়ি, নিজস্ব টিউবওয়েল আর বাথরুম। গরু রাখার জায়গাও আছে।', taka: 4500, period: 'MONTH', size: '৩ রুম, রান্নাঘর, উঠান', freeInDays: 0 },
  { category: 'house-rent', kind: 'ROOM', title: 'ব্যাচেলর রুম (ছাত্র/চাকরিজীবী)', description: 'কলেজের কাছে, দুইজন থাকা যাবে। খাবারের ব্যবস্থা করা যায়।', taka: 2500, period: 'MONTH', size: '১ রুম, শেয়ার্ড বাথ', freeInDays: 0 },
  { category: 'house-rent', kind: 'FLAT', title: 'নতুন বিল্ডিংয়ে ৩ রুমের ফ্ল্যাট', description: 'লিফট নেই, দোতলা। জেনারেটর আর পানির ট্যাংক আছে। অগ্রিম ২ মাসের ভাড়া।', taka: 9000, period: 'MONTH', size: '৩ রুম, ২ বাথ · ১১০০ বর্গফুট', freeInDays: 25 },
  { category: 'shop-rent', kind: 'SHOP', title: 'হাটের পাশে রাস্তামুখী দোকান', description: 'নতুন মার্কেটের নিচতলা, শাটারসহ। অগ্রিম ৳৫০,০০০।', taka: 4000, period: 'MONTH', size: '১০ × ১২ ফুট', freeInDays: 5 },
  { category: 'office-rent', kind: 'OFFICE', title: 'মেইন রোডে দোতলায় অফিস', description: 'এনজিও, কোচিং বা চেম্বারের জন্য ভালো। আলাদা টয়লেট আছে।', taka: 10000, period: 'MONTH', size: '৬০০ বর্গফুট, ২ কক্ষ', freeInDays: 0 },
  { category: 'godown-rent', kind: 'GODOWN', title: 'ধান-চাল রাখার শুকনো গুদাম', description: 'পাকা মেঝে, ট্রাক ঢোকার রাস্তা আছে। রাতে পাহারাদার থাকে।', taka: 15000, period: 'MONTH', size: '২০০০ বর্গফুট', freeInDays: 0 },
  { category: 'vehicle-rent', kind: 'VEHICLE', title: 'এসি মাইক্রোবাস, চালকসহ', description: 'বিয়ে, পিকনিক বা ঢাকা যাওয়ার জন্য। তেল খরচ আলাদা।', taka: 4500, period: 'DAY', size: '১১ সিট', freeInDays: 0 },
  { category: 'vehicle-rent', kind: 'VEHICLE', title: 'পিকআপ ভ্যান — মালামাল আনা-নেওয়া', description: 'বাসা বদল, হাটের মাল বা ধান আনার জন্য। উপজেলার ভেতরে এক ট্রিপের ভাড়া।', taka: 1500, period: 'TRIP', size: '১.৫ টন', freeInDays: 0 },
];

/** Kishoreganj's notices, added once its own rental providers exist (after the demo's gap fill). */
export const kishoreganjRentals: DemoRental[] = [
  { category: 'house-rent', kind: 'FLAT', title: 'হাওর রোডে ২ রুমের ফ্ল্যাট', description: 'দোতলার ফ্ল্যাট, গ্যাস নেই, সিলিন্ডার চলে। স্কুল আর বাজার কাছে।', taka: 5000, period: 'MONTH', size: '২ রুম, ১ বাথ · ৬৫০ বর্গফুট', freeInDays: 0 },
  { category: 'house-rent', kind: 'ROOM', title: 'ছাত্রদের জন্য মেস রুম', description: 'কলেজের পাশে, তিনবেলা খাবারের ব্যবস্থা আছে।', taka: 2000, period: 'MONTH', size: '১ রুম, শেয়ার্ড বাথ', freeInDays: 7 },
  { category: 'shop-rent', kind: 'SHOP', title: 'কটিয়াদী বাজারে দোকান', description: 'বাজারের মূল গলিতে, শাটার আর বিদ্যুৎ আছে।', taka: 3500, period: 'MONTH', size: '৮ × ১০ ফুট', freeInDays: 0 },
  { category: 'vehicle-rent', kind: 'VEHICLE', title: 'ইঞ্জিনের নৌকা — হাওরে ঘোরা ও মাল আনা', description: 'বর্ষায় নিকলী-মিঠামইন হাওরে ঘোরা বা মালামাল আনার জন্য, মাঝিসহ।', taka: 3000, period: 'DAY', size: '২০ জন', freeInDays: 0 },
];

const DAY = 86_400_000;

/**
 * Creates the demo listings if the database has none; returns how many it made. Owners are demo
 * providers of the listing's category, those inside `districtSlug` first.
 */
export async function seedDemoRentals(db: Db, mediaDir: string, districtSlug = 'bogura'): Promise<number> {
  if ((await db.rentalListing.count()) > 0) return 0;
  return createRentals(db, mediaDir, demoRentals, districtSlug, { only: false });
}

/**
 * Kishoreganj's demo listings, owned by its own rental providers only; a listing already there (by
 * its title) is not made again. Returns how many it made.
 */
export async function seedKishoreganjRentals(db: Db, mediaDir: string): Promise<number> {
  const present = new Set((await db.rentalListing.findMany({ where: { title: { in: kishoreganjRentals.map((r) => r.title) } }, select: { title: true } })).map((r) => r.title));
  return createRentals(db, mediaDir, kishoreganjRentals.filter((r) => !present.has(r.title)), 'kishoreganj', { only: true });
}

/** Owners are providers of the listing's category, those in the district first (or only, with `only`). */
async function createRentals(db: Db, mediaDir: string, listings: DemoRental[], districtSlug: string, { only }: { only: boolean }): Promise<number> {
  const storePicture = demoPictureStore(db, mediaDir);
  const district = await db.area.findUnique({ where: { slug: districtSlug }, select: { path: true } });
  const used = new Map<string, number>();
  let created = 0;
  for (const [index, r] of listings.entries()) {
    const owners = await db.provider.findMany({
      where: { status: 'ACTIVE', categories: { some: { category: { slug: r.category } } }, ...(only && district ? { area: { path: { startsWith: district.path } } } : {}) },
      orderBy: { slug: 'asc' },
      select: { id: true, userId: true, areaId: true, phone: true, whatsapp: true, area: { select: { path: true } } },
    });
    if (owners.length === 0) continue;
    owners.sort((a, b) => Number(Boolean(district && b.area.path.startsWith(district.path))) - Number(Boolean(district && a.area.path.startsWith(district.path))));
    // Spread a category's listings over its providers.
    const turn = used.get(r.category) ?? 0;
    used.set(r.category, turn + 1);
    const owner = owners[turn % owners.length]!;

    const pictures = rentalPictures[r.title];
    if (!pictures) throw new Error(`No demo picture for the notice "${r.title}" (prisma/demo-pictures/catalogue.ts)`);
    const photos: string[] = [];
    for (const picture of pictures) photos.push((await storePicture(picture, 'RENTAL_PHOTO', owner.userId, r.title)).id);
    await db.rentalListing.create({
      data: {
        providerId: owner.id,
        ownerId: owner.userId,
        phone: owner.phone,
        whatsapp: owner.whatsapp,
        // Posted (index + 1) * 2 days ago, so it runs 60 days from then.
        expiresAt: new Date(Date.now() + (60 - (index + 1) * 2) * DAY),
        kind: r.kind,
        title: r.title,
        description: r.description,
        rentPoisha: r.taka * 100,
        period: r.period,
        size: r.size,
        areaId: owner.areaId,
        availableFrom: r.freeInDays > 0 ? new Date(Date.now() + r.freeInDays * DAY) : null,
        createdAt: new Date(Date.now() - (index + 1) * 2 * DAY),
        photos: { create: photos.map((mediaId, sortOrder) => ({ mediaId, sortOrder })) },
      },
    });
    created++;
  }
  return created;
}
