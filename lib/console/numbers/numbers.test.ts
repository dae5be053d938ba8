import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportNumbers } from '@/app/[locale]/(site)/console/numbers/export/route';
import type { SessionUser } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/session';
import { toCsv } from '@/lib/csv';
import { db } from '@/lib/db';
import type { BloodGroup, ListingStatus, OrderStatus, VerificationStatus } from '@/lib/generated/prisma/enums';
import { newOrderCode, newOrderToken } from '@/lib/orders/codes';
import { addDays, dayToDate, dhakaDay } from '@/lib/shops/calendar';
import type { Scope } from '../scope';
import { account, areaId, consoleScopes, scopeFor, unique, uniquePhone } from '../test-fixtures';
import { coverage, gapOf, type Coverage } from './coverage';
import { STATS_TABLES, statsTableRows } from './csv';
import { percentile, registrationsByWeek, turnaroundDays, verificationTurnaround, waitStart } from './registrations';
import { salesByShopAndArea } from './sales';
import { searchMisses } from './searches';
import { statsView, type StatsView } from './view';

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
const signedIn = vi.mocked(getCurrentUser);

const DAY = 24 * 60 * 60 * 1000;
// 2026-11-23 is a Monday, 10:00 in Dhaka; its week started on Saturday the 21st.
const NOW = new Date('2026-11-23T04:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

let scopes: Awaited<ReturnType<typeof consoleScopes>>;
beforeAll(async () => {
  scopes = await consoleScopes();
});

interface NewProvider {
  categories?: string[];
  status?: ListingStatus;
  verification?: VerificationStatus;
  verifiedAt?: Date;
  createdAt?: Date;
  bloodGroup?: BloodGroup;
  events?: [VerificationStatus, Date][];
  nameBn?: string;
}

async function newProvider(areaSlug: string, o: NewProvider = {}) {
  return db.provider.create({
    data: {
      slug: unique('stat-p'),
      nameBn: o.nameBn ?? 'পরীক্ষার সেবাদাতা',
      areaId: await areaId(areaSlug),
      phone: uniquePhone(),
      status: o.status ?? 'ACTIVE',
      verification: o.verification ?? 'PENDING',
      verifiedAt: o.verifiedAt ?? null,
      createdAt: o.createdAt,
      bloodGroup: o.bloodGroup ?? null,
      categories: { create: (o.categories ?? []).map((slug) => ({ category: { connect: { slug } } })) },
      verificationEvents: { create: (o.events ?? []).map(([status, createdAt]) => ({ subject: 'PROVIDER' as const, status, createdAt })) },
    },
  });
}

async function newShop(areaSlug: string, o: { nameBn?: string; createdAt?: Date; verification?: VerificationStatus; verifiedAt?: Date; status?: 'ACTIVE' | 'DRAFT' } = {}) {
  const owner = await account(['BUYER', 'SELLER']);
  return db.shop.create({
    data: {
      slug: unique('stat-s'),
      ownerId: owner.id,
      nameBn: o.nameBn ?? 'পরীক্ষার দোকান',
      areaId: await areaId(areaSlug),
      phone: uniquePhone(),
      status: o.status ?? 'ACTIVE',
      createdAt: o.createdAt,
      verification: o.verification ?? 'PENDING',
      verifiedAt: o.verifiedAt ?? null,
    },
  });
}

async function order(shopId: string, status: OrderStatus, neededOn: string, totalPoisha: number) {
  return db.order.create({
    data: { code: newOrderCode(), token: newOrderToken(), shopId, buyerName: 'ক্রেতা', buyerPhone: '+8801700000004', delivery: 'PICKUP', neededOn: dayToDate(neededOn), subtotalPoisha: totalPoisha, totalPoisha, status, paymentMethod: 'COD' },
  });
}

const officerOf = async (upazila: string) => scopeFor(await account(['BUYER', 'OFFICER'], upazila));
const viewOf = (scope: Scope, area?: number) => statsView(scope, area === undefined ? undefined : String(area));
const row = (data: Coverage, slug: string) => data.rows.find((r) => r.category.slug === slug)!;
const partIndex = (view: StatsView, slug: string) => view.parts.findIndex((p) => p.slug === slug);

describe('percentile', () => {
  it('interpolates between the nearest ranks, as a spreadsheet does', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([2, 4, 10], 0.9)).toBeCloseTo(8.8);
  });
});

describe('waitStart and turnaroundDays', () => {
  const created = ago(100);
  it('counts from the application, or from creation without one', () => {
    expect(waitStart(created, [])).toEqual(created);
    expect(waitStart(created, [{ status: 'PENDING', createdAt: ago(10) }])).toEqual(ago(10));
  });

  it('keeps the first application through a request for changes', () => {
    expect(waitStart(created, [
      { status: 'PENDING', createdAt: ago(20) },
      { status: 'CHANGES_REQUESTED', createdAt: ago(15) },
      { status: 'PENDING', createdAt: ago(12) },
    ])).toEqual(ago(20));
  });

  it('starts again after a decision: the next application, or the decision itself (an expiry)', () => {
    expect(waitStart(created, [
      { status: 'PENDING', createdAt: ago(50) },
      { status: 'REJECTED', createdAt: ago(40) },
      { status: 'PENDING', createdAt: ago(30) },
    ])).toEqual(ago(30));
    expect(waitStart(created, [
      { status: 'VERIFIED', createdAt: ago(90) },
      { status: 'EXPIRED', createdAt: ago(3) },
    ])).toEqual(ago(3));
  });

  it('ends the wait at the verification, ignoring the verifying event itself and anything after it', () => {
    expect(turnaroundDays({ createdAt: ago(20), verifiedAt: ago(6), events: [{ status: 'VERIFIED', createdAt: ago(6) }, { status: 'PENDING', createdAt: ago(10) }] })).toBeCloseTo(4);
    // Re-verified: the wait is the one after the expiry, not since the first application.
    expect(
      turnaroundDays({
        createdAt: ago(200),
        verifiedAt: ago(10),
        events: [
          { status: 'PENDING', createdAt: ago(199) },
          { status: 'VERIFIED', createdAt: ago(190) },
          { status: 'EXPIRED', createdAt: ago(30) },
          { status: 'PENDING', createdAt: ago(20) },
          { status: 'VERIFIED', createdAt: ago(10) },
        ],
      }),
    ).toBeCloseTo(10);
    expect(turnaroundDays({ createdAt: ago(30), verifiedAt: ago(28), events: [] })).toBeCloseTo(2);
  });
});

describe('statsView', () => {
  it("keeps an officer inside their upazila whatever area is asked for; admins start at the home district", async () => {
    const [sherpur, kahaloo, mirzapur, bogura] = await Promise.all([areaId('sherpur-bogura'), areaId('kahaloo'), areaId('mirzapur-sherpur-bogura'), areaId('bogura')]);
    const own = await viewOf(scopes.sherpur);
    expect(own.area.id).toBe(sherpur);
    expect(own.parts).toHaveLength(10);
    expect(own.parts.every((p) => p.level === 'UNION' && p.parentId === sherpur)).toBe(true);
    expect(own.up).toBeNull();

    for (const outside of [kahaloo, bogura, 2, 999999, NaN]) expect((await viewOf(scopes.sherpur, outside)).area.id).toBe(sherpur);
    expect((await statsView(scopes.sherpur, "1132' OR 1=1")).area.id).toBe(sherpur);

    const union = await viewOf(scopes.sherpur, mirzapur);
    expect(union.area.id).toBe(mirzapur);
    expect(union.parts.map((p) => p.id)).toEqual([mirzapur]);
    expect(union.up?.id).toBe(sherpur);

    const admin = await viewOf(scopes.adminScope);
    expect(admin.area.slug).toBe('bogura');
    expect(admin.parts.map((p) => p.slug)).toEqual(expect.arrayContaining(['sherpur-bogura', 'kahaloo']));
    expect(admin.up).toBeNull();
    const drilled = await viewOf(scopes.adminScope, kahaloo);
    expect(drilled.area.id).toBe(kahaloo);
    expect(drilled.up?.id).toBe(bogura);
  });
});

describe('coverage', () => {
  it('counts active providers by service and union, marks the gaps, and keeps each officer to their upazila', async () => {
    await newProvider('mirzapur-sherpur-bogura', { categories: ['electrician'], verification: 'VERIFIED', verifiedAt: ago(1) });
    await newProvider('mirzapur-sherpur-bogura', { categories: ['electrician', 'plumber'] });
    await newProvider('mirzapur-sherpur-bogura', { categories: ['carpenter'], status: 'SUSPENDED', verification: 'VERIFIED', verifiedAt: ago(1) });
    await newProvider('mirzapur-sherpur-bogura', { categories: ['mason'], status: 'DRAFT' });
    await newProvider('sherpur-bogura', { categories: ['mason'], verification: 'VERIFIED', verifiedAt: ago(1) });
    for (let i = 0; i < 3; i++) await newProvider('birkedar-kahaloo-bogura', { categories: ['electrician'], verification: 'VERIFIED', verifiedAt: ago(1) });

    const sherpurView = await viewOf(scopes.sherpur);
    const sherpur = await coverage(sherpurView);
    const mirzapur = partIndex(sherpurView, 'mirzapur-sherpur-bogura');
    expect(row(sherpur, 'electrician').cells[mirzapur]).toEqual({ active: 2, verified: 1 });
    expect(row(sherpur, 'plumber').cells[mirzapur]).toEqual({ active: 1, verified: 0 });
    expect(row(sherpur, 'carpenter').cells[mirzapur]).toEqual({ active: 0, verified: 0 });
    expect(gapOf(row(sherpur, 'electrician').cells[mirzapur]!)).toBeNull();
    expect(gapOf(row(sherpur, 'plumber').cells[mirzapur]!)).toBe('unverified');
    expect(gapOf(row(sherpur, 'carpenter').cells[mirzapur]!)).toBe('none');
    // Kahaloo's three electricians are not Sherpur's; the mason on the upazila itself is "all of Sherpur".
    expect(row(sherpur, 'electrician').total).toEqual({ active: 2, verified: 1 });
    expect(sherpur.showWhole).toBe(true);
    expect(row(sherpur, 'mason').whole).toEqual({ active: 1, verified: 1 });
    expect(row(sherpur, 'mason').cells.every((c) => c.active === 0)).toBe(true);
    expect(sherpur.rows.every((r) => r.cells.length === 10)).toBe(true);
    // Every cell is a gap but Mirzapur's electricians (the whole-upazila column is not a place).
    expect(sherpur.gaps).toBe(sherpur.rows.length * 10 - 1);
    expect(sherpur.rows.map((r) => r.category.slug)).not.toContain('blood-donor');

    const kahaloo = await coverage(await viewOf(scopes.kahaloo));
    expect(row(kahaloo, 'electrician').total).toEqual({ active: 3, verified: 3 });
    expect(row(kahaloo, 'plumber').total).toEqual({ active: 0, verified: 0 });
    expect(kahaloo.showWhole).toBe(false);

    // The admin's district view has upazilas as columns and sees both.
    const districtView = await viewOf(scopes.adminScope);
    const district = await coverage(districtView);
    expect(row(district, 'electrician').cells[partIndex(districtView, 'sherpur-bogura')]).toEqual({ active: 2, verified: 1 });
    expect(row(district, 'electrician').cells[partIndex(districtView, 'kahaloo')]).toEqual({ active: 3, verified: 3 });
    expect(row(district, 'mason').cells[partIndex(districtView, 'sherpur-bogura')]).toEqual({ active: 1, verified: 1 });
    expect(row(district, 'electrician').total).toEqual({ active: 5, verified: 4 });
  });
});

describe('registrationsByWeek', () => {
  it('counts providers and shops created in each of the last 12 Bangladesh weeks, in the view only', async () => {
    const scope = await officerOf('dhunot');
    await newProvider('dhunot', { createdAt: new Date('2026-11-20T18:30:00Z') }); // Sat 21 Nov, 00:30 in Dhaka
    await newProvider('dhunot', { createdAt: new Date('2026-11-20T17:59:00Z') }); // Fri 20 Nov, 23:59 in Dhaka
    await newProvider('dhunot', { createdAt: new Date('2026-11-16T06:00:00Z') });
    await newShop('dhunot', { createdAt: new Date('2026-09-04T20:00:00Z') }); // Sat 5 Sep in Dhaka: the first week
    await newProvider('dhunot', { createdAt: new Date('2026-09-04T10:00:00Z') }); // Fri 4 Sep: too old
    await newShop('dhunot', { createdAt: new Date('2026-11-22T10:00:00Z'), status: 'DRAFT' }); // drafts were registered too
    await newProvider('sonatala', { createdAt: new Date('2026-11-21T10:00:00Z') }); // another upazila

    const weeks = await registrationsByWeek(await viewOf(scope), NOW);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]!.start).toBe('2026-09-05');
    expect(weeks[11]!.start).toBe('2026-11-21');
    expect(weeks.filter((w) => w.providers || w.shops)).toEqual([
      { start: '2026-09-05', providers: 0, shops: 1 },
      { start: '2026-11-14', providers: 2, shops: 0 },
      { start: '2026-11-21', providers: 1, shops: 1 },
    ]);
  });
});

describe('verificationTurnaround', () => {
  it('gives the median and 90th percentile of the last 90 days, who waits now and the longest wait', async () => {
    const scope = await officerOf('gabtali');
    await newProvider('gabtali', { createdAt: ago(20), verification: 'VERIFIED', verifiedAt: ago(6), events: [['PENDING', ago(10)], ['VERIFIED', ago(6)]] }); // 4 days
    await newProvider('gabtali', { createdAt: ago(30), verification: 'VERIFIED', verifiedAt: ago(28) }); // 2 days, from creation
    await newProvider('gabtali', {
      createdAt: ago(200),
      verification: 'VERIFIED',
      verifiedAt: ago(10),
      events: [['PENDING', ago(199)], ['VERIFIED', ago(190)], ['EXPIRED', ago(30)], ['PENDING', ago(20)], ['CHANGES_REQUESTED', ago(15)], ['PENDING', ago(12)], ['VERIFIED', ago(10)]],
    }); // 10 days
    await newProvider('gabtali', { createdAt: ago(120), verification: 'VERIFIED', verifiedAt: ago(100) }); // too long ago
    await newProvider('gabtali', { createdAt: ago(5), verification: 'VERIFIED', verifiedAt: ago(1), bloodGroup: 'O_POS' }); // donors are not verified by officers

    await newProvider('gabtali', { createdAt: ago(5) }); // waiting 5 days
    const longest = await newProvider('gabtali', { nameBn: 'সবচেয়ে পুরোনো', createdAt: ago(40), events: [['PENDING', ago(8)]] }); // applied 8 days ago
    await newProvider('gabtali', { createdAt: ago(60), verification: 'EXPIRED', events: [['VERIFIED', ago(400)], ['EXPIRED', ago(3)]] }); // waiting since the expiry
    await newProvider('gabtali', { createdAt: ago(90), status: 'DRAFT' }); // not applied yet
    await newProvider('gabtali', { createdAt: ago(90), verification: 'CHANGES_REQUESTED' }); // waiting on the provider, not the officer
    await newProvider('sonatala', { createdAt: ago(300) }); // another upazila

    await newShop('gabtali', { createdAt: new Date(NOW.getTime() - 3 * DAY), verification: 'VERIFIED', verifiedAt: new Date(NOW.getTime() - 1.5 * DAY) });

    const [providers, shops] = await verificationTurnaround(await viewOf(scope), NOW);
    expect(providers).toEqual({ kind: 'providers', verified: 3, medianDays: 4, p90Days: 8.8, waiting: 3, oldestWaitDays: 8, oldest: { id: longest.id, nameBn: 'সবচেয়ে পুরোনো', nameEn: null } });
    expect(shops).toEqual({ kind: 'shops', verified: 1, medianDays: 1.5, p90Days: 1.5, waiting: 0, oldestWaitDays: null, oldest: null });

    const empty = await verificationTurnaround(await viewOf(await officerOf('adamdighi')), NOW);
    expect(empty[0]).toEqual({ kind: 'providers', verified: 0, medianDays: null, p90Days: null, waiting: 0, oldestWaitDays: null, oldest: null });
  });
});

describe('salesByShopAndArea', () => {
  it('adds up delivered orders per shop and per union or upazila, the last 30 days and all time', async () => {
    const today = dhakaDay(NOW);
    const sherpurShop = await newShop('mirzapur-sherpur-bogura', { nameBn: 'শেরপুরের পিঠা' });
    const quiet = await newShop('khanpur-sherpur-bogura', { nameBn: 'চুপচাপ দোকান' });
    await newShop('khanpur-sherpur-bogura', { nameBn: 'খসড়া দোকান', status: 'DRAFT' });
    const kahalooShop = await newShop('birkedar-kahaloo-bogura', { nameBn: 'কাহালুর কেক' });
    await order(sherpurShop.id, 'DELIVERED', today, 50000);
    await order(sherpurShop.id, 'DELIVERED', addDays(today, -29), 20000);
    await order(sherpurShop.id, 'DELIVERED', addDays(today, -30), 10000); // before the 30 days
    await order(sherpurShop.id, 'CANCELLED', today, 99900);
    await order(sherpurShop.id, 'CONFIRMED', today, 99900);
    await order(kahalooShop.id, 'DELIVERED', today, 70000);

    const sherpurView = await viewOf(scopes.sherpur);
    const sherpur = await salesByShopAndArea(sherpurView, NOW);
    expect(sherpur.from).toBe(addDays(today, -29));
    expect(sherpur.shops.map((s) => s.nameBn)).toEqual(['শেরপুরের পিঠা', 'চুপচাপ দোকান']);
    expect(sherpur.shops[0]).toMatchObject({ id: sherpurShop.id, area: { nameBn: 'মির্জাপুর' }, recent: { delivered: 2, revenuePoisha: 70000 }, all: { delivered: 3, revenuePoisha: 80000 } });
    expect(sherpur.shops[1]).toMatchObject({ id: quiet.id, recent: { delivered: 0, revenuePoisha: 0 }, all: { delivered: 0, revenuePoisha: 0 } });
    expect(sherpur.areas).toHaveLength(10);
    expect(sherpur.areas.find((a) => a.area?.slug === 'mirzapur-sherpur-bogura')).toMatchObject({ shops: 1, recent: { delivered: 2, revenuePoisha: 70000 }, all: { delivered: 3, revenuePoisha: 80000 } });
    expect(sherpur.areas.find((a) => a.area?.slug === 'khanpur-sherpur-bogura')).toMatchObject({ shops: 1, all: { delivered: 0 } });

    const kahaloo = await salesByShopAndArea(await viewOf(scopes.kahaloo), NOW);
    expect(kahaloo.shops.map((s) => s.id)).toEqual([kahalooShop.id]);

    const district = await salesByShopAndArea(await viewOf(scopes.adminScope), NOW);
    expect(district.shops.map((s) => s.id)).toEqual(expect.arrayContaining([sherpurShop.id, kahalooShop.id, quiet.id]));
    expect(district.areas.find((a) => a.area?.slug === 'sherpur-bogura')).toMatchObject({ shops: 2, recent: { delivered: 2, revenuePoisha: 70000 }, all: { delivered: 3, revenuePoisha: 80000 } });
    expect(district.areas.find((a) => a.area?.slug === 'kahaloo')).toMatchObject({ shops: 1, all: { delivered: 1, revenuePoisha: 70000 } });
  });
});

describe('searchMisses', () => {
  it('lists the top searches that found nothing in the view; searches without an area only for admins', async () => {
    const miss = (normalized: string, areaSlug: string | null, createdAt: Date, query = normalized) =>
      (areaSlug ? areaId(areaSlug) : Promise.resolve(null)).then((id) => db.searchMiss.create({ data: { query, normalized, areaId: id, createdAt } }));
    await miss('প্লাম্বার', 'mirzapur-sherpur-bogura', ago(2), 'প্লাম্বার');
    await miss('প্লাম্বার', 'sherpur-bogura', ago(1), 'Plumber ');
    await miss('প্লাম্বার', 'mirzapur-sherpur-bogura', ago(29)); // 25 Oct, the first of the 30 days
    await miss('পুরোনো', 'mirzapur-sherpur-bogura', ago(31));
    for (let i = 0; i < 5; i++) await miss('দর্জি', 'birkedar-kahaloo-bogura', ago(3));
    await miss('ডাক্তার', null, ago(1));
    await miss('ডাক্তার', null, ago(2));

    const sherpur = await searchMisses(await viewOf(scopes.sherpur), NOW);
    expect(sherpur).toEqual([{ normalized: 'প্লাম্বার', example: 'Plumber ', count: 3, lastDay: dhakaDay(ago(1)) }]);
    expect((await searchMisses(await viewOf(scopes.kahaloo), NOW)).map((m) => [m.normalized, m.count])).toEqual([['দর্জি', 5]]);
    expect((await searchMisses(await viewOf(scopes.adminScope), NOW)).map((m) => [m.normalized, m.count])).toEqual([
      ['দর্জি', 5],
      ['প্লাম্বার', 3],
      ['ডাক্তার', 2],
    ]);

    const scope = await officerOf('nondigram');
    for (let i = 0; i < 25; i++) await miss(`খোঁজ ${String(i).padStart(2, '0')}`, 'nondigram', ago(1));
    const top = await searchMisses(await viewOf(scope), NOW);
    expect(top).toHaveLength(20);
  });
});

/** RFC 4180, as lib/csv.ts writes it: quoted cells, doubled quotes, CRLF line ends, a BOM first. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('GET /console/numbers/export', () => {
  const asUser = (user: { id: string; name: string; phone: string; roles: SessionUser['roles']; officerAreaId: number | null } | null) =>
    signedIn.mockResolvedValue(user && ({ ...user, locale: 'bn' } as SessionUser));
  const download = (query: string, locale = 'bn') =>
    exportNumbers(new Request(`http://localhost:3000${locale === 'en' ? '/en' : ''}/console/numbers/export${query}`), { params: Promise.resolve({ locale }) });

  it('refuses guests (401) and people who are not officers (403), and unknown tables (400)', async () => {
    asUser(null);
    const guest = await download('?table=coverage');
    expect(guest.status).toBe(401);
    expect(guest.headers.get('content-type')).toMatch(/^text\/plain/);
    asUser(await account(['BUYER']));
    expect((await download('?table=coverage')).status).toBe(403);
    asUser(await account(['BUYER', 'SELLER', 'PROVIDER']));
    expect((await download('?table=coverage')).status).toBe(403);
    asUser(scopes.sherpurOfficer);
    expect((await download('?table=passwords')).status).toBe(400);
    expect((await download('')).status).toBe(400);
  });

  it('sends every table with the same rows as the page, for the officer’s own area only', async () => {
    const shop = await newShop('mirzapur-sherpur-bogura', { nameBn: 'শেরপুরের বিশেষ দোকান' });
    const other = await newShop('birkedar-kahaloo-bogura', { nameBn: 'কাহালুর বিশেষ দোকান' });
    await order(shop.id, 'DELIVERED', dhakaDay(new Date()), 12345);
    await order(other.id, 'DELIVERED', dhakaDay(new Date()), 54321);
    asUser(scopes.sherpurOfficer);
    const view = await viewOf(scopes.sherpur);
    for (const table of STATS_TABLES) {
      for (const locale of ['bn', 'en'] as const) {
        // Asking for Kahaloo changes nothing: the area falls back to the officer's own.
        const res = await download(`?table=${table}&area=${await areaId('kahaloo')}`, locale);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="haat-${table}-sherpur-bogura-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
        expect(res.headers.get('cache-control')).toBe('private, no-store');
        const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
        const expected = await statsTableRows(table, view, new Date(), locale);
        expect(parseCsv(text)).toEqual(expected.map((cells) => cells.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))));
        expect(text).toBe(toCsv(expected));
        expect(text).not.toContain('কাহালুর বিশেষ দোকান');
      }
    }

    // The rows are the page's rows: one per shop and one per union, the figures in taka.
    const shopsCsv = parseCsv(Buffer.from(await (await download('?table=shops')).arrayBuffer()).toString('utf8'));
    const sales = await salesByShopAndArea(view, new Date());
    expect(shopsCsv).toHaveLength(sales.shops.length + 1);
    expect(shopsCsv.find((r) => r[0] === 'শেরপুরের বিশেষ দোকান')).toEqual(['শেরপুরের বিশেষ দোকান', 'মির্জাপুর', '1', '123.45', '1', '123.45']);
    const areasCsv = parseCsv(Buffer.from(await (await download('?table=areas')).arrayBuffer()).toString('utf8'));
    expect(areasCsv.slice(1).map((r) => r[0])).toEqual(view.parts.map((p) => p.nameBn));
    const coverageCsv = parseCsv(Buffer.from(await (await download('?table=coverage', 'en')).arrayBuffer()).toString('utf8'));
    const cover = await coverage(view);
    expect(coverageCsv[0]!.slice(0, 3)).toEqual(['Service', `${view.parts[0]!.nameEn} — active`, `${view.parts[0]!.nameEn} — verified`]);
    expect(coverageCsv.slice(1).map((r) => r[0])).toEqual(cover.rows.map((r) => r.category.nameEn));
    const electrician = cover.rows.find((r) => r.category.slug === 'electrician')!;
    expect(coverageCsv.find((r) => r[0] === 'Electrician')!.slice(1).map(Number)).toEqual(
      [...electrician.cells, ...(cover.showWhole ? [electrician.whole] : []), electrician.total].flatMap((c) => [c.active, c.verified]),
    );

    // The admin's district file has both upazilas.
    asUser(scopes.admin);
    const adminAreas = parseCsv(Buffer.from(await (await download('?table=shops')).arrayBuffer()).toString('utf8'));
    expect(adminAreas.map((r) => r[0])).toEqual(expect.arrayContaining(['শেরপুরের বিশেষ দোকান', 'কাহালুর বিশেষ দোকান']));
  });
});
