import { expect, test, type Page } from '@playwright/test';
import { freshPhone, sql } from './helpers';

// Issue #17, the buyer's side: a few listings (written straight to the database, as the seller's
// side would leave them, and queued for the search worker), then a buyer filters /haat by weight
// and price and finds the bull, finds it by "shar" and "ষাঁড়" in search, opens it, and its call
// button leads to tel:+880…, counted. The filter form works with JavaScript off too.

// One worker for both tests: the listings are made once.
test.describe.configure({ mode: 'serial' });

const suffix = Date.now().toString(36);
const bullId = `e2ebull${suffix}`;
const goatId = `e2egoat${suffix}`;
const soldId = `e2esold${suffix}`;
let phone = '';

test.beforeAll(async () => {
  phone = `+880${freshPhone().slice(1)}`;
  const sellerId = `e2eseller${suffix}`;
  await sql(`INSERT INTO "User" (id, phone, name, status, roles, "phoneVerifiedAt", "updatedAt") VALUES ($1, $2, 'রহিম খামারি', 'ACTIVE', '{BUYER}', now(), now())`, [sellerId, phone]);
  const areaId = (await sql<{ id: number }>(`SELECT id FROM "Area" WHERE slug = 'mirzapur-sherpur-bogura'`))[0]!.id;
  const add = (id: string, animal: string, breed: string, kg: number, taka: number, sale = 'AVAILABLE') =>
    sql(
      `INSERT INTO "LivestockListing" (id, "sellerId", animal, breed, "weightKg", "weightEstimated", "pricePoisha", "perKgPoisha", negotiable, "areaId", "seeAt", phone, sale, "expiresAt", "updatedAt")
       VALUES ($1, $2, $3::"LivestockAnimal", $4, $5, false, $6, $7, true, $8, 'বাড়ির গোয়ালে', $9, $10::"LivestockSale", now() + interval '20 days', now())`,
      [id, sellerId, animal, breed, kg, taka * 100, Math.round((taka * 100) / kg), areaId, phone, sale],
    );
  // A giant bull (1,234 kg, ৳25 lakh: the "500 kg and more" and "৳5 lakh and more" bands), a goat, and a sold bull.
  await add(bullId, 'BULL', 'SHAHIWAL', 1234, 2_500_000);
  await add(goatId, 'GOAT', 'BLACK_BENGAL', 24, 21_000);
  await add(soldId, 'BULL', 'DESHI', 1233, 2_400_000, 'SOLD');
  await sql(`INSERT INTO "SearchOutbox" (entity, "entityId", op) VALUES ('LIVESTOCK', $1, 'UPSERT'), ('LIVESTOCK', $2, 'UPSERT')`, [bullId, goatId]);
});

const card = (page: Page, id: string) => page.getByTestId('livestock-card').filter({ has: page.locator(`a[href$="/haat/l/${id}"]`) });
const bullCard = (page: Page) => card(page, bullId);

test('a buyer filters by weight and price, finds the bull by "shar" and "ষাঁড়", opens it and calls', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/haat');
  await expect(page.getByRole('heading', { level: 1, name: 'পশুর হাট' })).toBeVisible();
  await page.getByText('ওজন, দাম, হাট দিয়ে খুঁজুন').click();
  const form = page.getByTestId('haat-filters');
  await form.getByLabel('পশু', { exact: true }).selectOption('bull');
  await form.getByLabel('ওজন', { exact: true }).selectOption('500-');
  await form.getByLabel('দাম', { exact: true }).selectOption('500000-');
  await form.getByRole('button', { name: 'দেখান' }).click();
  await expect(page).toHaveURL(/\/haat\/bull\/kg-500-\/tk-500000-$/);
  await expect(bullCard(page)).toBeVisible({ timeout: 15_000 });
  await expect(bullCard(page)).toContainText('১,২৩৪ কেজি');
  // The sold one (a kilo lighter) is not on the list; neither is the goat.
  await expect(card(page, soldId)).toHaveCount(0);
  await expect(card(page, goatId)).toHaveCount(0);

  // In search, by the Banglish and the Bengali word (the worker indexes the outbox a moment later).
  for (const q of ['shar', 'ষাঁড়']) {
    await expect
      .poll(
        async () => {
          await page.goto(`/search?q=${encodeURIComponent(q)}&type=livestock`);
          return page.locator(`a[href$="/haat/l/${bullId}"]`).count();
        },
        { message: `${q} finds the bull`, timeout: 20_000, intervals: [500, 1000] },
      )
      .toBeGreaterThan(0);
    await expect(page.locator(`a[href$="/haat/l/${goatId}"]`)).toHaveCount(0);
  }

  // Opens it: every detail, and the call button through the counting link to tel:+880….
  await page.locator(`a[href$="/haat/l/${bullId}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/haat/l/${bullId}$`));
  await expect(page.getByTestId('listing-price')).toHaveText('৳২৫,০০,০০০');
  await expect(page.getByText('বাড়ির গোয়ালে')).toBeVisible();
  const href = await page.getByTestId('call-seller').getAttribute('href');
  expect(href).toBe(`/api/haat/contact/${bullId}?via=call`);
  const tap = await request.get(href!, { maxRedirects: 0 });
  expect(tap.status()).toBe(302);
  expect(tap.headers().location).toBe(`tel:${phone}`);
  expect(tap.headers().location).toMatch(/^tel:\+8801\d{9}$/);
  await expect.poll(async () => (await sql<{ callTaps: number }>(`SELECT "callTaps" FROM "LivestockListing" WHERE id = $1`, [bullId]))[0]!.callTaps).toBe(1);
  // Not for a sold one.
  expect((await request.get(`/api/haat/contact/${soldId}?via=call`, { maxRedirects: 0 })).status()).toBe(404);
});

test('the /haat filter form works with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'bn-BD' });
  const page = await context.newPage();
  await page.goto('/haat');
  await page.getByText('ওজন, দাম, হাট দিয়ে খুঁজুন').click();
  const form = page.getByTestId('haat-filters');
  await form.getByLabel('ওজন', { exact: true }).selectOption('500-');
  await form.getByLabel('দাম', { exact: true }).selectOption('500000-');
  await form.getByLabel('সাজানো', { exact: true }).selectOption('weight');
  await form.getByRole('button', { name: 'দেখান' }).click();
  await expect(page).toHaveURL(/\/haat\/kg-500-\/tk-500000-\/sort-weight$/);
  await expect(bullCard(page)).toBeVisible({ timeout: 15_000 });
  // A haat id that is none of the district's published haats is no page (made-up ones would each be kept).
  expect((await page.goto('/haat/at-zzzzzzzz0madeup'))?.status()).toBe(404);
  await context.close();
});
