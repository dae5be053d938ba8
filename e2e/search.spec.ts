import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('/api/search finds Bengali records for the queries people type', async ({ request }) => {
    for (const q of ['পিঠা', 'pitha', 'পিটা', 'কেক', 'cake', 'ইলেক', 'electrician', 'কাঠ মিস্ত্রি', 'raj mistri', 'অ্যাম্বুলেন্স']) {
      // The worker indexes the demo district right after start; give it a moment.
      await expect
        .poll(async () => (await (await request.get(`/api/search?q=${encodeURIComponent(q)}`)).json()).hits.length, { message: q, timeout: 15_000 })
        .toBeGreaterThan(0);
      const body = await (await request.get(`/api/search?q=${encodeURIComponent(q)}`)).json();
      expect(body).toMatchObject({ degraded: false, total: expect.any(Number), tookMs: expect.any(Number) });
      expect(body.hits[0]).toMatchObject({ type: expect.any(String), id: expect.any(String), title: expect.stringMatching(/[\u0980-\u09FF]/), url: expect.stringMatching(/^\//) });
    }
  });

  test('the header search box works from any page, without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'bn-BD' });
    const page = await context.newPage();
    await page.goto('/shops');
    await page.getByRole('combobox').fill('pitha');
    await page.getByRole('combobox').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=pitha$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('pitha');
    await expect(page.getByRole('link', { name: /পিঠা/ }).first()).toBeVisible();
    await context.close();
  });

  test('suggests matches as you type', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox').pressSequentially('পিঠা', { delay: 50 });
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('listbox')).toContainText('পিঠা');
  });

  test('shows call buttons on providers and a helpful empty result', async ({ page }) => {
    await page.goto('/search?q=electrician&type=provider');
    await expect(page.getByRole('link', { name: /ফোন করুন/ }).first()).toHaveAttribute('href', /^tel:\+8801/);
    await page.goto('/search?q=zzqqxx');
    await expect(page.getByText('কিছু পাওয়া যায়নি', { exact: false }).first()).toBeVisible();
  });
});

test('the everyday word for blood leads to /blood, in the results, the API and the suggestions', async ({ page, request }) => {
  // Donors are never in the index: without the card, রক্ত found nothing.
  await page.goto('/search?q=%E0%A6%B0%E0%A6%95%E0%A7%8D%E0%A6%A4'); // রক্ত
  const card = page.getByTestId('search-leads').getByRole('link', { name: /রক্তদাতা খুঁজুন/ });
  await expect(card).toHaveAttribute('href', '/blood');
  for (const q of ['rokto', 'blood']) {
    const body = await (await request.get(`/api/search?q=${q}`)).json();
    expect(body.leads[0], q).toMatchObject({ url: '/blood', title: 'রক্তদাতা খুঁজুন' });
  }
  expect((await (await request.get('/api/search?q=blood&locale=en')).json()).leads[0]).toMatchObject({ url: '/en/blood', title: 'Find blood donors' });
  await card.click();
  await expect(page).toHaveURL(/\/blood$/);
  // The header's suggestions offer it first too.
  await page.getByRole('combobox').pressSequentially('rokto', { delay: 50 });
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('রক্তদাতা খুঁজুন');
});

test('an empty search in one union points to the rest of the district', async ({ page }) => {
  await page.goto('/search?q=%E0%A6%95%E0%A6%BE%E0%A6%B2%E0%A6%BF%E0%A6%9C%E0%A6%BF%E0%A6%B0%E0%A6%BE&area=mirzapur-sherpur-bogura'); // কালিজিরা
  await expect(page.getByRole('link', { name: /পুরো বগুড়া জেলায়/ })).toBeVisible();
});
