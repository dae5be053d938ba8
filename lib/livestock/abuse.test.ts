// What a security review of the cattle market found, kept fixed: the daily limit cannot be reset by
// deleting, a listing moved to another district cannot keep the old district's haat, a photo
// attached twice at once is not a 500, moving a haat is audited under both areas, and a haat taken
// back to a draft is no longer named in its listings' search documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { account, areaId, scopeFor } from '@/lib/console/test-fixtures';
import { getAreaBySlug } from '@/lib/geo/queries';
import { livestockDocuments } from '@/lib/search/documents';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { dayStart } from './calendar';
import { readHaatForm, haatSchema } from './haat-schemas';
import { setHaatPublished, updateHaat } from './haats';
import { attachLivestockPhoto, createLivestock, deleteLivestock, updateLivestock } from './manage';
import { LISTINGS_PER_DAY, livestockSchema } from './schemas';

const today = dhakaDay(new Date());
let mirzapur: number, katiadi: number, boguraHaat: string;
const input = (over: Record<string, string> = {}) =>
  livestockSchema.parse({
    animal: 'BULL', breed: 'SHAHIWAL', colour: '', teeth: '', weightKg: '320', weightEstimated: '', price: '120000', negotiable: '',
    areaId: String(mirzapur), seeAt: '', haatId: '', haatOn: '', description: '', phone: '', whatsapp: '', ...over,
  });
const photo = (ownerId: string) =>
  db.media.create({ data: { ownerId, purpose: 'LIVESTOCK_PHOTO', key: `livestock/${Math.random().toString(36).slice(2)}.webp`, width: 8, height: 6, bytes: 10 } });

beforeAll(async () => {
  const bogura = (await getAreaBySlug('bogura'))!;
  mirzapur = await areaId('mirzapur-sherpur-bogura');
  katiadi = (await db.area.findFirstOrThrow({ where: { level: 'UNION', slug: { contains: 'katiadi' } } })).id;
  const running = await db.livestockSeason.findFirst({ where: { areaId: bogura.id, startsOn: { lte: new Date() }, endsOn: { gte: new Date() } } });
  const season = running ?? (await db.livestockSeason.create({ data: { nameBn: 'ঈদ', areaId: bogura.id, startsOn: dayStart(addDays(today, -2)), endsOn: dayStart(addDays(today, 21)) } }));
  boguraHaat = (await db.livestockHaat.create({ data: { seasonId: season.id, nameBn: 'মির্জাপুর হাট', areaId: mirzapur, place: 'মাঠ', opensOn: dayStart(today), closesOn: dayStart(addDays(today, 14)), publishedAt: new Date() } })).id;
});

describe('the cattle market against abuse', () => {
  it('counts the day’s listings as they are made: deleting them does not give the allowance back', async () => {
    const she = await account(['BUYER']);
    const ids: string[] = [];
    for (let i = 0; i < LISTINGS_PER_DAY; i++) ids.push((await createLivestock(she, input())).id);
    for (const id of ids) await deleteLivestock(she, id);
    await expect(createLivestock(she, input())).rejects.toMatchObject({ code: 'conflict', message: 'dailyLimit' });
    // The next day (Asia/Dhaka) she has her allowance again.
    expect((await createLivestock(she, input(), { now: new Date(Date.now() + 86_400_000) })).id).toBeTruthy();
  });

  it('checks the haat again when the animal moves: another district’s haat is refused', async () => {
    const she = await account(['BUYER']);
    const { id } = await createLivestock(she, input({ haatId: boguraHaat }));
    await expect(updateLivestock(she, id, input({ areaId: String(katiadi), haatId: boguraHaat }))).rejects.toMatchObject({ message: 'haatOtherDistrict' });
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id }, select: { areaId: true, haatId: true } })).toEqual({ areaId: mirzapur, haatId: boguraHaat });
    // Kept as it was while she stays in the same place.
    await updateLivestock(she, id, input({ haatId: boguraHaat, colour: 'লাল' }));
  });

  it('attaches a photo once however often it is sent at the same time', async () => {
    const she = await account(['BUYER']);
    const { id } = await createLivestock(she, input());
    for (let i = 0; i < 4; i++) {
      const media = await photo(she.id);
      const results = await Promise.allSettled([attachLivestockPhoto(she, id, media.id), attachLivestockPhoto(she, id, media.id), attachLivestockPhoto(she, id, media.id)]);
      expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    }
    expect(await db.livestockPhoto.count({ where: { listingId: id } })).toBe(4);
  });

  it('audits a haat moved to another upazila under both areas, and a draft haat is not named in search', async () => {
    const officer = await scopeFor(await account(['BUYER', 'OFFICER'], 'bogura'));
    const kahalooUnion = (await db.area.findFirstOrThrow({ where: { parentId: await areaId('kahaloo'), level: 'UNION' } })).id;
    const she = await account(['BUYER']);
    const { id } = await createLivestock(she, input({ haatId: boguraHaat }));
    const typed = (n: number) => {
      const [y, m, d] = addDays(today, n).split('-');
      return `${d}/${m}/${y}`;
    };
    const form = new FormData();
    for (const [k, v] of Object.entries({ nameBn: 'কাহালু হাট', nameEn: '', areaId: String(kahalooUnion), place: 'মাঠ', opensOn: typed(1), closesOn: typed(5), opensAt: '', closesAt: '', leaseOffice: '', leasePhone: '', vetNote: '' })) form.append(k, v);
    await updateHaat(officer, boguraHaat, haatSchema.parse(readHaatForm(form)));
    const logs = await db.auditLog.findMany({ where: { subjectId: boguraHaat, action: 'haat.update' }, select: { areaId: true } });
    expect(logs.map((l) => l.areaId).sort()).toEqual([mirzapur, kahalooUnion].sort());

    expect((await livestockDocuments([id]))[0]!.subtitle).toContain('কাহালু হাট');
    await setHaatPublished(officer, boguraHaat, false);
    expect((await livestockDocuments([id]))[0]!.subtitle).not.toContain('কাহালু হাট');
    // …and the listing was queued for the index again in the same change.
    expect(await db.searchOutbox.count({ where: { entity: 'LIVESTOCK', entityId: id, processedAt: null } })).toBeGreaterThan(1);
  });
});
