// One deployment, several districts (HAAT_DISTRICTS=bogura,kishoreganj, Bogura the default): the
// home page asks once and remembers (cookie haat-district), "/" and the district-less lists are
// then served from that district's cached pages (lib/tenancy/districts.ts), and every count on its
// home page is what its lists show.
import { expect, test, type Page } from '@playwright/test';

const fromBengali = (text: string) => Number(text.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6)).replace(/\D/g, ''));

/** A category on the home page with listings, fewer than a page (20): its link and its count. */
async function countedCategory(page: Page) {
  for (const card of await page.locator('main a[href^="/c/"]').filter({ has: page.getByTestId('category-count') }).all()) {
    const count = fromBengali((await card.getByTestId('category-count').textContent()) ?? '');
    if (count > 0 && count <= 20) return { href: (await card.getAttribute('href'))!, count };
  }
  throw new Error('no category with 1–20 listings on the home page');
}

test('a new visitor chooses her district once: the home page, its counts and its lists are that district’s', async ({ page, context }) => {
  await page.goto('/');
  const chooser = page.getByTestId('district-chooser');
  await expect(chooser).toBeVisible();
  await expect(page.getByTestId('district-name')).toContainText('বগুড়া'.normalize('NFC'));

  await chooser.getByRole('link', { name: /কিশোরগঞ্জ/ }).click();
  await expect(page).toHaveURL(/\/d\/kishoreganj$/);
  expect((await context.cookies()).find((c) => c.name === 'haat-district')).toMatchObject({ value: 'kishoreganj', httpOnly: false, sameSite: 'Lax' });

  // "/" is now Kishoreganj's, without the question.
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('district-chooser')).toHaveCount(0);
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('কিশোরগঞ্জ');

  // A category's count is the rows on its page, by its own link and by the district-less address.
  const category = await countedCategory(page);
  expect(category.href).toMatch(/^\/c\/[a-z0-9-]+\/kishoreganj$/);
  const shops = fromBengali((await page.getByTestId('shop-count').textContent()) ?? '');
  await page.goto(category.href);
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await expect(page.locator('#providers > li')).toHaveCount(category.count);
  await page.goto(category.href.replace(/\/kishoreganj$/, ''));
  await expect(page.locator('#providers > li')).toHaveCount(category.count);

  // The shop count is the rows on /shops, which is Kishoreganj's too now.
  await page.goto('/shops');
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await expect(page.getByTestId('shop-list').locator('> li')).toHaveCount(shops);

  // "Change district" leads to the districts; a /d/bogura link switches back.
  await page.getByRole('link', { name: 'জেলা বদলান' }).click();
  await expect(page).toHaveURL(/\/d$/);
  await page.getByTestId('district-chooser').getByRole('link', { name: /বগুড়া/ }).click();
  await expect(page).toHaveURL(/\/d\/bogura$/);
  await page.goto('/');
  await expect(page.getByTestId('district-name')).toContainText('বগুড়া'.normalize('NFC'));
  await expect(page.getByTestId('district-chooser')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'সব দোকান দেখুন' })).toHaveAttribute('href', '/shops/bogura');
});

test('the remembered district’s "/" is its cached page, the same bytes as /d/<district>; an unserved district is ignored', async ({ request }) => {
  const kishoreganj = { cookie: 'haat-district=kishoreganj' };
  await expect
    .poll(async () => (await request.get('/', { headers: kishoreganj })).headers()['x-nextjs-cache'], { timeout: 10_000 })
    .toMatch(/^(HIT|STALE)$/);
  const [home, own] = await Promise.all([request.get('/', { headers: kishoreganj }), request.get('/d/kishoreganj', { headers: kishoreganj })]);
  expect(home.status()).toBe(200);
  expect(await home.text()).toBe(await own.text());
  expect(await home.text()).not.toContain('data-testid="district-chooser"');

  const shops = await request.get('/shops', { headers: kishoreganj });
  expect(await shops.text()).toBe(await (await request.get('/shops/kishoreganj')).text());

  for (const cookie of ['haat-district=dhaka', 'haat-district=../bogura', '']) {
    const res = await request.get('/', { headers: cookie ? { cookie } : {} });
    expect(await res.text(), cookie).toContain('data-testid="district-chooser"');
  }
  // A district not served has no page.
  expect((await request.get('/d/dhaka')).status()).toBe(404);
});

test('search and blood stay in the visitor’s district unless the address names a place of another served one', async ({ page, context }) => {
  await context.addCookies([{ name: 'haat-district', value: 'kishoreganj', url: process.env.BASE_URL ?? 'http://localhost:3000' }]);
  await page.goto('/search?q=ইলেকট্রিশিয়ান');
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await page.goto('/search?q=ইলেকট্রিশিয়ান&area=sherpur-bogura');
  await expect(page.getByTestId('district-name')).toContainText('বগুড়া'.normalize('NFC'));
  // A place outside the served districts is ignored.
  await page.goto('/search?q=ইলেকট্রিশিয়ান&area=dhaka');
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await page.goto('/blood');
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await page.goto('/blood?area=sherpur-bogura');
  await expect(page.getByTestId('district-name')).toContainText('বগুড়া'.normalize('NFC'));
});

test('“use my location” on the chooser opens the nearest served district and remembers it', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 24.4331, longitude: 90.7866 }); // Kishoreganj town
  await page.goto('/');
  await page.getByTestId('district-chooser').getByRole('button', { name: 'আমার অবস্থান দিয়ে জেলা খুঁজুন' }).click();
  await expect(page).toHaveURL(/\/d\/kishoreganj$/);
  await page.goto('/');
  await expect(page.getByTestId('district-name')).toContainText('কিশোরগঞ্জ');
  await expect(page.getByTestId('district-chooser')).toHaveCount(0);
});

test('“use my location” refused or far away: one line says so and the district links stay', async ({ page, context }) => {
  // No permission granted: headless Chromium refuses, as when she taps “block”.
  await page.goto('/d');
  const chooser = page.getByTestId('district-chooser');
  await chooser.getByRole('button', { name: 'আমার অবস্থান দিয়ে জেলা খুঁজুন' }).click();
  await expect(chooser.getByRole('status')).toHaveText(/অনুমতি পাওয়া যায়নি/);
  await expect(page).toHaveURL(/\/d$/);
  await expect(chooser.getByRole('link', { name: /কিশোরগঞ্জ/ })).toBeVisible();

  // Allowed, but in Dhaka, far from both served districts.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 23.7115, longitude: 90.4111 });
  await chooser.getByRole('button', { name: 'আমার অবস্থান দিয়ে জেলা খুঁজুন' }).click();
  await expect(chooser.getByRole('status')).toHaveText(/কাছাকাছি হাটের কোনো জেলা নেই/);
  await expect(page).toHaveURL(/\/d$/);
  expect((await context.cookies()).find((c) => c.name === 'haat-district')).toBeUndefined();
});
