// Sellers' livestock listings against the real PostgreSQL and Meilisearch: the form's rules (weight,
// price in Bengali digits, breed of the animal), served districts only, the season's haats and their
// days, ownership, reserved / available / sold (once) / renew / delete, the daily limit, a double
// submit making one listing, photos up to 8, read-only when hidden, the worker's expiry, search.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { account, areaId } from '@/lib/console/test-fixtures';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { ensureIndexes, waitForTask } from '@/lib/search/engine';
import { search } from '@/lib/search/search';
import { addDays, dhakaDay, weekday } from '@/lib/shops/calendar';
import { dayStart } from './calendar';
import { expireLivestock } from './expiry';
import {
  attachLivestockPhoto,
  createLivestock,
  deleteLivestock,
  getOwnLivestock,
  haatChoices,
  listOwnLivestock,
  releaseLivestock,
  removeLivestockPhoto,
  renewLivestock,
  reserveLivestock,
  sellLivestock,
  updateLivestock,
} from './manage';
import { LISTINGS_PER_DAY, livestockSchema, MAX_LIVESTOCK_PHOTOS, type LivestockInput } from './schemas';
import { publicLivestock } from './visibility';
import { drainSearchOutbox } from '@/lib/testing/search';

const DAY = 86_400_000;
const today = dhakaDay(new Date());
let bogura: AreaSummary;
let mirzapur: number;
let foreignUnion: number;
let katiadi: number;
let season: { id: string; endsOn: Date };
/** Meets every day from today for two weeks. */
let daily: string;
/** Meets only on one weekday (the weekday of tomorrow). */
let weekly: string;
let draft: string;
let kishoreganjHaat: string;

const form = (over: Record<string, string> = {}) => ({
  animal: 'BULL',
  breed: 'SHAHIWAL',
  colour: 'লাল',
  teeth: 'TWO',
  weightKg: '৩২০',
  weightEstimated: 'on',
  price: '১,২০,০০০',
  negotiable: 'on',
  areaId: String(mirzapur),
  seeAt: 'বাড়ি, পূর্বপাড়া',
  haatId: '',
  haatOn: '',
  description: 'সুস্থ, দেশি খাবারে পালা।',
  phone: '',
  whatsapp: '',
  ...over,
});
const input = (over: Record<string, string> = {}): LivestockInput => livestockSchema.parse(form(over));
const seller = async () => account(['BUYER']);
const publicIds = async () => (await db.livestockListing.findMany({ where: publicLivestock(), select: { id: true } })).map((l) => l.id);
const drain = drainSearchOutbox;

beforeAll(async () => {
  for (const task of await ensureIndexes()) await waitForTask(task, 60_000);
  bogura = (await getAreaBySlug('bogura'))!;
  mirzapur = await areaId('mirzapur-sherpur-bogura');
  const dhaka = await db.area.findUniqueOrThrow({ where: { slug: 'dhaka' } });
  foreignUnion = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: dhaka.path } } })).id;
  katiadi = (await db.area.findFirstOrThrow({ where: { level: 'UNION', slug: { contains: 'katiadi' } } })).id;
  const kishoreganj = await db.area.findUniqueOrThrow({ where: { slug: 'kishoreganj' } });
  // Bogura's season: from two days ago to three weeks on; its haats: one every day, one weekly, one draft.
  season = await db.livestockSeason.create({ data: { nameBn: 'ঈদুল আজহা (পরীক্ষা)', areaId: bogura.id, startsOn: dayStart(addDays(today, -2)), endsOn: dayStart(addDays(today, 21)) } });
  const haat = (over: { weekdays?: number[]; publishedAt?: Date | null; seasonId?: string; areaId?: number; nameBn: string }) =>
    db.livestockHaat.create({
      data: { seasonId: season.id, areaId: mirzapur, place: 'স্কুল মাঠ', opensOn: dayStart(today), closesOn: dayStart(addDays(today, 14)), publishedAt: new Date(), ...over },
      select: { id: true },
    });
  daily = (await haat({ nameBn: 'মির্জাপুর হাট' })).id;
  weekly = (await haat({ nameBn: 'সাপ্তাহিক হাট', weekdays: [weekday(addDays(today, 1))] })).id;
  draft = (await haat({ nameBn: 'খসড়া হাট', publishedAt: null })).id;
  const kSeason = await db.livestockSeason.create({ data: { nameBn: 'ঈদ', areaId: kishoreganj.id, startsOn: dayStart(today), endsOn: dayStart(addDays(today, 10)) } });
  kishoreganjHaat = (await haat({ nameBn: 'কটিয়াদী হাট', seasonId: kSeason.id, areaId: katiadi })).id;
});

describe('the form', () => {
  it('reads weight and price in Bengali digits and stores poisha', () => {
    expect(input()).toMatchObject({ animal: 'BULL', breed: 'SHAHIWAL', weightKg: 320, price: 12_000_000, weightEstimated: true, negotiable: true, teeth: 'TWO', haatId: null, haatOn: null });
    expect(input({ price: '120000', weightKg: '320', weightEstimated: '', negotiable: '' })).toMatchObject({ price: 12_000_000, weightEstimated: false, negotiable: false });
  });

  it('says what is wrong, field by field', () => {
    const issues = (over: Record<string, string>) => Object.fromEntries(livestockSchema.safeParse(form(over)).error!.issues.map((i) => [i.path[0], i.message]));
    expect(issues({ weightKg: '৪' }).weightKg).toBe('weightRange');
    expect(issues({ weightKg: '২,০০১' }).weightKg).toBe('weightRange');
    expect(issues({ weightKg: 'ভারী' }).weightKg).toBe('weightInvalid');
    expect(issues({ weightKg: '' }).weightKg).toBe('weightRequired');
    expect(issues({ price: '৯৯৯' }).price).toBe('priceRange');
    expect(issues({ price: '৫০,০০,০০১' }).price).toBe('priceRange');
    expect(issues({ price: 'এক লাখ' }).price).toBe('priceInvalid');
    // A goat's breed for a bull is refused.
    expect(issues({ breed: 'BLACK_BENGAL' }).breed).toBe('breedNotOfAnimal');
    expect(issues({ haatOn: '2027-01-15' }).haatId).toBe('haatRequiredForDay');
    expect(livestockSchema.safeParse(form({ weightKg: '২০০০', price: '৫০,০০,০০০' })).success).toBe(true);
    expect(livestockSchema.safeParse(form({ weightKg: '৫', price: '১,০০০', animal: 'GOAT', breed: 'BLACK_BENGAL' })).success).toBe(true);
  });
});

describe('listing an animal', () => {
  it('lists with her own number, until the day after the season, queued for search; the price per kg kept', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input({ whatsapp: '01711-223344', haatId: daily, haatOn: today }));
    const row = await db.livestockListing.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ sellerId: she.id, phone: she.phone, whatsapp: '+8801711223344', weightKg: 320, pricePoisha: 12_000_000, perKgPoisha: 37_500, seasonId: season.id, haatId: daily, sale: 'AVAILABLE', status: 'ACTIVE' });
    expect(row.haatOn?.getTime()).toBe(dayStart(today).getTime());
    expect(row.expiresAt.getTime()).toBe(season.endsOn.getTime() + DAY);
    expect(await db.searchOutbox.count({ where: { entity: 'LIVESTOCK', entityId: id } })).toBe(1);
    expect(await publicIds()).toContain(id);
    expect((await listOwnLivestock(she)).map((l) => l.id)).toEqual([id]);
  });

  it('refuses an area outside the districts served, or a district as a whole', async () => {
    const she = await seller();
    await expect(createLivestock(she, input({ areaId: String(foreignUnion) }))).rejects.toMatchObject({ code: 'invalid', message: 'areaOutside' });
    await expect(createLivestock(she, input({ areaId: String(bogura.id) }))).rejects.toMatchObject({ code: 'invalid', message: 'areaOutside' });
    expect(await db.livestockListing.count({ where: { sellerId: she.id } })).toBe(0);
    // Kishoreganj is served as well, with its own season's haats.
    const { id } = await createLivestock(she, input({ areaId: String(katiadi), haatId: kishoreganjHaat }));
    expect((await db.livestockListing.findUniqueOrThrow({ where: { id } })).areaId).toBe(katiadi);
  });

  it('takes only a published haat of the animal’s district, on a day it meets', async () => {
    const she = await seller();
    await expect(createLivestock(she, input({ haatId: draft }))).rejects.toMatchObject({ code: 'invalid', message: 'haatUnknown' });
    await expect(createLivestock(she, input({ haatId: kishoreganjHaat }))).rejects.toMatchObject({ message: 'haatOtherDistrict' });
    await expect(createLivestock(she, input({ haatId: 'nosuchhaat' }))).rejects.toMatchObject({ message: 'haatUnknown' });
    // The weekly haat meets tomorrow's weekday only; before it opens or after it closes, never.
    await expect(createLivestock(she, input({ haatId: weekly, haatOn: today }))).rejects.toMatchObject({ code: 'invalid', message: 'haatDayOutside' });
    await expect(createLivestock(she, input({ haatId: daily, haatOn: addDays(today, 15) }))).rejects.toMatchObject({ message: 'haatDayOutside' });
    await expect(createLivestock(she, input({ haatId: daily, haatOn: addDays(today, -1) }))).rejects.toMatchObject({ message: 'haatDayOutside' });
    const { id } = await createLivestock(she, input({ haatId: weekly, haatOn: addDays(today, 1) }));
    expect((await getOwnLivestock(she, id)).haatId).toBe(weekly);
    // What her form offers: the published haats of each served district's season.
    const choices = await haatChoices();
    const offered = choices.flatMap((c) => c.haats.map((h) => h.id));
    expect(offered).toEqual(expect.arrayContaining([daily, weekly, kishoreganjHaat]));
    expect(offered).not.toContain(draft);
  });

  it('needs a number confirmed by SMS', async () => {
    const unconfirmed = await db.user.create({ data: { phone: '+8801799000222', name: 'নতুন', status: 'ACTIVE' } });
    await expect(createLivestock(unconfirmed, input())).rejects.toMatchObject({ code: 'forbidden', message: 'phoneUnconfirmed' });
  });

  it('a double submit of the same form makes one listing', async () => {
    const she = await seller();
    const formKey = 'k7Qm2xLp9TzR4vWb8NcY1a';
    const [a, b] = await Promise.all([createLivestock(she, input(), { formKey }), createLivestock(she, input(), { formKey })]);
    expect(a.id).toBe(b.id);
    const again = await createLivestock(she, input(), { formKey });
    expect(again.id).toBe(a.id);
    expect(await db.livestockListing.count({ where: { sellerId: she.id } })).toBe(1);
    // Another form (another key) is another animal; the same key from someone else is hers alone.
    await createLivestock(she, input(), { formKey: 'Zp3wQ8rT5yU1iO0pAs2dFg' });
    const other = await seller();
    expect((await createLivestock(other, input(), { formKey })).id).not.toBe(a.id);
    expect(await db.livestockListing.count({ where: { sellerId: she.id } })).toBe(2);
  });

  it(`allows ${LISTINGS_PER_DAY} new listings a day (Dhaka), not more, even when they race`, async () => {
    const she = await seller();
    const now = new Date();
    const results = await Promise.allSettled(Array.from({ length: LISTINGS_PER_DAY + 2 }, () => createLivestock(she, input(), { now })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(LISTINGS_PER_DAY);
    for (const r of results.filter((r) => r.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict', message: 'dailyLimit' });
    // The next day she may list again.
    await createLivestock(she, input(), { now: new Date(now.getTime() + DAY) });
    expect(await db.livestockListing.count({ where: { sellerId: she.id } })).toBe(LISTINGS_PER_DAY + 1);
  });
});

describe('her animals only', () => {
  it('someone else’s listing is not found, whatever she tries', async () => {
    const [she, other] = await Promise.all([seller(), seller()]);
    const { id } = await createLivestock(she, input());
    await expect(getOwnLivestock(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(updateLivestock(other, id, input({ weightKg: '৫০০' }))).rejects.toMatchObject({ code: 'notFound' });
    await expect(sellLivestock(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(reserveLivestock(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(renewLivestock(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(deleteLivestock(other, id)).rejects.toMatchObject({ code: 'notFound' });
    expect((await getOwnLivestock(she, id)).weightKg).toBe(320);
    expect(await listOwnLivestock(other)).toEqual([]);
  });

  it('keeps a haat she already had when she edits, even once it is no longer offered', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input({ haatId: daily, haatOn: today }));
    await updateLivestock(she, id, input({ haatId: daily, haatOn: today, weightKg: '৩৩০' }));
    expect(await getOwnLivestock(she, id)).toMatchObject({ weightKg: 330, haatId: daily, perKgPoisha: Math.round(12_000_000 / 330) });
    await expect(updateLivestock(she, id, input({ haatId: weekly, haatOn: today }))).rejects.toMatchObject({ message: 'haatDayOutside' });
  });

  it('attaches her own livestock uploads as photos, up to 8, and removes them', async () => {
    const [she, other] = await Promise.all([seller(), seller()]);
    const { id } = await createLivestock(she, input());
    const media = (ownerId: string, purpose: 'LIVESTOCK_PHOTO' | 'RENTAL_PHOTO') =>
      db.media.create({ data: { ownerId, purpose, key: `livestock/${Math.random().toString(36).slice(2)}.webp`, width: 800, height: 600, bytes: 1000 } });
    await expect(attachLivestockPhoto(she, id, (await media(other.id, 'LIVESTOCK_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attachLivestockPhoto(she, id, (await media(she.id, 'RENTAL_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    const first = await media(she.id, 'LIVESTOCK_PHOTO');
    await attachLivestockPhoto(she, id, first.id);
    await attachLivestockPhoto(she, id, first.id); // a second tap changes nothing
    expect((await getOwnLivestock(she, id)).photos).toHaveLength(1);
    const more = await Promise.all(Array.from({ length: MAX_LIVESTOCK_PHOTOS }, () => media(she.id, 'LIVESTOCK_PHOTO')));
    const results = await Promise.allSettled(more.map((m) => attachLivestockPhoto(she, id, m.id)));
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.objectContaining({ code: 'conflict', message: 'tooManyPhotos' })]);
    const photos = (await getOwnLivestock(she, id)).photos;
    expect(photos).toHaveLength(MAX_LIVESTOCK_PHOTOS);
    await expect(removeLivestockPhoto(other, photos[0]!.id)).rejects.toMatchObject({ code: 'notFound' });
    await removeLivestockPhoto(she, photos[0]!.id);
    expect((await getOwnLivestock(she, id)).photos).toHaveLength(MAX_LIVESTOCK_PHOTOS - 1);
  });

  it('is read-only to her while an officer hides it (the reason kept); she may still delete it', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input());
    await db.livestockListing.update({ where: { id }, data: { status: 'HIDDEN', statusReason: 'ভুয়া ছবি' } });
    await expect(updateLivestock(she, id, input())).rejects.toMatchObject({ code: 'forbidden', message: 'suspended' });
    await expect(sellLivestock(she, id)).rejects.toMatchObject({ message: 'suspended' });
    await expect(renewLivestock(she, id)).rejects.toMatchObject({ message: 'suspended' });
    expect(await getOwnLivestock(she, id)).toMatchObject({ status: 'HIDDEN', statusReason: 'ভুয়া ছবি' });
    await deleteLivestock(she, id);
    expect(await db.livestockListing.findUnique({ where: { id } })).toBeNull();
    expect(await db.searchOutbox.findFirst({ where: { entity: 'LIVESTOCK', entityId: id }, orderBy: { id: 'desc' } })).toMatchObject({ op: 'DELETE' });
  });
});

describe('reserved, sold, renewed', () => {
  it('reserved stays public, marked; sold leaves the list and search once, and stays in her history', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input({ description: 'কালোমানিক নামে পরিচিত ষাঁড়' }));
    await drain();
    const found = async () => (await search({ q: 'কালোমানিক', type: 'livestock', limit: 20 })).hits.map((h) => h.id);
    expect(await found()).toContain(id);

    await reserveLivestock(she, id);
    expect(await publicIds()).toContain(id);
    expect((await getOwnLivestock(she, id)).sale).toBe('RESERVED');
    await releaseLivestock(she, id);
    expect((await getOwnLivestock(she, id)).sale).toBe('AVAILABLE');

    const soldAt = new Date();
    await sellLivestock(she, id, soldAt);
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id } })).toMatchObject({ sale: 'SOLD', soldAt, searchText: '' });
    expect(await publicIds()).not.toContain(id);
    await drain();
    expect(await found()).not.toContain(id);

    // Sold is final: not sold twice, not reserved, released, renewed or edited.
    await expect(sellLivestock(she, id)).rejects.toMatchObject({ code: 'conflict', message: 'alreadySold' });
    await expect(reserveLivestock(she, id)).rejects.toMatchObject({ message: 'alreadySold' });
    await expect(releaseLivestock(she, id)).rejects.toMatchObject({ message: 'alreadySold' });
    await expect(renewLivestock(she, id)).rejects.toMatchObject({ message: 'alreadySold' });
    await expect(updateLivestock(she, id, input())).rejects.toMatchObject({ message: 'alreadySold' });
    expect((await db.livestockListing.findUniqueOrThrow({ where: { id } })).soldAt).toEqual(soldAt);
    expect((await listOwnLivestock(she)).map((l) => [l.id, l.sale])).toEqual([[id, 'SOLD']]);
  });

  it('two taps on "sold" at once: one wins, the other hears alreadySold', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input());
    const results = await Promise.allSettled([sellLivestock(she, id), sellLivestock(she, id)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});

describe('expiry', () => {
  it('outside a season a listing stays 30 days; the worker takes it off when due, and renewing brings it back', async () => {
    const she = await seller();
    // Listed long before Bogura's season came near: 30 days from then.
    const posted = new Date(Date.now() - 60 * DAY);
    const { id } = await createLivestock(she, input(), { now: posted });
    const row = await db.livestockListing.findUniqueOrThrow({ where: { id } });
    expect(row.seasonId).toBeNull();
    expect(row.expiresAt.getTime()).toBe(posted.getTime() + 30 * DAY);
    // Past its date it is off the public list even before the worker marks it.
    expect(await publicIds()).not.toContain(id);

    const now = new Date();
    expect((await expireLivestock(now)).expired).toBeGreaterThanOrEqual(1);
    const expired = await db.livestockListing.findUniqueOrThrow({ where: { id } });
    expect(expired.expiredAt).toEqual(now);
    expect(expired.searchText).toBe('');
    expect(await db.searchOutbox.count({ where: { entity: 'LIVESTOCK', entityId: id, processedAt: null } })).toBeGreaterThanOrEqual(1);
    // A second run changes nothing.
    await expireLivestock(new Date(now.getTime() + 1000));
    expect((await db.livestockListing.findUniqueOrThrow({ where: { id } })).expiredAt).toEqual(now);

    // Renewed now: in Bogura's season, up until the day after its last day.
    await renewLivestock(she, id);
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id } })).toMatchObject({ expiredAt: null, seasonId: season.id, expiresAt: new Date(season.endsOn.getTime() + DAY) });
    expect(await publicIds()).toContain(id);
  });

  it('texts her once a few days before it closes (not when sold), and again after she renews', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input());
    const sold = await createLivestock(she, input());
    await sellLivestock(she, sold.id);
    const reminders = (listingId: string) => db.smsMessage.count({ where: { purpose: `livestock-reminder:${listingId}` } });
    const closes = season.endsOn.getTime() + DAY;

    await expireLivestock(new Date(closes - 4 * DAY));
    expect(await reminders(id)).toBe(0);
    await expireLivestock(new Date(closes - 2 * DAY));
    await expireLivestock(new Date(closes - DAY));
    expect(await reminders(id)).toBe(1);
    expect(await reminders(sold.id)).toBe(0);
    const sms = await db.smsMessage.findFirstOrThrow({ where: { purpose: `livestock-reminder:${id}` } });
    expect(sms.to).toBe(she.phone);
    expect(sms.body).toContain('ষাঁড় (শাহীওয়াল, ৩২০ কেজি)');
    expect(sms.body).toContain('/account/livestock');

    // Renewed (here: once the season is over, for OFF_SEASON_DAYS): the next period has its own reminder.
    const after = new Date(closes + DAY);
    await expireLivestock(after);
    await renewLivestock(she, id, after);
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id } })).toMatchObject({ expiredAt: null, remindedFor: null, expiresAt: new Date(after.getTime() + 30 * DAY) });
    await expireLivestock(new Date(after.getTime() + 28 * DAY));
    expect(await reminders(id)).toBe(2);
  });

  it('a listing of the season expires the day after it ends', async () => {
    const she = await seller();
    const { id } = await createLivestock(she, input());
    await expireLivestock(new Date(season.endsOn.getTime() + DAY - 1000));
    expect((await db.livestockListing.findUniqueOrThrow({ where: { id } })).expiredAt).toBeNull();
    await expireLivestock(new Date(season.endsOn.getTime() + DAY));
    expect((await db.livestockListing.findUniqueOrThrow({ where: { id } })).expiredAt).not.toBeNull();
  });
});
