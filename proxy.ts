// Every page request passes through here. First what no page may see: a Host that is not ours
// (400), a state-changing request without our own Origin (403), an address no page can answer
// (broken encoding, NUL, absurd lengths) and /dev in production (404). Then the Host decides the
// site (lib/tenancy/host.ts): the root domain is the directory, <shop>.<root> is that shop's
// storefront (rewritten to /[locale]/s/<shop>/…), www redirects to the root. The path decides the
// language (Bengali unprefixed, English under /en) on every host. Every page gets a CSP with a
// fresh nonce; the other security headers come from next.config.mjs.
import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { env } from './lib/env';
import { routing, type AppLocale } from './lib/i18n/routing';
import { newNonce, pagePolicy } from './lib/security/csp';
import { FORBIDDEN_ORIGIN_TEXT, isAllowedOrigin, isStateChanging } from './lib/security/origin';
import { urlProblem } from './lib/security/url';
import { parseHost } from './lib/tenancy/host';
import { shopOrigin, shopPublicUrl, shopSubdomainsEnabled } from './lib/tenancy/urls';

const intl = createMiddleware(routing);

/** Pages of the directory and of accounts: a shop's host never serves them. */
const ROOT_ONLY = /^\/(dashboard|console|sign-in|sign-up|account|forgot-password|orders|dev|search|shops|c|a|blood|emergency|offices|rentals)(\/|$)/;

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
  const { locale, rest, bnPrefixed } = splitLocale(pathname);
  if (bnPrefixed && slug) return NextResponse.redirect(`${shopOrigin(slug)}${rest}${search}`);
  if (slug && ROOT_ONLY.test(rest)) return toRoot(request, headers, false);
  // A reserved or malformed subdomain goes to a storefront path that never exists: a real 404 page.
  const target = new URL(`/${locale}/s/${slug ?? '-'}${rest === '/' ? '' : rest}${search}`, request.url);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  return NextResponse.rewrite(target, { request: { headers } });
}

function route(request: NextRequest, headers: Headers): NextResponse {
  const settings = env();
  const site = parseHost(request.headers.get('host'), settings.ROOT_DOMAIN);
  if (site.kind === 'foreign') return plainText('Bad request: this site does not answer to that host name.', 400);
  if (isStateChanging(request.method) && !isAllowedOrigin(request.headers.get('origin'), request.headers.get('host'))) {
    return plainText(FORBIDDEN_ORIGIN_TEXT, 403);
  }
  const { locale, rest } = splitLocale(request.nextUrl.pathname);
  if (urlProblem(request.nextUrl) || (settings.HAAT_ENV === 'production' && /^\/dev(\/|$)/.test(rest))) return notFound();
  if (site.kind === 'www') return toRoot(request, headers, true);
  if (site.kind === 'shop') return storefront(request, headers, site.slug);
  if (site.kind === 'none') return storefront(request, headers, null);

  // The root host: /s/<shop>/… is the storefront too, or a redirect to its subdomain when those are on.
  const shopPath = /^\/s\/([a-z0-9-]+)(\/.*)?$/.exec(rest);
  if (shopPath && shopSubdomainsEnabled(settings)) {
    return NextResponse.redirect(`${shopPublicUrl(shopPath[1]!, shopPath[2] ?? '/', locale)}${request.nextUrl.search}`, 308);
  }
  // next-intl passes the request's headers on to the page: hand it ours, with the CSP (only the
  // address and headers matter to it; the body goes to the page untouched).
  return intl(new NextRequest(request.url, { headers }));
}

/** Paths that are not pages: they reach the proxy only with a percent sign (see the matcher). */
const NOT_A_PAGE = /^\/(api|_next|_vercel|media)\//;

export default function proxy(request: NextRequest) {
  if (NOT_A_PAGE.test(request.nextUrl.pathname)) return urlProblem(request.nextUrl) ? notFound() : NextResponse.next();
  const policy = pagePolicy(newNonce());
  // Next.js reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = route(request, headers);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    // Every page, including paths with a dot (a server action posts to any page path). Not: API
    // routes (they check for themselves), Next's own files, media and the two files in public/.
    '/((?!api/|_next/|_vercel/|media/|favicon\\.svg$|robots\\.txt$).*)',
    // Those too when percent-encoded: Next.js answers a broken encoding there with a 500.
    '/((?:api|_next|_vercel|media)/.*%.*)',
  ],
};
