// Searches that found nothing, on the numbers page: what people look for and Haat does not have.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import type { StatsView } from './view';

export const MISSES_DAYS = 30;
export const MISSES_TOP = 20;

export interface SearchMissRow {
  normalized: string;
  /** The latest search as typed. */
  example: string;
  count: number;
  /** Bangladesh day of the latest one. */
  lastDay: string;
}

/**
 * The 20 searches (by their normalised text) that found nothing most often in the last 30 days,
 * made in the view's area. Searches without an area are shown to admins only: they may have come
 * from anywhere.
 */
export async function searchMisses(view: StatsView, now: Date): Promise<SearchMissRow[]> {
  const from = addDays(dhakaDay(now), -(MISSES_DAYS - 1));
  const withoutArea = view.scope.isAdmin ? Prisma.sql`OR m."areaId" IS NULL` : Prisma.empty;
  return db.$queryRaw<SearchMissRow[]>`
    SELECT m.normalized, (array_agg(m.query ORDER BY m."createdAt" DESC))[1] AS example, count(*)::int AS count,
      to_char(max(m."createdAt") + interval '6 hours', 'YYYY-MM-DD') AS "lastDay"
    FROM "SearchMiss" m
    LEFT JOIN "Area" a ON a.id = m."areaId"
    WHERE (m."createdAt" + interval '6 hours')::date >= ${from}::date
      AND (starts_with(a.path, ${view.area.path}) ${withoutArea})
    GROUP BY m.normalized
    ORDER BY count DESC, m.normalized ASC
    LIMIT ${MISSES_TOP}`;
}
