// Blood donors by group and area on the numbers page: where a group has no donor at all.
import 'server-only';
import { db } from '@/lib/db';
import { BLOOD_CATEGORY, BLOOD_GROUPS } from '@/lib/directory/blood';
import type { BloodGroup } from '@/lib/generated/prisma/enums';
import { partOf, type StatsView } from './view';

export interface DonorCountRow {
  group: BloodGroup;
  /** Listed donors of the group in each part of the view, in the order of `view.parts`. */
  cells: number[];
  /** Donors on the view's area itself (not one of its parts). */
  whole: number;
  total: number;
}

export interface DonorCounts {
  rows: DonorCountRow[];
  showWhole: boolean;
  /** Cells (group × part) with no donor at all. */
  gaps: number;
}

/** Listed blood donors (on the /blood list, whether or not they may give today) by group in every part of the view. */
export async function donorCounts(view: StatsView): Promise<DonorCounts> {
  const counts = await db.$queryRaw<{ bloodGroup: BloodGroup; path: string; n: number }[]>`
    SELECT p."bloodGroup", a.path, count(*)::int AS n
    FROM "Provider" p
    JOIN "Area" a ON a.id = p."areaId"
    WHERE p.status = 'ACTIVE' AND p."bloodGroup" IS NOT NULL AND p."donorPausedAt" IS NULL AND starts_with(a.path, ${view.area.path})
      AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id AND c.slug = ${BLOOD_CATEGORY})
    GROUP BY p."bloodGroup", a.path`;
  const rows = new Map(BLOOD_GROUPS.map((group) => [group, { group, cells: view.parts.map(() => 0), whole: 0, total: 0 } satisfies DonorCountRow]));
  for (const count of counts) {
    const row = rows.get(count.bloodGroup);
    if (!row) continue;
    const part = partOf(view.parts, count.path);
    if (part === null) row.whole += count.n;
    else row.cells[part]! += count.n;
    row.total += count.n;
  }
  const list = [...rows.values()];
  return { rows: list, showWhole: list.some((row) => row.whole > 0), gaps: list.reduce((sum, row) => sum + row.cells.filter((n) => n === 0).length, 0) };
}
