import { devices, expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { newConfirmedAccount } from './helpers';

/** Waits until /search?q=গুদাম links to this title `expected` times (the worker indexes through the outbox a moment after a change). */
const searchFinds = (page: Page, title: string, expected: number, message: string) =>
  expect
    .poll(
      async () => {
        await page.goto(`/search?q=${encodeURIComponent('গুদাম')}`);
        return page.getByRole('link', { name: title, exact: true }).count();
      },
      { message, timeout: 20_000, intervals: [500, 1000] },
    )
    .toBe(expected);

// Issue #14, item 3: an owner posts a to-let notice with a photo from her account; somebody else,
// on another phone, finds it by search and through the /rentals filters (cached pages that must
// show the new notice at once), and it disappears from them once she marks it let.
test('an owner posts a rental with a photo, and a visitor finds it by search and by the /rentals filter', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const phone = await newConfirmedAccount(page, 'সালমা বেগম');
  const title = `নদীর ধারে শুকনো গুদাম ${Date.now().toString(36)}`;

  // From the public list to the form.
  await page.goto('/rentals');
  await page.getByTestId('post-rental').click();
  await expect(page).toHaveURL(/\/account\/rentals\/new$/);
  // Her own number is there already, for calls and WhatsApp.
  await expect(page.getByLabel('ফোন নম্বর')).toHaveValue(phone);

  await page.getByLabel('কী ভাড়া দেবেন').selectOption({ label: 'গুদাম' });
  await page.getByLabel('শিরোনাম').fill(title);
  await page.getByLabel('এলাকা').selectOption({ label: 'মির্জাপুর' });
  await page.getByLabel('ভাড়া (টাকা)').fill('ছয় হাজার');
  await page.getByLabel('অগ্রিম (টাকা').fill('৩০০০০');
  await page.getByLabel('আকার').fill('২০০০ বর্গফুট');
  await page.getByLabel('বিবরণ').fill('পাকা মেঝে, ট্রাক ঢোকার রাস্তা আছে।');
  // Rent in words: a clear message beside it, and nothing typed is lost.
  await page.getByRole('button', { name: 'বিজ্ঞাপন দিন' }).click();
  await expect(page.getByText('টাকার অঙ্ক ঠিক নেই (যেমন ৬০০০)।')).toBeVisible();
  await expect(page.getByLabel('শিরোনাম')).toHaveValue(title);
  // The button is far below on a phone: the cursor is put in the field to mend, its message in view.
  await expect(page.getByLabel('ভাড়া (টাকা)')).toBeFocused();
  await expect(page.getByLabel('ভাড়া (টাকা)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('টাকার অঙ্ক ঠিক নেই (যেমন ৬০০০)।')).toBeInViewport();
  await page.getByLabel('ভাড়া (টাকা)').fill('১৫০০০');
  await page.getByRole('button', { name: 'বিজ্ঞাপন দিন' }).click();
  await expect(page.getByText('বিজ্ঞাপন চালু হয়েছে।', { exact: false })).toBeVisible();
  await expect(page.getByTestId('my-rental-state')).toContainText('চালু');

  // A photo through the same uploader (and media pipeline) as products.
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3f6212' } }).jpeg().toBuffer();
  await page.getByLabel('ছবি বাছুন').setInputFiles({ name: 'godown.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'ছবি তুলুন' }).click();
  await expect(page.getByTestId('rental-photo')).toHaveCount(1);

  // Somebody else, on another phone.
  const visitor = await browser.newContext({ ...devices['Pixel 5'], locale: 'bn-BD' });
  const visitorPage = await visitor.newPage();

  // By the filters: kind, then upazila — each a path of its own.
  await visitorPage.goto('/rentals');
  await visitorPage.getByRole('link', { name: 'গুদাম', exact: true }).click();
  await expect(visitorPage).toHaveURL(/\/rentals\/godown$/);
  await visitorPage.getByRole('link', { name: 'শেরপুর', exact: true }).click();
  await expect(visitorPage).toHaveURL(/\/rentals\/godown\/sherpur-bogura$/);
  const card = visitorPage.getByTestId('rental-card').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText('৳১৫,০০০');
  await expect(card).toContainText('অগ্রিম ৳৩০,০০০');
  await expect(card.locator('img')).toBeVisible();
  await expect(card.getByRole('link', { name: /সালমা বেগম-কে ফোন করুন/ })).toHaveAttribute('href', `tel:+880${phone.slice(1)}`);

  // By search: the worker indexes it through the outbox a moment later.
  await searchFinds(visitorPage, title, 1, 'the rental in search');
  await visitorPage.getByRole('link', { name: title, exact: true }).click();
  await expect(visitorPage).toHaveURL(/\/rentals\/godown\/mirzapur-sherpur-bogura#rental-/);
  await expect(visitorPage.getByTestId('rental-card').filter({ hasText: title })).toBeVisible();

  // Let: gone from the cached list at once, and from search soon after.
  await page.getByRole('button', { name: 'ভাড়া হয়ে গেছে' }).click();
  await expect(page.getByText('ভাড়া হয়ে গেছে — বিজ্ঞাপন লুকানো হয়েছে।')).toBeVisible();
  await visitorPage.goto('/rentals/godown/sherpur-bogura');
  await expect(visitorPage.getByTestId('rental-card').filter({ hasText: title })).toHaveCount(0);
  await searchFinds(visitorPage, title, 0, 'the let rental leaves search');

  // Her list says so, and she can put it back.
  await page.goto('/account/rentals');
  await expect(page.getByTestId('my-rental').filter({ hasText: title }).getByTestId('my-rental-state')).toHaveText('ভাড়া হয়ে গেছে · লুকানো');
  await visitor.close();
});
