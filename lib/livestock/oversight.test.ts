// Officers over livestock listings against the real PostgreSQL and Meilisearch: hiding needs a
// reason, a hidden listing leaves the public list and (through the outbox) the index, bringing it
// back restores both, each audited; another upazila's officer cannot touch it; reports of a
// listing reach the officers of its area; the numbers per union × animal and their CSV.
import { beforeAll, describe, expect, it } from 'vitest';
import { account, areaId, consoleScopes } from '@/lib/console/test-fixtures';
import { statsView } from '@/lib/console/numbers/view';
import { listOpenReports } from '@/lib/console/reports';
import { reportablePreview, reportSubject } from '@/lib/directory/reviews';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ensureIndexes, waitForTask } from '@/lib/search/engine';
import { search } from '@/lib/search/search';
import { toCsv } from '@/lib/csv';
import { livestockNumbers, livestockNumbersCsv } from './numbers';
import { listOversight, setListingHidden } from './oversight';
import { listing } from './test-fixtures';
import { publicLivestock } from './visibility';
import { drainSearchOutbox } from '@/lib/testing/search';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let mirzapur: number;

const drain = drainSearchOutbox;
const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? `${e.code}:${e.message}` : String(e)));
const isPublic = async (id: string) => (await db.livestockListing.count({ where: { id, ...publicLivestock() } })) === 1;
const indexed = async (id: string) => (await search({ q: 'ষাঁড়', type: 'livestock', limit: 50 })).hits.some((h) => h.id === id);

beforeAll(async () => {
  for (const task of await ensureIndexes()) await waitForTask(task, 60_000);
  s = await consoleScopes();
  mirzapur = await areaId('mirzapur-sherpur-bogura');
});

describe('hiding a listing', () => {
  it('needs a reason, takes it off the list and the index, and unhiding brings it back, audited', async () => {
    const l = await listing(mirzapur);
    await db.searchOutbox.create({ data: { entity: 'LIVESTOCK', entityId: l.id, op: 'UPSERT' } });
    await drain();
    expect(await indexed(l.id)).toBe(true);

    expect(await code(setListingHidden(s.sherpur, l.id, true, '  '))).toBe('invalid:reasonRequired');
    // The Kahaloo officer cannot see or touch it, also by its id.
    expect(await code(setListingHidden(s.kahaloo, l.id, true, 'ভুয়া'))).toBe('notFound:notFound');
    expect((await listOversight(s.kahaloo, { areaId: null, animal: null, status: null })).rows.map((r) => r.id)).not.toContain(l.id);

    await setListingHidden(s.sherpur, l.id, true, 'ছবি অন্য বিজ্ঞাপনের');
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({ status: 'HIDDEN', statusReason: 'ছবি অন্য বিজ্ঞাপনের' });
    expect(await isPublic(l.id)).toBe(false);
    await drain();
    expect(await indexed(l.id)).toBe(false);
    expect(await code(setListingHidden(s.sherpur, l.id, true, 'আবার'))).toBe('conflict:alreadyHidden');
    expect((await listOversight(s.sherpur, { areaId: mirzapur, animal: 'BULL', status: 'HIDDEN' })).rows.map((r) => r.id)).toEqual([l.id]);

    await setListingHidden(s.sherpur, l.id, false, '');
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({ status: 'ACTIVE', statusReason: null });
    expect(await isPublic(l.id)).toBe(true);
    await drain();
    expect(await indexed(l.id)).toBe(true);

    const entries = await db.auditLog.findMany({ where: { subjectId: l.id, subject: 'LIVESTOCK' }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.action, e.areaId, e.reason, e.actorId])).toEqual([
      ['livestock.hide', mirzapur, 'ছবি অন্য বিজ্ঞাপনের', s.sherpurOfficer.id],
      ['livestock.unhide', mirzapur, null, s.sherpurOfficer.id],
    ]);
  });
});

describe('reports of a listing', () => {
  it('reach the officers of its area, and only a public listing can be reported', async () => {
    const l = await listing(mirzapur, { description: 'লাল ষাঁড়, শান্ত' });
    expect(await reportablePreview({ type: 'LIVESTOCK', id: l.id })).toEqual({ name: 'ষাঁড় · দেশি · ৩০০ কেজি', snippet: 'লাল ষাঁড়, শান্ত' });
    const reporter = await account(['BUYER']);
    await reportSubject(reporter, 'test-client', { type: 'LIVESTOCK', id: l.id }, { reason: 'FAKE', details: 'একই ছবি অন্য জায়গায়' } as never);
    const mine = await listOpenReports(s.sherpur);
    const group = mine.groups.find((g) => g.subjectId === l.id);
    expect(group).toMatchObject({ subject: 'LIVESTOCK', info: { name: 'ষাঁড় · দেশি · ৩০০ কেজি', areaId: mirzapur }, context: { publicHref: `/haat/l/${l.id}` } });
    expect(group?.href).toBe(`/console/haat/listings?area=${mirzapur}`);
    expect((await listOpenReports(s.kahaloo)).groups.some((g) => g.subjectId === l.id)).toBe(false);

    const sold = await listing(mirzapur, { sale: 'SOLD' });
    expect(await reportablePreview({ type: 'LIVESTOCK', id: sold.id })).toBeNull();
    expect(await code(reportSubject(reporter, 'test-client', { type: 'LIVESTOCK', id: sold.id }, { reason: 'FAKE', details: '' } as never))).toBe('notFound:notFound');
  });
});

describe('numbers per union × animal', () => {
  it('count listings and sold, and the median price per kg, for the officer’s area only; the CSV has the same rows', async () => {
    const union = (await db.area.findFirstOrThrow({ where: { parentId: await areaId('sherpur-bogura'), level: 'UNION', id: { not: mirzapur } } })).id;
    // Goats at 700, 800, 900 and 1,000 taka a kg (median 850), one sold; two bulls (median 550); a hidden one left out.
    await listing(union, { animal: 'GOAT', weightKg: 20, pricePoisha: 20 * 700_00 });
    await listing(union, { animal: 'GOAT', weightKg: 30, pricePoisha: 30 * 800_00, sale: 'SOLD' });
    await listing(union, { animal: 'GOAT', weightKg: 25, pricePoisha: 25 * 900_00 });
    await listing(union, { animal: 'GOAT', weightKg: 15, pricePoisha: 15 * 1000_00 });
    await listing(union, { animal: 'BULL', weightKg: 300, pricePoisha: 300 * 500_00, sale: 'SOLD' });
    await listing(union, { animal: 'BULL', weightKg: 200, pricePoisha: 200 * 600_00 });
    const hidden = await listing(union, { animal: 'BULL', weightKg: 200, pricePoisha: 200 * 2000_00 });
    await setListingHidden(s.adminScope, hidden.id, true, 'দাম ভুল');

    const view = await statsView(s.sherpur, String(union));
    const rows = await livestockNumbers(view);
    expect(rows.map((r) => [r.area.id, r.animal, r.listings, r.sold, r.medianPerKgPoisha])).toEqual([
      [union, 'BULL', 2, 1, 550_00],
      [union, 'GOAT', 4, 1, 850_00],
    ]);
    // The whole upazila includes Mirzapur's listings; Kahaloo's officer sees none of these.
    expect((await livestockNumbers(await statsView(s.sherpur))).some((r) => r.area.id === mirzapur)).toBe(true);
    expect((await livestockNumbers(await statsView(s.kahaloo, String(union)))).some((r) => r.area.id === union)).toBe(false);

    const csv = toCsv(livestockNumbersCsv(rows, 'en')).replace(/^\uFEFF/, '');
    const unionName = (await db.area.findUniqueOrThrow({ where: { id: union } })).nameEn;
    expect(csv.split(/\r?\n/).filter(Boolean).slice(-3)).toEqual(['Union,Animal,Listings,Sold,Median price per kg (taka)', `${unionName},Bull,2,1,550`, `${unionName},Goat,4,1,850`].map((line) => line));
  });
});
