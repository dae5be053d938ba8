// The demo's cattle market (issue 17): an Eid-ul-Adha season in Bogura and in Kishoreganj running
// from ten days before the seed's day to five weeks after it (so the demo is always in season),
// official haats in several unions of each (published, and one draft in Bogura), and 48 animals
// listed by farmers and traders with realistic weights and prices — deshi bulls of 150–350 kg at
// ৳450–600 a kg live, Shahiwal and Friesian crosses of 300–700 kg, goats of 12–40 kg at ৳700–1,000
// a kg — a few reserved or sold, some with drawn photos. Adds nothing when a season exists already.
// Deterministic (prisma/seed/prng.ts); the days count from the seed's clock.
import type { Db } from '../../lib/db/client';
import type { LivestockAnimal, LivestockSale, LivestockTeeth } from '../../lib/generated/prisma/enums';
import { dhakaDay as dayOf } from '../../lib/shops/calendar';
import { haatDays } from '../../lib/livestock/calendar';
import { ANIMAL_WORDS } from '../../lib/livestock/kinds';
import { livestockPictures } from '../demo-pictures/catalogue';
import type { DemoPictureStore } from './images';
import { prng } from './prng';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Midnight in Dhaka, n days after the seed's day. */
const dhakaMidnight = (now: number, n: number) => new Date((Math.floor((now + 6 * HOUR) / DAY) + n) * DAY - 6 * HOUR);

interface Kind {
  animal: LivestockAnimal;
  breed: string;
  kg: [number, number];
  /** Taka per kg, live. */
  perKg: [number, number];
  colours: string[];
  teeth: LivestockTeeth[];
  words: string[];
}

const KINDS: Kind[] = [
  { animal: 'BULL', breed: 'DESHI', kg: [150, 350], perKg: [450, 600], colours: ['লাল', 'কালো', 'সাদা-কালো', 'বাদামি'], teeth: ['TWO', 'FOUR'], words: ['দেশি খাবারে মোটাতাজা, কোনো ইনজেকশন নেই।', 'খড়, ভুসি আর কাঁচা ঘাস খাইয়ে পালা।', 'শান্ত স্বভাবের, বাচ্চারাও কাছে যেতে পারে।'] },
  { animal: 'BULL', breed: 'SHAHIWAL', kg: [300, 650], perKg: [480, 620], colours: ['লালচে বাদামি', 'হালকা লাল'], teeth: ['TWO', 'FOUR', 'SIX'], words: ['শাহীওয়াল ক্রস, নিজের খামারে জন্ম।', 'বড় কুঁজ, দেখতে সুন্দর।'] },
  { animal: 'BULL', breed: 'FRIESIAN', kg: [350, 700], perKg: [470, 600], colours: ['সাদা-কালো'], teeth: ['FOUR', 'SIX'], words: ['ফ্রিজিয়ান ক্রস, বড় গরু।', 'খামারের সবচেয়ে বড় ষাঁড়।'] },
  { animal: 'BULL', breed: 'PABNA', kg: [200, 380], perKg: [460, 580], colours: ['সাদা', 'ছাই রঙ'], teeth: ['TWO', 'FOUR'], words: ['পাবনা জাতের, সুঠাম শরীর।'] },
  { animal: 'COW', breed: 'DESHI', kg: [120, 250], perKg: [400, 540], colours: ['লাল', 'বাদামি', 'কালো'], teeth: ['FOUR', 'SIX', 'EIGHT'], words: ['দুধ দেওয়া বন্ধ, কোরবানির জন্য।', 'সুস্থ গাভী, টিকা দেওয়া।'] },
  { animal: 'COW', breed: 'FRIESIAN', kg: [280, 450], perKg: [420, 520], colours: ['সাদা-কালো'], teeth: ['SIX', 'EIGHT'], words: ['ফ্রিজিয়ান গাভী, বয়স্ক।'] },
  { animal: 'GOAT', breed: 'BLACK_BENGAL', kg: [12, 28], perKg: [750, 1000], colours: ['কালো', 'কালো-সাদা'], teeth: ['MILK', 'TWO'], words: ['ব্ল্যাক বেঙ্গল খাসি, ঘরে পালা।', 'নিজের বাড়িতে জন্ম, কাঁঠাল পাতা খেয়ে বড়।'] },
  { animal: 'GOAT', breed: 'JAMUNAPARI', kg: [25, 40], perKg: [700, 900], colours: ['সাদা', 'বাদামি-সাদা'], teeth: ['TWO', 'FOUR'], words: ['যমুনাপাড়ি খাসি, লম্বা কান।'] },
  { animal: 'BUFFALO', breed: 'DESHI', kg: [350, 550], perKg: [420, 520], colours: ['কালো'], teeth: ['FOUR', 'SIX'], words: ['চরের মহিষ, সুস্থ ও শক্তিশালী।'] },
  { animal: 'SHEEP', breed: 'GAROLE', kg: [18, 32], perKg: [650, 850], colours: ['সাদা'], teeth: ['TWO'], words: ['গাড়ল ভেড়া, ঘাস খেয়ে বড়।'] },
];

/** Which kinds appear how often: bulls and goats most, as at a real haat. */
const WEIGHTS = [9, 4, 2, 2, 3, 1, 7, 2, 1, 1];

const FARMERS = [
  'মোঃ রফিকুল ইসলাম', 'আব্দুল মালেক', 'মোছাঃ রহিমা বেগম', 'মোঃ জাহাঙ্গীর আলম', 'শহিদুল ইসলাম', 'মোঃ নুরুল হক',
  'মোছাঃ সালমা খাতুন', 'মোঃ আনোয়ার হোসেন', 'মোঃ হাবিবুর রহমান', 'আবুল কালাম', 'মোঃ মিজানুর রহমান', 'মোছাঃ ফাতেমা বেগম',
];
const SEE_AT = ['বাড়ির উঠানে, মসজিদের পাশে', 'খামারে, স্কুলের পেছনে', 'বাজারের উত্তর পাশে নিজের বাড়ি', 'নদীর ধারের খামারবাড়ি', 'প্রাইমারি স্কুলের সামনের বাড়ি'];

interface DistrictPlan {
  slug: string;
  nameBn: string;
  nameEn: string;
  /** Upazilas (slugs) whose unions hold haats and animals. */
  upazilas: string[];
  listings: number;
  leasePhone: number;
}

const PLANS: DistrictPlan[] = [
  { slug: 'bogura', nameBn: 'বগুড়া', nameEn: 'Bogura', upazilas: ['sherpur-bogura', 'kahaloo'], listings: 28, leasePhone: 1715000100 },
  { slug: 'kishoreganj', nameBn: 'কিশোরগঞ্জ', nameEn: 'Kishoreganj', upazilas: [], listings: 20, leasePhone: 1715000200 },
];

/** Creates the demo seasons, haats and listings unless a season exists; returns how many listings it made. */
export async function seedDemoLivestock(db: Db, storePicture: DemoPictureStore, now: number): Promise<number> {
  if ((await db.livestockSeason.count()) > 0) return 0;
  const random = prng(20261217);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const between = ([lo, hi]: [number, number]) => lo + Math.floor(random() * (hi - lo + 1));
  const officers = new Map((await db.user.findMany({ where: { roles: { has: 'OFFICER' } }, select: { id: true, officerArea: { select: { slug: true } } } })).map((u) => [u.officerArea?.slug, u.id]));
  let phoneSerial = 1714000100;
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const drawKind = () => {
    let r = random() * total;
    for (const [i, w] of WEIGHTS.entries()) if ((r -= w) < 0) return KINDS[i]!;
    return KINDS[0]!;
  };
  let made = 0;

  for (const plan of PLANS) {
    const district = await db.area.findUniqueOrThrow({ where: { slug: plan.slug }, select: { id: true, path: true } });
    const upazilas = plan.upazilas.length
      ? await db.area.findMany({ where: { slug: { in: plan.upazilas } }, orderBy: { id: 'asc' }, select: { id: true } })
      : await db.area.findMany({ where: { parentId: district.id, level: 'UPAZILA' }, orderBy: { id: 'asc' }, take: 3, select: { id: true } });
    const unions = (await db.area.findMany({ where: { parentId: { in: upazilas.map((u) => u.id) }, level: 'UNION' }, orderBy: { id: 'asc' }, select: { id: true, nameBn: true, nameEn: true } })).filter((_, i) => i % 2 === 0).slice(0, 6);
    const createdById = officers.get(plan.slug) ?? officers.get('sherpur-bogura') ?? null;
    const startsOn = dhakaMidnight(now, -10);
    const endsOn = dhakaMidnight(now, 35);
    const season = await db.livestockSeason.create({
      data: { nameBn: `কোরবানির পশুর হাট (ডেমো মৌসুম) — ${plan.nameBn}`, nameEn: `Qurbani cattle market (demo season) — ${plan.nameEn}`, areaId: district.id, startsOn, endsOn, createdById },
    });

    // Four haats in the first unions (the last of them a draft in Bogura): weekly ones all season, the big ones every day of the last ten.
    const haats = [];
    for (const [i, union] of unions.slice(0, 4).entries()) {
      const daily = i === 1;
      const draft = plan.slug === 'bogura' && i === 3;
      haats.push(
        await db.livestockHaat.create({
          data: {
            seasonId: season.id,
            nameBn: `${union.nameBn} পশুর হাট`,
            nameEn: `${union.nameEn} cattle haat`,
            areaId: union.id,
            place: pick([`${union.nameBn} হাইস্কুল মাঠ`, `${union.nameBn} বাজার সংলগ্ন মাঠ`, `${union.nameBn} ঈদগাহ মাঠ`]),
            opensOn: daily ? dhakaMidnight(now, 25) : startsOn,
            closesOn: daily ? dhakaMidnight(now, 34) : dhakaMidnight(now, 34),
            weekdays: daily ? [] : [[6, 2], [0, 3], [1, 4], [5]][i]!,
            opensAt: 7 * 60,
            closesAt: daily ? 22 * 60 : 18 * 60,
            leaseOffice: `${union.nameBn} হাট ইজারাদার কার্যালয়`,
            leasePhone: `+880${plan.leasePhone + i}`,
            vetBooth: i !== 2,
            vetNote: i !== 2 ? 'উপজেলা প্রাণিসম্পদ দপ্তরের মেডিকেল টিম, সকাল ৯টা–বিকেল ৫টা' : null,
            publishedAt: draft ? null : new Date(now - (12 - i) * DAY),
            createdById,
          },
        }),
      );
    }
    const published = haats.filter((h) => h.publishedAt);

    // Farmers and traders of the district, each with a listing or a few.
    const sellers = [];
    for (const name of FARMERS.slice(0, plan.slug === 'bogura' ? 8 : 6)) {
      const phone = `+880${phoneSerial++}`;
      sellers.push(await db.user.create({ data: { phone, name, status: 'ACTIVE', phoneVerifiedAt: new Date(now - 60 * DAY), roles: ['BUYER'], locale: 'bn' }, select: { id: true, phone: true } }));
    }

    const today = dayOf(new Date(now));
    for (let i = 0; i < plan.listings; i++) {
      const kind = drawKind();
      const seller = sellers[i % sellers.length]!;
      const union = unions[i % unions.length]!;
      const weightKg = between(kind.kg);
      // Asking prices are round: to the nearest ৳500 (a goat's to ৳100).
      const step = weightKg < 60 ? 100 : 500;
      const taka = Math.max(1000, Math.round((weightKg * between(kind.perKg)) / step) * step);
      const pricePoisha = taka * 100;
      const haat = random() < 0.85 ? pick(published) : null;
      const days = haat ? haatDays(haat, today) : [];
      const haatOn = haat && days.length ? new Date(`${days[Math.floor(random() * Math.min(days.length, 6))]}T00:00:00+06:00`) : null;
      const sale: LivestockSale = i % 11 === 3 ? 'RESERVED' : i % 13 === 5 ? 'SOLD' : 'AVAILABLE';
      const createdAt = new Date(now - (1 + Math.floor(random() * 9)) * DAY - Math.floor(random() * 10) * HOUR);
      const listing = await db.livestockListing.create({
        data: {
          sellerId: seller.id,
          animal: kind.animal,
          breed: kind.breed,
          colour: pick(kind.colours),
          teeth: pick(kind.teeth),
          weightKg,
          weightEstimated: random() < 0.6,
          pricePoisha,
          perKgPoisha: Math.round(pricePoisha / weightKg),
          negotiable: random() < 0.8,
          description: pick(kind.words),
          areaId: union.id,
          seeAt: pick(SEE_AT),
          seasonId: season.id,
          haatId: haatOn ? haat!.id : null,
          haatOn,
          phone: seller.phone,
          whatsapp: random() < 0.5 ? seller.phone : null,
          sale,
          soldAt: sale === 'SOLD' ? new Date(createdAt.getTime() + DAY) : null,
          expiresAt: new Date(endsOn.getTime() + DAY),
          callTaps: Math.floor(random() * 25),
          whatsappTaps: Math.floor(random() * 8),
          createdAt,
        },
      });
      const pictures = livestockPictures[`${kind.animal}:${kind.breed}`];
      if (pictures && i % 2 === 0) {
        for (const [sortOrder, picture] of pictures.entries()) {
          const media = await storePicture(picture, 'LIVESTOCK_PHOTO', seller.id, `${ANIMAL_WORDS[kind.animal].bn}, ${weightKg} কেজি`);
          await db.livestockPhoto.create({ data: { listingId: listing.id, mediaId: media.id, sortOrder } });
        }
      }
      made++;
    }
  }
  return made;
}
