// The visitor's district, remembered in a readable cookie, and where it sends her. Pure (no
// database): the server gate (the fast path) and proxy.ts (the slow path) both route with it.
//
// A district-less address of a district's list ("/", "/shops", "/services", "/c/electrician/verified", …) is
// served, by an internal rewrite, from the remembered district's own address ("/d/kishoreganj",
// "/shops/kishoreganj", "/c/electrician/kishoreganj/verified"): a cached page like any other, the
// same bytes for everyone who remembers that district. Without a remembered district (or with
// one this deployment does not serve) the address is served as it is: the default district, and
// on "/" the chooser. Opening /d/<district> remembers it.
import { haatPath, parseHaatFilters } from '@/lib/livestock/paths';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';
import { cookieValue } from '@/lib/visitor-hint';

/** The remembered district's slug: readable (the page may say it), a year, SameSite=Lax. */
export const DISTRICT_COOKIE = 'haat-district';
export const DISTRICT_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

const SLUG = /^[a-z0-9-]{1,80}$/;

/** What HAAT_DISTRICTS (or the older HAAT_DISTRICT) names, before it is looked up. */
export function districtSetting(setting: string | undefined): { slugs: string[]; all: boolean } {
  const tokens = [...new Set((setting ?? 'bogura,kishoreganj').split(',').map((t) => t.trim()).filter(Boolean))];
  return { slugs: tokens.filter((t) => t !== 'all'), all: tokens.includes('all') };
}

/** The served districts as routing sees them (by slug: the pages look them up). */
export interface DistrictRouting {
  /** The default district's slug, or null when only `all` is named (the pages decide it). */
  fallback: string | null;
  /** Whether a slug names a served district. */
  served: (slug: string) => boolean;
  /** More than one district: only then is there anything to choose or route. */
  several: boolean;
}

const KNOWN = Symbol.for('haat.districtSlugs');
type WithKnown = { [KNOWN]?: ReadonlySet<string> };

/**
 * With `all`, which slugs are districts is in the database: the server process reads them once as
 * it starts (lib/runtime/node-start.ts) and keeps them here, for the gate and proxy.ts alike.
 * Until then no district is routed or remembered (the default district's pages are served).
 */
export function keepDistrictSlugs(slugs: readonly string[]): void {
  (globalThis as WithKnown)[KNOWN] = new Set(slugs);
}
// Each test file starts as a process that has not started yet: no districts known.
forgetBetweenTests(() => delete (globalThis as WithKnown)[KNOWN]);

export function districtRouting(setting: string | undefined): DistrictRouting {
  const { slugs, all } = districtSetting(setting);
  const named = new Set(slugs);
  const served = (slug: string) => SLUG.test(slug) && (named.has(slug) || (all && ((globalThis as WithKnown)[KNOWN]?.has(slug) ?? false)));
  return { fallback: slugs[0] ?? null, served, several: all || slugs.length > 1 };
}

/** The district a Cookie header remembers, when this deployment serves it; null otherwise. */
export function rememberedDistrict(cookieHeader: string | null | undefined, routing: DistrictRouting): string | null {
  if (!routing.several || !cookieHeader?.includes(DISTRICT_COOKIE)) return null;
  const slug = cookieValue(cookieHeader, DISTRICT_COOKIE);
  return slug && routing.served(slug) ? slug : null;
}

/** The district a /d/<district> address chooses (the path without its language prefix). */
export function chosenDistrict(rest: string, routing: DistrictRouting): string | null {
  const match = /^\/d\/([^/]+)$/.exec(rest);
  return match && routing.several && routing.served(match[1]!) ? match[1]! : null;
}

/** The Set-Cookie value remembering a district (Secure on https). */
export function districtCookie(slug: string, secure: boolean): string {
  return `${DISTRICT_COOKIE}=${slug}; Path=/; Max-Age=${DISTRICT_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Kinds of rental in their path form (lib/directory/filter-paths.ts). */
const RENTAL_KIND = /^(?:house|flat|room|shop|office|godown|vehicle)$/;
/** What may follow a category's area segment (lib/directory/filter-paths.ts). */
const CATEGORY_FILTER = /^(?:verified|now|p)$/;

/**
 * Where a district-less address (the path without its language prefix) of one of a district's
 * lists is served from for a visitor who remembers `district`; null when the address names its
 * place already, is no district list, or the district is the default one (its lists are the
 * district-less addresses themselves; only "/" differs, having the chooser).
 */
export function districtRewrite(rest: string, district: string, routing: DistrictRouting): string | null {
  if (rest === '/') return `/d/${district}`;
  if (district === routing.fallback) return null;
  const parts = rest.split('/').slice(1);
  const [first, second, third] = parts;
  switch (first) {
    case 'shops':
    case 'services':
    case 'emergency':
    case 'offices':
      return parts.length === 1 ? `/${first}/${district}` : null;
    case 'rentals':
      if (parts.length === 1) return `/rentals/${district}`;
      return parts.length === 2 && RENTAL_KIND.test(second!) ? `/rentals/${second}/${district}` : null;
    case 'haat': {
      // The cattle market's list with its filters (lib/livestock/paths.ts), when it names no place.
      const filters = parseHaatFilters(parts.slice(1));
      return filters && !filters.area ? haatPath({ ...filters, area: district }) : null;
    }
    case 'c':
      if (!second || !SLUG.test(second) || second === 'blood-donor') return null;
      if (parts.length === 2) return `/c/${second}/${district}`;
      return CATEGORY_FILTER.test(third!) ? ['/c', second, district, ...parts.slice(2)].join('/') : null;
    default:
      return null;
  }
}

/**
 * Whether the remembered district can change what this address (its URL as the request has it, a
 * language prefix allowed) serves: then its response varies by the Cookie header, and a shared
 * cache in front must be told so (the server gate adds `Vary: Cookie`).
 */
export function variesByDistrict(url: string, routing: DistrictRouting): boolean {
  if (!routing.several) return false;
  const pathname = url.split('?', 1)[0]!;
  const rest = (/^\/en(?=\/|$)/.test(pathname) ? pathname.slice(3) : pathname) || '/';
  // Any district other than the default one: '' stands for it (no slug is empty).
  return districtRewrite(rest, '', routing) !== null;
}

/**
 * A GET of a cached directory page (its URL as the request has it, a language prefix allowed):
 * the URL to serve it from instead (null: as it is) and the district it chooses (/d/<district>
 * not already remembered: remember it).
 */
export function routeDistrict(url: string, cookieHeader: string | null | undefined, routing: DistrictRouting): { url: string | null; choose: string | null } {
  if (!routing.several) return { url: null, choose: null };
  const cut = url.indexOf('?');
  const pathname = cut < 0 ? url : url.slice(0, cut);
  const english = /^\/en(?=\/|$)/.test(pathname);
  const rest = (english ? pathname.slice(3) : pathname) || '/';
  const remembered = rememberedDistrict(cookieHeader, routing);
  const chosen = chosenDistrict(rest, routing);
  const target = remembered ? districtRewrite(rest, remembered, routing) : null;
  return { url: target ? `${english ? '/en' : ''}${target}${cut < 0 ? '' : url.slice(cut)}` : null, choose: chosen && chosen !== remembered ? chosen : null };
}
