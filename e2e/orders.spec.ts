import { expect, test } from '@playwright/test';
import { codeFromSms, freshPhone, signInByApi, sql } from './helpers';

const port = () => new URL(process.env.BASE_URL ?? 'http://localhost:3000').port;

test('a guest orders on the shop’s own host, confirms her number by SMS, the seller accepts, and the tracking page shows it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const [product] = await sql<{ slug: string; nameBn: string }>(
    `SELECT p.slug, p."nameBn" FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' AND p.status = 'ACTIVE' AND p."isAvailable" ORDER BY p."sortOrder" LIMIT 1`,
  );
  const phone = freshPhone();
  await page.goto(`http://pitha.localhost:${port()}/p/${product!.slug}`);
  // Zero is not a quantity: told so, nothing added.
  await page.getByLabel('কতগুলো').fill('০');
  await page.getByRole('button', { name: 'কার্টে যোগ করুন' }).click();
  await expect(page.getByTestId('add-to-cart').getByRole('alert')).toContainText('১ থেকে ৫০০');
  await page.getByLabel('কতগুলো').fill('২০');
  await page.getByRole('button', { name: 'কার্টে যোগ করুন' }).click();
  await expect(page).toHaveURL(`http://pitha.localhost:${port()}/cart`);
  await expect(page.getByTestId('cart')).toContainText(product!.nameBn);
  await expect(page.getByTestId('cart-link')).toContainText('২০');

  await page.getByLabel('আপনার নাম').fill('নাসরিন আক্তার');
  await page.getByLabel('আপনার মোবাইল নম্বর').fill(phone);
  await page.getByRole('radio', { name: 'নিজে গিয়ে নেব' }).check();
  await page.getByLabel('বিক্রেতাকে কিছু বলবেন?').fill('গুড় একটু বেশি দেবেন');
  await page.getByRole('button', { name: 'অর্ডার দিন' }).click();
  // First order from this number: a code by SMS, and nothing typed is lost.
  await expect(page.getByText('আপনার মোবাইলে একটি কোড পাঠানো হয়েছে।', { exact: false })).toBeVisible();
  await expect(page.getByLabel('আপনার নাম')).toHaveValue('নাসরিন আক্তার');
  await page.getByLabel('আপনার মোবাইলে পাঠানো ৬ অঙ্কের কোড').fill('000000');
  await page.getByRole('button', { name: 'অর্ডার দিন' }).click();
  await expect(page.getByText('কোডটি মেলেনি।', { exact: false })).toBeVisible();
  await page.getByLabel('আপনার মোবাইলে পাঠানো ৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));
  await page.getByRole('button', { name: 'অর্ডার দিন' }).click();

  // The tracking page, on the root host, by its unguessable link.
  await expect(page.getByText('ধন্যবাদ! অর্ডার দেওয়া হয়েছে।', { exact: false })).toBeVisible();
  expect(new URL(page.url()).host).toBe(`localhost:${port()}`);
  const code = (await page.getByTestId('order-code').textContent())!;
  await expect(page.getByTestId('order-status')).toHaveText('অর্ডার নেওয়া হয়েছে');
  await expect(page.getByText('“গুড় একটু বেশি দেবেন”')).toBeVisible();
  // Picking up: the buyer is told where (the storefront shows only the union).
  await expect(page.getByTestId('pickup-address')).toContainText('মির্জাপুর');
  const trackingUrl = page.url();

  // The seller accepts it in her inbox.
  const seller = await browser.newContext({ locale: 'bn-BD' });
  const sellerPage = await seller.newPage();
  await signInByApi(sellerPage.request, '01700000002', 'demo1234');
  await sellerPage.goto('/dashboard/orders');
  const card = sellerPage.getByTestId('seller-order').filter({ hasText: code });
  await expect(card).toContainText('নাসরিন আক্তার');
  await card.getByRole('button', { name: 'অর্ডার নিন' }).click();
  await expect(card.getByTestId('seller-order-status')).toHaveText('নিশ্চিত');
  // Turning it down later needs a reason.
  await card.getByRole('button', { name: 'বাতিল করুন' }).click();
  await expect(card.getByText('কারণ লিখুন — ক্রেতা SMS-এ জানবেন।')).toBeVisible();
  await seller.close();

  await page.goto(trackingUrl);
  await expect(page.getByTestId('order-status')).toHaveText('নিশ্চিত');
  // The buyer was told by SMS.
  const [sms] = await sql<{ body: string }>(`SELECT body FROM "SmsMessage" WHERE "to" = $1 AND purpose = 'order-status' ORDER BY "createdAt" DESC LIMIT 1`, [`+880${phone.slice(1)}`]);
  expect(sms?.body).toContain(code);
});

test('an unknown tracking link answers 404, and the demo seller’s inbox shows the demo orders', async ({ page, request }) => {
  expect((await request.get('/orders/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404);
  expect((await request.get('/orders/not-a-token')).status()).toBe(404);
  await signInByApi(page.request, '01700000002', 'demo1234');
  const response = await page.goto('/dashboard/orders?tab=all');
  expect(response?.status()).toBe(200);
  // The seeded orders were placed days ago; this run's are newer.
  const demo = await sql<{ code: string }>(`SELECT o.code FROM "Order" o JOIN "Shop" s ON s.id = o."shopId" WHERE s.slug = 'pitha' AND o."createdAt" < now() - interval '12 hours'`);
  expect(demo.length).toBeGreaterThanOrEqual(6);
  for (const { code } of demo) await expect(page.getByTestId('seller-order').filter({ hasText: code })).toHaveCount(1);
});
