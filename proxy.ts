// Every page request passes through here. The Host decides the site (lib/tenancy/host.ts): the
// root domain is the directory, <shop>.<root> is that shop's storefront (rewritten to
// /[locale]/s/<shop>/…), www redirects to the root. The path decides the language (Bengali
// unprefixed, English under /en) on every host. Server-action posts must carry our own Origin.
import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing, type AppLocale } from './lib/i18n/routing';
import { isAllowedOrigin } from './lib/security/origin';
import { parseHost } from './lib/tenancy/host';
import { shopPublicUrl, shopSubdomainsEnabled } from './lib/tenancy/urls';

const intl = createMiddleware(routing);

/** Pages of the directory and of accounts: a shop's host never serves them. */
const ROOT_ONLY = /^\/(dashboard|console|sign-in|sign-up|account|forgot-password|orders|dev|search|shops|c|a|blood|emergency|offices|rentals)(\/|$)/;

/** "/en/p/cake" → { locale: 'en', rest: '/p/cake' }; "/bn/…" is reported so it can be redirected. */
function splitLocale(pathname: string): { locale: AppLocale; rest: string; bnPrefixed: boolean } {
  const match = /^\/(en|bn)(?=\/|$)/.exec(pathname);
  const rest = (match ? pathname.slice(match[0].length) : pathname) || '/';
  return { locale: match?.[1] === 'en' ? 'en' : 'bn', rest, bnPrefixed: match?.[1] === 'bn' };
}

/** On to the root host, through app/api/to-root (see there why not a redirect from here). */
function toRoot(request: NextRequest, permanent: boolean): NextResponse {
  const headers = new Headers(request.headers);
  headers.set('x-haat-to-root', `${permanent ? '308' : '307'} ${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.rewrite(new URL('/api/to-root', request.url), { request: { headers } });
}

function storefront(request: NextRequest, slug: string | null): NextResponse {
  const { pathname, search } = request.nextUrl;
  const { locale, rest, bnPrefixed } = splitLocale(pathname);
  if (bnPrefixed) {
    const scheme = request.headers.get('x-forwarded-proto')?.split(',')[0] ?? request.nextUrl.protocol.replace(':', '');
    return NextResponse.redirect(`${scheme}://${request.headers.get('host')}${rest}${search}`);
  }
  if (slug && ROOT_ONLY.test(rest)) return toRoot(request, false);
  // A reserved or malformed subdomain goes to a storefront path that never exists: a real 404 page.
  const target = new URL(`/${locale}/s/${slug ?? '-'}${rest === '/' ? '' : rest}${search}`, request.url);
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  return NextResponse.rewrite(target, { request: { headers } });
}

export default function proxy(request: NextRequest) {
  const rootDomain = process.env.ROOT_DOMAIN ?? 'localhost:3000';
  const host = request.headers.get('host');
  if (request.method === 'POST' && request.headers.has('next-action')) {
    if (!isAllowedOrigin(request.headers.get('origin'), host, rootDomain)) {
      return new NextResponse('Forbidden: this form must be sent from a Haat page.', { status: 403 });
    }
  }
  const site = parseHost(host, rootDomain);
  if (site.kind === 'www') return toRoot(request, true);
  if (site.kind === 'shop') return storefront(request, site.slug);
  if (site.kind === 'none') return storefront(request, null);

  // The root host: /s/<shop>/… is the storefront too, or a redirect to its subdomain when those are on.
  const { locale, rest } = splitLocale(request.nextUrl.pathname);
  const shopPath = /^\/s\/([a-z0-9-]+)(\/.*)?$/.exec(rest);
  if (shopPath && shopSubdomainsEnabled()) {
    return NextResponse.redirect(`${shopPublicUrl(shopPath[1]!, shopPath[2] ?? '/', locale)}${request.nextUrl.search}`, 308);
  }
  return intl(request);
}

export const config = {
  // Everything except API routes, Next's own files, media and files with an extension.
  matcher: ['/((?!api|_next|_vercel|media|.*\\..*).*)'],
};
