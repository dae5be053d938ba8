import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeMark, listening, settle, startCacheListener, stopCacheListener } from '@/lib/cache/broadcast';
import { tags } from '@/lib/cache/tags';
import { donorCounts } from '@/lib/console/numbers/donors';
import { statsView } from '@/lib/console/numbers/view';
import { consoleScopes } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { DEFAULT_BLOOD_SETTINGS, dhakaDay, dhakaDayStart, getOwnDonorProfile, listDonors, parseDonationDate, recordOwnDonation } from './blood';
import { ageOn, donorStanding, registerDonor, setDonorListed } from './donor';
import { donorSchema, type DonorInput } from './donor-schemas';
import { providerDocuments } from '@/lib/search/documents';
import { contactTarget } from './contact';
import { getPublicProvider } from './provider-page';
import { saveBasics } from './profile';
import { listProviders } from './queries';

const DAY = 86_400_000;
// Noon in Dhaka today: the list is worked out for the real day.
const today = new Date(dhakaDayStart(dhakaDay(new Date())).getTime() + 12 * 3_600_000);
/** Noon in Dhaka on the day `years` years (and `days` days) before today. */
const yearsAgo = (years: number, days = 0) => {
  const d = new Date(today.getTime() + 6 * 3_600_000);
  return new Date(Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate() - days, 6));
};

let bogura: AreaSummary;
let mirzapur: AreaSummary;
let sherpur: AreaSummary;
let outsideUnion: AreaSummary;
let serial = 0;

async function person(confirmed = true) {
  const phone = `+88018${String(40000000 + ++serial * 6151 + (process.pid % 97) * 13).slice(0, 8)}`;
  return db.user.create({ data: { phone, name: `দাতা ${serial}`, status: 'ACTIVE', phoneVerifiedAt: confirmed ? new Date() : null }, select: { id: true, phone: true } });
}

const input = (over: Partial<DonorInput> = {}): DonorInput => ({ nameBn: 'রহিমা খাতুন', bloodGroup: 'B_NEG', sex: 'FEMALE', birthDate: yearsAgo(30), lastDonation: null, areaId: mirzapur.id, ...over });

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).message;
};

const listedNames = async (group: DonorInput['bloodGroup'] | null, area: AreaSummary) => (await listDonors({ group, area, page: 1 })).donors.map((d) => d.name);

beforeAll(async () => {
  startCacheListener(process.env.DATABASE_URL!);
  bogura = (await getAreaBySlug('bogura'))!;
  sherpur = (await getAreaBySlug('sherpur-bogura'))!;
  mirzapur = (await getAreaBySlug('mirzapur-sherpur-bogura'))!;
  // Dhaka is not served (HAAT_DISTRICTS is Bogura and Kishoreganj in the tests).
  const dhaka = (await getAreaBySlug('dhaka'))!;
  outsideUnion = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: dhaka.path } } })) as AreaSummary;
  const deadline = Date.now() + 10_000;
  while (!listening() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
});

afterAll(stopCacheListener);

describe('the registration form', () => {
  const form = { nameBn: 'রহিমা', bloodGroup: 'O_POS', sex: 'FEMALE', birthDate: '১৫/০১/১৯৯৫', lastDonation: '', areaId: '12' };
  const issues = (value: Record<string, unknown>) => {
    const parsed = donorSchema.safeParse(value);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it('reads dates in either script; an empty last donation means none', () => {
    const parsed = donorSchema.parse(form);
    expect(parsed.birthDate).toEqual(parseDonationDate('1995-01-15'));
    expect(parsed.lastDonation).toBeNull();
    expect(parsed.areaId).toBe(12);
    expect(donorSchema.parse({ ...form, lastDonation: '3/2/2026' }).lastDonation).toEqual(parseDonationDate('2026-02-03'));
  });

  it('names each missing or malformed field', () => {
    expect(issues({ ...form, bloodGroup: 'C_POS', sex: '', birthDate: '', areaId: '' })).toEqual({ bloodGroup: 'groupRequired', sex: 'sexRequired', birthDate: 'birthRequired', areaId: 'unionRequired' });
    expect(issues({ ...form, birthDate: '31/02/1995', lastDonation: 'গতকাল' })).toEqual({ birthDate: 'dateInvalid', lastDonation: 'dateInvalid' });
  });
});

describe('registering', () => {
  it('counts age in whole years on the calendar in Dhaka', () => {
    expect(ageOn(yearsAgo(18), today)).toBe(18);
    expect(ageOn(yearsAgo(18, -1), today)).toBe(17);
    expect(ageOn(yearsAgo(61, -1), today)).toBe(60);
    expect(ageOn(yearsAgo(61), today)).toBe(61);
  });

  it('takes 18 to 60 and refuses anyone younger or older', async () => {
    expect(await refusal(registerDonor(await person(), input({ birthDate: yearsAgo(18, -1) }), today))).toBe('tooYoung');
    expect(await refusal(registerDonor(await person(), input({ birthDate: new Date(today.getTime() + 30 * DAY) }), today))).toBe('tooYoung');
    expect(await refusal(registerDonor(await person(), input({ birthDate: yearsAgo(61) }), today))).toBe('tooOld');
    await expect(registerDonor(await person(), input({ birthDate: yearsAgo(18) }), today)).resolves.toHaveProperty('id');
    await expect(registerDonor(await person(), input({ birthDate: yearsAgo(61, -1) }), today)).resolves.toHaveProperty('id');
  });

  it('refuses a place outside the served districts, an upazila, and donation days in the future', async () => {
    expect(await refusal(registerDonor(await person(), input({ areaId: outsideUnion.id }), today))).toBe('areaOutside');
    expect(await refusal(registerDonor(await person(), input({ areaId: sherpur.id }), today))).toBe('unionRequired');
    expect(await refusal(registerDonor(await person(), input({ areaId: 99_999_999 }), today))).toBe('unionRequired');
    expect(await refusal(registerDonor(await person(), input({ lastDonation: new Date(today.getTime() + DAY) }), today))).toBe('dateFuture');
    expect(await refusal(registerDonor(await person(), input({ birthDate: yearsAgo(30), lastDonation: yearsAgo(31) }), today))).toBe('dateBeforeBirth');
    expect(await db.provider.count({ where: { nameBn: 'রহিমা খাতুন', area: { path: { startsWith: outsideUnion.path } } } })).toBe(0);
    // A union of the other served district is hers to choose.
    const katiadi = await db.area.findFirstOrThrow({ where: { level: 'UNION', slug: { contains: 'katiadi' } } });
    const donor = await registerDonor(await person(), input({ areaId: katiadi.id }), today);
    expect((await db.provider.findUniqueOrThrow({ where: { id: donor.id } })).areaId).toBe(katiadi.id);
  });

  it('needs a number confirmed by SMS', async () => {
    const unconfirmed = await person(false);
    expect(await refusal(registerDonor(unconfirmed, input(), today))).toBe('phoneNotConfirmed');
    expect(await getOwnDonorProfile(unconfirmed.id)).toBeNull();
  });

  it('lists a new donor at once for her group and union, with her own number masked', async () => {
    const rahima = await person();
    await registerDonor(rahima, input({ nameBn: 'নতুন দাতা রহিমা', bloodGroup: 'AB_NEG' }), today);
    const own = (await getOwnDonorProfile(rahima.id))!;
    expect(own).toMatchObject({ bloodGroup: 'AB_NEG', sex: 'FEMALE', status: 'ACTIVE', areaId: mirzapur.id, phone: rahima.phone, donorPausedAt: null });
    expect(await listedNames('AB_NEG', mirzapur)).toContain('নতুন দাতা রহিমা');
    expect(await listedNames('AB_NEG', bogura)).toContain('নতুন দাতা রহিমা');
    expect(await listedNames('O_POS', mirzapur)).not.toContain('নতুন দাতা রহিমা');
    const shown = (await listDonors({ group: 'AB_NEG', area: mirzapur, page: 1 })).donors.find((d) => d.name === 'নতুন দাতা রহিমা')!;
    expect(shown.phone).toBeNull();
    expect(JSON.stringify(shown)).not.toContain(rahima.phone.slice(4));
    // Changing her details keeps one record.
    await registerDonor(rahima, input({ nameBn: 'নতুন দাতা রহিমা', bloodGroup: 'A_NEG' }), today);
    expect(await db.provider.count({ where: { userId: rahima.id } })).toBe(1);
    expect(await listedNames('AB_NEG', mirzapur)).not.toContain('নতুন দাতা রহিমা');
    expect(await listedNames('A_NEG', mirzapur)).toContain('নতুন দাতা রহিমা');
  });

  it('makes a provider a donor too, and her trade survives; adding a trade keeps her a donor', async () => {
    const tailor = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
    const donorCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'blood-donor' } })).id;
    const karim = await person();
    await saveBasics(karim, { nameBn: 'করিম দর্জি', categoryIds: [tailor] });
    await registerDonor(karim, input({ nameBn: 'করিম দর্জি', sex: 'MALE', bloodGroup: 'O_POS' }), today);
    const links = async () => (await db.providerCategory.findMany({ where: { provider: { userId: karim.id } } })).map((l) => l.categoryId).sort();
    expect(await links()).toEqual([tailor, donorCategory].sort());

    const salma = await person();
    await registerDonor(salma, input({ nameBn: 'সালমা' }), today);
    await saveBasics(salma, { nameBn: 'সালমা', categoryIds: [tailor] });
    expect((await db.providerCategory.findMany({ where: { provider: { userId: salma.id } } })).map((l) => l.categoryId).sort()).toEqual([tailor, donorCategory].sort());
    // The trade form offers no way to become a donor without the donor's details.
    expect(await refusal(saveBasics(await person(), { nameBn: 'কেউ', categoryIds: [donorCategory] }))).toBe('categoryRequired');
  });
});

describe('a donor from before the donor form', () => {
  it('who picked the blood-donor category as a trade is listed once she gives her details', async () => {
    const donorCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'blood-donor' } })).id;
    const old = await person();
    await db.provider.create({ data: { slug: `old-donor-${serial}`, userId: old.id, nameBn: 'পুরোনো দাতা', areaId: bogura.id, phone: old.phone, status: 'DRAFT', onboardingStep: 1, categories: { create: [{ categoryId: donorCategory, isPrimary: true }] } } });
    expect(donorStanding((await getOwnDonorProfile(old.id))!, DEFAULT_BLOOD_SETTINGS)).toEqual({ state: 'incomplete' });
    await registerDonor(old, input({ nameBn: 'পুরোনো দাতা', bloodGroup: 'A_NEG' }), today);
    expect(donorStanding((await getOwnDonorProfile(old.id))!, DEFAULT_BLOOD_SETTINGS)).toEqual({ state: 'listed' });
    expect(await listedNames('A_NEG', mirzapur)).toContain('পুরোনো দাতা');
  });

  it('still has a provider who also gives blood in the verification queue', async () => {
    const { verificationQueue } = await import('@/lib/console/verify');
    const { adminScope } = await consoleScopes();
    const tailor = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
    const both = await person();
    const { id } = await saveBasics(both, { nameBn: 'দর্জি ও দাতা', categoryIds: [tailor] });
    await db.provider.update({ where: { id }, data: { status: 'ACTIVE' } });
    await registerDonor(both, input({ nameBn: 'দর্জি ও দাতা' }), today);
    const onlyDonor = await person();
    const { id: donorId } = await registerDonor(onlyDonor, input({ nameBn: 'শুধু দাতা' }), today);
    const queue = (await verificationQueue(adminScope)).providers.map((p) => p.id);
    expect(queue).toContain(id);
    expect(queue).not.toContain(donorId);
  });
});

describe('a donor’s listing', () => {
  it('pauses and comes back at any time', async () => {
    const nasima = await person();
    await registerDonor(nasima, input({ nameBn: 'বিরতিতে নাসিমা', bloodGroup: 'O_NEG' }), today);
    await setDonorListed(nasima, false);
    expect(await listedNames('O_NEG', mirzapur)).not.toContain('বিরতিতে নাসিমা');
    expect(donorStanding((await getOwnDonorProfile(nasima.id))!, DEFAULT_BLOOD_SETTINGS)).toEqual({ state: 'paused' });
    await setDonorListed(nasima, true);
    expect(await listedNames('O_NEG', mirzapur)).toContain('বিরতিতে নাসিমা');
    expect(donorStanding((await getOwnDonorProfile(nasima.id))!, DEFAULT_BLOOD_SETTINGS)).toEqual({ state: 'listed' });
    expect(await refusal(setDonorListed(await person(), false))).toBe('notDonor');
  });

  it('leaves the list for 90 days after a man gives and 120 after a woman', async () => {
    const man = await person();
    const woman = await person();
    await registerDonor(man, input({ nameBn: 'দিলেন আজ করিম', sex: 'MALE', bloodGroup: 'B_POS', lastDonation: parseDonationDate('01/01/2020') }), today);
    await registerDonor(woman, input({ nameBn: 'দিলেন আজ শাহনাজ', sex: 'FEMALE', bloodGroup: 'B_POS' }), today);
    expect(await listedNames('B_POS', mirzapur)).toEqual(expect.arrayContaining(['দিলেন আজ করিম', 'দিলেন আজ শাহনাজ']));

    for (const who of [man, woman]) expect((await recordOwnDonation(who.id, new Date())).ok).toBe(true);
    expect(await listedNames('B_POS', mirzapur)).not.toContain('দিলেন আজ করিম');
    expect(await listedNames('B_POS', mirzapur)).not.toContain('দিলেন আজ শাহনাজ');

    const day = dhakaDay(new Date());
    const standing = async (who: { id: string }, at: Date) => donorStanding((await getOwnDonorProfile(who.id))!, DEFAULT_BLOOD_SETTINGS, at);
    expect(await standing(man, new Date())).toEqual({ state: 'resting', until: dhakaDayStart(day + 90) });
    expect(await standing(woman, new Date())).toEqual({ state: 'resting', until: dhakaDayStart(day + 120) });
    // Back on the list on those days: the list worked out for then.
    const on = (days: number) => dhakaDayStart(day + days);
    const names = async (at: Date) => (await listDonors({ group: 'B_POS', area: mirzapur, page: 1 }, at)).donors.map((d) => d.name);
    expect(await names(on(89))).not.toContain('দিলেন আজ করিম');
    expect(await names(on(90))).toContain('দিলেন আজ করিম');
    expect(await names(on(119))).not.toContain('দিলেন আজ শাহনাজ');
    expect(await names(on(120))).toContain('দিলেন আজ শাহনাজ');
  });
});

describe('donor counts on the console numbers page', () => {
  it('count listed donors by group and union, with the gaps', async () => {
    const { sherpur: scope } = await consoleScopes();
    const view = await statsView(scope, String(sherpur.id));
    const before = await donorCounts(view);
    const mirzapurColumn = view.parts.findIndex((p) => p.id === mirzapur.id);
    expect(mirzapurColumn).toBeGreaterThanOrEqual(0);
    const cell = (counts: typeof before, group: string) => counts.rows.find((r) => r.group === group)!.cells[mirzapurColumn]!;

    const a = await person();
    const b = await person();
    await registerDonor(a, input({ nameBn: 'গণনা ১', bloodGroup: 'A_POS' }), today);
    await registerDonor(b, input({ nameBn: 'গণনা ২', bloodGroup: 'A_POS', lastDonation: parseDonationDate('01/01/2020') }), today);
    await recordOwnDonation(b.id, new Date()); // resting donors still count: they are on the register
    const paused = await person();
    await registerDonor(paused, input({ nameBn: 'গণনা ৩', bloodGroup: 'A_POS' }), today);
    await setDonorListed(paused, false);
    await registerDonor(await person(), input({ nameBn: 'অন্য জেলা নয়', bloodGroup: 'A_POS', areaId: view.parts.find((p) => p.id !== mirzapur.id)!.id }), today);

    const after = await donorCounts(view);
    expect(cell(after, 'A_POS') - cell(before, 'A_POS')).toBe(2);
    expect(after.rows.map((r) => r.group)).toEqual(['A_POS', 'A_NEG', 'B_POS', 'B_NEG', 'AB_POS', 'AB_NEG', 'O_POS', 'O_NEG']);
    for (const row of after.rows) expect(row.total).toBe(row.cells.reduce((s, n) => s + n, 0) + row.whole);
    expect(after.gaps).toBe(after.rows.reduce((sum, row) => sum + row.cells.filter((n) => n === 0).length, 0));
    expect(after.gaps).toBeGreaterThan(0);
  });
});

describe('the cached list', () => {
  /** The tags the database named for what `change` committed. */
  async function tagsOf(change: () => Promise<unknown>): Promise<string[]> {
    await settle(changeMark());
    const mark = changeMark();
    await change();
    return settle(mark);
  }

  it('is expired by every change to a donor, and not by other providers’ edits', async () => {
    const donor = await person();
    expect(await tagsOf(() => registerDonor(donor, input({ nameBn: 'ট্যাগ দাতা' }), today))).toContain(tags.donors);
    expect(await tagsOf(() => recordOwnDonation(donor.id, new Date()))).toContain(tags.donors);
    expect(await tagsOf(() => setDonorListed(donor, false))).toContain(tags.donors);
    expect(await tagsOf(() => setDonorListed(donor, true))).toContain(tags.donors);
    expect(await tagsOf(() => db.setting.upsert({ where: { key: 'blood.minDaysMale' }, create: { key: 'blood.minDaysMale', value: 90 }, update: { value: 91 } }))).toContain(tags.donors);

    const tailor = await person();
    const tailorCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
    const { id } = await saveBasics(tailor, { nameBn: 'শুধু দর্জি', categoryIds: [tailorCategory] });
    expect(await tagsOf(() => db.provider.update({ where: { id }, data: { bio: 'নতুন' } }))).not.toContain(tags.donors);
  });
});

describe('a donor’s number and details reach no one outside /blood', () => {
  it('a donor-only record has no contact link, no category list, no public profile', async () => {
    const user = await person();
    await registerDonor(user, input({ bloodGroup: 'AB_NEG' }));
    const donor = await db.provider.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true, slug: true, status: true, categories: { select: { categoryId: true } } } });
    expect(donor.status).toBe('ACTIVE');
    // /api/contact/<id> would have answered tel:<her number>.
    expect(await contactTarget(donor.id, 'call', null, 0, 'হ্যালো')).toBeNull();
    expect(await contactTarget(donor.id, 'whatsapp', null, 0, 'হ্যালো')).toBeNull();
    // The blood-donor category's plain list (with call buttons) never lists anyone.
    const blood = donor.categories[0]!.categoryId;
    expect((await listProviders(blood, bogura, 1)).providers.map((p) => p.id)).not.toContain(donor.id);
    expect(await getPublicProvider(donor.slug)).toBeNull();
    expect(await providerDocuments([donor.id])).toEqual([]);
  });

  it('a provider who also gives blood is a provider: her page and search carry nothing of the donor', async () => {
    const user = await person();
    await saveBasics(user, { nameBn: 'রক্তদাতা মিস্ত্রি', categoryIds: [(await db.category.findFirstOrThrow({ where: { slug: 'electrician' } })).id] });
    await db.provider.update({ where: { userId: user.id }, data: { status: 'ACTIVE', areaId: mirzapur.id } });
    await registerDonor(user, input({ nameBn: 'রক্তদাতা মিস্ত্রি', bloodGroup: 'O_NEG', sex: 'MALE' }));
    const provider = await db.provider.findUniqueOrThrow({ where: { userId: user.id }, select: { id: true, slug: true, birthDate: true, bloodGroup: true } });
    expect(provider.birthDate).not.toBeNull();
    const page = (await getPublicProvider(provider.slug)) as Record<string, unknown> | null;
    expect(page).not.toBeNull();
    for (const field of ['birthDate', 'sex', 'bloodGroup', 'lastDonationAt', 'donorPausedAt', 'statusReason', 'searchText']) expect(page).not.toHaveProperty(field);
    const [document] = await providerDocuments([provider.id]);
    expect(document!.categories).toEqual(['electrician']);
    expect(await contactTarget(provider.id, 'call', null, 0, 'হ্যালো')).toMatch(/^tel:/);
  });
});
