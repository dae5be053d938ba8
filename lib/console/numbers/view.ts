// The console's numbers page (/console/numbers): where services are missing, how registrations
// come in, how long verification takes, what shops sell and what people searched for in vain. Every
// figure is read for one area, the "view" made here: the officer's own area, one below it they
// drilled into, or for an admin a district. The view always lies inside the officer's scope, so no
// query of the numbers ever reaches another officer's area. The CSV export (csv.ts) is built from
// the same data, row for row.
import 'server-only';
import { db } from '@/lib/db';
import type { AreaLevel } from '@/lib/generated/prisma/enums';
import { getHomeDistrict, getServedDistricts } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';
import type { Scope } from '../scope';

export interface StatsArea {
  id: number;
  level: AreaLevel;
  slug: string;
  path: string;
  nameBn: string;
  nameEn: string;
  parentId: number | null;
}

export interface StatsView {
  scope: Scope;
  /** The area every figure on the page is for; always inside the scope. */
  area: StatsArea;
  /** What the area breaks down into: its children (upazilas of a district, unions of an upazila), or the area itself when it has none. */
  parts: StatsArea[];
  /** One level up, while that is still in scope (for the way back after drilling in). */
  up: StatsArea | null;
  /** An admin's view of every served district at once: `area` then stands for them all (path "/"). */
  all: boolean;
}

/** What `?area=` asks for an admin's view of every served district. */
export const ALL_DISTRICTS = 'all';

/** The `?area=` value that shows this view again (links, the CSV export). */
export const viewParam = (view: StatsView) => (view.all ? ALL_DISTRICTS : String(view.area.id));

const areaSelect = { id: true, level: true, slug: true, path: true, nameBn: true, nameEn: true, parentId: true } as const;

const inScopePath = (scope: Scope, area: { path: string }) => scope.isAdmin || area.path.startsWith(scope.path);

/**
 * The view for `requested` (an area id from `?area=`): that area if it lies in scope, otherwise
 * the officer's own area, or the default district for an admin, who may switch to another served
 * one or to all of them ("all"). An id from outside the scope is silently ignored, exactly as one
 * that does not exist.
 */
export async function statsView(scope: Scope, requested?: string | string[] | null): Promise<StatsView> {
  if (requested === ALL_DISTRICTS && scope.isAdmin) {
    // Every served district side by side; records lie only in them, so "/" counts exactly theirs.
    const parts = await districtsToView();
    const names = (key: 'nameBn' | 'nameEn') => parts.map((d) => d[key]).join(', ');
    return { scope, area: { id: 0, level: 'DIVISION', slug: ALL_DISTRICTS, path: '/', nameBn: names('nameBn'), nameEn: names('nameEn'), parentId: null }, parts, up: null, all: true };
  }
  const id = typeof requested === 'string' && /^\d{1,9}$/.test(requested) ? Number(requested) : null;
  const asked = id === null ? null : await db.area.findUnique({ where: { id }, select: areaSelect });
  let area: StatsArea;
  if (asked && asked.level !== 'DIVISION' && inScopePath(scope, asked)) area = asked;
  else if (scope.areaId !== null) area = await db.area.findUniqueOrThrow({ where: { id: scope.areaId }, select: areaSelect });
  else area = await db.area.findUniqueOrThrow({ where: { id: (await getHomeDistrict()).id }, select: areaSelect });

  const [children, parent] = await Promise.all([
    db.area.findMany({ where: { parentId: area.id }, select: areaSelect, orderBy: { nameEn: 'asc' } }),
    area.parentId !== null && area.id !== scope.areaId && area.level !== 'DISTRICT'
      ? db.area.findUnique({ where: { id: area.parentId }, select: areaSelect })
      : null,
  ]);
  return { scope, area, parts: children.length ? children : [area], up: parent && inScopePath(scope, parent) ? parent : null, all: false };
}

/** Districts an admin can switch the page to: the served districts, the default first. */
export async function districtsToView(): Promise<StatsArea[]> {
  return (await getServedDistricts()).map((d) => ({ ...d, level: d.level as AreaLevel }));
}

/** The part of the view (by area path) a record belongs to, or null when it sits on the view's area itself. */
export function partOf(parts: readonly StatsArea[], path: string): number | null {
  const index = parts.findIndex((part) => path.startsWith(part.path));
  return index === -1 ? null : index;
}


export const localName = (record: { nameBn: string; nameEn: string | null }, locale: AppLocale) => (locale === 'en' && record.nameEn ? record.nameEn : record.nameBn);

/** The name of a part of the view, or `whole` ("All of Sherpur") for the records on the view's area itself. */
export const partLabel = (area: StatsArea | null, locale: AppLocale, whole: string) => (area ? localName(area, locale) : whole);
