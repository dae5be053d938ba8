// The buyers' reads against a real database: which listings the public sees, each filter and
// sort of /haat (band edges included), area scoping, pages, and the counting contact link.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/haat/contact/[id]/route';
import { getCurrentUser } from '@/lib/auth/session';
import { account, areaId } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { listing } from './listing-fixture';
import { getFarm, getGoneListing, getPublicListing, LIVESTOCK_PER_PAGE, LIVESTOCK_TAP_LIMIT, livestockContact, listLivestock, type LivestockListFilters } from './public';
import { runningSeason } from './season';

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));

const DAY = 86_400_000;
const all: LivestockListFilters = { sort: 'new', page: 1 };
let bogura: AreaSummary;
let sherpur: AreaSummary;
let mirzapur: AreaSummary;
let kishoreganj: AreaSummary;
let l: Record<'bull' | 'goat' | 'heavy' | 'cow' | 'reserved' | 'far', { id: string }>;
let haatId: string;

const ids = async (area: AreaSummary, f: Partial<LivestockListFilters> = {}) => (await listLivestock(area, { ...all, ...f })).listings.map((x) => x.id);

beforeAll(async () => {
  const area = async (slug: string) => (await getAreaBySlug(slug))!;
  [bogura, sherpur, mirzapur, kishoreganj] = await Promise.all([area('bogura'), area('sherpur-bogura'), area('mirzapur-sherpur-bogura'), area('kishoreganj')]);
  const season = await db.livestockSeason.create({ data: { nameBn: 'ঈদুল আজহা', areaId: bogura.id, startsOn: new Date(Date.now() - DAY), endsOn: new Date(Date.now() + 20 * DAY) } });
  const haat = await db.livestockHaat.create({
    data: { seasonId: season.id, nameBn: 'মহাস্থান হাট', areaId: mirzapur.id, place: 'স্কুল মাঠ', opensOn: new Date(Date.now() - DAY), closesOn: new Date(Date.now() + 10 * DAY), publishedAt: new Date() },
  });
  haatId = haat.id;
  const suspended = await db.user.create({ data: { phone: '+8801799000001', name: 'বন্ধ', status: 'SUSPENDED' } });
  const t0 = Date.now() - 10 * DAY;
  const at = (n: number) => new Date(t0 + n * 60_000);
  l = {
    bull: await listing({ createdAt: at(1), haatId, haatOn: new Date(Date.now() + 2 * DAY), whatsapp: '+8801711000222' }),
    goat: await listing({ animal: 'GOAT', breed: 'BLACK_BENGAL', weightKg: 25, pricePoisha: 20_000_00, createdAt: at(2) }),
    // Band edges: 500 kg is "500 and above", ৳3,00,000 is in 2–5 lakh.
    heavy: await listing({ breed: 'SHAHIWAL', weightKg: 500, pricePoisha: 300_000_00, area: 'kahaloo', createdAt: at(3) }),
    // 100 kg is in 100–200, not 50–100; ৳50,000 in 50,000–1,00,000.
    cow: await listing({ animal: 'COW', weightKg: 100, pricePoisha: 50_000_00, area: 'sherpur-bogura', createdAt: at(4) }),
    reserved: await listing({ sale: 'RESERVED', weightKg: 199, pricePoisha: 99_999_00, createdAt: at(5) }),
    far: await listing({ area: 'kishoreganj', createdAt: at(6) }),
  };
  // Never public: sold, hidden, suspended, past its date, marked expired, a suspended seller's.
  await listing({ sale: 'SOLD', soldAt: new Date() });
  await listing({ status: 'HIDDEN', statusReason: 'ভুয়া' });
  await listing({ status: 'SUSPENDED' });
  await listing({ expiresAt: new Date(Date.now() - 1000) });
  await listing({ expiredAt: new Date() });
  await listing({ sellerId: suspended.id });
});

describe('the /haat list', () => {
  it('shows live and reserved listings of the district, newest first, never sold, hidden, expired or a suspended seller’s', async () => {
    expect(await ids(bogura)).toEqual([l.reserved, l.cow, l.heavy, l.goat, l.bull].map((x) => x.id));
    const page = await listLivestock(bogura, all);
    expect(page.total).toBe(5);
    expect(page.listings.find((x) => x.id === l.reserved!.id)?.sale).toBe('RESERVED');
    // The card's haat and first photo come with it.
    expect(page.listings.find((x) => x.id === l.bull!.id)?.haat?.nameBn).toBe('মহাস্থান হাট');
  });

  it('narrows to an upazila or a union and everything below it, and keeps districts apart', async () => {
    expect(await ids(sherpur)).toEqual([l.reserved, l.cow, l.goat, l.bull].map((x) => x.id));
    expect(await ids(mirzapur)).toEqual([l.reserved, l.goat, l.bull].map((x) => x.id));
    expect(await ids(kishoreganj)).toEqual([l.far!.id]);
  });

  it('filters by animal, breed and haat', async () => {
    expect(await ids(bogura, { animal: 'GOAT' })).toEqual([l.goat!.id]);
    expect(await ids(bogura, { animal: 'BULL', breed: 'SHAHIWAL' })).toEqual([l.heavy!.id]);
    expect(await ids(bogura, { haat: haatId })).toEqual([l.bull!.id]);
  });

  it('filters by weight and price bands, the lower edge in and the upper out', async () => {
    expect(await ids(bogura, { weight: [100, 200] })).toEqual([l.reserved, l.cow].map((x) => x.id));
    expect(await ids(bogura, { weight: [50, 100] })).toEqual([]);
    expect(await ids(bogura, { weight: [500, null] })).toEqual([l.heavy!.id]);
    expect(await ids(bogura, { weight: [300, 500] })).toEqual([]);
    expect(await ids(bogura, { price: [50_000, 100_000] })).toEqual([l.reserved, l.cow].map((x) => x.id));
    expect(await ids(bogura, { price: [0, 50_000] })).toEqual([l.goat!.id]);
    expect(await ids(bogura, { price: [200_000, 500_000] })).toEqual([l.heavy!.id]);
    expect(await ids(bogura, { weight: [200, 300], price: [100_000, 200_000] })).toEqual([l.bull!.id]);
  });

  it('sorts by price per kg, price and weight', async () => {
    // per kg: cow 500, reserved ≈502, bull 480, heavy 600, goat 800 (taka).
    expect(await ids(bogura, { sort: 'perkg' })).toEqual([l.bull, l.cow, l.reserved, l.heavy, l.goat].map((x) => x.id));
    expect(await ids(bogura, { sort: 'price' })).toEqual([l.goat, l.cow, l.reserved, l.bull, l.heavy].map((x) => x.id));
    expect(await ids(bogura, { sort: 'weight' })).toEqual([l.heavy, l.bull, l.reserved, l.cow, l.goat].map((x) => x.id));
  });

  it('comes in pages', async () => {
    const seller = await account();
    const kId = await areaId('kishoreganj');
    await db.livestockListing.createMany({
      data: Array.from({ length: LIVESTOCK_PER_PAGE }, (_, i) => ({ sellerId: seller.id, animal: 'GOAT' as const, breed: 'CROSS', weightKg: 20, pricePoisha: 15_000_00, perKgPoisha: 750_00, phone: '+8801711000333', areaId: kId, expiresAt: new Date(Date.now() + DAY), createdAt: new Date(Date.now() - i * 1000) })),
    });
    const first = await listLivestock(kishoreganj, all);
    expect(first.total).toBe(LIVESTOCK_PER_PAGE + 1);
    expect(first.pages).toBe(2);
    expect(first.listings).toHaveLength(LIVESTOCK_PER_PAGE);
    expect((await listLivestock(kishoreganj, { ...all, page: 2 })).listings.map((x) => x.id)).toEqual([l.far!.id]);
  });
});

describe('a listing’s and a farm’s page', () => {
  it('show a public listing with its haat, and nothing for one that is not public', async () => {
    const page = await getPublicListing(l.reserved!.id);
    expect(page?.sale).toBe('RESERVED');
    expect((await getPublicListing(l.bull!.id))?.haat?.place).toBe('স্কুল মাঠ');
    const sold = await db.livestockListing.findFirstOrThrow({ where: { sale: 'SOLD' } });
    expect(await getPublicListing(sold.id)).toBeNull();
  });

  it('a sold or expired listing’s link says so; a hidden one’s or a made-up one’s is no page', async () => {
    const sold = await db.livestockListing.findFirstOrThrow({ where: { sale: 'SOLD' } });
    expect(await getGoneListing(sold.id)).toMatchObject({ animal: sold.animal, sold: true });
    const expired = await db.livestockListing.findFirstOrThrow({ where: { expiredAt: { not: null }, sale: { not: 'SOLD' }, status: 'ACTIVE' } });
    expect(await getGoneListing(expired.id)).toMatchObject({ sold: false });
    const hidden = await db.livestockListing.findFirstOrThrow({ where: { status: 'HIDDEN' } });
    expect(await getGoneListing(hidden.id)).toBeNull();
    expect(await getGoneListing('nosuchlisting')).toBeNull();
    expect(await getGoneListing(l.bull!.id)).toBeNull();
  });

  it('a farm lists only its seller’s public animals; none at all is no page', async () => {
    const seller = await account();
    const a = await listing({ sellerId: seller.id });
    await listing({ sellerId: seller.id, sale: 'SOLD' });
    expect((await getFarm(seller.id))?.listings.map((x) => x.id)).toEqual([a.id]);
    expect(await getFarm((await account()).id)).toBeNull();
  });
});

describe('the home page’s link in season', () => {
  it('knows the season running in a district, and none where there is none or it has not begun', async () => {
    expect((await runningSeason(bogura.id))?.nameBn).toBe('ঈদুল আজহা');
    expect(await runningSeason(kishoreganj.id)).toBeNull();
    await db.livestockSeason.create({ data: { nameBn: 'আগামী', areaId: kishoreganj.id, startsOn: new Date(Date.now() + 5 * DAY), endsOn: new Date(Date.now() + 15 * DAY) } });
    expect(await runningSeason(kishoreganj.id)).toBeNull();
    expect((await runningSeason(kishoreganj.id, new Date(Date.now() + 6 * DAY)))?.nameBn).toBe('আগামী');
  });
});

describe('the call and WhatsApp link', () => {
  it('leads to tel: or wa.me and counts the tap, at most LIVESTOCK_TAP_LIMIT a visitor an hour', async () => {
    const x = await listing({ whatsapp: '+8801811000444' });
    expect(await livestockContact(x.id, 'call', 'c:1.2.3.4', 'হ্যালো')).toBe('tel:+8801711000111');
    expect(await livestockContact(x.id, 'whatsapp', 'c:1.2.3.4', 'হ্যালো')).toBe(`https://wa.me/8801811000444?text=${encodeURIComponent('হ্যালো')}`);
    for (let i = 0; i < LIVESTOCK_TAP_LIMIT.max + 2; i++) expect(await livestockContact(x.id, 'call', 'c:5.6.7.8', '')).toBe('tel:+8801711000111');
    // Not counted: a tap from another site.
    await livestockContact(x.id, 'call', null, '');
    expect(await db.livestockListing.findUniqueOrThrow({ where: { id: x.id }, select: { callTaps: true, whatsappTaps: true } })).toEqual({ callTaps: 1 + LIVESTOCK_TAP_LIMIT.max, whatsappTaps: 1 });
  });

  it('answers nothing for a listing that is not public, or WhatsApp she did not give', async () => {
    const x = await listing();
    expect(await livestockContact(x.id, 'whatsapp', 'c:1', '')).toBeNull();
    for (const change of [{ sale: 'SOLD' as const }, { status: 'HIDDEN' as const }, { expiresAt: new Date(Date.now() - 1) }]) {
      const y = await listing(change);
      expect(await livestockContact(y.id, 'call', 'c:1', '')).toBeNull();
      expect((await db.livestockListing.findUniqueOrThrow({ where: { id: y.id } })).callTaps).toBe(0);
    }
  });

  it('the route redirects with 302 and counts; 404 for a sold or hidden listing or a bad via', async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(null);
    const x = await listing();
    const get = (id: string, via = 'call') => GET(new Request(`http://localhost:3000/api/haat/contact/${id}?via=${via}`, { headers: { 'sec-fetch-site': 'same-origin' } }), { params: Promise.resolve({ id }) });
    const res = await get(x.id);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('tel:+8801711000111');
    expect((await db.livestockListing.findUniqueOrThrow({ where: { id: x.id } })).callTaps).toBe(1);
    expect((await get(x.id, 'sms')).status).toBe(404);
    await db.livestockListing.update({ where: { id: x.id }, data: { sale: 'SOLD', soldAt: new Date() } });
    expect((await get(x.id)).status).toBe(404);
    const hidden = await listing({ status: 'HIDDEN' });
    expect((await get(hidden.id)).status).toBe(404);
    expect((await get('not-an-id!')).status).toBe(404);
  });
});
