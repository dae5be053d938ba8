// The first thing every request meets, before Next.js: installed once per server process by
// instrumentation.ts, so it holds however the server was started (npm start, next start, a
// container's node server.js).
// - It stamps the client address as the server sees it (lib/security/client.ts). Next.js copies the
//   peer address into X-Forwarded-For only when the client sent none, so past this point a forged
//   header and a real one look alike: the TCP socket is read here, where it is still at hand.
// - It marks a GET of a cached directory page on the root host, or of a storefront page on its
//   shop's host, with its language
//   (lib/tenancy/cached-pages.ts) and gives it the cached pages' CSP, so that proxy.ts, whose work
//   such a request does not need, is skipped (its matcher) and next.config.mjs's rewrite serves it.
//   A client's own marker header is removed from every request.
// - It answers 400 for a URL no page of ours could mean (lib/security/url.ts: broken
//   percent-encoding, on which Next.js itself fails with a bare 500, or an encoded NUL, which
//   PostgreSQL refuses in text) and 414 for one longer than any of ours (its echo in response
//   headers would outgrow proxies' buffers). proxy.ts applies the same rule to what reaches it.
// - It compresses responses, and answers a cached page from its bytes encoded once (whole-bodies.ts).
// - It gives each request its id and logs it once answered, with the request metrics (request-log.ts).
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { urlProblem } from '@/lib/security/url';
import { logRequest, type RequestLogging } from './request-log';
import { forgetBetweenTests } from './between-tests';
import { encodeResponses } from './whole-bodies';
import { newNonce } from '@/lib/security/csp';
import { FAST_PATH_HEADER, FAST_PATH_SHOP_HEADER, fastPathLocale, perVisitorFastPathLocale, storefrontFastPathLocale } from '@/lib/tenancy/cached-pages';
import { districtCookie, routeDistrict, variesByDistrict, type DistrictRouting } from '@/lib/tenancy/districts';
import { parseHost } from '@/lib/tenancy/host';
import { randomBytes } from 'node:crypto';
import { CLIENT_HEADER, GATE_HEADER, GATE_MARKER, PEER_HEADER, parseTrustedProxies, resolveClientAddress, type TrustedProxies } from '@/lib/security/client';

const INSTALLED = Symbol.for('haat.serverGate');

export const MAX_URL_LENGTH = 4_096;

/** Why a request target cannot be served (a status and a short text), or null when it is fine. */
export function badTarget(url: string | undefined): { status: number; text: string } | null {
  if (!url) return null;
  if (url.length > MAX_URL_LENGTH) return { status: 414, text: 'URI too long' };
  const cut = url.indexOf('?');
  const problem = urlProblem({ pathname: cut < 0 ? url : url.slice(0, cut), search: cut < 0 ? '' : url.slice(cut) });
  if (problem === 'malformed') return { status: 400, text: 'Bad request: malformed percent-encoding or NUL in the address' };
  if (problem === 'tooLong') return { status: 414, text: 'URI too long' };
  return null;
}

/** This process's stamp: a request that reached the app before the gate was installed has none. */
const marker = ((globalThis as Record<symbol, string | undefined>)[GATE_MARKER] ??= randomBytes(12).toString('hex'));

export function stampRequest(request: IncomingMessage, trusted: TrustedProxies): void {
  request.headers[GATE_HEADER] = marker;
  const peer = request.socket?.remoteAddress ?? null;
  const forwarded = request.headers['x-forwarded-for'];
  request.headers[CLIENT_HEADER] = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trusted);
  // A request a proxy relayed is not "from this machine", even when the proxy runs on it.
  const relayed = ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((name) => request.headers[name] !== undefined);
  request.headers[PEER_HEADER] = relayed ? 'relayed' : (peer ?? 'unknown');
}

/** What proxy.ts tells next-intl the language is, as Node.js names request headers. */
const LOCALE_HEADER = 'x-next-intl-locale';

export interface FastPath {
  rootDomain: string;
  /** The Content-Security-Policy of cached pages (lib/security/csp.ts, no nonce). */
  policy: string;
  /** Shops have no hosts of their own: their pages are /s/<shop>/… on the root host. */
  rootStorefronts?: boolean;
  /** The CSP of a page made per visitor, with its nonce (lib/security/csp.ts). */
  noncePolicy?: (nonce: string) => string;
  /** The served districts: a district-less list is served from the remembered district's page (lib/tenancy/districts.ts). */
  districts?: DistrictRouting;
  /** Cookies the gate sets are Secure (production). */
  secureCookies?: boolean;
}

/** Routes a cached directory page itself (see above); false when proxy.ts should see the request. */
export function routeCachedPage(request: IncomingMessage, response: http.ServerResponse, fast: FastPath): boolean {
  delete request.headers[FAST_PATH_HEADER];
  delete request.headers[FAST_PATH_SHOP_HEADER];
  // Next.js takes the script nonce from the request's CSP header, and next-intl the language from
  // its header: only ours may say them (a cached page rendered with a visitor's would keep it).
  delete request.headers['content-security-policy'];
  delete request.headers['content-security-policy-report-only'];
  delete request.headers[LOCALE_HEADER];
  const site = parseHost(request.headers.host ?? null, fast.rootDomain);
  if (site.kind === 'root' && fast.districts && request.url && variesByDistrict(request.url, fast.districts)) varyByCookie(response);
  const perVisitor = site.kind === 'root' && fast.noncePolicy ? perVisitorFastPathLocale(request.method, request.url, request.headers.cookie) : null;
  if (perVisitor) {
    // Search and blood: made per request, and all proxy.ts would add is a nonce, given here.
    const policy = fast.noncePolicy!(newNonce());
    request.headers['content-security-policy'] = policy;
    request.headers[FAST_PATH_HEADER] = perVisitor;
    request.headers[LOCALE_HEADER] = perVisitor;
    response.setHeader('Content-Security-Policy', policy);
    return true;
  }
  const locale =
    site.kind === 'root' ? fastPathLocale(request.method, request.url, request.headers.cookie, fast.rootStorefronts) : site.kind === 'shop' ? storefrontFastPathLocale(request.method, request.url) : null;
  if (!locale) return false;
  request.headers[FAST_PATH_HEADER] = locale;
  request.headers[LOCALE_HEADER] = locale;
  if (site.kind === 'shop') request.headers[FAST_PATH_SHOP_HEADER] = site.slug;
  else if (fast.districts) {
    // The remembered district's own page, by an internal rewrite; /d/<district> remembers it.
    const district = routeDistrict(request.url!, request.headers.cookie, fast.districts);
    if (district.url) request.url = district.url;
    if (district.choose && !request.headers['next-router-prefetch']) response.setHeader('Set-Cookie', districtCookie(district.choose, fast.secureCookies ?? false));
  }
  response.setHeader('Content-Security-Policy', fast.policy);
  return true;
}

/**
 * Adds Cookie to the response's Vary header when its headers go out (whatever Next.js set there
 * before): the remembered district decides this page, so a CDN must not give it to other visitors.
 */
function varyByCookie(response: http.ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadVaryingByCookie(this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const vary = String(this.getHeader('vary') ?? '');
    if (!/(^|,)\s*(cookie|\*)\s*(,|$)/i.test(vary)) this.setHeader('Vary', vary ? `${vary}, Cookie` : 'Cookie');
    return writeHead.apply(this, args);
  } as typeof writeHead;
}

const unpatch: (() => void)[] = [];
// A test file installs a gate of its own (its logger, its trusted proxies) and starts as a process
// without one: requests it makes up need no mark.
forgetBetweenTests(() => {
  for (const undo of unpatch.splice(0)) undo();
  delete (globalThis as Record<symbol, string | undefined>)[GATE_MARKER];
});

export function installServerGate(trustedSetting: string | undefined, fast?: FastPath, logging?: RequestLogging): void {
  const trusted = parseTrustedProxies(trustedSetting);
  // Already so since this module loaded, except in a test file after the one before forgot it.
  (globalThis as Record<symbol, string | undefined>)[GATE_MARKER] = marker;
  for (const proto of [http.Server.prototype, https.Server.prototype] as (http.Server & { [INSTALLED]?: boolean })[]) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    unpatch.push(() => {
      proto.emit = emit;
      delete proto[INSTALLED];
    });
    proto.emit = function emitWithClient(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request' && args[0]) {
        const request = args[0] as IncomingMessage;
        if (logging) logRequest(request, args[1] as http.ServerResponse, logging);
        const refused = badTarget(request.url);
        if (refused) {
          const response = args[1] as http.ServerResponse;
          response.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
          response.end(refused.text);
          return true;
        }
        stampRequest(request, trusted);
        encodeResponses(request, args[1] as http.ServerResponse);
        if (fast) routeCachedPage(request, args[1] as http.ServerResponse, fast);
        else {
          delete request.headers[FAST_PATH_HEADER];
          delete request.headers[FAST_PATH_SHOP_HEADER];
        }
      }
      return (emit as (...a: unknown[]) => boolean).apply(this, [event, ...args]);
    } as typeof proto.emit;
    proto[INSTALLED] = true;
  }
}
