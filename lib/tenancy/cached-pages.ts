// Which pages are cached public pages (the same bytes for everyone, lib/cache/), by path. Pure:
// proxy.ts (their CSP has no nonce) and the server gate (their fast path) both read it.
import { queryToPath } from '@/lib/directory/filter-paths';
import { HINT_COOKIE } from '@/lib/visitor-hint';

/**
 * Cached pages of the directory (the path without its language prefix); /d/<district> is a
 * district's home page, /saved her list (drawn in the browser) and /offline the service worker's page;
 * /training and /training/<programme> (not /training/invite/… nor /training/verify/…, made per visitor).
 */
const CACHED_DIRECTORY = /^\/(?:$|(?:c|a|p|d)\/|(?:d|emergency|offices|rentals|services|shops|haat)(?:\/|$)|(?:saved|offline)$|training(?:\/(?!(?:invite|verify)(?:\/|$))[^/]+)?$)/;
/** Cached pages of a storefront (the path below the shop): its front page and product pages. */
const CACHED_STOREFRONT = /^\/(?:$|p\/[^/]+$)/;
/** The same on the root host, where shops have no hosts of their own: /s/<shop> and /s/<shop>/p/<product>. */
const ROOT_STOREFRONT = /^\/s\/[a-z0-9-]+(?:\/p\/[^/]+)?$/;

/** Whether this page is served from the shared cache, for the host's kind of site. */
export function isCachedPage(siteKind: string, rest: string): boolean {
  if (siteKind === 'shop') return CACHED_STOREFRONT.test(rest);
  if (siteKind !== 'root') return false;
  const shopPath = /^\/s\/[a-z0-9-]+(\/.*)?$/.exec(rest);
  return shopPath ? CACHED_STOREFRONT.test(shopPath[1] ?? '/') : CACHED_DIRECTORY.test(rest);
}

/** Set by the server gate on a request it routed itself; a client's own is always removed first. */
export const FAST_PATH_HEADER = 'x-haat-cached';
/** With it, on a shop's own host: which shop (next.config.mjs serves /<locale>/s/<shop>/…). */
export const FAST_PATH_SHOP_HEADER = 'x-haat-shop';

/**
 * The language of a request for a cached directory page on the root host, when it needs nothing
 * else proxy.ts does: a GET or HEAD, no storefront (its host rules), no old address to redirect,
 * no "/bn" prefix to redirect, no percent-encoding, and no hint of an ended session to delete.
 * next.config.mjs then serves a Bengali one from /bn/… (a rewrite, so the page keeps its address).
 * With `storefronts` (shops have no hosts of their own, so proxy.ts serves /s/<shop>/… here rather
 * than redirecting it), a storefront's front and product pages too.
 * Null sends the request the usual way, through proxy.ts.
 */
export function fastPathLocale(method: string | undefined, url: string | undefined, cookie: string | undefined, storefronts = false): 'bn' | 'en' | null {
  const get = plainGet(method, url, { encodedQuery: false });
  if (!get || staleHint(cookie)) return null;
  const { rest, search } = get;
  const cached = CACHED_DIRECTORY.test(rest) || (storefronts && ROOT_STOREFRONT.test(rest));
  if (!cached || rest.startsWith('/c/blood-donor') || (rest.length > 1 && rest.endsWith('/'))) return null;
  if (search && queryToPath(rest, new URLSearchParams(search)) !== null) return null;
  return get.locale;
}

/** Pages made per visitor for which proxy.ts would do nothing but give a nonce: the gate gives it. */
const PER_VISITOR = /^\/(?:search|blood)$/;

/**
 * The language of a plain GET of such a page on the root host (its query may be percent-encoded,
 * its path not), on the terms of fastPathLocale; null sends it through proxy.ts.
 */
export function perVisitorFastPathLocale(method: string | undefined, url: string | undefined, cookie: string | undefined): 'bn' | 'en' | null {
  const get = plainGet(method, url, { encodedQuery: true });
  return get && !staleHint(cookie) && PER_VISITOR.test(get.rest) ? get.locale : null;
}

/**
 * The same for a storefront page on its shop's own host ("/" and "/p/<product>", in either
 * language): what proxy.ts would rewrite to /<locale>/s/<shop>/…, next.config.mjs does.
 */
export function storefrontFastPathLocale(method: string | undefined, url: string | undefined): 'bn' | 'en' | null {
  const get = plainGet(method, url, { encodedQuery: false });
  return get && CACHED_STOREFRONT.test(get.rest) ? get.locale : null;
}

/**
 * A GET or HEAD split into its language and the path below it, or null when proxy.ts must see it:
 * a "/bn" prefix to redirect, or percent-encoding (in the query too, unless `encodedQuery`).
 */
function plainGet(method: string | undefined, url: string | undefined, { encodedQuery }: { encodedQuery: boolean }) {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return null;
  const cut = url.indexOf('?');
  const pathname = cut < 0 ? url : url.slice(0, cut);
  const search = cut < 0 ? '' : url.slice(cut);
  if (pathname.includes('%') || (!encodedQuery && search.includes('%')) || /^\/bn(?=\/|$)/.test(pathname)) return null;
  const english = /^\/en(?=\/|$)/.test(pathname);
  return { locale: english ? ('en' as const) : ('bn' as const), rest: (english ? pathname.slice(3) : pathname) || '/', search };
}

/** A hint cookie left from a session that has ended: proxy.ts deletes it. */
const staleHint = (cookie: string | undefined) => Boolean(cookie?.includes(`${HINT_COOKIE}=`) && !/(^|;\s*)(__Secure-)?authjs\.session-token(\.\d+)?=/.test(cookie));
