// Owners' rental notices against the real PostgreSQL and Meilisearch: the form's rules, the
// district's areas only, ownership, let / relist / renew / delete, the worker's expiry with its
// one reminder per period, the search index, and officers' moderation with its audit entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { account, consoleScopes } from '@/lib/console/test-fixtures';
import { fileAppeal, getAppealBox } from '@/lib/console/appeals';
import { findRecords, getRecord, reinstateRecord, suspendRecord } from '@/lib/console/records';
import { listRentals } from '@/lib/directory/lists';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { ensureIndexes, waitForTask } from '@/lib/search/engine';
import { search } from '@/lib/search/search';
import { expireRentals } from './expiry';
import { attachRentalPhoto, createRental, deleteRental, getOwnRental, listOwnRentals, markRentalLet, relistRental, removeRentalPhoto, renewRental, updateRental } from './manage';
import { rentalSchema, type RentalInput } from './schemas';
import { drainSearchOutbox } from '@/lib/testing/search';

const DAY = 86_400_000;
let bogura: AreaSummary;
let mirzapur: AreaSummary;
let foreignUnion: number;

const form = (over: Record<string, string> = {}) => ({
  kind: 'FLAT',
  title: 'দুই রুমের ফ্ল্যাট, বাজারের পাশে',
  areaId: String(mirzapur.id),
  rent: '৬,০০০',
  period: 'MONTH',
  advance: '১২০০০',
  rooms: '২',
  size: '৭৫০ বর্গফুট',
  availableFrom: '',
  description: 'গ্যাস-পানি আছে।',
  phone: '',
  whatsapp: '',
  ...over,
});
const input = (over: Record<string, string> = {}): RentalInput => rentalSchema.parse(form(over));
const owner = async () => account(['BUYER']);

const drain = drainSearchOutbox;
const publicIds = async () => (await listRentals(bogura, null)).rentals.map((r) => r.id);

beforeAll(async () => {
  for (const task of await ensureIndexes()) await waitForTask(task, 60_000);
  bogura = (await getAreaBySlug('bogura'))!;
  mirzapur = (await getAreaBySlug('mirzapur-sherpur-bogura'))!;
  // Dhaka is not served (HAAT_DISTRICTS is Bogura and Kishoreganj in the tests).
  const dhaka = await db.area.findUniqueOrThrow({ where: { slug: 'dhaka' } });
  foreignUnion = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: dhaka.path } } })).id;
});

describe('the form', () => {
  it('reads taka and counts in Bengali digits and stores poisha', () => {
    const parsed = input();
    expect(parsed).toMatchObject({ kind: 'FLAT', rent: 600_000, advance: 1_200_000, rooms: 2, period: 'MONTH', phone: null, availableFrom: null });
    expect(input({ advance: '', rooms: '' })).toMatchObject({ advance: null, rooms: null });
    expect(input({ availableFrom: '2027-01-15' }).availableFrom?.toISOString()).toBe('2027-01-14T18:00:00.000Z');
    expect(input({ availableFrom: '১৫/০১/২০২৭' }).availableFrom?.toISOString()).toBe('2027-01-14T18:00:00.000Z');
  });

  it('says what is wrong, field by field', () => {
    const issues = (over: Record<string, string>) => Object.fromEntries(rentalSchema.safeParse(form(over)).error!.issues.map((i) => [i.path[0], i.message]));
    expect(issues({ kind: 'CASTLE' }).kind).toBe('kindRequired');
    expect(issues({ rent: 'ছয় হাজার' }).rent).toBe('amountInvalid');
    expect(issues({ rent: '0' }).rent).toBe('amountRange');
    expect(issues({ title: 'ঘর' }).title).toBe('titleTooShort');
    expect(issues({ phone: '12345' }).phone).toBe('phoneInvalid');
    expect(issues({ rooms: '৫০০' }).rooms).toBe('roomsInvalid');
    expect(issues({ availableFrom: '31/02/2027' }).availableFrom).toBe('dateInvalid');
    expect(issues({ availableFrom: '2019-12-31' }).availableFrom).toBe('dateInvalid');
    // Larger than the poisha column holds, or an area id no area has: a message, not a database error.
    expect(issues({ advance: '৫,০০,০০,০০০' }).advance).toBe('amountRange');
    expect(issues({ areaId: '99999999999' }).areaId).toBe('areaRequired');
  });
});

describe('posting', () => {
  it('posts with her own number by default, for 60 days, queued for search', async () => {
    const she = await owner();
    const now = new Date();
    const { id } = await createRental(she, input({ whatsapp: '01711-223344' }), now);
    const row = await db.rentalListing.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ ownerId: she.id, phone: she.phone, whatsapp: '+8801711223344', rentPoisha: 600_000, advancePoisha: 1_200_000, rooms: 2, status: 'ACTIVE', letAt: null });
    expect(row.expiresAt.getTime()).toBe(now.getTime() + 60 * DAY);
    expect(row.searchText).toContain('ফ্ল্যাট');
    expect(await db.searchOutbox.count({ where: { entity: 'RENTAL', entityId: id } })).toBe(1);
    expect(await publicIds()).toContain(id);
    expect((await listOwnRentals(she)).map((r) => r.id)).toEqual([id]);
  });

  it('refuses an area outside the districts served, or a district as a whole', async () => {
    const she = await owner();
    await expect(createRental(she, input({ areaId: String(foreignUnion) }))).rejects.toMatchObject({ code: 'invalid', message: 'areaOutside' });
    await expect(createRental(she, input({ areaId: String(bogura.id) }))).rejects.toMatchObject({ code: 'invalid', message: 'areaOutside' });
    const { id } = await createRental(she, input());
    await expect(updateRental(she, id, input({ areaId: String(foreignUnion) }))).rejects.toMatchObject({ message: 'areaOutside' });
    expect((await db.rentalListing.findUniqueOrThrow({ where: { id } })).areaId).toBe(mirzapur.id);
    expect(await db.rentalListing.count({ where: { ownerId: she.id } })).toBe(1);
    // The other served district is as good as the default one.
    const katiadi = (await db.area.findFirstOrThrow({ where: { level: 'UNION', slug: { contains: 'katiadi' } } })).id;
    await updateRental(she, id, input({ areaId: String(katiadi) }));
    expect((await db.rentalListing.findUniqueOrThrow({ where: { id } })).areaId).toBe(katiadi);
  });

  it('needs a number confirmed by SMS', async () => {
    const unconfirmed = await db.user.create({ data: { phone: '+8801799000111', name: 'নতুন', status: 'ACTIVE' } });
    await expect(createRental(unconfirmed, input())).rejects.toMatchObject({ code: 'forbidden', message: 'phoneUnconfirmed' });
  });
});

describe('her listings only', () => {
  it('someone else’s listing is not found, whatever she tries', async () => {
    const [she, other] = await Promise.all([owner(), owner()]);
    const { id } = await createRental(she, input());
    await expect(getOwnRental(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(updateRental(other, id, input({ title: 'অন্যের বদল' }))).rejects.toMatchObject({ code: 'notFound' });
    await expect(markRentalLet(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(renewRental(other, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(deleteRental(other, id)).rejects.toMatchObject({ code: 'notFound' });
    expect((await getOwnRental(she, id)).title).toBe('দুই রুমের ফ্ল্যাট, বাজারের পাশে');
    expect(await listOwnRentals(other)).toEqual([]);
  });

  it('attaches only her own rental uploads as photos, and removes them', async () => {
    const [she, other] = await Promise.all([owner(), owner()]);
    const { id } = await createRental(she, input());
    const media = (ownerId: string, purpose: 'RENTAL_PHOTO' | 'PRODUCT_PHOTO') =>
      db.media.create({ data: { ownerId, purpose, key: `rental/${Math.random().toString(36).slice(2)}.webp`, width: 800, height: 600, bytes: 1000 } });
    await expect(attachRentalPhoto(she, id, (await media(other.id, 'RENTAL_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attachRentalPhoto(she, id, (await media(she.id, 'PRODUCT_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    const mine = await media(she.id, 'RENTAL_PHOTO');
    await attachRentalPhoto(she, id, mine.id);
    await attachRentalPhoto(she, id, mine.id); // a second tap changes nothing
    const photos = (await getOwnRental(she, id)).photos;
    expect(photos).toHaveLength(1);
    await expect(removeRentalPhoto(other, photos[0]!.id)).rejects.toMatchObject({ code: 'notFound' });
    await removeRentalPhoto(she, photos[0]!.id);
    expect((await getOwnRental(she, id)).photos).toHaveLength(0);
  });
});

describe('let, relist, delete', () => {
  it('a let listing leaves the public list until she lists it again; a deleted one is gone', async () => {
    const she = await owner();
    const { id } = await createRental(she, input());
    await markRentalLet(she, id);
    expect(await publicIds()).not.toContain(id);
    expect((await db.rentalListing.findUniqueOrThrow({ where: { id } })).searchText).toBe('');
    await relistRental(she, id);
    expect(await publicIds()).toContain(id);
    await deleteRental(she, id);
    expect(await db.rentalListing.findUnique({ where: { id } })).toBeNull();
    expect(await db.searchOutbox.findFirst({ where: { entity: 'RENTAL', entityId: id }, orderBy: { id: 'desc' } })).toMatchObject({ op: 'DELETE' });
  });
});

describe('expiry after 60 days', () => {
  it('a listing past its date is off the public list even before the worker marks it', async () => {
    const she = await owner();
    const { id } = await createRental(she, input(), new Date(Date.now() - 61 * DAY));
    expect(await db.rentalListing.findUniqueOrThrow({ where: { id }, select: { expiredAt: true } })).toEqual({ expiredAt: null });
    expect(await publicIds()).not.toContain(id);
  });

  it('reminds once a few days before, hides when due, and renewing gives 60 more days (and a reminder again)', async () => {
    const she = await owner();
    const posted = new Date(Date.now() - 57 * DAY);
    const { id } = await createRental(she, input(), posted);
    const reminders = () => db.smsMessage.count({ where: { purpose: `rental-reminder:${id}` } });

    // 57 days on: 3 days left, one reminder to her account's number, only once.
    await expireRentals(new Date());
    expect(await reminders()).toBe(1);
    const sms = await db.smsMessage.findFirstOrThrow({ where: { purpose: `rental-reminder:${id}` } });
    expect(sms.to).toBe(she.phone);
    expect(sms.body).toContain('/account/rentals');
    await expireRentals(new Date());
    await expireRentals(new Date(Date.now() + DAY));
    expect(await reminders()).toBe(1);
    expect(await publicIds()).toContain(id);

    // Past its date: hidden from the public and from search.
    const later = new Date(Date.now() + 4 * DAY);
    const result = await expireRentals(later);
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const expired = await db.rentalListing.findUniqueOrThrow({ where: { id } });
    expect(expired.expiredAt).not.toBeNull();
    expect(expired.searchText).toBe('');
    expect(await publicIds()).not.toContain(id);
    await expireRentals(later);
    expect(await db.rentalListing.findUniqueOrThrow({ where: { id } })).toMatchObject({ expiredAt: expired.expiredAt });

    // Renewed: public again for 60 days from now, and the next period has its own reminder.
    const before = Date.now();
    await renewRental(she, id);
    const renewed = await db.rentalListing.findUniqueOrThrow({ where: { id } });
    expect(renewed.expiredAt).toBeNull();
    expect(renewed.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 60 * DAY);
    expect(await publicIds()).toContain(id);
    await expireRentals(new Date(Date.now() + 57 * DAY));
    expect(await reminders()).toBe(2);
  });

  it('sends no reminder for a listing that is let', async () => {
    const she = await owner();
    const { id } = await createRental(she, input(), new Date(Date.now() - 57 * DAY));
    await markRentalLet(she, id);
    await expireRentals(new Date());
    expect(await db.smsMessage.count({ where: { purpose: `rental-reminder:${id}` } })).toBe(0);
  });
});

describe('search', () => {
  it('finds an active rental, in Bengali and Banglish, and forgets it once it is let', async () => {
    const she = await owner();
    const { id } = await createRental(she, input({ kind: 'GODOWN', title: 'ধান রাখার শুকনো গুদাম', description: 'ট্রাক ঢোকার রাস্তা আছে।' }));
    await drain();
    const found = async (q: string) => (await search({ q, type: 'rental', limit: 10 })).hits;
    const hits = await found('গুদাম');
    expect(hits.map((h) => h.id)).toContain(id);
    const hit = hits.find((h) => h.id === id)!;
    expect(hit).toMatchObject({ type: 'rental', category: 'godown-rent', phone: she.phone, url: `/rentals/godown/${mirzapur.slug}#rental-${id}` });
    expect((await found('godown')).map((h) => h.id)).toContain(id);
    expect((await search({ q: 'শুকনো গুদাম', limit: 20 })).hits.map((h) => h.id)).toContain(id);

    await markRentalLet(she, id);
    await drain();
    expect((await found('গুদাম')).map((h) => h.id)).not.toContain(id);
  });
});

describe('officers', () => {
  it('suspend and reinstate a rental in their scope with a reason, audit logged; outside it, it does not exist', async () => {
    const { sherpur, kahaloo } = await consoleScopes();
    const she = await owner();
    const { id } = await createRental(she, input({ title: 'ভুয়া ফ্ল্যাটের বিজ্ঞাপন' }));
    expect((await findRecords(sherpur, 'ভুয়া ফ্ল্যাট')).rentals.map((r) => r.id)).toContain(id);
    expect((await findRecords(kahaloo, 'ভুয়া ফ্ল্যাট')).rentals).toEqual([]);
    await expect(getRecord(kahaloo, 'RENTAL', id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(suspendRecord(kahaloo, 'RENTAL', id, 'ভুয়া')).rejects.toMatchObject({ code: 'notFound' });
    await expect(suspendRecord(sherpur, 'RENTAL', id, '  ')).rejects.toMatchObject({ message: 'reasonRequired' });

    await suspendRecord(sherpur, 'RENTAL', id, 'ভুয়া বিজ্ঞাপন');
    expect(await db.rentalListing.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SUSPENDED', statusReason: 'ভুয়া বিজ্ঞাপন', searchText: '' });
    expect(await publicIds()).not.toContain(id);
    const entry = await db.auditLog.findFirstOrThrow({ where: { subject: 'RENTAL', subjectId: id, action: 'suspend' } });
    expect(entry).toMatchObject({ actorId: sherpur.user.id, reason: 'ভুয়া বিজ্ঞাপন', areaId: mirzapur.id });
    expect(await db.smsMessage.count({ where: { to: she.phone, purpose: 'record-suspended' } })).toBe(1);
    // Read-only to her while suspended; she may still delete it.
    await expect(updateRental(she, id, input())).rejects.toMatchObject({ code: 'forbidden', message: 'suspended' });
    await expect(renewRental(she, id)).rejects.toMatchObject({ message: 'suspended' });
    expect((await getRecord(sherpur, 'RENTAL', id)).record).toMatchObject({ id, title: 'ভুয়া ফ্ল্যাটের বিজ্ঞাপন' });
    // She sees why and may appeal once, like any owner.
    expect(await getAppealBox(she.id, 'RENTAL', id)).toMatchObject({ reason: 'ভুয়া বিজ্ঞাপন' });
    await fileAppeal(she, 'RENTAL', id, 'বিজ্ঞাপনটি আসল, কাগজ আছে।');
    await expect(fileAppeal(she, 'RENTAL', id, 'আবার বলছি, বিজ্ঞাপনটি আসল।')).rejects.toMatchObject({ message: 'alreadyAppealed' });

    await reinstateRecord(sherpur, 'RENTAL', id, 'মালিক কাগজ দেখিয়েছেন');
    expect(await publicIds()).toContain(id);
    expect(await db.auditLog.count({ where: { subject: 'RENTAL', subjectId: id } })).toBe(2);
    expect(await db.appeal.findFirstOrThrow({ where: { subject: 'RENTAL', subjectId: id } })).toMatchObject({ status: 'RESOLVED' });
  });
});
