import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import sharp from 'sharp';
import { freshPhone, signInByApi, sql } from './helpers';

const base = () => new URL(process.env.BASE_URL ?? 'http://localhost:3000');
const port = () => base().port;
const shopHost = (slug: string, at = port()) => `${slug}.localhost:${at}`;
/** Chromium resolves *.localhost itself; Node does not, so API requests name the shop in the Host header. */
const onShop = (slug: string, at = port()) => ({ headers: { Host: shopHost(slug, at) }, maxRedirects: 0 });

/** Every value of one header: Playwright's headers() would join repeats into one. */
const values = (res: APIResponse, name: string) => res.headersArray().filter((h) => h.name.toLowerCase() === name).map((h) => h.value);

function expectCommonHeaders(res: APIResponse, what: string, referrer = 'strict-origin-when-cross-origin') {
  expect(values(res, 'referrer-policy'), what).toEqual([referrer]);
  expect(values(res, 'x-content-type-options'), what).toEqual(['nosniff']);
  expect(values(res, 'x-frame-options'), what).toEqual(['DENY']);
  expect(values(res, 'permissions-policy'), what).toHaveLength(1);
  expect(values(res, 'permissions-policy')[0], what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(self\).*payment=\(\)/);
  // Plain http outside production: no HSTS (browsers ignore it there, and it must not stick to localhost).
  expect(values(res, 'strict-transport-security'), what).toEqual([]);
}

/** What every page's CSP says besides its scripts. */
function expectPolicy(csp: string[], what: string) {
  expect(csp, what).toHaveLength(1);
  for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", `form-action 'self' http://localhost:${port()}`]) {
    expect(csp[0], what).toContain(directive);
  }
}

const scriptTags = async (res: APIResponse) => [...(await res.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !attrs.includes('application/ld+json'));

/** A page rendered per request: the headers, one CSP with a nonce, and that nonce on every script Next.js rendered. */
async function expectPage(res: APIResponse, what: string, referrer?: string) {
  expect(res.status(), what).toBe(200);
  expectCommonHeaders(res, what, referrer);
  const csp = values(res, 'content-security-policy');
  expectPolicy(csp, what);
  const nonce = /(?:^|; )script-src 'self' 'nonce-([^']+)' 'strict-dynamic'(?:;|$)/.exec(csp[0]!)?.[1];
  expect(nonce, `${what}: ${csp[0]}`).toBeTruthy();
  const scripts = await scriptTags(res);
  expect(scripts.length, what).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs, what).toContain(`nonce="${nonce}"`);
  return nonce!;
}

/**
 * A cached public page (the same bytes for everyone, lib/security/csp.ts): the headers and one CSP
 * whose scripts come from our own origin or inline, no nonce anywhere; served from the cache.
 */
async function expectCachedPage(res: APIResponse, what: string) {
  expect(res.status(), what).toBe(200);
  expectCommonHeaders(res, what);
  const csp = values(res, 'content-security-policy');
  expectPolicy(csp, what);
  expect(csp[0], what).toMatch(/(?:^|; )script-src 'self' 'unsafe-inline'(?:;|$)/);
  for (const attrs of await scriptTags(res)) expect(attrs, what).not.toContain('nonce=');
  expect(values(res, 'x-nextjs-cache'), `${what} is served from the cache`).toEqual([expect.stringMatching(/^(HIT|STALE)$/)]);
}

const one = async <T extends Record<string, unknown>>(query: string) => (await sql<T>(query))[0]!;

test('every page carries the security headers, per-request pages a fresh nonce, cached pages no nonce; API, media and static files the headers too', async ({ request, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const { slug: category } = await one<{ slug: string }>(`SELECT slug FROM "Category" ORDER BY slug LIMIT 1`);
  const { slug: area } = await one<{ slug: string }>(`SELECT slug FROM "Area" WHERE level = 'UPAZILA' AND path LIKE (SELECT path FROM "Area" WHERE slug = 'kishoreganj') || '%' ORDER BY slug LIMIT 1`);
  const { slug: provider } = await one<{ slug: string }>(`SELECT slug FROM "Provider" WHERE status = 'ACTIVE' ORDER BY slug LIMIT 1`);
  const { slug: product } = await one<{ slug: string }>(
    `SELECT p.slug FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' AND p.status = 'ACTIVE' ORDER BY p."sortOrder" LIMIT 1`,
  );
  const { token } = await one<{ token: string }>(`SELECT token FROM "Order" ORDER BY "createdAt" LIMIT 1`);
  const { key } = await one<{ key: string }>(`SELECT key FROM "Media" WHERE storage = 'LOCAL' AND "isPublic" ORDER BY key LIMIT 1`);

  // An area page exists for the served districts' places only (HAAT_DISTRICTS, here bogura,kishoreganj).
  // Last, a district's own pages (opening /d/<district> remembers it for the requests after it).
  const cached = ['/', '/en', '/emergency', '/offices', '/rentals', '/shops', `/c/${category}`, `/a/${area}`, `/p/${provider}`, `/s/pitha`, `/s/pitha/p/${product}`, '/shops/kishoreganj', '/d/kishoreganj'];
  for (const path of cached) {
    await request.get(path); // the first visit may render it; the next comes from the cache
    await expectCachedPage(await request.get(path), path);
  }
  for (const path of ['/', `/p/${product}`]) {
    await request.get(path, onShop('pitha'));
    await expectCachedPage(await request.get(path, onShop('pitha')), `pitha host ${path}`);
  }
  const pages = ['/search?q=pitha', '/blood', '/sign-in', '/sign-up', '/forgot-password', '/en/sign-in'];
  const nonces = new Set<string>();
  for (const path of pages) nonces.add(await expectPage(await request.get(path), path));
  for (const path of ['/cart', '/poster']) nonces.add(await expectPage(await request.get(path, onShop('pitha')), `pitha host ${path}`));
  expect(nonces.size, 'a fresh nonce per response').toBe(pages.length + 2);
  // The order's address is its key: it never leaves in a Referer.
  await expectPage(await request.get(`/orders/${token}`), 'order tracking', 'no-referrer');
  await expectPage(await request.get(`/en/orders/${token}`), 'order tracking (en)', 'no-referrer');

  const seller = await playwright.request.newContext({ baseURL });
  expect((await signInByApi(seller, '01700000002', 'demo1234')).session?.user).toBeTruthy();
  for (const path of ['/dashboard', '/dashboard/shop', '/dashboard/products', '/dashboard/orders', '/account']) await expectPage(await seller.get(path), `seller ${path}`);
  await seller.dispose();

  // What is not a page runs nothing: a CSP that allows nothing, once.
  for (const path of ['/api/health', '/api/search?q=pitha', `/media/${key}`, '/api/share-image?shop=pitha']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expectCommonHeaders(res, path);
    expect(values(res, 'content-security-policy'), path).toEqual(["default-src 'none'; frame-ancestors 'none'"]);
  }
  const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get('/sign-in')).text())![1]!;
  for (const path of ['/favicon.svg', '/robots.txt', chunk]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expectCommonHeaders(res, path);
  }
  expectCommonHeaders(await request.get('/no-such-page'), '404 page');
});

/** The id of a server action in this build, from Next.js's own manifest. */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, action]) => action.filename === file && action.exportedName === name)?.[0];
  expect(id, `${file} ${name} in the server-reference manifest`).toBeTruthy();
  return id!;
}

/** A signed-in account of its own, so that what an action writes is easy to see. */
async function freshAccount(request: APIRequestContext): Promise<string> {
  const phone = `+880${freshPhone().slice(1)}`;
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, 'নাজমা', "passwordHash", ARRAY['BUYER']::"Role"[], 'ACTIVE', now(), now() FROM "User" WHERE phone = '+8801700000004'`,
    [phone],
  );
  expect((await signInByApi(request, `0${phone.slice(4)}`, 'demo1234')).session?.user).toBeTruthy();
  return phone;
}

test('a server action without our own Origin is refused with 403 and writes nothing, however it is sent', async ({ request }) => {
  const phone = await freshAccount(request);
  const locale = async () => (await one<{ locale: string }>(`SELECT locale FROM "User" WHERE phone = '${phone}'`)).locale;
  const id = actionId('lib/auth/actions.ts', 'changeLocaleAction');
  const root = `http://localhost:${port()}`;
  // As the page's JavaScript sends it (the action header, the form as its argument) and as a form
  // posted without JavaScript (the action's id as a field).
  const asScript = (headers: Record<string, string>) => {
    // A FormData keeps the order ("0" would come first in an object), and the root must come last.
    const body = new FormData();
    body.append('_1_locale', 'en');
    body.append('0', '["$K1"]');
    return request.post('/account', { headers: { 'next-action': id, ...headers }, multipart: body, maxRedirects: 0 });
  };
  const asForm = (headers: Record<string, string>, value = 'en') => request.post('/account', { headers, multipart: { [`$ACTION_ID_${id}`]: '', locale: value }, maxRedirects: 0 });

  for (const [what, headers] of [
    ['no Origin', {}],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['"null"', { origin: 'null' }],
    ['a shop subdomain’s Origin', { origin: `http://${shopHost('pitha')}` }],
    ['another port', { origin: `http://localhost:${Number(port()) + 1}` }],
    // The marks the server gate gives cached pages (lib/tenancy/cached-pages.ts) skip proxy.ts: a
    // client's own are removed before anything reads them.
    ['a forged cached-page mark', { 'x-haat-cached': 'bn', 'x-haat-shop': 'pitha' }],
  ] as const) {
    for (const [how, send] of [['script', asScript], ['form', asForm]] as const) {
      const res = await send(headers);
      expect(res.status(), `${how}, ${what}`).toBe(403);
      expect(await res.text()).toContain('Forbidden');
    }
  }
  expect(await locale()).toBe('bn');
  // On a shop's host, the root's Origin is just as foreign.
  const onPitha = await request.post('/cart', { headers: { Host: shopHost('pitha'), origin: root }, multipart: { [`$ACTION_ID_${id}`]: '', locale: 'en' }, maxRedirects: 0 });
  expect(onPitha.status()).toBe(403);
  expect(await locale()).toBe('bn');

  // The same requests from our own page do run: the refusals above were the Origin's doing.
  expect((await asScript({ origin: root })).status()).toBeLessThan(400);
  await expect.poll(locale).toBe('en');
  expect((await asForm({ origin: root }, 'bn')).status()).toBeLessThan(400);
  await expect.poll(locale).toBe('bn');

  // The cart and uploads, outside the proxy, hold to the same rule.
  for (const origin of [undefined, 'https://evil.example', `http://${shopHost('pitha')}`]) {
    const headers: Record<string, string> = origin ? { origin } : {};
    expect((await request.post('/api/cart', { headers, multipart: { shop: 'pitha', productId: 'x', quantity: '1' }, maxRedirects: 0 })).status(), `cart ${origin}`).toBe(403);
    expect((await request.post('/api/uploads', { headers, multipart: { purpose: 'PRODUCT_PHOTO' } })).status(), `uploads ${origin}`).toBe(403);
  }
});

test('a Host that is not ours gets 400, loopback names work, and links never repeat the Host', async ({ request }) => {
  for (const host of [`localhost:${port()}.evil.com`, 'evil.example', `10.0.0.1:${port()}`, `pitha.localhost:${port()}.evil.com`, `localhost:${port()}@evil.example`]) {
    for (const path of ['/', '/sign-in', '/s/pitha']) {
      const res = await request.get(path, { headers: { Host: host }, maxRedirects: 0 });
      expect(res.status(), `${host} ${path}`).toBe(400);
    }
    expect((await request.post('/sign-in', { headers: { Host: host, origin: `http://${host}` }, maxRedirects: 0 })).status(), `${host} POST`).toBe(400);
  }
  expect((await request.get('/', { headers: { Host: `127.0.0.1:${port()}` } })).status()).toBe(200);
  // *.localhost answers on any port; links to the directory still come from ROOT_DOMAIN.
  const html = await (await request.get('/', onShop('pitha', '4321'))).text();
  expect(html).toContain(`href="http://localhost:${port()}/shops/bogura"`);
  expect(html).not.toContain('localhost:4321');
  const bn = await request.get('/bn/cart', onShop('pitha', '4321'));
  expect(bn.headers().location).toBe(`http://${shopHost('pitha')}/cart`);
});

test('malformed addresses answer 400, 404 or 414, never a 500', async ({ request, playwright, baseURL }) => {
  const officer = await playwright.request.newContext({ baseURL });
  expect((await signInByApi(officer, '01700000001', 'demo1234')).session?.user).toBeTruthy();
  const long = 'x'.repeat(10_000);
  const { slug: product } = await one<{ slug: string }>(`SELECT p.slug FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' LIMIT 1`);
  const bad = ['%00', '%E0%A4', '%', '%zz', `x${long}`];
  const paths = [
    ...bad.flatMap((b) => [`/p/${b}`, `/s/pitha/p/${b}`, `/c/${b}`, `/a/${b}`, `/orders/${b}`, `/console/records/provider/${b}`]),
    ...['%00', `x${long}`].flatMap((b) => [`/console/records?q=${b}`, `/search?q=${b}`, `/s/pitha/p/${product}?quantity=${b}`, `/blood?area=${b}`]),
    '/bn/p/%00.png',
    '/media/%E0%A4',
    '/api/auth/%zz',
    '/_next/static/%',
  ];
  for (const path of paths) {
    const res = await officer.get(path, { maxRedirects: 0 });
    // The server gate answers broken escapes and NUL with 400 and over-long addresses with 414
    // before Next.js; what passes it and is still no page of ours is a 404.
    expect([400, 404, 414], `${path.slice(0, 60)} → ${res.status()}`).toContain(res.status());
  }
  expect([400, 404], 'on a shop host').toContain((await request.get('/p/%00', onShop('pitha'))).status());
  for (const b of ['%E0%A4', '%', '%zz']) {
    for (const path of [`/console/records?q=${b}`, `/search?q=${b}`, `/blood?group=${b}`]) expect((await officer.get(path)).status(), path.slice(0, 40)).toBe(400);
  }
  // A long but well-formed search still reaches its page.
  for (const path of [`/console/records?q=${'ক'.repeat(300)}`, `/search?q=${'ক'.repeat(300)}`]) expect((await officer.get(path)).status(), path.slice(0, 40)).toBe(200);
  await officer.dispose();
});

/** Collects CSP violations (and script errors) the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => seen.push(`${page.url()}: ${e.message}`));
  return seen;
}

test('pages work under the CSP: language switch, forms, share and print buttons, the photo uploader', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const violations = await watchViolations(page);
  // The language switch keeps the query only when its script runs.
  await page.goto('/search?q=pitha');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=pitha$/);

  // A form with useActionState answers in place (no new document), so its script ran.
  await page.goto('/sign-up');
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.getByLabel('আপনার নাম').fill('রুবিনা');
  await page.getByLabel('মোবাইল নম্বর').fill('01211234567');
  await page.getByLabel('পাসওয়ার্ড').fill('password123');
  await page.getByRole('button', { name: 'কোড পাঠান' }).click();
  await expect(page.getByText('এটি বাংলাদেশের মোবাইল নম্বর নয়।', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The share button's copy control exists only once its script has run.
  await page.goto(`http://${shopHost('pitha')}/`);
  await expect(page.getByRole('button', { name: /লিংক কপি|শেয়ার করুন/ }).first()).toBeVisible();
  await page.goto(`http://${shopHost('pitha')}/poster`);
  await page.evaluate(() => (window.print = () => ((window as unknown as { printed: boolean }).printed = true)));
  await page.getByRole('button', { name: 'প্রিন্ট করুন' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);

  // The seller's photo uploader: a fetch to /api/uploads and the new photo shown.
  const seller = await browser.newContext({ locale: 'bn-BD' });
  const sellerPage = await seller.newPage();
  const sellerViolations = await watchViolations(sellerPage);
  await signInByApi(sellerPage.request, '01700000002', 'demo1234');
  const { id } = await one<{ id: string }>(`SELECT p.id FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' ORDER BY p."sortOrder" DESC LIMIT 1`);
  await sellerPage.goto(`/dashboard/products/${id}`);
  const before = await sellerPage.getByTestId('product-photo').count();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#0f766e' } }).jpeg().toBuffer();
  await sellerPage.getByLabel('পণ্যের ছবি বাছাই করুন').setInputFiles({ name: 'pitha.jpg', mimeType: 'image/jpeg', buffer: photo });
  await sellerPage.getByRole('button', { name: 'ছবি দিন' }).click();
  await expect(sellerPage.getByTestId('product-photo')).toHaveCount(before + 1);
  await seller.close();

  expect([...violations, ...sellerViolations]).toEqual([]);
});
