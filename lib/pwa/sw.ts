/// <reference lib="webworker" />
// Haat's service worker (bundled by Serwist: app/serwist/[path]/route.ts, served as /serwist/sw.js).
// What it keeps, so that the app opens and dials with no network:
// - precached with the worker: the styles, the font, the icons and the offline page (both languages);
// - the public pages she opens (the cached pages of lib/tenancy/cached-pages.ts: front pages,
//   categories, profiles, emergency, offices, rentals, shops, storefronts, her list): network first,
//   the kept copy when the network fails or is slower than NETWORK_TIMEOUT, so online she always
//   gets the fresh page, and the offline page for anything never kept;
// - the emergency pages of every served district and her list, fetched once the worker runs
//   ("warm", sent by components/pwa/sw-register.tsx), with the scripts and styles they load;
// - the built scripts and styles her pages load (content-hashed, never change);
// - offline, a kept profile's call button still dials (its number from the kept page).
// What it never keeps: any page while she is signed in (the hint cookie, lib/visitor-hint.ts),
// pages that are not public (account, dashboard, console, cart, checkout, orders, search, blood,
// sign-in), anything not a GET (server actions), /api, /media, other origins, and any response
// that is not a plain 200 or says private or no-store. (A service worker cannot see Set-Cookie:
// the public pages are the ones that set none but the district chooser's, which is the same for
// everyone who opened that page.)
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistGlobalConfig, type SerwistPlugin } from 'serwist';
import { isCachedPage } from '@/lib/tenancy/cached-pages';
import { HINT_COOKIE } from '@/lib/visitor-hint';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope & { cookieStore?: { get(name: string): Promise<unknown> } };

const PAGES = 'haat-pages';
const ASSETS = 'haat-assets';
/** Seconds the network gets before a kept page is shown instead (the fresh one still replaces it in the cache). */
const NETWORK_TIMEOUT = 4;
const DAY = 86_400_000;

/** What the open pages last said about a session, for browsers without the Cookie Store API. */
let sessionFromPage = false;

/** Whether she is signed in: the hint cookie exists exactly while she is (proxy.ts removes a stale one). */
async function signedIn(): Promise<boolean> {
  if (self.cookieStore) {
    try {
      return Boolean(await self.cookieStore.get(HINT_COOKIE));
    } catch {
      // Fall back to what the pages said.
    }
  }
  return sessionFromPage;
}

const english = (url: URL) => /^\/en(?=\/|$)/.test(url.pathname);

/** A public page of the directory on this origin: the same bytes for everyone. */
function publicPage(url: URL): boolean {
  if (url.origin !== self.location.origin) return false;
  const rest = url.pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  return isCachedPage('root', rest);
}

/** A response worth keeping: a whole 200 of our own, not private. */
function keepable(response: Response): boolean {
  const control = response.headers.get('cache-control') ?? '';
  return response.status === 200 && response.type === 'basic' && !/(^|[\s,])(private|no-store)([\s,=]|$)/i.test(control);
}

/** Pages are kept only when keepable and she is signed out. */
const publicOnly: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (keepable(response) && !(await signedIn()) ? response : null),
};

/** A kept page the server now says is gone (provider suspended, shop closed: 404 or 410) is removed. */
const forgetGone: SerwistPlugin = {
  fetchDidSucceed: async ({ request, response }) => {
    if (response.status === 404 || response.status === 410) await (await caches.open(PAGES)).delete(request.url, { ignoreVary: true });
    return response;
  },
};

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true, ignoreURLParametersMatching: [/.*/] },
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: ({ request, url }) => request.mode === 'navigate' && publicPage(url),
      handler: new NetworkFirst({
        cacheName: PAGES,
        networkTimeoutSeconds: NETWORK_TIMEOUT,
        plugins: [publicOnly, forgetGone, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * 24 * 3600 })],
      }),
    },
    // A profile's call button leads through /api/contact (which notes a signed-in visitor's tap and
    // redirects to tel:); offline it dials the number of the kept profile page instead.
    {
      matcher: ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && CONTACT.test(url.pathname) && url.searchParams.get('via') === 'call',
      handler: async ({ request, url }): Promise<Response> => {
        try {
          return await fetch(request);
        } catch (error) {
          const phone = await keptNumber(CONTACT.exec(url.pathname)![1]!, request.referrer);
          if (phone) return Response.redirect(`tel:${phone}`, 302);
          return (await serwist.matchPrecache(english(url) ? '/en/offline' : '/offline')) ?? Promise.reject(error);
        }
      },
    },
    // Every other page: straight to the network, the offline page when there is none.
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() },
    {
      matcher: ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: ASSETS, plugins: [{ cacheWillUpdate: async ({ response }) => (keepable(response) ? response : null) }, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 24 * 3600 })] }),
    },
  ],
  fallbacks: {
    entries: [
      { url: '/en/offline', matcher: ({ request }) => request.destination === 'document' && english(new URL(request.url)) },
      { url: '/offline', matcher: ({ request }) => request.destination === 'document' },
    ],
  },
});

const CONTACT = /^\/api\/contact\/([A-Za-z0-9_-]{1,64})$/;

/**
 * The number offline for a call button tapped on a kept profile page: read only from the page she
 * tapped it on (the request's referrer), only when that page is a profile of this origin whose own
 * call link is exactly this provider's (href="/api/contact/<id>?via=call…") and whose JSON-LD says
 * it is that page; its "telephone" is the first of her numbers (a second number's button dials the
 * first offline). Text in a bio or review cannot make another page's button dial it. Null otherwise.
 */
async function keptNumber(providerId: string, referrer: string): Promise<string | null> {
  let page: URL;
  try {
    page = new URL(referrer);
  } catch {
    return null;
  }
  if (page.origin !== self.location.origin || !/^(?:\/en)?\/p\/[^/]+$/.test(page.pathname)) return null;
  page.search = '';
  page.hash = '';
  const html = await (await (await caches.open(PAGES)).match(page.href, { ignoreSearch: true }))?.text();
  if (!html?.includes(`href="/api/contact/${providerId}?via=call`)) return null;
  const ld = /<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(html)?.[1];
  try {
    const data = JSON.parse(ld ?? 'null') as { url?: unknown; telephone?: unknown } | null;
    if (data?.url !== page.href || typeof data.telephone !== 'string' || !/^\+?\d{3,15}$/.test(data.telephone)) return null;
    return data.telephone;
  } catch {
    return null;
  }
}

/** The built scripts and styles a page loads, kept so that a warmed page works offline too. */
async function keepAssets(html: string): Promise<void> {
  const cache = await caches.open(ASSETS);
  const urls = new Set(
    (html.match(/\/_next\/static\/[^"'\s<>\\]+?\.(?:js|css)/g) ?? [])
      .map((u) => new URL(u, self.location.origin))
      // Only our own built files, after the URL is resolved ("/_next/static/../api/…" is not one).
      .filter((u) => u.origin === self.location.origin && u.pathname.startsWith('/_next/static/'))
      .map((u) => u.href),
  );
  await Promise.all(
    [...urls].map(async (url) => {
      if (await cache.match(url)) return;
      const response = await fetch(url).catch(() => null);
      if (response && keepable(response)) await cache.put(url, response);
    }),
  );
}

/** Fetches the public pages she should have offline (emergency numbers, her list) unless kept within a day. */
async function warm(urls: unknown[]): Promise<void> {
  if (await signedIn()) return;
  const cache = await caches.open(PAGES);
  for (const raw of urls.slice(0, 24)) {
    if (typeof raw !== 'string') continue;
    const url = new URL(raw, self.location.origin);
    if (!publicPage(url)) continue;
    const kept = await cache.match(url.href);
    if (kept && Date.now() - Date.parse(kept.headers.get('date') ?? '') < DAY) continue;
    const response = await fetch(url.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } }).catch(() => null);
    if (!response || !keepable(response) || (await signedIn())) continue;
    const html = await response.clone().text();
    await cache.put(url.href, response);
    await keepAssets(html);
  }
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if (event.origin && event.origin !== self.location.origin) return;
  const data = event.data as { type?: string; signedIn?: unknown; urls?: unknown } | null;
  if (data?.type === 'haat:session') sessionFromPage = data.signedIn === true;
  if (data?.type === 'haat:warm' && Array.isArray(data.urls)) event.waitUntil(warm(data.urls));
});

serwist.addEventListeners();
