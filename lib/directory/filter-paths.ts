// Filters that many people share are part of the path, so every combination is one cached page:
//   /c/<category>[/<area>][/verified][/now][/p/<n>]     a category's providers
//   /offices[/<area>]                                    offices
//   /rentals[/<kind>][/<area>]                           rentals (kind: house, flat, …)
//   /haat[/<animal>][/<area>][/breed-…][/kg-…][/tk-…]…   the cattle market (lib/livestock/paths.ts)
// The query-string addresses these replace (?area=, ?page=, ?verified=1, ?now=1, ?kind=) are
// redirected here by proxy.ts (queryToPath), so printed and shared links keep working. Pure code:
// the proxy, pages and links all use it.
import { BREEDS } from '@/lib/livestock/kinds';
import { haatPath, MAX_HAAT_PAGE, parseHaatFilters } from '@/lib/livestock/paths';
import { RENTAL_KINDS } from './rental-kinds';

const SLUG = /^[a-z0-9-]{1,80}$/;
export const MAX_PAGE = 500;

export interface CategoryFilters {
  area?: string;
  verified?: boolean;
  now?: boolean;
  page?: number;
}

export function categoryPath(category: string, f: CategoryFilters = {}): string {
  const parts = ['/c', category];
  if (f.area) parts.push(f.area);
  if (f.verified) parts.push('verified');
  if (f.now) parts.push('now');
  if (f.page && f.page > 1) parts.push('p', String(f.page));
  return parts.join('/');
}

/**
 * Where a category's link goes: its list, or /blood for blood donors (they are listed there alone,
 * numbers masked; /c/blood-donor only redirects). Every category link uses this.
 */
export function categoryHref(category: { slug: string; kind: string }, area?: string): string {
  if (category.kind === 'BLOOD') return area ? `/blood?area=${encodeURIComponent(area)}` : '/blood';
  return categoryPath(category.slug, { area });
}

/** The filters of `/c/<category>/…segments`; null when the segments are not a canonical path. */
export function parseCategoryFilters(segments: string[]): Required<Pick<CategoryFilters, 'verified' | 'now' | 'page'>> & { area?: string } | null {
  const rest = [...segments];
  const out: { area?: string; verified: boolean; now: boolean; page: number } = { verified: false, now: false, page: 1 };
  if (rest[0] && !['verified', 'now', 'p'].includes(rest[0])) {
    if (!SLUG.test(rest[0])) return null;
    out.area = rest.shift();
  }
  if (rest[0] === 'verified') out.verified = Boolean(rest.shift());
  if (rest[0] === 'now') out.now = Boolean(rest.shift());
  if (rest[0] === 'p') {
    rest.shift();
    const page = /^[1-9][0-9]{0,2}$/.test(rest[0] ?? '') ? Number(rest.shift()) : NaN;
    if (!(page >= 2 && page <= MAX_PAGE)) return null;
    out.page = page;
  }
  return rest.length === 0 ? out : null;
}

const RENTAL_SEGMENTS = RENTAL_KINDS.map((k) => k.toLowerCase());

export function rentalsPath(f: { kind?: string | null; area?: string }): string {
  return ['/rentals', f.kind ? f.kind.toLowerCase() : null, f.area ?? null].filter(Boolean).join('/');
}

/** `/rentals/…segments` → kind (as stored, "HOUSE") and area; null when not a canonical path. */
export function parseRentalsFilters(segments: string[]): { kind: (typeof RENTAL_KINDS)[number] | null; area?: string } | null {
  const rest = [...segments];
  let kind: (typeof RENTAL_KINDS)[number] | null = null;
  if (rest[0] && RENTAL_SEGMENTS.includes(rest[0])) kind = RENTAL_KINDS[RENTAL_SEGMENTS.indexOf(rest.shift()!)]!;
  const area = rest.shift();
  if (rest.length > 0 || (area !== undefined && !SLUG.test(area))) return null;
  return { kind, area };
}

export function officesPath(area?: string): string {
  return area ? `/offices/${area}` : '/offices';
}

const wholeNumber = (value: string | null) => (value && /^[0-9০-৯]{1,3}$/.test(value) ? Number(value.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6))) : 1);
const slugOrUndefined = (value: string | null) => (value && SLUG.test(value) ? value : undefined);

/**
 * Where an old query-string address of a cached page now lives (`rest` is the path without the
 * language prefix), or null when it has none of those parameters. Unknown values are dropped.
 */
export function queryToPath(rest: string, query: URLSearchParams): string | null {
  if (rest === '/haat') return haatQueryToPath(query);
  const keys = ['area', 'page', 'verified', 'now', 'kind'];
  if (!keys.some((k) => query.has(k))) return null;
  const area = slugOrUndefined(query.get('area'));
  if (rest === '/') return area ? `/a/${area}` : '/';
  const category = /^\/c\/([a-z0-9-]{1,60})$/.exec(rest);
  if (category) {
    const page = Math.min(MAX_PAGE, wholeNumber(query.get('page')));
    return categoryPath(category[1]!, { area, verified: query.get('verified') === '1', now: query.get('now') === '1', page });
  }
  if (rest === '/offices') return officesPath(area);
  if (rest === '/rentals') {
    const kind = query.get('kind');
    return rentalsPath({ kind: kind && (RENTAL_KINDS as readonly string[]).includes(kind) ? kind : null, area });
  }
  return null;
}

const HAAT_KEYS = ['animal', 'area', 'breed', 'kg', 'tk', 'at', 'sort', 'page'] as const;

/**
 * The /haat filter form (a plain GET: ?animal=bull&kg=100-200&tk=…&at=…&sort=perkg) → its path.
 * Each value is kept only when the path it makes is a canonical one (a breed of another animal,
 * an unknown band or sort is dropped), so any query lands on a page that exists.
 */
function haatQueryToPath(query: URLSearchParams): string | null {
  if (!HAAT_KEYS.some((k) => query.has(k))) return null;
  const value = (key: string) => (query.get(key) ?? '').trim().toLowerCase();
  let filters = parseHaatFilters([])!;
  const tryAdd = (segment: string | null, place: 'animal' | 'area' | 'rest') => {
    if (!segment) return;
    const current = haatPath(filters).split('/').slice(2);
    const next = place === 'animal' ? [segment, ...current] : place === 'area' ? [...current.slice(0, filters.animal ? 1 : 0), segment, ...current.slice(filters.animal ? 1 : 0)] : [...current, segment];
    filters = parseHaatFilters(next) ?? filters;
  };
  tryAdd(value('animal') || null, 'animal');
  tryAdd(slugOrUndefined(value('area')) ?? null, 'area');
  const breed = value('breed').replace(/_/g, '-');
  // A breed that does not belong to the chosen animal is dropped.
  if (breed && (!filters.animal || BREEDS[filters.animal].includes(breed.toUpperCase().replace(/-/g, '_')))) tryAdd(`breed-${breed}`, 'rest');
  tryAdd(value('kg') && `kg-${value('kg')}`, 'rest');
  tryAdd(value('tk') && `tk-${value('tk')}`, 'rest');
  tryAdd(value('at') && `at-${value('at')}`, 'rest');
  tryAdd(value('sort') && value('sort') !== 'new' ? `sort-${value('sort')}` : null, 'rest');
  const page = Math.min(MAX_HAAT_PAGE, wholeNumber(query.get('page')));
  return haatPath({ ...filters, page });
}

/**
 * A district's list (`/shops`, `/emergency`, `/offices`, `/rentals`, `/c/<category>`) for a district
 * named in the path, or district-less (the default's, or the remembered district's: lib/tenancy/districts.ts).
 */
export function districtListPath(list: string, district?: string): string {
  return district ? `${list}/${district}` : list;
}
