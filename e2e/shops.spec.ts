import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { newConfirmedAccount, sql } from './helpers';

const baseURL = () => new URL(process.env.BASE_URL ?? 'http://localhost:3000');
/** A shop's own host in development: <slug>.localhost:<port>. */
const shopOrigin = (slug: string) => `http://${slug}.localhost:${baseURL().port}`;

/**
 * A request to a shop's host. Chromium resolves *.localhost by itself; Node's resolver does not,
 * so API requests go to localhost with the shop's Host header, as a reverse proxy would send them.
 */
const shopGet = (request: APIRequestContext, slug: string, path = '/') =>
  request.get(`${baseURL().origin}${path}`, { headers: { Host: `${slug}.localhost:${baseURL().port}` }, maxRedirects: 0 });

const newSeller = (page: Page) => newConfirmedAccount(page, 'রাবেয়া খাতুন');

test('a seller opens a shop, adds a made-to-order product with a photo, and a buyer sees it on the shop’s own address', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await newSeller(page);
  await page.goto('/dashboard');
  await page.getByRole('link', { name: 'দোকান খুলুন' }).click();

  // A taken address: a clear message with free suggestions, and nothing typed is lost.
  await page.getByLabel('দোকানের নাম (বাংলায়)').fill('রাবেয়ার কেক ঘর');
  await page.getByLabel('দোকানের ঠিকানা').fill('pitha');
  await page.getByLabel('আপনার এলাকা').selectOption({ label: 'মির্জাপুর' });
  await page.getByRole('button', { name: 'দোকান খুলুন' }).click();
  await expect(page.getByText(/এই ঠিকানায় আগেই একটি দোকান আছে। খালি আছে: pitha-/)).toBeVisible();
  await expect(page.getByLabel('দোকানের নাম (বাংলায়)')).toHaveValue('রাবেয়ার কেক ঘর');
  const slug = `rabeya-${Date.now().toString(36)}`;
  await page.getByLabel('দোকানের ঠিকানা').fill(slug.toUpperCase());
  await page.getByRole('button', { name: 'দোকান খুলুন' }).click();
  await expect(page.getByText('অভিনন্দন! আপনার দোকান খোলা হয়েছে।', { exact: false })).toBeVisible();

  // Her story, colour and a delivery zone; a fee in words is refused and nothing typed is lost.
  await page.getByLabel('আপনার দোকানের গল্প').fill('জন্মদিনের কেক বানাই ঘরে।');
  await page.getByRole('radio', { name: '#be123c' }).check({ force: true });
  await page.getByLabel('ডেলিভারির এলাকা 1').selectOption({ label: 'মির্জাপুর' });
  await page.getByLabel('ডেলিভারি খরচ (৳) 1').fill('পঞ্চাশ');
  await page.getByRole('button', { name: 'রাখুন', exact: true }).click();
  await expect(page.getByText('ডেলিভারি খরচ টাকায় লিখুন', { exact: false })).toBeVisible();
  await expect(page.getByLabel('আপনার দোকানের গল্প')).toHaveValue('জন্মদিনের কেক বানাই ঘরে।');
  await page.getByLabel('ডেলিভারি খরচ (৳) 1').fill('৫০');
  await page.getByRole('button', { name: 'রাখুন', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'রাখা হয়েছে।' })).toBeVisible();

  // A product, made to order, with an option; a bad price first.
  await page.goto('/dashboard/products/new');
  await page.getByLabel('পণ্যের নাম (বাংলায়)').fill('চকলেট কেক');
  await page.getByLabel('দাম (৳)').fill('বারোশো');
  await page.getByLabel('কত আগে অর্ডার দিতে হবে', { exact: true }).fill('২');
  await page.getByLabel('ঘণ্টা না দিন').selectOption('days');
  await page.getByLabel('দিনে সর্বোচ্চ কতগুলো').fill('৫');
  await page.getByLabel('কিসের (যেমন ওজন) 1').fill('ওজন');
  await page.getByLabel('কোনটি (যেমন ২ পাউন্ড) 1').fill('১ পাউন্ড');
  await page.getByLabel('কিসের (যেমন ওজন) 2').fill('ওজন');
  await page.getByLabel('কোনটি (যেমন ২ পাউন্ড) 2').fill('২ পাউন্ড');
  await page.getByLabel('দামের পার্থক্য (৳) 2').fill('+১০০০');
  await page.getByLabel('বর্ণনা').fill('<b>ঘরে</b> বানানো।\nডিম ছাড়াও হয়।');
  await page.getByRole('button', { name: 'পণ্য রাখুন' }).click();
  await expect(page.getByText('দাম টাকায় লিখুন, যেমন ১২০০ বা ১২০০.৫০।')).toBeVisible();
  await expect(page.getByLabel('পণ্যের নাম (বাংলায়)')).toHaveValue('চকলেট কেক');
  await expect(page.getByLabel('কোনটি (যেমন ২ পাউন্ড) 2')).toHaveValue('২ পাউন্ড');
  await page.getByLabel('দাম (৳)').fill('১২০০');
  await page.getByRole('button', { name: 'পণ্য রাখুন' }).click();
  await expect(page.getByText('পণ্য রাখা হয়েছে। এবার ছবি দিন।')).toBeVisible();

  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#7c2d12' } }).jpeg().toBuffer();
  await page.getByLabel('পণ্যের ছবি বাছাই করুন').setInputFiles({ name: 'cake.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'ছবি দিন' }).click();
  await expect(page.getByTestId('product-photo')).toHaveCount(1);

  // Somebody else, in another browser, on the shop's own address.
  const buyer = await browser.newContext({ locale: 'bn-BD' });
  const buyerPage = await buyer.newPage();
  const response = await buyerPage.goto(`${shopOrigin(slug)}/`);
  expect(response?.status()).toBe(200);
  await expect(buyerPage.getByTestId('shop-name')).toHaveText('রাবেয়ার কেক ঘর');
  await expect(buyerPage.getByText('জন্মদিনের কেক বানাই ঘরে।')).toBeVisible();
  await expect(buyerPage.getByTestId('shop-terms')).toContainText('৳৫০');
  const card = buyerPage.getByTestId('product-card').filter({ hasText: 'চকলেট কেক' });
  await expect(card).toContainText('৳১,২০০');
  await expect(card.locator('img')).toBeVisible();
  await card.click();
  // The product's address is made from its Bengali name: /p/choklet-kek. A storefront page is one
  // cached page for every host, so its links carry /s/<shop> while shops have no hosts of their
  // own (development); the shop's host answers that path too.
  await expect(buyerPage).toHaveURL(`${shopOrigin(slug)}/s/${slug}/p/choklet-kek`);
  await expect(buyerPage.getByTestId('product-name')).toHaveText('চকলেট কেক');
  await expect(buyerPage.getByText(/সবচেয়ে আগে পাবেন: /)).toBeVisible();
  await expect(buyerPage.getByTestId('add-to-cart').getByText('২ পাউন্ড')).toBeVisible();
  await expect(buyerPage.getByTestId('add-to-cart')).toContainText('৳২,২০০');
  // HTML typed into a field is shown as text.
  await expect(buyerPage.getByText('<b>ঘরে</b> বানানো।', { exact: false })).toBeVisible();
  // The same shop answers on the root host too, in English under /en.
  await buyerPage.goto(`/en/s/${slug}/p/choklet-kek`);
  await expect(buyerPage.getByText('Made to order — order at least 2 days ahead.')).toBeVisible();
  await buyer.close();
});

test('a seller cannot change another seller’s product by swapping the id in the form', async ({ page }) => {
  await newSeller(page);
  await page.goto('/dashboard/shop/new');
  const slug = `swap-${Date.now().toString(36)}`;
  await page.getByLabel('দোকানের নাম (বাংলায়)').fill('অন্য দোকান');
  await page.getByLabel('দোকানের ঠিকানা').fill(slug);
  await page.getByLabel('আপনার এলাকা').selectOption({ label: 'মির্জাপুর' });
  await page.getByRole('button', { name: 'দোকান খুলুন' }).click();
  await expect(page.getByText('অভিনন্দন!', { exact: false })).toBeVisible();
  await page.goto('/dashboard/products/new');
  await page.getByLabel('পণ্যের নাম (বাংলায়)').fill('নিজের পিঠা');
  await page.getByLabel('দাম (৳)').fill('৫০');
  await page.getByRole('button', { name: 'পণ্য রাখুন' }).click();
  await expect(page.getByText('পণ্য রাখা হয়েছে।', { exact: false })).toBeVisible();

  const victim = (await sql<{ id: string; nameBn: string; pricePoisha: number }>(`SELECT p.id, p."nameBn", p."pricePoisha" FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' ORDER BY p."sortOrder" LIMIT 1`))[0]!;
  // The other seller's edit page is simply not there.
  expect((await page.goto(`/dashboard/products/${victim.id}`))?.status()).toBe(404);
  // Her own form, sent with the other product's id.
  await page.goBack();
  await page.locator('input[name="productId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), victim.id);
  await page.getByLabel('পণ্যের নাম (বাংলায়)').fill('হ্যাক করা নাম');
  await page.getByLabel('দাম (৳)').fill('১');
  await page.getByRole('button', { name: 'পণ্য রাখুন' }).click();
  await expect(page.getByText('এটি আপনার দোকানে পাওয়া যায়নি।', { exact: false })).toBeVisible();
  const after = (await sql<{ nameBn: string; pricePoisha: number }>(`SELECT "nameBn", "pricePoisha" FROM "Product" WHERE id = $1`, [victim.id]))[0]!;
  expect(after).toEqual({ nameBn: victim.nameBn, pricePoisha: victim.pricePoisha });
});

test('every demo shop answers on its own host, reserved and unknown hosts answer 404, and /shops links every shop', async ({ request }) => {
  const shops = await sql<{ slug: string; nameBn: string }>(`SELECT slug, "nameBn" FROM "Shop" WHERE status = 'ACTIVE' AND slug NOT LIKE 'rabeya-%' AND slug NOT LIKE 'swap-%' ORDER BY slug`);
  expect(shops.length).toBeGreaterThanOrEqual(8);
  for (const shop of shops) {
    const res = await shopGet(request, shop.slug);
    expect(res.status(), shop.slug).toBe(200);
    expect(await res.text()).toContain(shop.nameBn);
  }
  for (const host of ['admin', 'api', 'no-such-shop-here']) {
    expect((await shopGet(request, host)).status(), host).toBe(404);
  }
  const www = await shopGet(request, 'www', '/shops?x=1');
  expect(www.status()).toBe(308);
  expect(www.headers().location).toBe(`http://localhost:${baseURL().port}/shops?x=1`);
  // The dashboard and sign-in are never served on a shop's host.
  for (const path of ['/dashboard', '/sign-in']) {
    const res = await shopGet(request, 'pitha', path);
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toBe(`http://localhost:${baseURL().port}${path}`);
  }
  // Each served district lists its own shops (/shops is the default district's).
  const list = (await Promise.all(['/shops', '/shops/kishoreganj'].map(async (path) => (await request.get(path)).text()))).join('');
  for (const shop of shops) expect(list, shop.slug).toContain(`href="/s/${shop.slug}"`);
});

test('a suspended shop says it is temporarily closed', async ({ request }) => {
  const slug = `closed-${Date.now().toString(36)}`;
  await sql(
    `INSERT INTO "Shop" (id, slug, "ownerId", "nameBn", "areaId", phone, status, "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, "ownerId", 'বন্ধ দোকান', "areaId", phone, 'SUSPENDED', now() FROM "Shop" WHERE slug = 'pitha'`,
    [slug],
  );
  const html = await (await shopGet(request, slug)).text();
  expect(html).toContain('দোকানটি সাময়িকভাবে বন্ধ');
  expect(html).not.toContain('data-testid="product-card"');
  // Its product links say the same rather than showing the product.
  expect(await (await shopGet(request, slug, '/p/anything')).text()).toContain('দোকানটি সাময়িকভাবে বন্ধ');
});

test('a seller whose shop an officer suspended sees why, can appeal, and gets no edit forms', async ({ page }) => {
  const phone = await newSeller(page);
  const slug = `held-${Date.now().toString(36)}`;
  await sql(
    `INSERT INTO "Shop" (id, slug, "ownerId", "nameBn", "areaId", phone, status, "statusReason", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, u.id, 'আটকানো দোকান', s."areaId", u.phone, 'SUSPENDED', 'ভুয়া ছবি দেওয়া হয়েছে', now()
     FROM "User" u, "Shop" s WHERE u.phone = $2 AND s.slug = 'pitha'`,
    [slug, `+880${phone.slice(1)}`],
  );
  for (const path of ['/dashboard/shop', '/dashboard/products', '/dashboard/products/new']) {
    await page.goto(path);
    await expect(page.getByTestId('read-only'), path).toBeVisible();
    await expect(page.getByTestId('appeal-box'), path).toContainText('ভুয়া ছবি দেওয়া হয়েছে');
    await expect(page.locator('main form input[name="nameBn"], main form button[name="command"]'), path).toHaveCount(0);
  }
  await page.goto('/dashboard');
  await expect(page.getByTestId('appeal-box')).toContainText('ভুয়া ছবি দেওয়া হয়েছে');
});
