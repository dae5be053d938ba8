// Providers by service and area on the numbers page: where nobody (verified) offers a service.
import 'server-only';
import { db } from '@/lib/db';
import { partOf, type StatsView } from './view';

export interface CoverageCell {
  /** Active providers of the category in this part. */
  active: number;
  /** Of those, verified ones. */
  verified: number;
}

export type Gap = 'none' | 'unverified' | null;

/** A gap is a place where nobody verified offers the service: red when nobody at all does, amber when only unverified providers do. */
export const gapOf = (cell: CoverageCell): Gap => (cell.verified > 0 ? null : cell.active > 0 ? 'unverified' : 'none');

export interface CoverageRow {
  category: { id: number; slug: string; nameBn: string; nameEn: string };
  /** One per part of the view, in the order of `view.parts`. */
  cells: CoverageCell[];
  /** Providers registered for the view's area as a whole (on the upazila itself, not one of its unions). */
  whole: CoverageCell;
  total: CoverageCell;
}

export interface Coverage {
  rows: CoverageRow[];
  /** Whether any provider sits on the view's area itself, so the page shows a column for them. */
  showWhole: boolean;
  /** Cells (category × part) without a verified provider. */
  gaps: number;
}

/** Active providers of every service category in every part of the view. */
export async function coverage(view: StatsView): Promise<Coverage> {
  const [categories, counts] = await Promise.all([
    db.category.findMany({
      where: { kind: 'SERVICE', isActive: true, mergedIntoId: null },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      select: { id: true, slug: true, nameBn: true, nameEn: true },
    }),
    db.$queryRaw<{ categoryId: number; path: string; active: number; verified: number }[]>`
      SELECT pc."categoryId", a.path, count(*)::int AS active, (count(*) FILTER (WHERE p.verification = 'VERIFIED'))::int AS verified
      FROM "Provider" p
      JOIN "Area" a ON a.id = p."areaId"
      JOIN "ProviderCategory" pc ON pc."providerId" = p.id
      WHERE p.status = 'ACTIVE' AND starts_with(a.path, ${view.area.path})
      GROUP BY pc."categoryId", a.path`,
  ]);
  const zero = (): CoverageCell => ({ active: 0, verified: 0 });
  const rows = new Map(categories.map((category) => [category.id, { category, cells: view.parts.map(zero), whole: zero(), total: zero() } satisfies CoverageRow]));
  for (const count of counts) {
    const row = rows.get(count.categoryId);
    if (!row) continue;
    const part = partOf(view.parts, count.path);
    for (const cell of [part === null ? row.whole : row.cells[part]!, row.total]) {
      cell.active += count.active;
      cell.verified += count.verified;
    }
  }
  const list = [...rows.values()];
  return {
    rows: list,
    showWhole: list.some((row) => row.whole.active > 0),
    gaps: list.reduce((sum, row) => sum + row.cells.filter((cell) => gapOf(cell)).length, 0),
  };
}
