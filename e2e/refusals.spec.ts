// Every refusal says so where she is looking (issue #15): the resend cool-down counts down in
// Bengali digits (and is said by the server without JavaScript), five wrong codes are answered with
// the lockout every time with the resend control right there, cart quantities are answered beside
// their line, a too-long shop address is refused instead of cut; officers find the console, and an
// officer given a temporary password replaces it before anything else.
import { expect, test, type Page } from '@playwright/test';
import { codeFromSms, e164, freshPhone, newConfirmedAccount, signInByApi, sql } from './helpers';

const port = () => new URL(process.env.BASE_URL ?? 'http://localhost:3000').port;
const BN = /[০-৯]+/;
const bnNumber = (text: string | null) => Number((BN.exec(text ?? '')?.[0] ?? '').replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d))));

async function signUp(page: Page, phone: string) {
  await page.goto('/sign-up');
  await page.getByLabel('আপনার নাম').fill('শিরিন সুলতানা');
  await page.getByLabel('মোবাইল নম্বর').fill(phone);
  await page.getByLabel('পাসওয়ার্ড').fill('kachki-mach-77');
  await page.getByRole('button', { name: 'কোড পাঠান' }).click();
  await expect(page.getByRole('heading', { name: 'নম্বর যাচাই করুন' })).toBeVisible({ timeout: 15_000 });
}

test.describe('sign-up codes', () => {
  test('the resend button counts the cool-down down in Bengali digits; the server says the seconds, with JavaScript or without', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const phone = freshPhone();
    await signUp(page, phone);
    const resend = page.getByTestId('resend-code').getByRole('button');
    // Just signed up: a code is on its way, so the button waits, counting down.
    await expect(resend).toBeDisabled({ timeout: 15_000 });
    await expect(resend).toHaveText(/আবার কোড পাঠান \([০-৯]+\)/);
    const first = bnNumber(await resend.textContent());
    expect(first).toBeGreaterThan(30);
    await expect.poll(async () => bnNumber(await resend.textContent()), { timeout: 15_000 }).toBeLessThan(first);

    // Asked anyway (the button forced): the server's answer is shown right there, counting down.
    await resend.evaluate((button) => button.removeAttribute('disabled'));
    await resend.click();
    const alert = page.getByTestId('resend-code').getByRole('alert');
    await expect(alert).toContainText(/[০-৯]+ সেকেন্ড পরে আবার কোড চাইতে পারবেন/, { timeout: 15_000 });
    // …and counts down, as the button does (its `disabled` was taken off by hand above, so React leaves it off).
    const said = bnNumber(await alert.textContent());
    await expect.poll(async () => bnNumber(await alert.textContent()), { timeout: 15_000 }).toBeLessThan(said);
    await expect(resend).toHaveText(/আবার কোড পাঠান \([০-৯]+\)/);

    // Without JavaScript the same refusal comes back in the page the server renders.
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: 'bn-BD' });
    const noJs = await plain.newPage();
    await noJs.goto(`/sign-up/verify?phone=${encodeURIComponent(e164(phone))}`);
    await expect(noJs.getByTestId('resend-wait')).toContainText(/[০-৯]+ সেকেন্ড পরে/);
    await noJs.getByTestId('resend-code').getByRole('button').click();
    await expect(noJs.getByTestId('resend-code').getByRole('alert')).toContainText(/[০-৯]+ সেকেন্ড পরে আবার কোড চাইতে পারবেন/, { timeout: 15_000 });
    await plain.close();
  });

  test('five wrong codes lock the code, said on every try with the resend control right there; a new code opens the account', async ({ page }) => {
    test.setTimeout(120_000);
    const phone = freshPhone();
    await signUp(page, phone);
    const code = await codeFromSms(page, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const field = page.getByLabel('৬ অঙ্কের কোড');
    const error = page.locator('#code-error');
    const tryCode = async (typed: string) => {
      await field.fill(typed);
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/sign-up/verify'));
      await page.getByRole('button', { name: 'যাচাই করুন' }).click();
      await answered;
    };
    for (let i = 1; i <= 4; i++) {
      await tryCode(wrong);
      await expect(error).toContainText('কোডটি কাজ করেনি', { timeout: 15_000 });
    }
    await tryCode(wrong);
    await expect(error).toContainText('পাঁচবার ভুল কোড দেওয়া হয়েছে', { timeout: 15_000 });
    // Every try after it, even the right code, hears the same — never silence.
    for (const typed of [wrong, code]) {
      await tryCode(typed);
      await expect(error).toContainText('পাঁচবার ভুল কোড দেওয়া হয়েছে', { timeout: 15_000 });
      await expect(page.getByTestId('resend-code').getByRole('button')).toBeInViewport();
    }

    // The minute's wait over (taken off here), the resend control sends a new code, which works.
    await sql(`DELETE FROM "RateLimit" WHERE key = $1`, [`otp:gap:SIGN_UP:${e164(phone)}`]);
    await page.reload();
    const resend = page.getByTestId('resend-code').getByRole('button');
    await expect(resend).toBeEnabled({ timeout: 15_000 });
    await resend.click();
    await expect(page.getByTestId('resend-code').getByRole('status')).toContainText('কোড পাঠানো হয়েছে', { timeout: 15_000 });
    await expect(resend).toBeDisabled();
    await field.fill(await codeFromSms(page, phone));
    await page.getByRole('button', { name: 'যাচাই করুন' }).click();
    await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible({ timeout: 15_000 });
  });
});

test('cart quantities: 0 removes the line and says so; -1, 1.5 and 1000000 are refused beside the line; nothing in the cart is lost', async ({ page }) => {
  test.setTimeout(90_000);
  const products = await sql<{ id: string; slug: string; nameBn: string }>(
    `SELECT p.id, p.slug, p."nameBn" FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
     WHERE s.slug = 'pitha' AND p.status = 'ACTIVE' AND p."isAvailable" AND NOT EXISTS (SELECT 1 FROM "ProductOption" o WHERE o."productId" = p.id)
       AND (p.fulfilment = 'MADE_TO_ORDER' OR p.stock >= 3)
     ORDER BY p."sortOrder" LIMIT 2`,
  );
  expect(products).toHaveLength(2);
  for (const product of products) {
    await page.goto(`http://pitha.localhost:${port()}/p/${product.slug}`);
    await page.getByLabel('কতগুলো').fill('২');
    await page.getByRole('button', { name: 'কার্টে যোগ করুন' }).click();
    await expect(page.getByTestId('cart')).toContainText(product.nameBn, { timeout: 15_000 });
  }
  const line = page.locator('#line-0');
  const quantity = page.getByLabel('কতগুলো 1', { exact: true });
  await expect(line).toContainText(products[0]!.nameBn);
  await expect(line).toContainText(/১ থেকে [০-৯]+টি/);

  for (const typed of ['-1', '1.5', '১.৫']) {
    await quantity.fill(typed);
    await line.getByRole('button', { name: 'বদলান' }).click();
    // The page came back (the field shows the cart's quantity again), the refusal beside the line.
    await expect(quantity).toHaveValue('২', { timeout: 15_000 });
    await expect(line.getByRole('alert')).toContainText(/পূর্ণ সংখ্যা, ১ থেকে [০-৯]+/);
    await expect(line).toContainText('× ২');
    await expect(page.getByTestId('cart')).toContainText(products[1]!.nameBn);
  }
  await quantity.fill('1000000');
  await line.getByRole('button', { name: 'বদলান' }).click();
  await expect(line.getByRole('alert')).toContainText(/সর্বোচ্চ [০-৯]+টি/, { timeout: 15_000 });
  await expect(line).toContainText('× ২');

  await quantity.fill('৩');
  await line.getByRole('button', { name: 'বদলান' }).click();
  await expect(line).toContainText('× ৩', { timeout: 15_000 });
  await expect(line.getByRole('status')).toContainText('পরিমাণ বদলানো হয়েছে');

  await quantity.fill('0');
  await line.getByRole('button', { name: 'বদলান' }).click();
  await expect(page.getByTestId('cart-removed')).toContainText(`“${products[0]!.nameBn}” কার্ট থেকে সরানো হয়েছে`, { timeout: 15_000 });
  await expect(page.getByTestId('cart')).not.toContainText(products[0]!.nameBn);
  await expect(page.getByTestId('cart')).toContainText(products[1]!.nameBn);
  await expect(page.getByTestId('cart-link')).toContainText('২');
});

test('a 64-character shop address is kept as typed, counted against the limit and refused with a message', async ({ page }) => {
  await newConfirmedAccount(page, 'মৌসুমী বেগম');
  await page.goto('/dashboard/shop/new');
  await expect(page.locator('#slug-hint')).toContainText('৩ থেকে ৩০ অক্ষর');
  const long = 'a'.repeat(32) + '-' + 'b'.repeat(31);
  const slug = page.getByLabel('দোকানের ঠিকানা');
  await slug.fill(long);
  await expect(slug).toHaveValue(long);
  await expect(page.getByTestId('slug-count')).toHaveText('৬৪/৩০');
  await page.getByLabel('দোকানের নাম (বাংলায়)').fill('মৌসুমীর পিঠা');
  await page.getByRole('button', { name: 'দোকান খুলুন' }).click();
  await expect(page.locator('#slug-error')).toContainText('৩০ অক্ষরের মধ্যে', { timeout: 15_000 });
  await expect(slug).toHaveValue(long);
  expect(await sql(`SELECT 1 FROM "Shop" WHERE slug LIKE 'aaaa%'`)).toHaveLength(0);
});

test.describe('the console link', () => {
  test('an officer sees it in the header of a cached page and on /account', async ({ page }) => {
    expect((await signInByApi(page.request, '01700000001', 'demo1234')).session?.user).toBeTruthy();
    await page.goto('/');
    const link = page.getByTestId('console-link');
    await expect(link).toBeVisible({ timeout: 15_000 });
    await expect(link).toHaveAttribute('href', '/console');
    await page.goto('/account');
    await page.getByTestId('account-console').click();
    await expect(page.getByTestId('console-scope')).toBeVisible({ timeout: 15_000 });
  });

  test('a guest and a provider see none', async ({ page, browser }) => {
    await page.goto('/');
    await expect(page.getByTestId('account-link')).toHaveAccessibleName('সাইন ইন');
    await expect(page.getByTestId('console-link')).toHaveCount(0);

    const context = await browser.newContext({ locale: 'bn-BD' });
    const provider = await context.newPage();
    expect((await signInByApi(provider.request, '01700000003', 'demo1234')).session?.user).toBeTruthy();
    await provider.goto('/');
    // The hint has been read (her account link is there) and still no console link.
    await expect(provider.getByTestId('account-link')).toHaveAccessibleName(/^আমার অ্যাকাউন্ট/, { timeout: 15_000 });
    await expect(provider.getByTestId('console-link')).toHaveCount(0);
    await provider.goto('/account');
    await expect(provider.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();
    await expect(provider.getByTestId('account-console')).toHaveCount(0);
    await context.close();
  });
});

test('an officer given a temporary password must choose her own before anything else', async ({ page }) => {
  test.setTimeout(90_000);
  const phone = freshPhone();
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "officerAreaId", "mustChangePassword", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, 'নতুন অফিসার', "passwordHash", ARRAY['BUYER', 'OFFICER']::"Role"[], 'ACTIVE', "officerAreaId", true, now()
     FROM "User" WHERE phone = '+8801700000001'`,
    [e164(phone)],
  );
  await page.goto('/sign-in');
  await page.getByLabel('মোবাইল নম্বর').fill(phone);
  await page.getByLabel('পাসওয়ার্ড').fill('demo1234');
  await page.getByRole('button', { name: 'সাইন ইন' }).click();
  // Signed in, she lands on the change-password page, not on /account.
  await expect(page.getByRole('heading', { name: 'নিজের পাসওয়ার্ড দিন' })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/account\/password\?next=%2Faccount$/);
  // Nothing else until then: the console and the dashboard send her back here.
  await page.goto('/console');
  await expect(page).toHaveURL(/\/account\/password\?next=%2Fconsole$/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/account\/password\?next=%2Fdashboard$/);

  await page.goto('/console');
  await page.getByLabel('যে অস্থায়ী পাসওয়ার্ড পেয়েছেন').fill('demo1234');
  await page.getByLabel('নতুন পাসওয়ার্ড', { exact: true }).fill('demo1234');
  await page.getByRole('button', { name: 'পাসওয়ার্ড বদলান' }).click();
  await expect(page.locator('#password-error')).toContainText('আগেরটির মতো হতে পারবে না', { timeout: 15_000 });
  await page.getByLabel('যে অস্থায়ী পাসওয়ার্ড পেয়েছেন').fill('demo1234');
  await page.getByLabel('নতুন পাসওয়ার্ড', { exact: true }).fill('nijer-pasword-2026');
  await page.getByRole('button', { name: 'পাসওয়ার্ড বদলান' }).click();
  // Straight on to where she was going.
  await expect(page.getByTestId('console-scope')).toBeVisible({ timeout: 15_000 });
  const [user] = await sql<{ id: string; mustChangePassword: boolean }>(`SELECT id, "mustChangePassword" FROM "User" WHERE phone = $1`, [e164(phone)]);
  expect(user!.mustChangePassword).toBe(false);
  expect(await sql(`SELECT 1 FROM "AuditLog" WHERE "actorId" = $1 AND action = 'account.temporaryPasswordReplaced'`, [user!.id])).toHaveLength(1);
  await page.goto('/account');
  await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();
});
