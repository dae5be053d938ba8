import { expect, test } from '@playwright/test';
import { codeFromSms, freshPhone, signInByApi, sql } from './helpers';

const toAscii = (text: string) => text.replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d)));
/** The example in the phone field's hint ("যেমন ০১৭১১-২৩৪৫৬৭"), the one number a page may show. */
const EXAMPLE = '01711234567';
/** Every Bangladeshi mobile number anywhere in a page's HTML: either script, with or without a dash or +880. */
const fullNumbers = (html: string) =>
  (toAscii(html).replace(/(\d)[\s-](?=\d)/g, '$1').match(/(?<!\d)(?:\+?880|0)1[3-9]\d{8}(?!\d)/g) ?? []).filter((n) => !n.endsWith(EXAMPLE.slice(1)));

/** Every donor's number, as the page would have to contain it (the last ten digits) to leak it. */
async function donorNumbers(): Promise<string[]> {
  const rows = await sql<{ phone: string }>(`SELECT p.phone FROM "Provider" p JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId" WHERE c.slug = 'blood-donor'`);
  return rows.map((r) => r.phone.slice(-10));
}
const leaked = async (html: string) => {
  const text = toAscii(html).replace(/(\d)[\s-](?=\d)/g, '$1');
  return (await donorNumbers()).filter((n) => text.includes(n));
};

test.describe('blood donors', () => {
  test('/blood shows no donor’s number until the asker confirms their own by SMS code', async ({ page }) => {
    const response = await page.goto('/blood');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('রক্তদাতা');
    const donors = page.locator('main article');
    expect(await donors.count()).toBeGreaterThan(0);
    await expect(donors.first()).toContainText('XXXXX');
    expect(fullNumbers(await page.content())).toEqual([]);
    expect(await leaked(await page.content())).toEqual([]);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);

    // Group and area are plain links (no JavaScript needed), and they combine.
    await page.getByRole('link', { name: 'AB+', exact: true }).click();
    await expect(page).toHaveURL(/\/blood\?group=AB_POS$/);
    for (const badge of await page.locator('main article > span:first-child').allTextContents()) expect(badge).toBe('AB+');
    await page.locator('main nav').getByRole('link', { name: /^শেরপুর/ }).click();
    await expect(page).toHaveURL(/\/blood\?group=AB_POS&area=sherpur-bogura$/);
    await page.getByRole('link', { name: 'সব গ্রুপ' }).click();
    await expect(page).toHaveURL(/\/blood\?area=sherpur-bogura$/);
    expect(fullNumbers(await page.content())).toEqual([]);
    expect(await leaked(await page.content())).toEqual([]);

    const phone = freshPhone();
    await page.getByLabel('আপনার মোবাইল নম্বর').fill(phone);
    await page.getByRole('button', { name: 'কোড পাঠান' }).click();
    await expect(page.getByRole('heading', { name: 'SMS-এ আসা কোডটি লিখুন' })).toBeVisible();
    await page.getByLabel('৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));
    await page.getByRole('button', { name: 'যাচাই করে নম্বর দেখুন' }).click();

    // Back on the same search, now with numbers and call buttons.
    await expect(page).toHaveURL(/\/blood\?area=sherpur-bogura$/);
    await expect(page.locator('main article a[href^="tel:+8801"]').first()).toBeVisible();
    expect(await page.locator('main article a[href^="tel:"]').count()).toBe(await page.locator('main article').count());
    expect((await leaked(await page.content())).length).toBeGreaterThan(0);
    await expect(page.getByText('XXXXX')).toHaveCount(0);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'haat.donor');
    expect(cookie?.httpOnly).toBe(true);

    // Another browser without the cookie still sees masks.
    const stranger = await page.context().browser()!.newPage();
    await stranger.goto(page.url());
    expect(fullNumbers(await stranger.content())).toEqual([]);
    expect(await leaked(await stranger.content())).toEqual([]);
    await stranger.close();
  });

  test('a signed-in account with a verified number sees numbers without a code', async ({ page }) => {
    await signInByApi(page.request, '01700000004', 'demo1234');
    await page.goto('/blood');
    await expect(page.locator('main article a[href^="tel:+8801"]').first()).toBeVisible();
    await expect(page.getByLabel('আপনার মোবাইল নম্বর')).toHaveCount(0);
  });

  test('a donor records a donation in one tap and sees when they may give again', async ({ page }) => {
    // A demo donor in Kishoreganj (outside the Bogura list the other journeys look at), given a password.
    const [donor] = await sql<{ phone: string; slug: string }>(
      `SELECT u.phone, p.slug FROM "User" u JOIN "Provider" p ON p."userId" = u.id JOIN "ProviderCategory" pc ON pc."providerId" = p.id
       JOIN "Category" c ON c.id = pc."categoryId" JOIN "Area" a ON a.id = p."areaId"
       WHERE c.slug = 'blood-donor' AND a.path LIKE (SELECT path FROM "Area" WHERE slug = 'kishoreganj') || '%' ORDER BY p.slug LIMIT 1`,
    );
    expect(donor, 'a demo donor in Kishoreganj').toBeTruthy();
    await sql(`UPDATE "User" SET "passwordHash" = (SELECT "passwordHash" FROM "User" WHERE phone = '+8801700000004'), status = 'ACTIVE' WHERE phone = $1`, [donor!.phone]);
    await signInByApi(page.request, `0${donor!.phone.slice(4)}`, 'demo1234');

    await page.goto('/blood');
    await expect(page.getByRole('heading', { name: 'আপনার রক্তদান' })).toBeVisible();
    await page.getByRole('button', { name: 'আজ রক্ত দিয়েছি' }).click();
    await expect(page.getByText('ধন্যবাদ! রক্তদানের তারিখ রাখা হয়েছে।')).toBeVisible();
    await expect(page.getByText(/আবার রক্ত দিতে পারবেন .+ থেকে/)).toBeVisible();
    const [row] = await sql<{ lastDonationAt: Date }>(`SELECT "lastDonationAt" FROM "Provider" WHERE slug = $1`, [donor!.slug]);
    expect(Date.now() - new Date(row!.lastDonationAt).getTime()).toBeLessThan(5 * 60_000);

    // A date in the future is refused beside the field.
    await page.getByText('অন্য দিন দিয়েছেন? তারিখ দিন').click();
    await page.getByLabel('কবে রক্ত দিয়েছেন').fill('০১/০১/২০৯৯');
    await page.getByRole('button', { name: 'তারিখ রাখুন' }).click();
    await expect(page.locator('#date-error')).toHaveText('আজকের পরের কোনো তারিখ দেওয়া যাবে না।');
  });

  test('the blood-donor category goes to /blood, never to an unmasked list', async ({ page }) => {
    await page.goto('/c/blood-donor?area=sherpur-bogura');
    await expect(page).toHaveURL(/\/blood\?area=sherpur-bogura$/);
    expect(fullNumbers(await page.content())).toEqual([]);
    expect(await leaked(await page.content())).toEqual([]);
  });
});

test('/emergency puts 999 first and makes every number a call', async ({ page }) => {
  const response = await page.goto('/emergency');
  expect(response?.status()).toBe(200);
  const calls = page.locator('main a[href^="tel:"]');
  await expect(calls.first()).toHaveAttribute('href', 'tel:999');
  await expect(page.locator('a[href="tel:999"]')).toContainText('৯৯৯');
  expect(await calls.count()).toBeGreaterThan(6);
  await expect(page.getByRole('heading', { name: 'থানা-পুলিশ' })).toBeVisible();
  await expect(page.locator('a[href="tel:01320123456"]')).toContainText('০১৩২০-১২৩৪৫৬');
  expect(await page.locator('main img').count()).toBe(0);
});

test('/offices lists offices and representatives with call buttons, by upazila', async ({ page }) => {
  const response = await page.goto('/offices');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('উপজেলা নির্বাহী অফিসার').first()).toBeVisible();
  expect(await page.locator('main article').count()).toBeGreaterThan(2);
  await expect(page.locator('main article a[href^="tel:+8801"]').first()).toBeVisible();
  await page.locator('main nav').getByRole('link', { name: /^শেরপুর/ }).click();
  await expect(page).toHaveURL(/\/offices\/sherpur-bogura$/);
  expect(await page.locator('main article').count()).toBeGreaterThan(0);
});

test('/rentals answers with entries and kind filters', async ({ page }) => {
  const response = await page.goto('/rentals');
  expect(response?.status()).toBe(200);
  expect(await page.locator('main article').count()).toBeGreaterThan(0);
  await expect(page.locator('main article a[href^="tel:"]').first()).toBeVisible();
  await page.locator('main').getByRole('link', { name: 'দোকান', exact: true }).click();
  await expect(page).toHaveURL(/\/rentals\/shop$/);
  expect((await page.request.get('/en/rentals')).status()).toBe(200);
});

test.describe('open now and near me, worked out in the browser on a cached list', () => {
  // Monday 7 December 2026, 10:30 in Dhaka; the demo's electricians keep 09:00–20:00, Friday off.
  const MONDAY_MORNING = new Date('2026-12-07T10:30:00+06:00');
  const FRIDAY_NOON = new Date('2026-12-11T12:00:00+06:00');

  test('each card says open or closed at the visitor’s time; "open now only" hides the rest', async ({ page }) => {
    await page.clock.setFixedTime(MONDAY_MORNING);
    await page.goto('/c/electrician');
    const badges = page.locator('#providers [data-open-badge]:visible');
    await expect(badges.first()).toHaveText('খোলা · রাত ৮:০০ পর্যন্ত');
    const busy = await page.locator('#providers article[data-available="0"]').count();
    const cards = await page.locator('#providers article').count();

    await page.clock.setFixedTime(FRIDAY_NOON);
    await page.reload();
    await expect(badges.first()).toHaveText('বন্ধ · খুলবে শনিবার সকাল ৯:০০');
    await page.getByLabel('শুধু এখন খোলা').check();
    // Friday: nobody with hours is open; only those who gave no hours and are not busy stay.
    const withoutHours = await page.locator('#providers article[data-available="1"]:not([data-hours])').count();
    await expect(page.locator('#providers li:visible')).toHaveCount(withoutHours);
    expect(cards).toBeGreaterThan(busy);
  });

  test('"nearest first" puts the chosen place’s providers on top, and the phone remembers it', async ({ page }) => {
    const picker = page.getByLabel('কাছের আগে:');
    // A list (district-wide, or Sherpur upazila's with its unions) with providers of more than one place.
    let chosen: string | undefined;
    for (const path of ['/c/electrician', '/c/electrician/sherpur-bogura', '/c/plumber/sherpur-bogura', '/c/tailor/sherpur-bogura', '/c/mason/sherpur-bogura']) {
      await page.goto(path);
      await expect(picker).toBeVisible();
      const options = await picker.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      const paths = await page.locator('#providers article').evaluateAll((list) => list.map((a) => (a as HTMLElement).dataset.path ?? ''));
      // A place that has some of the listed providers, but not the first one.
      chosen = paths.length > 1 ? options.find((o) => paths.some((p) => p.startsWith(o)) && !paths[0]!.startsWith(o)) : undefined;
      if (chosen) break;
    }
    expect(chosen, 'a demo list with providers in more than one place').toBeTruthy();
    await picker.selectOption(chosen!);
    const inOrder = async () =>
      page.locator('#providers li').evaluateAll((items) =>
        items
          .map((li) => ({ top: li.getBoundingClientRect().top, path: li.querySelector('article')?.dataset.path ?? '' }))
          .sort((a, b) => a.top - b.top)
          .map((x) => x.path),
      );
    await expect.poll(async () => (await inOrder())[0]!.startsWith(chosen!)).toBe(true);
    const order = await inOrder();
    const firstElsewhere = order.findIndex((p) => !p.startsWith(chosen!));
    expect(order.slice(firstElsewhere).every((p) => !p.startsWith(chosen!))).toBe(true);

    await page.reload();
    await expect(picker).toHaveValue(chosen!);
  });
});
