import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { fitNoticeBoard, getNoticeBoard, NOTICE_BOARD_LINES, NOTICE_BOARD_PER_TRADE } from './notice-board';

let mirzapur: AreaSummary;
let khanpur: AreaSummary;
const category: Record<string, number> = {};
let n = 0;

async function provider(name: string, areaId: number, slugs: string[], extra: Record<string, unknown> = {}) {
  n++;
  return db.provider.create({
    data: {
      slug: `nb-${n}`,
      nameBn: name,
      areaId,
      phone: `+88017110${String(n).padStart(5, '0')}`,
      verification: 'VERIFIED',
      categories: { create: slugs.map((s) => ({ categoryId: category[s]! })) },
      ...extra,
    },
  });
}

beforeAll(async () => {
  mirzapur = (await getAreaBySlug('mirzapur-sherpur-bogura'))!;
  const sherpur = (await getAreaBySlug('sherpur-bogura'))!;
  khanpur = (await db.area.findFirstOrThrow({ where: { parentId: sherpur.id, level: 'UNION', id: { not: mirzapur.id } }, orderBy: { id: 'asc' } })) as AreaSummary;
  for (const c of await db.category.findMany({ where: { slug: { in: ['tailor', 'electrician', 'ambulance', 'blood-donor', 'house-rent', 'government-office', 'plumber'] } } })) category[c.slug] = c.id;
  await provider('দর্জি ভালো', mirzapur.id, ['tailor'], { ratingAvg: 4.8, ratingCount: 5 });
  await provider('দর্জি নতুন', mirzapur.id, ['tailor'], { ratingAvg: 3, ratingCount: 1 });
  await provider('দর্জি অপেক্ষায়', mirzapur.id, ['tailor'], { verification: 'PENDING' });
  await provider('দর্জি বাতিল', mirzapur.id, ['tailor'], { verification: 'EXPIRED' });
  await provider('দর্জি স্থগিত', mirzapur.id, ['tailor'], { status: 'SUSPENDED' });
  await provider('দর্জি লুকানো', mirzapur.id, ['tailor'], { status: 'HIDDEN' });
  await provider('বিদ্যুৎ ও রক্ত', mirzapur.id, ['electrician', 'blood-donor'], { bloodGroup: 'B_POS' });
  await provider('শুধু রক্তদাতা', mirzapur.id, ['blood-donor'], { bloodGroup: 'A_POS' });
  await provider('বাড়িওয়ালা', mirzapur.id, ['house-rent']);
  await provider('ইউনিয়ন অফিস', mirzapur.id, ['government-office']);
  await provider('অ্যাম্বুলেন্স সেবা', mirzapur.id, ['ambulance']);
  await provider('অন্য ইউনিয়নের দর্জি', khanpur.id, ['tailor']);
});

describe('a union notice board', () => {
  it('lists verified, active providers of its own union by trade, ranked, with their public numbers', async () => {
    const board = await getNoticeBoard(mirzapur);
    const byTrade = Object.fromEntries(board.trades.map((t) => [t.slug, t.providers.map((p) => p.nameBn)]));
    expect(byTrade).toEqual({
      electrician: ['বিদ্যুৎ ও রক্ত'],
      tailor: ['দর্জি ভালো', 'দর্জি নতুন'],
      ambulance: ['অ্যাম্বুলেন্স সেবা'],
    });
    expect(board.trades.map((t) => t.slug)).toEqual(['electrician', 'tailor', 'ambulance']); // the categories' own order
    expect(board.providers).toBe(4);
    expect(board.partial).toBe(false);
    const tailor = board.trades.find((t) => t.slug === 'tailor')!;
    expect(tailor.total).toBe(2);
    expect(tailor.providers[0]!.phone).toMatch(/^\+8801711000\d{3}$/);
  });

  it('never lists a blood donor as a donor, a landlord or an office', async () => {
    const board = await getNoticeBoard(mirzapur);
    const names = board.trades.flatMap((t) => t.providers.map((p) => p.nameBn));
    expect(names).not.toContain('শুধু রক্তদাতা');
    expect(names).not.toContain('বাড়িওয়ালা');
    expect(names).not.toContain('ইউনিয়ন অফিস');
    expect(board.trades.map((t) => t.slug)).not.toContain('blood-donor');
    // Nothing from the donor side of a provider who is also an electrician reaches the page.
    expect(Object.keys(board.trades[0]!.providers[0]!).sort()).toEqual(['id', 'nameBn', 'nameEn', 'phone']);
  });

  it('is empty, not an error, for a union with nobody verified', async () => {
    const empty = (await db.area.findFirstOrThrow({ where: { level: 'UNION', providers: { none: {} } } })) as AreaSummary;
    expect(await getNoticeBoard(empty)).toEqual({ trades: [], providers: 0, tradesLeftOut: 0, partial: false });
  });

  it('cuts a crowded union to one page and says so', async () => {
    for (let i = 0; i < NOTICE_BOARD_PER_TRADE + 3; i++) await provider(`প্লাম্বার ${i}`, khanpur.id, ['plumber'], { ratingAvg: 1 + i * 0.5, ratingCount: 1 });
    const board = await getNoticeBoard(khanpur);
    const plumber = board.trades.find((t) => t.slug === 'plumber')!;
    expect(plumber.total).toBe(NOTICE_BOARD_PER_TRADE + 3);
    expect(plumber.providers).toHaveLength(NOTICE_BOARD_PER_TRADE);
    // The best rated first.
    expect(plumber.providers[0]!.nameBn).toBe(`প্লাম্বার ${NOTICE_BOARD_PER_TRADE + 2}`);
    expect(board.partial).toBe(true);
  });
});

describe('fitting a list to a page', () => {
  const group = (id: number, count: number) => ({
    id,
    slug: `c${id}`,
    nameBn: `c${id}`,
    nameEn: `c${id}`,
    sortOrder: id,
    providers: Array.from({ length: count }, (_, i) => ({ id: `${id}-${i}`, nameBn: 'x', nameEn: null, phone: '+8801711000000' })),
  });
  const lines = (fit: ReturnType<typeof fitNoticeBoard>) => fit.trades.reduce((sum, t) => sum + 1 + t.providers.length, 0);

  it('gives every trade a first line before any gets a second, and never more than the page holds', () => {
    const fit = fitNoticeBoard([group(1, 30), group(2, 1), group(3, 2), group(4, 30)], 12, 5);
    expect(fit.trades.map((t) => t.providers.length)).toEqual([3, 1, 2, 2]);
    expect(lines(fit)).toBe(12);
    expect(fit.partial).toBe(true);
    expect(fit.tradesLeftOut).toBe(0);
  });

  it('keeps the trades with most providers when there are more trades than room, in their own order', () => {
    const fit = fitNoticeBoard([group(1, 1), group(2, 5), group(3, 2), group(4, 3)], 6, 5);
    expect(fit.trades.map((t) => t.id)).toEqual([2, 3, 4]);
    expect(fit.tradesLeftOut).toBe(1);
    expect(lines(fit)).toBe(6);
  });

  it('shows everyone when all fit', () => {
    const fit = fitNoticeBoard([group(1, 2), group(2, 3)]);
    expect(fit.partial).toBe(false);
    expect(lines(fit)).toBeLessThanOrEqual(NOTICE_BOARD_LINES);
    expect(fit.trades.map((t) => t.providers.length)).toEqual([2, 3]);
  });
});

describe("the console's list of unions", () => {
  it('counts each union in scope by its notice board', async () => {
    const { noticeBoardUnions } = await import('@/lib/console/print');
    const sherpur = (await getAreaBySlug('sherpur-bogura'))!;
    const user = { id: 'x', name: 'officer', roles: ['OFFICER'], officerAreaId: sherpur.id, mustChangePassword: false } as never;
    const unions = await noticeBoardUnions({ user, isAdmin: false, path: sherpur.path, areaId: sherpur.id, areaName: sherpur });
    expect(unions.every((u) => u.upazilaEn === sherpur.nameEn)).toBe(true);
    expect(unions.find((u) => u.slug === mirzapur.slug)!.providers).toBe(4);
    const admin = await noticeBoardUnions({ user, isAdmin: true, path: '', areaId: null, areaName: null });
    expect(admin.length).toBeGreaterThan(unions.length);
  });
});
