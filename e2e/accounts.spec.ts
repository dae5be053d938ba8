import { expect, test } from '@playwright/test';
import { codeFromSms, freshPhone, signInByApi, sql } from './helpers';

test.describe('demo accounts', () => {
  for (const [role, phone] of [['admin', '01700000000'], ['officer', '01700000001'], ['seller', '01700000002'], ['provider', '01700000003'], ['buyer', '01700000004']] as const) {
    test(`${role} signs in through /api/auth/callback/credentials`, async ({ request }) => {
      const { status, session } = await signInByApi(request, phone, 'demo1234');
      expect(status).toBe(302);
      expect(session.user.phone).toBe(`+880${phone.slice(1)}`);
      // Shops' subdomains get a buyer cookie; an officer's or admin's session never reaches them.
      const names = (await request.storageState()).cookies.map((c) => c.name);
      expect(names.includes('haat.buyer')).toBe(role !== 'admin' && role !== 'officer');
    });
  }

  test('a wrong password gets no session, and looks like an unknown number', async ({ playwright, baseURL }) => {
    const a = await playwright.request.newContext({ baseURL });
    const b = await playwright.request.newContext({ baseURL });
    const wrong = await signInByApi(a, '01700000004', 'not-the-password');
    const unknown = await signInByApi(b, '01999999999', 'demo1234');
    expect(wrong.session).toBeNull();
    expect(unknown.session).toBeNull();
    expect(wrong.status).toBe(unknown.status);
  });

  test('sign-in and sign-up pages answer 200', async ({ request }) => {
    expect((await request.get('/sign-in')).status()).toBe(200);
    expect((await request.get('/sign-up')).status()).toBe(200);
    expect((await request.get('/en/sign-up')).status()).toBe(200);
  });
});

test.describe('new account', () => {
  test('sign up → SMS code → signed in → sign out → sign in again', async ({ page }) => {
    const phone = freshPhone();
    await page.goto('/sign-up');
    await page.getByLabel('আপনার নাম').fill('নাসরিন আক্তার');
    await page.getByLabel('মোবাইল নম্বর').fill(phone.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!)); // typed in Bengali digits
    await page.getByLabel('পাসওয়ার্ড').fill('shorshe-ilish-42');
    await page.getByRole('button', { name: 'কোড পাঠান' }).click();
    await expect(page.getByRole('heading', { name: 'নম্বর যাচাই করুন' })).toBeVisible();

    await page.getByLabel('৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));
    await page.getByRole('button', { name: 'যাচাই করুন' }).click();
    await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();
    await expect(page.getByText('ক্রেতা')).toBeVisible();

    await page.getByRole('button', { name: 'সাইন আউট', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('বগুড়া'.normalize('NFC'));
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
    await page.getByLabel('মোবাইল নম্বর').fill(phone);
    await page.getByLabel('পাসওয়ার্ড').fill('shorshe-ilish-42');
    await page.getByRole('button', { name: 'সাইন ইন' }).click();
    await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();
  });

  test('bad input gets a message beside each field and keeps what was typed', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByLabel('আপনার নাম').fill('রুবিনা');
    await page.getByLabel('মোবাইল নম্বর').fill('01211234567');
    await page.getByLabel('পাসওয়ার্ড').fill('password123');
    await page.getByRole('button', { name: 'কোড পাঠান' }).click();
    await expect(page.getByText('এটি বাংলাদেশের মোবাইল নম্বর নয়।', { exact: false })).toBeVisible();
    await expect(page.getByLabel('আপনার নাম')).toHaveValue('রুবিনা');
    await expect(page.getByLabel('মোবাইল নম্বর')).toHaveValue('01211234567');

    await page.getByLabel('মোবাইল নম্বর').fill(freshPhone());
    await page.getByLabel('পাসওয়ার্ড').fill('password123');
    await page.getByRole('button', { name: 'কোড পাঠান' }).click();
    await expect(page.locator('#password-error')).toContainText('এই পাসওয়ার্ড খুব সাধারণ');
    await expect(page.getByLabel('আপনার নাম')).toHaveValue('রুবিনা');
  });

  test('forgot password: code by SMS, new password, old one stops working', async ({ page, playwright, baseURL }) => {
    const phone = freshPhone();
    const hash = (await sql<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE phone = '+8801700000004'`))[0]!.passwordHash;
    await sql(`INSERT INTO "User" (id, phone, name, "passwordHash", status, roles, "updatedAt") VALUES ($1, $2, 'ভুলে যাওয়া', $3, 'ACTIVE', '{BUYER}', now())`, [`e2e${Date.now()}`, `+880${phone.slice(1)}`, hash]);

    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'পাসওয়ার্ড ভুলে গেছেন?' }).click();
    await expect(page.getByRole('heading', { name: 'পাসওয়ার্ড ভুলে গেছেন' })).toBeVisible();
    await page.getByLabel('মোবাইল নম্বর').fill(phone);
    await page.getByRole('button', { name: 'কোড পাঠান' }).click();
    await expect(page.getByRole('heading', { name: 'নতুন পাসওয়ার্ড দিন' })).toBeVisible();
    await page.getByLabel('৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));
    await page.getByLabel('নতুন পাসওয়ার্ড').fill('notun-pass-2026');
    await page.getByRole('button', { name: 'পাসওয়ার্ড বদলান' }).click();
    await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();

    const api = await playwright.request.newContext({ baseURL });
    expect((await signInByApi(api, phone, 'demo1234')).session).toBeNull();
    expect((await signInByApi(api, phone, 'notun-pass-2026')).session.user.phone).toBe(`+880${phone.slice(1)}`);
  });
});

test.describe('sessions', () => {
  test('a suspended user is refused on the very next request', async ({ request }) => {
    const phone = freshPhone();
    const hash = (await sql<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE phone = '+8801700000004'`))[0]!.passwordHash;
    await sql(`INSERT INTO "User" (id, phone, name, "passwordHash", status, roles, "updatedAt") VALUES ($1, $2, 'স্থগিত', $3, 'ACTIVE', '{BUYER}', now())`, [`e2s${Date.now()}`, `+880${phone.slice(1)}`, hash]);
    expect((await signInByApi(request, phone, 'demo1234')).session.user.name).toBe('স্থগিত');
    await sql(`UPDATE "User" SET status = 'SUSPENDED' WHERE phone = $1`, [`+880${phone.slice(1)}`]);
    const after = await (await request.get('/api/auth/session')).json();
    expect(after).toBeNull();
  });

  test('server actions refuse a foreign, "null" or missing Origin', async ({ request }) => {
    for (const origin of ['https://evil.example', 'null', undefined]) {
      const res = await request.post('/sign-in', { headers: { 'next-action': 'anything', ...(origin ? { origin } : {}) }, data: '[]' });
      expect(res.status(), `Origin ${origin}`).toBe(403);
    }
  });
});
