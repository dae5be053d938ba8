import { expect, test } from '@playwright/test';

const BENGALI_DIGITS = /[০-৯]/;

test.describe('home page', () => {
  test('is Bengali by default with the district, the most used categories with live counts, all 40+ a tap away, and 999 in one tap', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'bn');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('বগুড়া'.normalize('NFC'));

    // A short page: the most used categories, each with someone listed; the rest behind "সব সেবা".
    const counts = await page.getByTestId('category-count').allTextContents();
    expect(counts.length).toBeGreaterThanOrEqual(8);
    expect(counts.length).toBeLessThanOrEqual(12);
    expect(counts.every((c) => BENGALI_DIGITS.test(c) && !/^০/.test(c))).toBe(true);
    await expect(page.getByTestId('all-services')).toHaveAttribute('href', '/services');

    await expect(page.getByRole('link', { name: /৯৯৯/ }).first()).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('link', { name: 'সব দোকান দেখুন' })).toHaveAttribute('href', '/shops');
    await page.getByTestId('all-services').click();
    await expect(page).toHaveURL(/\/services$/);
    expect(await page.locator('main a[href^="/c/"]').count()).toBeGreaterThanOrEqual(40);
    const all = await page.getByTestId('category-count').allTextContents();
    expect(all.filter((c) => BENGALI_DIGITS.test(c) && !/^০/.test(c)).length).toBeGreaterThan(20);
    // The Bengali font ships with the app: no boxes on phones without one.
    expect(await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('16px "Noto Sans Bengali"', 'বগুড়া');
    })).toBe(true);
  });

  test('picks an upazila: its own page, with categories narrowed to it', async ({ page }) => {
    await page.goto('/');
    await page.locator('section[aria-labelledby="areas-heading"]').getByRole('link', { name: /^শেরপুর/ }).click();
    await expect(page).toHaveURL(/\/a\/sherpur-bogura$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('শেরপুর');
    await expect(page.locator('main a[href="/c/electrician/sherpur-bogura"]')).toBeVisible();
    // The old address of the filtered home page still leads there.
    await page.goto('/?area=sherpur-bogura');
    await expect(page).toHaveURL(/\/a\/sherpur-bogura$/);
  });

  test('is English under /en', async ({ page }) => {
    const response = await page.goto('/en');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every service in Bogura, in one place');
    await expect(page.getByTestId('category-count').first()).toHaveText(/^\d+ providers?$/);
    await page.getByRole('link', { name: /^All services/ }).click();
    await expect(page).toHaveURL(/\/en\/services$/);
    expect(await page.locator('main a[href^="/en/c/"]').count()).toBeGreaterThanOrEqual(40);
  });
});

test.describe('language switch', () => {
  test('keeps the page and its filters', async ({ page }) => {
    await page.goto('/c/electrician/sherpur-bogura');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/c\/electrician\/sherpur-bogura$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Electrician');
    await page.getByRole('link', { name: 'বাংলা' }).click();
    await expect(page).toHaveURL(/\/c\/electrician\/sherpur-bogura$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ইলেকট্রিশিয়ান');
  });
});

test.describe('category page', () => {
  test('lists providers with a call button and WhatsApp', async ({ page }) => {
    await page.goto('/services');
    await page.locator('main a[href="/c/electrician"]').click();
    await expect(page).toHaveURL(/\/c\/electrician$/);
    const call = page.getByRole('link', { name: /ফোন করুন/ }).first();
    await expect(call).toHaveAttribute('href', /^tel:\+8801\d{9}$/);
    await expect(page.locator('a[href^="https://wa.me/8801"]').first()).toBeVisible();
  });

  test('answers 404 for an unknown category, in the page language', async ({ page }) => {
    const response = await page.goto('/c/no-such-trade');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('পাতাটি পাওয়া যায়নি');
  });
});

test('health answers with every part ok', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', db: 'ok', search: 'ok', storage: 'ok' });
});
