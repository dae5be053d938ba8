// Installable and offline (issue #15): the manifest and the service worker pass Chromium's own
// installability check; a saved provider, her list and the emergency numbers open with the network
// cut, with their tel: links; a page never opened shows the offline page; nothing a signed-in
// visitor opened is kept. Every wait is on a condition (the worker ready, a cache entry present).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sql } from './helpers';

const TIMEOUT = { timeout: 15_000 };

// Each journey builds, saves, cuts the network and reads back: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });
// The other journeys block the service worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** Waits until the worker is active and controls this page (it claims its clients on activation). */
async function workerInCharge(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), TIMEOUT).toBe('activated');
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), TIMEOUT).toBe(true);
}

/** Whether any of the worker's caches holds this address. */
const kept = (page: Page, url: string) => page.evaluate(async (u) => Boolean(await caches.match(new URL(u, location.origin).href)), url);

test('the app installs: manifest and service worker pass Chromium’s installability check', async ({ playwright, page }, testInfo) => {
  // The manifest and the worker's own headers.
  const manifest = await page.request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  const body = await manifest.json();
  expect(body).toMatchObject({ name: 'হাট', lang: 'bn', start_url: '/', display: 'standalone', theme_color: '#0f766e' });
  expect(body.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of body.icons) expect((await page.request.get(icon.src)).headers()['content-type']).toBe('image/png');
  const sw = await page.request.get('/serwist/sw.js');
  expect(sw.ok()).toBe(true);
  expect(sw.headers()['content-type']).toMatch(/javascript/);
  expect(sw.headers()['cache-control']).toMatch(/no-cache/);
  expect(sw.headers()['cache-control']).not.toMatch(/immutable/);
  expect(sw.headers()['service-worker-allowed']).toBe('/');

  // Pages allow our own worker and manifest, nothing more.
  const home = await page.goto('/');
  const csp = home!.headers()['content-security-policy']!;
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');

  // Chromium refuses to install from an incognito profile (every test context is one): a profile of
  // its own, as a phone's browser has.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'haat-pwa-'));
  const context = await playwright.chromium.launchPersistentContext(dir, {
    ...testInfo.project.use.launchOptions,
    baseURL: testInfo.project.use.baseURL,
    locale: 'bn-BD',
    viewport: { width: 412, height: 823 },
  });
  try {
    const installer = context.pages()[0] ?? (await context.newPage());
    await installer.goto('/');
    await workerInCharge(installer);
    const cdp = await context.newCDPSession(installer);
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, TIMEOUT).toEqual([]);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('with the network cut, the emergency numbers, her list and a saved provider open, with their tel: links', async ({ page, context }) => {
  await page.goto('/c/electrician');
  await workerInCharge(page);
  // The worker fetches the emergency numbers and the list page by itself once it runs.
  await expect.poll(() => kept(page, '/emergency'), TIMEOUT).toBe(true);
  await expect.poll(() => kept(page, '/saved'), TIMEOUT).toBe(true);

  // One tap saves the first electrician on this phone.
  const card = page.locator('article[data-listing]').first();
  const name = (await card.locator('h2').innerText()).trim();
  const profile = (await card.locator('h2 a').getAttribute('href'))!;
  const save = card.getByTestId('save-button');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  expect((await save.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  const { phone } = (await sql<{ phone: string }>(`SELECT phone FROM "Provider" WHERE slug = $1`, [profile.split('/').pop()]))[0]!;

  // Her profile, opened once while online, is kept (the worker controls the page now).
  await page.goto(profile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('save-button')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => kept(page, profile), TIMEOUT).toBe(true);

  await context.setOffline(true);
  try {
    await page.goto('/emergency');
    await expect(page.getByRole('heading', { name: 'জরুরি নম্বর' })).toBeVisible();
    await expect(page.locator('a[href="tel:999"]')).toBeVisible();

    await page.goto('/saved');
    const item = page.getByTestId('saved-item').filter({ hasText: name });
    await expect(item).toBeVisible(TIMEOUT);
    await expect(item.locator(`a[href="tel:${phone}"]`)).toBeVisible();

    await page.goto(profile);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('link', { name: /ফোন করুন/ }).first()).toBeVisible();

    // A page she never opened: the Bengali offline page, with the way to the numbers and her list.
    await page.goto('/offices');
    await expect(page.getByTestId('offline-page')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'ইন্টারনেট সংযোগ নেই' })).toBeVisible();
    await expect(page.getByTestId('offline-page').getByRole('link', { name: 'জরুরি নম্বর' })).toHaveAttribute('href', '/emergency');
    await expect(page.getByTestId('offline-page').getByRole('link', { name: 'আমার তালিকা' })).toHaveAttribute('href', '/saved');
  } finally {
    await context.setOffline(false);
  }

  // Back online, taking it off the list works from the list itself.
  await page.goto('/saved');
  await page.getByRole('button', { name: `সরান: ${name}` }).click();
  await expect(page.getByTestId('saved-empty')).toBeVisible();
});

test('nothing a signed-in visitor opens is kept: her account is not served from the cache after sign-out', async ({ page, context }) => {
  await page.goto('/');
  await workerInCharge(page);
  await page.goto('/sign-in');
  await page.getByLabel('মোবাইল নম্বর').fill('01700000004');
  await page.getByLabel('পাসওয়ার্ড').fill('demo1234');
  await page.getByRole('button', { name: 'সাইন ইন' }).click();
  await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();

  // Signed in, a public page is not kept either, and a save reaches her account.
  await page.goto('/c/electrician');
  await expect(page.locator('article[data-listing]').first()).toBeVisible();
  const save = page.locator('article[data-listing]').first().getByTestId('save-button');
  if ((await save.getAttribute('aria-pressed')) === 'true') await save.click();
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "SavedItem" s JOIN "User" u ON u.id = s."userId" WHERE u.phone = '+8801700000004'`))[0]!.n, TIMEOUT)
    .toBeGreaterThan(0);
  expect(await kept(page, '/c/electrician')).toBe(false);
  expect(await kept(page, '/account')).toBe(false);

  await page.goto('/account');
  await page.getByRole('button', { name: 'সাইন আউট', exact: true }).click();
  await expect(page.getByTestId('account-link')).toHaveAccessibleName('সাইন ইন', TIMEOUT);

  // Her list went with her: the next person on this phone sees an empty list, and her account's copy is gone from the phone.
  await page.goto('/saved');
  await expect(page.getByTestId('saved-empty')).toBeVisible(TIMEOUT);
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('haat.saved'))), TIMEOUT).toEqual([]);

  await context.setOffline(true);
  try {
    await page.goto('/account');
    await expect(page.getByTestId('offline-page')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toHaveCount(0);
    expect(await kept(page, '/account')).toBe(false);
  } finally {
    await context.setOffline(false);
  }
});

test('a link to the list names a provider only: what is kept is the server’s entry, never the link’s number or address', async ({ page }) => {
  const [p] = await sql<{ id: string; slug: string; phone: string; nameBn: string }>(`SELECT p.id, p.slug, p.phone, p."nameBn" FROM "Provider" p WHERE p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id AND c.kind <> 'BLOOD') ORDER BY p.slug LIMIT 1`);
  // The old form, a whole entry with another number and an address elsewhere: nothing is kept.
  const forged = { kind: 'provider', id: p!.id, name: { bn: p!.nameBn }, line: { bn: '' }, area: { bn: '' }, phone: '+8801999999999', whatsapp: null, url: '/\\evil.example', savedAt: 1 };
  await page.goto(`/saved#add=${encodeURIComponent(JSON.stringify(forged))}`);
  await expect(page.getByTestId('saved-empty')).toBeVisible(TIMEOUT);
  await expect(page).toHaveURL(/\/saved$/);

  // Kind and id (as a storefront on its own host sends her, a new page load): the server's public entry, with her own number and profile.
  await page.goto('/');
  await page.goto(`/saved#add=provider:${p!.id}`);
  const item = page.getByTestId('saved-item').filter({ hasText: p!.nameBn });
  await expect(item).toBeVisible(TIMEOUT);
  await expect(item.locator(`a[href="tel:${p!.phone}"]`)).toBeVisible();
  await expect(item.getByRole('link', { name: p!.nameBn, exact: true })).toHaveAttribute('href', `/p/${p!.slug}`);
  await expect(page.locator('a[href="tel:+8801999999999"]')).toHaveCount(0);
});
