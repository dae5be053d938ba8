// Issue #15's rough edges of search and orders, each checked in the browser on a 412 px phone:
// search results with a picture, a price and one badge style; the seller's count of new orders;
// pickup orders in pickup words; day words against today in Dhaka; the order's steps as a
// progress line; the checkout's total at once and its button in the shop's colour.
import { randomBytes } from 'node:crypto';
import { expect, test, type Locator } from '@playwright/test';
import { signInByApi, sql } from './helpers';

test.use({ viewport: { width: 412, height: 823 } });

const port = () => new URL(process.env.BASE_URL ?? 'http://localhost:3000').port;
const BN = '০১২৩৪৫৬৭৮৯';
const bnDigits = (n: number) => String(n).replace(/\d/g, (d) => BN[Number(d)]!);
/** "৳১,২০০" → 120000 poisha. */
const poisha = (text: string) => Math.round(Number(/৳([০-৯0-9,.]+)/.exec(text)![1]!.replace(/[০-৯]/g, (d) => String(BN.indexOf(d))).replace(/,/g, '')) * 100);

/** A pickup order of the demo pitha shop, written directly (placing one has its own journey in orders.spec.ts). */
async function pickupOrder(status: string, neededInDays: number): Promise<{ token: string; code: string }> {
  const token = randomBytes(24).toString('base64url');
  const code = `HT${randomBytes(4).toString('hex').toUpperCase().replace(/[01IL]/g, '7').slice(0, 6)}`;
  await sql(
    `INSERT INTO "Order" (id, code, token, "shopId", "buyerName", "buyerPhone", "phoneConfirmed", delivery, "neededOn", "subtotalPoisha", "totalPoisha", status, "paymentMethod", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, $2, id, 'রুমানা', '+8801711000999', true, 'PICKUP', (now() AT TIME ZONE 'Asia/Dhaka')::date + $4::int, 60000, 60000, $3::"OrderStatus", 'COD', now()
     FROM "Shop" WHERE slug = 'pitha'`,
    [code, token, status, neededInDays],
  );
  return { token, code };
}

const setNeededIn = (token: string, days: number) => sql(`UPDATE "Order" SET "neededOn" = (now() AT TIME ZONE 'Asia/Dhaka')::date + $2::int WHERE token = $1`, [token, days]);

test('search results show a thumbnail and a price for products, and verified as one small badge of one style', async ({ page, request }) => {
  await expect
    .poll(async () => (await (await request.get(`/api/search?q=${encodeURIComponent('পিঠা')}&type=product`)).json()).hits.length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  // /api/search carries the same fields.
  const api = await (await request.get(`/api/search?q=${encodeURIComponent('পিঠা')}&type=product`)).json();
  expect(api.hits[0]).toMatchObject({ pricePoisha: expect.any(Number), image: expect.stringMatching(/^\/media\/.+\.webp$/) });

  await page.goto(`/search?q=${encodeURIComponent('পিঠা')}&type=product`);
  const first = page.getByTestId('search-hit').first();
  const thumb = first.getByTestId('search-thumb');
  await expect(thumb).toBeVisible({ timeout: 15_000 });
  await expect(thumb).toHaveAttribute('width', '64');
  await expect(thumb).toHaveAttribute('height', '64');
  await expect(thumb).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
  await expect(first.getByTestId('search-price')).toHaveText(/^৳[০-৯,]+$/);

  // Verified: a small icon badge with its words for screen readers, never the repeated sentence; the same on every kind of result.
  const classes = new Set<string>();
  for (const q of ['electrician', 'পিঠা']) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByTestId('search-hit').first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('search-results')).not.toContainText('✓');
    await expect(page.getByTestId('search-results')).not.toContainText('যাচাই করা');
    const badges = page.getByTestId('verified-badge');
    for (const badge of await badges.all()) {
      await expect(badge).toHaveAccessibleName('যাচাই করা');
      classes.add((await badge.getAttribute('class'))!);
    }
    for (const row of await page.getByTestId('search-hit').all()) expect(await row.getByTestId('verified-badge').count()).toBeLessThanOrEqual(1);
  }
  expect(classes.size).toBe(1);
  await page.screenshot({ path: 'test-results/finish-orders-search.png' });
});

test('the seller’s dashboard shows how many new orders wait, and leads to them', async ({ page }) => {
  await pickupOrder('PLACED', 2);
  await pickupOrder('PLACED', 3);
  const [{ count } = { count: 0 }] = await sql<{ count: number }>(`SELECT count(*)::int AS count FROM "Order" o JOIN "Shop" s ON s.id = o."shopId" WHERE s.slug = 'pitha' AND o.status = 'PLACED'`);
  expect(count).toBeGreaterThanOrEqual(2);
  await signInByApi(page.request, '01700000002', 'demo1234');
  await page.goto('/dashboard');
  const banner = page.getByTestId('new-orders');
  await expect(banner).toContainText(bnDigits(count), { timeout: 15_000 });
  await expect(banner).toContainText('নতুন অর্ডার অপেক্ষায়');
  await expect(page.getByTestId('orders-link').getByTestId('new-orders-count')).toContainText(bnDigits(count));
  await banner.click();
  await expect(page).toHaveURL(/\/dashboard\/orders\?tab=new$/);
  await expect(page.getByTestId('orders-tab-new')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('orders-tab-new').getByTestId('new-orders-count')).toContainText(bnDigits(count));
  await expect(page.getByTestId('seller-order')).toHaveCount(count);
  for (const status of await page.getByTestId('seller-order-status').allTextContents()) expect(status).toBe('অর্ডার নেওয়া হয়েছে');
});

test('a pickup order speaks of pickup, shows its steps as a progress line, and names the day against today', async ({ page, browser }) => {
  const { token, code } = await pickupOrder('READY', 1);
  const response = await page.goto(`/orders/${token}`);
  // Made per request and never kept, so the day words cannot go stale.
  expect(response?.headers()['cache-control']).toContain('no-store');
  await expect(page.getByTestId('order-status')).toHaveText('নিতে আসার জন্য তৈরি');
  const main = page.locator('main');
  await expect(main).toContainText('দোকানে টাকা');
  for (const deliveryWord of ['রওনা', 'ক্যাশ অন ডেলিভারি', 'পৌঁছে']) await expect(main).not.toContainText(deliveryWord);

  // The progress line: an ordered list, the steps done, the current one marked, the rest to come.
  const line = page.getByRole('list', { name: 'অর্ডারের ধাপ' });
  await expect(line).toBeVisible();
  expect(await line.evaluate((el) => el.tagName)).toBe('OL');
  await expect(line.getByRole('listitem')).toHaveCount(5);
  await expect(line.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(line.locator('[aria-current="step"]')).toContainText('নিতে আসার জন্য তৈরি');
  await expect(line.locator('[data-state="done"]')).toHaveCount(3);
  await expect(line.locator('[data-state="upcoming"]')).toHaveCount(1);
  // It fits the phone: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
  await page.screenshot({ path: 'test-results/finish-orders-tracking.png', fullPage: true });

  // Day words follow the calendar: tomorrow, then today when the day comes, then yesterday, else the weekday and date.
  await expect(page.getByTestId('needed-on')).toContainText('আগামীকাল');
  await setNeededIn(token, 0);
  await page.reload();
  await expect(page.getByTestId('needed-on')).toContainText('আজ');
  await setNeededIn(token, -1);
  await page.reload();
  await expect(page.getByTestId('needed-on')).toContainText('গতকাল');
  await setNeededIn(token, 4);
  await page.reload();
  await expect(page.getByTestId('needed-on')).not.toContainText(/আজ|আগামীকাল|গতকাল/);
  await expect(page.getByTestId('needed-on')).toHaveText(/বার,? [০-৯]+ /);

  // The seller's view: the same line, her buttons apart from it, and pickup words on them.
  const seller = await browser.newContext({ locale: 'bn-BD', viewport: { width: 412, height: 823 } });
  const sellerPage = await seller.newPage();
  await signInByApi(sellerPage.request, '01700000002', 'demo1234');
  await sellerPage.goto('/dashboard/orders?tab=open');
  const card = sellerPage.getByTestId('seller-order').filter({ hasText: code });
  await expect(card.getByTestId('seller-order-status')).toHaveText('নিতে আসার জন্য তৈরি');
  const sellerLine = card.getByRole('list', { name: 'অর্ডারের ধাপ' });
  await expect(sellerLine.locator('[aria-current="step"]')).toContainText('নিতে আসার জন্য তৈরি');
  await expect(sellerLine.getByRole('button')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'ক্রেতা নিয়ে গেছেন' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'পৌঁছাতে রওনা' })).toHaveCount(0);
  await expect(card).toContainText('দোকানে টাকা');
  await expect(card).not.toContainText('ক্যাশ অন ডেলিভারি');
  await card.getByRole('button', { name: 'ক্রেতা নিয়ে গেছেন' }).click();
  await expect.poll(async () => (await sql<{ status: string }>(`SELECT status FROM "Order" WHERE token = $1`, [token]))[0]?.status, { timeout: 15_000 }).toBe('DELIVERED');
  await sellerPage.goto('/dashboard/orders?tab=all');
  await expect(sellerPage.getByTestId('seller-order').filter({ hasText: code }).getByTestId('seller-order-status')).toHaveText('হাতে তুলে দেওয়া হয়েছে');
  await seller.close();
  // The buyer's SMS says so in pickup words too.
  await expect
    .poll(async () => (await sql<{ body: string }>(`SELECT body FROM "SmsMessage" WHERE body LIKE $1 ORDER BY "createdAt" DESC LIMIT 1`, [`%${code}%`]))[0]?.body ?? '', { timeout: 15_000 })
    .toContain('হাতে তুলে দেওয়া হয়েছে');
});

/** WCAG contrast of two computed "rgb(r, g, b)" colours. */
async function contrastOf(element: Locator) {
  return element.evaluate((el) => {
    const style = getComputedStyle(el);
    const rgb = (c: string) => c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [a, b] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((x, y) => y - x);
    return { ratio: (a! + 0.05) / (b! + 0.05), background: style.backgroundColor };
  });
}

test('checkout shows the total at once, follows the area and pickup, and its button wears the shop’s colour', async ({ page }) => {
  const [product] = await sql<{ slug: string }>(
    `SELECT p.slug FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' AND p.status = 'ACTIVE' AND p."isAvailable" AND NOT EXISTS (SELECT 1 FROM "ProductOption" o WHERE o."productId" = p.id) ORDER BY p."sortOrder" LIMIT 1`,
  );
  const [shop] = await sql<{ themeColor: string }>(`SELECT "themeColor" FROM "Shop" WHERE slug = 'pitha'`);
  await page.goto(`http://pitha.localhost:${port()}/p/${product!.slug}`);
  await page.getByLabel('কতগুলো').fill('২');
  await page.getByRole('button', { name: 'কার্টে যোগ করুন' }).click();
  await expect(page).toHaveURL(`http://pitha.localhost:${port()}/cart`);

  // Before any area is chosen: the products' price, the fee waiting for the area, a total.
  const total = page.getByTestId('checkout-total');
  await expect(total).toBeVisible();
  await expect(total).toContainText('পণ্যের দাম');
  await expect(page.getByTestId('checkout-fee')).toHaveText('এলাকা বেছে নিন');
  const subtotal = poisha((await total.locator('p').first().textContent())!);
  expect(subtotal).toBeGreaterThan(0);
  await expect(page.getByTestId('checkout-total-delivery')).toBeVisible();
  expect(poisha((await page.getByTestId('checkout-total-delivery').textContent())!)).toBe(subtotal);

  // An area: its fee and the total follow at once.
  await page.getByLabel('কোন এলাকায়').selectOption({ index: 1 });
  await expect(page.getByTestId('checkout-fee')).toHaveText(/^৳[০-৯,]+$/);
  const fee = poisha((await page.getByTestId('checkout-fee').textContent())!);
  await expect.poll(async () => poisha((await page.getByTestId('checkout-total-delivery').textContent())!)).toBe(subtotal + fee);

  // Pickup: no delivery in the total, and cash is paid at the shop.
  await page.getByRole('radio', { name: 'নিজে গিয়ে নেব' }).check();
  await expect(page.getByTestId('checkout-total-pickup')).toBeVisible();
  await expect(page.getByTestId('checkout-total-delivery')).toBeHidden();
  expect(poisha((await page.getByTestId('checkout-total-pickup').textContent())!)).toBe(subtotal);
  await expect(page.getByText('নিতে এসে দোকানে টাকা দেব')).toBeVisible();
  await expect(page.getByText('হাতে হাতে (ক্যাশ অন ডেলিভারি)')).toBeHidden();

  // The order button in the shop's colour, its text readable on it.
  const hex = shop!.themeColor.replace('#', '');
  const expected = `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const button = page.getByRole('button', { name: 'অর্ডার দিন' });
  await button.scrollIntoViewIfNeeded();
  const { ratio, background } = await contrastOf(button);
  expect(background).toBe(expected);
  expect(ratio).toBeGreaterThanOrEqual(4.5);
  await page.screenshot({ path: 'test-results/finish-orders-checkout.png', fullPage: true });
});
