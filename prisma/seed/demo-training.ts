// The demo's training programmes, in Bogura: an electricians' wiring course by Sherpur's Youth
// Development office (open), a tailoring course for women by Women Affairs (open), and a home
// bakers' course at the district's BSCIC still in draft. Sessions fall in the coming weeks from
// the day the seed runs, at set hours in Dhaka; a few of Sherpur's providers have applied already
// (never the demo accounts, so their dashboards start clean). Deterministic (prisma/seed/prng.ts).
import type { Db } from '../../lib/db/client';
import { prng } from './prng';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Midnight in Dhaka, n days after the seed's day. */
const dhakaDay = (now: number, n: number) => {
  const today = Math.floor((now + 6 * HOUR) / DAY);
  return (today + n) * DAY - 6 * HOUR;
};

interface DemoProgramme {
  titleBn: string;
  titleEn: string;
  office: string;
  description: string;
  area: string;
  trades: string[];
  /** Places it is open to (slugs); the first union numbers pick Sherpur's unions in id order. */
  places: string[] | { unionsOf: string; count: number };
  seats: number;
  /** First class this many days after the seed, then every `every` days. */
  startIn: number;
  every: number;
  classes: number;
  /** Hours in Dhaka. */
  from: number;
  to: number;
  venue: string;
  allowanceTaka: number;
  eligibility: string;
  requiredSex?: 'FEMALE';
  status: 'OPEN' | 'DRAFT';
  applicants: number;
}

const PROGRAMMES: DemoProgramme[] = [
  {
    titleBn: 'ঘরের বৈদ্যুতিক ওয়্যারিং ও নিরাপত্তা প্রশিক্ষণ',
    titleEn: 'House wiring and electrical safety',
    office: 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর',
    description: 'বাড়ি ও দোকানের ওয়্যারিং, আর্থিং, সার্কিট ব্রেকার, মিটার বোর্ড এবং কাজের সময় নিরাপত্তা। হাতে-কলমে শেখানো হবে; শেষে সনদ দেওয়া হবে।',
    area: 'sherpur-bogura',
    trades: ['electrician'],
    places: ['sherpur-bogura'],
    seats: 20,
    startIn: 12,
    every: 1,
    classes: 5,
    from: 10,
    to: 13,
    venue: 'উপজেলা যুব উন্নয়ন অফিস প্রশিক্ষণ কক্ষ, শেরপুর, বগুড়া',
    allowanceTaka: 1500,
    eligibility: 'বয়স ১৮–৪০; বিদ্যুতের কাজে অন্তত কিছু অভিজ্ঞতা',
    status: 'OPEN',
    applicants: 2,
  },
  {
    titleBn: 'নারীদের সেলাই ও পোশাক তৈরি প্রশিক্ষণ',
    titleEn: 'Tailoring and dressmaking for women',
    office: 'উপজেলা মহিলা বিষয়ক কর্মকর্তার কার্যালয়, শেরপুর',
    description: 'মাপ নেওয়া, কাটিং, সেলাই মেশিনের যত্ন, ব্লাউজ-সালোয়ার-কামিজ তৈরি এবং ঘরে বসে অর্ডার নেওয়া।',
    area: 'sherpur-bogura',
    trades: ['tailor', 'clothing'],
    places: { unionsOf: 'sherpur-bogura', count: 4 },
    seats: 25,
    startIn: 19,
    every: 2,
    classes: 8,
    from: 14,
    to: 17,
    venue: 'উপজেলা পরিষদ মিলনায়তন, শেরপুর, বগুড়া',
    allowanceTaka: 2000,
    eligibility: 'শুধু নারী; বয়স ১৮–৪৫',
    requiredSex: 'FEMALE',
    status: 'OPEN',
    applicants: 1,
  },
  {
    titleBn: 'ঘরে বেকারি ও খাবার প্যাকেজিং',
    titleEn: 'Home baking and food packaging',
    office: 'বিসিক জেলা কার্যালয়, বগুড়া',
    description: 'কেক, বিস্কুট ও পিঠা তৈরি, খাবারের মান ও পরিচ্ছন্নতা, প্যাকেট ও লেবেল, অনলাইনে বিক্রি।',
    area: 'bogura',
    trades: ['home-cook', 'cakes-bakery', 'pitha'],
    places: ['bogura'],
    seats: 30,
    startIn: 33,
    every: 1,
    classes: 3,
    from: 10,
    to: 16,
    venue: 'বিসিক শিল্পনগরী প্রশিক্ষণ কেন্দ্র, বগুড়া',
    allowanceTaka: 0,
    eligibility: 'ঘরে খাবার তৈরি করে বিক্রি করেন এমন উদ্যোক্তা',
    status: 'DRAFT',
    applicants: 0,
  },
];

export async function seedDemoTraining(db: Db, now: number): Promise<number> {
  const random = prng(20261216);
  const officer = await db.user.findUnique({ where: { phone: '+8801700000001' }, select: { id: true } });
  const demoUsers = (await db.user.findMany({ where: { phone: { startsWith: '+88017000000' } }, select: { id: true } })).map((u) => u.id);
  for (const p of PROGRAMMES) {
    const area = await db.area.findUniqueOrThrow({ where: { slug: p.area }, select: { id: true, path: true } });
    const categories = await db.category.findMany({ where: { slug: { in: p.trades } }, select: { id: true } });
    const places = Array.isArray(p.places)
      ? await db.area.findMany({ where: { slug: { in: p.places } }, select: { id: true } })
      : await db.area.findMany({ where: { parent: { slug: p.places.unionsOf } }, orderBy: { id: 'asc' }, take: p.places.count, select: { id: true } });
    const sessions = Array.from({ length: p.classes }, (_, i) => {
      const day = dhakaDay(now, p.startIn + i * p.every);
      return { startsAt: new Date(day + p.from * HOUR), endsAt: new Date(day + p.to * HOUR) };
    });
    const programme = await db.trainingProgramme.create({
      data: {
        titleBn: p.titleBn,
        titleEn: p.titleEn,
        office: p.office,
        description: p.description,
        areaId: area.id,
        seats: p.seats,
        startsAt: sessions[0]!.startsAt,
        endsAt: sessions.at(-1)!.endsAt,
        mode: 'IN_PERSON',
        venue: p.venue,
        languages: ['bn'],
        allowancePoisha: p.allowanceTaka * 100,
        eligibility: p.eligibility,
        requiredSex: p.requiredSex ?? null,
        status: p.status,
        statusChangedAt: new Date(now - 2 * DAY),
        createdById: officer?.id ?? null,
        createdAt: new Date(now - 3 * DAY),
        categories: { create: categories.map((c) => ({ categoryId: c.id })) },
        areas: { create: places.map((a) => ({ areaId: a.id })) },
        sessions: { create: sessions },
      },
      select: { id: true },
    });
    if (!p.applicants) continue;
    // Providers of the trade in the places it is open to, not the demo accounts, a few of them applied.
    const placePaths = await db.area.findMany({ where: { id: { in: places.map((a) => a.id) } }, select: { path: true } });
    const candidates = await db.provider.findMany({
      where: {
        status: 'ACTIVE',
        kind: 'INDIVIDUAL',
        userId: { notIn: demoUsers },
        ...(p.requiredSex ? { sex: p.requiredSex } : {}),
        categories: { some: { categoryId: { in: categories.map((c) => c.id) } } },
        OR: placePaths.map((a) => ({ area: { path: { startsWith: a.path } } })),
      },
      orderBy: { slug: 'asc' },
      select: { id: true },
    });
    const chosen = candidates
      .map((c) => ({ c, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, p.applicants)
      .map(({ c }) => c);
    for (const [i, c] of chosen.entries()) {
      await db.trainee.create({ data: { programmeId: programme.id, providerId: c.id, source: 'APPLIED', status: 'APPLIED', createdAt: new Date(now - (i + 1) * DAY) } });
    }
  }
  return PROGRAMMES.length;
}
