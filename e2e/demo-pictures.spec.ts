import { expect, test, type Locator, type Page } from '@playwright/test';

// The demo district's pictures look like what they are (prisma/demo-pictures): every shop has a
// logo of its own, and a storefront shows its banner and a different picture on every product.

test.use({ viewport: { width: 412, height: 915 } });

/** Every image the locator matches, once loaded: its address, its natural width and a hash of its bytes. */
async function images(page: Page, locator: Locator) {
  await expect(locator.first()).toBeVisible({ timeout: 15_000 });
  const count = await locator.count();
  for (let i = 0; i < count; i++) {
    const img = locator.nth(i);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  }
  return locator.evaluateAll(async (els) =>
    Promise.all(
      (els as HTMLImageElement[]).map(async (el) => {
        const src = el.currentSrc || el.src;
        const res = await fetch(src);
        const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', await res.arrayBuffer()))].map((b) => b.toString(16).padStart(2, '0')).join('');
        return { src, width: el.naturalWidth, type: res.headers.get('content-type'), digest };
      }),
    ),
  );
}

const distinct = <T>(list: T[]) => new Set(list).size;

test('every shop in the list has a logo of its own, loaded and different from every other', async ({ page }, testInfo) => {
  await page.goto('/shops');
  const logos = await images(page, page.getByTestId('shop-card').locator('img'));
  expect(logos.length).toBeGreaterThanOrEqual(5);
  expect(logos.every((l) => l.width > 0 && l.type === 'image/webp')).toBe(true);
  expect(distinct(logos.map((l) => l.src))).toBe(logos.length);
  expect(distinct(logos.map((l) => l.digest))).toBe(logos.length);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('shops.png'), fullPage: true });

  // Kishoreganj's shops too, and none of them shares a logo with Bogura's.
  await page.goto('/shops/kishoreganj');
  const more = await images(page, page.getByTestId('shop-card').locator('img'));
  expect(more.length).toBeGreaterThanOrEqual(2);
  expect(distinct([...logos, ...more].map((l) => l.digest))).toBe(logos.length + more.length);
});

test('a storefront shows its logo, its banner and a different picture on every product', async ({ page }, testInfo) => {
  await page.goto('/s/pitha');
  const [logo] = await images(page, page.locator('header img').first());
  const [banner] = await images(page, page.locator('main img').first());
  expect(logo!.width).toBeGreaterThan(0);
  expect(banner!.width).toBeGreaterThanOrEqual(600);
  expect(banner!.digest).not.toBe(logo!.digest);
  const products = await images(page, page.getByTestId('product-card').locator('img'));
  expect(products.length).toBeGreaterThanOrEqual(5);
  expect(distinct(products.map((p) => p.src))).toBe(products.length);
  expect(distinct(products.map((p) => p.digest))).toBe(products.length);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath('storefront-pitha.png'), fullPage: true });

  // Another shop's storefront: another logo, another banner.
  await page.goto('/s/sherpur-cake');
  const [cakeLogo] = await images(page, page.locator('header img').first());
  const [cakeBanner] = await images(page, page.locator('main img').first());
  expect(cakeLogo!.src).not.toBe(logo!.src);
  expect(cakeLogo!.digest).not.toBe(logo!.digest);
  expect(cakeBanner!.digest).not.toBe(banner!.digest);
});
