// The printable list of a union's verified providers by trade, for the union parishad's notice
// board (/a/<union>/print; issue #19 item 4). Public information only: verified, active providers
// of the service and emergency trades, with the numbers their public pages show already — never
// blood donors (a donor's number is masked even on /blood), offices or landlords.
import 'server-only';
import { db } from '@/lib/db';
import type { AreaSummary } from '@/lib/geo/queries';
import { PROVIDER_RANKING } from './queries';

/** The trades a notice board lists: people's services and emergency numbers (ambulances…). */
export const NOTICE_BOARD_KINDS = ['SERVICE', 'EMERGENCY'] as const;

/**
 * What one A4 page holds: lines of the two-column list, a trade's heading counting as one line.
 * The page (its font and line height) is drawn for this many; e2e/union-print.spec.ts checks the
 * fullest list still prints on one page.
 */
export const NOTICE_BOARD_LINES = 44;
/** At most this many providers of one trade, so one busy trade never crowds the others out. */
export const NOTICE_BOARD_PER_TRADE = 5;

export interface NoticeBoardEntry {
  id: string;
  nameBn: string;
  nameEn: string | null;
  phone: string;
}

export interface NoticeBoardTrade {
  id: number;
  slug: string;
  nameBn: string;
  nameEn: string;
  /** Verified providers of the trade in the union, all of them. */
  total: number;
  /** The ones the page has room for, in the site's ranking (rating, then recently active). */
  providers: NoticeBoardEntry[];
}

export interface NoticeBoard {
  trades: NoticeBoardTrade[];
  /** Verified providers listed in the union (each counted once, whatever her trades). */
  providers: number;
  /** Trades left off the page for want of room (the ones with fewest providers). */
  tradesLeftOut: number;
  /** Whether the page shows fewer than everyone (a trade cut short or left out). */
  partial: boolean;
}

type Group = Omit<NoticeBoardTrade, 'total'> & { sortOrder: number };

/**
 * Fits the trades onto one page fairly: every trade that fits gets its heading and first provider
 * before any trade gets a second, and so on round by round up to `perTrade` each. When there are
 * more trades than the page has room for (two lines each), the trades with most providers stay.
 * The trades keep their order (the categories' own order). Pure.
 */
export function fitNoticeBoard(groups: Group[], lines = NOTICE_BOARD_LINES, perTrade = NOTICE_BOARD_PER_TRADE): Omit<NoticeBoard, 'providers'> {
  const roomFor = Math.floor(lines / 2);
  const kept = [...groups].sort((a, b) => b.providers.length - a.providers.length || a.sortOrder - b.sortOrder || a.id - b.id).slice(0, roomFor);
  const keptIds = new Set(kept.map((g) => g.id));
  const ordered = groups.filter((g) => keptIds.has(g.id));
  const shown = new Map(ordered.map((g) => [g.id, 0]));
  let free = lines - ordered.length;
  for (let round = 0; round < perTrade && free > 0; round++) {
    for (const g of ordered) {
      if (free === 0) break;
      if (g.providers.length > round) {
        shown.set(g.id, round + 1);
        free--;
      }
    }
  }
  const trades = ordered.map(({ sortOrder: _sortOrder, ...g }) => ({ ...g, total: g.providers.length, providers: g.providers.slice(0, shown.get(g.id)) }));
  const tradesLeftOut = groups.length - ordered.length;
  return { trades, tradesLeftOut, partial: tradesLeftOut > 0 || trades.some((t) => t.providers.length < t.total) };
}

/** A union's notice-board list (any area works; pages ask only for unions). */
export async function getNoticeBoard(union: Pick<AreaSummary, 'path'>): Promise<NoticeBoard> {
  const providers = await db.provider.findMany({
    where: {
      status: 'ACTIVE',
      verification: 'VERIFIED',
      area: { path: { startsWith: union.path } },
      categories: { some: { category: { isActive: true, kind: { in: [...NOTICE_BOARD_KINDS] } } } },
    },
    orderBy: PROVIDER_RANKING,
    // A union's whole list: a few hundred at the very most; the cap only bounds a runaway.
    take: 5000,
    select: {
      id: true,
      nameBn: true,
      nameEn: true,
      phone: true,
      categories: {
        where: { category: { isActive: true, kind: { in: [...NOTICE_BOARD_KINDS] } } },
        select: { category: { select: { id: true, slug: true, nameBn: true, nameEn: true, sortOrder: true } } },
      },
    },
  });
  const groups = new Map<number, Group>();
  for (const { categories, ...p } of providers) {
    for (const { category } of categories) {
      const group = groups.get(category.id) ?? { ...category, providers: [] };
      group.providers.push(p);
      groups.set(category.id, group);
    }
  }
  const ordered = [...groups.values()].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  return { ...fitNoticeBoard(ordered), providers: providers.length };
}
