// Every page request passes through here. First what no page may see: a Host that is not ours
// (400), a state-changing request without our own Origin (403), an address no page can answer
// (broken encoding, NUL, absurd lengths) and /dev in production (404). Then the Host decides the
// site (lib/tenancy/host.ts): the root domain is the directory, <shop>.<root> is that shop's
// storefront (rewritten to /[locale]/s/<shop>/…), www redirects to the root. The path decides the
// language (Bengali unprefixed, English under /en) on every host. Cached public pages (the same
// bytes for everyone) get a CSP without a nonce, every other page one with a fresh nonce
// (lib/security/csp.ts); the other security headers come from next.config.mjs. Old query-string
// addresses of cached pages are redirected to their paths (lib/directory/filter-paths.ts).
import { NextRequest, NextResponse } from 'next/server';
import { env } from './lib/env';
import type { AppLocale } from './lib/i18n/routing';
import { queryToPath } from './lib/directory/filter-paths';
import { isCachedPage } from './lib/tenancy/cached-pages';
import { DISTRICT_COOKIE, DISTRICT_COOKIE_MAX_AGE, districtRouting, routeDistrict } from './lib/tenancy/districts';
import { newNonce, pagePolicy } from './lib/security/csp';
import { HINT_COOKIE } from './lib/visitor-hint';
import { FORBIDDEN_ORIGIN_TEXT, isAllowedOrigin, isStateChanging } from './lib/security/origin';
import { urlProblem } from './lib/security/url';
import { parseHost } from './lib/tenancy/host';
import { shopOrigin, shopPublicUrl, shopSubdomainsEnabled } from './lib/tenancy/urls';

/** The header next-intl reads the request's language from (lib/i18n/request.ts). */
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';

/** Pages of the directory and of accounts: a shop's host never serves them. */
const ROOT_ONLY = /^\/(dashboard|console|udc|sign-in|sign-up|account|forgot-password|orders|dev|search|shops|services|c|a|d|blood|emergency|offices|rentals|saved|offline)(\/|$)/;

/** The session cookie of Auth.js (prefixed on https, split into chunks when large). */
const hasSession = (request: NextRequest) => request.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(c.name));

const plainText = (body: string, status: number) => new NextResponse(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** Plain text: Next.js would still decode the original path for a rewritten page, and fail on it. */
const notFound = () => plainText('পাতাটি পাওয়া যায়নি · Page not found', 404);

/** "/en/p/cake" → { locale: 'en', rest: '/p/cake' }; "/bn/…" is reported so it can be redirected. */
function splitLocale(pathname: string): { locale: AppLocale; rest: string; bnPrefixed: boolean } {
  const match = /^\/(en|bn)(?=\/|$)/.exec(pathname);
  const rest = (match ? pathname.slice(match[0].length) : pathname) || '/';
  return { locale: match?.[1] === 'en' ? 'en' : 'bn', rest, bnPrefixed: match?.[1] === 'bn' };
}

/** On to the root host, through app/api/to-root (see there why not a redirect from here). */
function toRoot(request: NextRequest, headers: Headers, permanent: boolean): NextResponse {
  headers.set('x-haat-to-root', `${permanent ? '308' : '307'} ${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.rewrite(new URL('/api/to-root', request.url), { request: { headers } });
}

function storefront(request: NextRequest, headers: Headers, slug: string | null): NextResponse {
  const { pathname, search } = request.nextUrl;
  const { locale, rest: full, bnPrefixed } = splitLocale(pathname);
  // Storefront links carry "/s/<slug>" when shops have no hosts of their own (lib/tenancy/urls.ts).
  const own = slug ? new RegExp(`^/s/${slug}(?=/|$)`).exec(full) : null;
  const rest = own ? full.slice(own[0].length) || '/' : full;
  if (bnPrefixed && slug) return NextResponse.redirect(`${shopOrigin(slug)}${rest}${search}`);
  if (slug && ROOT_ONLY.test(rest)) return toRoot(request, headers, false);
  // A reserved or malformed subdomain goes to a storefront path that never exists: a real 404 page.
  const target = new URL(`/${locale}/s/${slug ?? '-'}${rest === '/' ? '' : rest}${search}`, request.url);
  headers.set(LOCALE_HEADER, locale);
  return NextResponse.rewrite(target, { request: { headers } });
}

function route(request: NextRequest, headers: Headers, site: ReturnType<typeof parseHost>): NextResponse {
  const settings = env();
  if (site.kind === 'foreign') return plainText('Bad request: this site does not answer to that host name.', 400);
  if (isStateChanging(request.method) && !isAllowedOrigin(request.headers.get('origin'), request.headers.get('host'))) {
    return plainText(FORBIDDEN_ORIGIN_TEXT, 403);
  }
  const { locale, rest } = splitLocale(request.nextUrl.pathname);
  if (urlProblem(request.nextUrl) || (settings.HAAT_ENV === 'production' && /^\/dev(\/|$)/.test(rest))) return notFound();
  if (site.kind === 'www') return toRoot(request, headers, true);
  if (site.kind === 'shop') return storefront(request, headers, site.slug);
  if (site.kind === 'none') return storefront(request, headers, null);

  // Blood donors are found on /blood, never listed like a trade (their numbers stay masked).
  const donors = /^\/c\/blood-donor(?:\/([a-z0-9-]{1,80}))?(?:\/|$)/.exec(rest);
  if (donors) {
    const area = donors[1] ?? request.nextUrl.searchParams.get('area');
    return NextResponse.redirect(new URL(localizedPath(`/blood${area && /^[a-z0-9-]{1,80}$/.test(area) ? `?area=${area}` : ''}`, locale), request.url));
  }
  const moved = request.method === 'GET' || request.method === 'HEAD' ? queryToPath(rest, request.nextUrl.searchParams) : null;
  if (moved) return NextResponse.redirect(new URL(localizedPath(moved, locale), request.url), 308);
  // The root host: /s/<shop>/… is the storefront too, or a redirect to its subdomain when those are on.
  const shopPath = /^\/s\/([a-z0-9-]+)(\/.*)?$/.exec(rest);
  if (shopPath && shopSubdomainsEnabled(settings)) {
    return NextResponse.redirect(`${shopPublicUrl(shopPath[1]!, shopPath[2] ?? '/', locale)}${request.nextUrl.search}`, 308);
  }
  return inLocale(request, headers);
}

/**
 * The language from the path (lib/i18n/routing.ts): "/en/…" is English as it is, "/bn/…" redirects
 * to the unprefixed address, anything else is Bengali, served from /bn/… (what next-intl's
 * middleware does for this routing, without the work this site does not need on every request:
 * no detection, cookie or alternate-link header).
 */
function inLocale(request: NextRequest, headers: Headers): NextResponse {
  const { pathname, search } = request.nextUrl;
  const { locale, rest, bnPrefixed } = splitLocale(pathname);
  if (bnPrefixed) return NextResponse.redirect(new URL(`${rest}${search}`, request.url));
  headers.set(LOCALE_HEADER, locale);
  // A district's list without its district: the remembered district's page (lib/tenancy/districts.ts,
  // as the server gate does on the fast path); /d/<district> remembers it.
  const settings = env();
  const district = isCachedPage('root', rest) ? routeDistrict(`${pathname}${search}`, request.headers.get('cookie'), districtRouting(settings.HAAT_DISTRICTS ?? settings.HAAT_DISTRICT)) : null;
  const path = district?.url ? splitLocale(new URL(district.url, request.url).pathname).rest : rest;
  const response =
    locale === 'en' && !district?.url
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(new URL(`/${locale}${path === '/' ? '' : path}${search}`, request.url), { request: { headers } });
  if (district?.choose && !request.headers.has('next-router-prefetch')) response.cookies.set(DISTRICT_COOKIE, district.choose, { path: '/', maxAge: DISTRICT_COOKIE_MAX_AGE, sameSite: 'lax', secure: request.nextUrl.protocol === 'https:' });
  return response;
}

/** Paths that are not pages: they reach the proxy only with a percent sign (see the matcher). */
const NOT_A_PAGE = /^\/(api|_next|_vercel|media|serwist)\//;

const localizedPath = (path: string, locale: AppLocale) => (locale === 'en' ? (path === '/' ? '/en' : `/en${path}`) : path);

export default function proxy(request: NextRequest) {
  if (NOT_A_PAGE.test(request.nextUrl.pathname)) return urlProblem(request.nextUrl) ? notFound() : NextResponse.next();
  const site = parseHost(request.headers.get('host'), env().ROOT_DOMAIN);
  const cached = isCachedPage(site.kind, splitLocale(request.nextUrl.pathname).rest);
  const policy = pagePolicy(cached ? null : newNonce());
  const headers = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on the scripts it renders.
  if (!cached) headers.set('Content-Security-Policy', policy);
  const response = route(request, headers, site);
  response.headers.set('Content-Security-Policy', policy);
  // A hint left from a session that has ended (lib/visitor-hint.ts) goes too.
  if (request.cookies.has(HINT_COOKIE) && !hasSession(request)) response.cookies.delete(HINT_COOKIE);
  return response;
}

export const config = {
  matcher: [
    // Every page, including paths with a dot (a server action posts to any page path). Not: API
    // routes (they check for themselves), Next's own files, media and the files in public/.
    // Not the cached pages the server gate marked (lib/tenancy/cached-pages.ts: FAST_PATH_HEADER).
    // Nor the service worker (serwist/), the web app manifest and its icons (pwa/).
    { source: '/((?!api/|_next/|_vercel/|media/|serwist/|pwa/|favicon\\.svg$|icons\\.svg$|robots\\.txt$|manifest\\.webmanifest$).*)', missing: [{ type: 'header', key: 'x-haat-cached' }] },
    // Those too when percent-encoded: Next.js answers a broken encoding there with a 500.
    '/((?:api|_next|_vercel|media|serwist)/.*%.*)',
  ],
};
