import { expect, test } from '@playwright/test';
import { newConfirmedAccount, signInByApi, sql } from './helpers';

// One deployment serves Bogura and Kishoreganj (HAAT_DISTRICTS' default). A provider registers in
// a Kishoreganj union, the Kishoreganj officer verifies her, and the Bogura officer (Sherpur) can
// neither see her in the queue nor open her record by id. The area picker offers both districts,
// and the server refuses a union of any other, typed into the form by hand.

test('a provider of Kishoreganj is verified by its officer and stays out of reach of Bogura’s', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const phone = await newConfirmedAccount(page, 'রাবেয়া খাতুন');
  const [katiadi] = await sql<{ id: number; nameBn: string }>(
    `SELECT u.id, u."nameBn" FROM "Area" u JOIN "Area" z ON z.id = u."parentId" WHERE z.slug = 'katiadi' AND u.level = 'UNION' ORDER BY u.id LIMIT 1`,
  );
  const [dhaka] = await sql<{ id: number }>(
    `SELECT u.id FROM "Area" u WHERE u.level = 'UNION' AND u.path LIKE (SELECT path FROM "Area" WHERE slug = 'dhaka') || '%' ORDER BY u.id LIMIT 1`,
  );

  // Her profile, step by step, on a phone in Bengali.
  await page.goto('/account');
  await page.getByRole('link', { name: 'সেবাদাতা হিসেবে নিবন্ধন করুন' }).click();
  await page.getByRole('link', { name: 'শুরু করুন' }).click();
  await expect(page.getByText('ধাপ ১/৬')).toBeVisible();
  await page.getByLabel('যে নামে লোকে আপনাকে চেনে').fill('রাবেয়া সেলাই ঘর');
  await page.getByRole('checkbox', { name: 'দর্জি' }).check();
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();

  await expect(page.getByText('ধাপ ২/৬')).toBeVisible();
  const picker = page.getByLabel('আপনার ইউনিয়ন বা উপজেলা');
  // Both districts' upazilas are offered, each group named with its district (names as stored).
  const names = Object.fromEntries(
    (await sql<{ slug: string; nameBn: string }>(`SELECT slug, "nameBn" FROM "Area" WHERE slug IN ('katiadi', 'kishoreganj', 'sherpur-bogura', 'bogura')`)).map((a) => [a.slug, a.nameBn]),
  );
  await expect(picker.locator(`optgroup[label="${names.katiadi}, ${names.kishoreganj}"]`)).toHaveCount(1);
  await expect(picker.locator(`optgroup[label="${names['sherpur-bogura']}, ${names.bogura}"]`)).toHaveCount(1);
  await expect(picker.locator(`option[value="${katiadi!.id}"]`)).toHaveCount(1);
  // A union of a district Haat does not serve, put into the form by hand, is refused beside the field.
  await picker.evaluate((select: HTMLSelectElement, id: number) => {
    const option = document.createElement('option');
    option.value = String(id);
    option.textContent = 'ঢাকার ইউনিয়ন';
    select.append(option);
    select.value = String(id);
  }, dhaka!.id);
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.locator('#areaId-error')).toHaveText('আপনার ইউনিয়ন বা উপজেলা বাছাই করুন।');
  await expect(page.getByText('ধাপ ২/৬')).toBeVisible();

  await page.getByLabel('আপনার ইউনিয়ন বা উপজেলা').selectOption(String(katiadi!.id));
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.getByText('ধাপ ৩/৬')).toBeVisible();
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.getByText('ধাপ ৪/৬')).toBeVisible();
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.getByText('ধাপ ৫/৬')).toBeVisible();
  await page.getByLabel('সেবার নাম 1').fill('ব্লাউজ সেলাই');
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.getByText('ধাপ ৬/৬')).toBeVisible();
  await page.getByRole('link', { name: 'শেষ করুন' }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('আপনার প্রোফাইল সবাই দেখতে পাচ্ছে।');

  const [provider] = await sql<{ id: string; slug: string; areaId: number; verification: string }>(
    `SELECT p.id, p.slug, p."areaId", p.verification FROM "Provider" p WHERE p.phone = $1`,
    [`+880${phone.slice(1)}`],
  );
  expect(provider).toMatchObject({ areaId: katiadi!.id, verification: 'PENDING' });
  const hers = `a[href$="/provider/${provider!.id}"]`;

  // Bogura's officer (Sherpur): not in her queue, and her record is "not found" even by id.
  const bogura = await browser.newContext({ locale: 'bn-BD' });
  const boguraPage = await bogura.newPage();
  expect((await signInByApi(boguraPage.request, '01700000001', 'demo1234')).session?.user).toBeTruthy();
  await boguraPage.goto('/console/verify');
  await expect(boguraPage.getByTestId('console-scope')).toContainText('শেরপুর');
  await expect(boguraPage.getByTestId('verify-item').first()).toBeVisible();
  await expect(boguraPage.locator(hers)).toHaveCount(0);
  expect((await boguraPage.goto(`/console/records/provider/${provider!.id}`))?.status()).toBe(404);

  // Kishoreganj's officer sees her in the queue and verifies her.
  const kishoreganj = await browser.newContext({ locale: 'bn-BD' });
  const officerPage = await kishoreganj.newPage();
  expect((await signInByApi(officerPage.request, '01700000005', 'demo1234')).session?.user).toBeTruthy();
  await officerPage.goto('/console/verify');
  await expect(officerPage.getByTestId('console-scope')).toContainText('কিশোরগঞ্জ');
  const item = officerPage.getByTestId('verify-item').filter({ has: officerPage.locator(hers) });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'যাচাই করুন' }).click();
  await expect(item).toHaveCount(0);
  await expect(officerPage.getByRole('status').filter({ hasText: 'রাখা হয়েছে — মালিককে SMS পাঠানো হয়েছে।' })).toBeVisible();
  expect((await officerPage.goto(`/console/records/provider/${provider!.id}`))?.status()).toBe(200);

  await page.goto(`/p/${provider!.slug}`);
  await expect(page.getByTestId('verified-badge')).toBeVisible();
  const [entry] = await sql<{ action: string; phone: string }>(
    `SELECT l.action, u.phone FROM "AuditLog" l JOIN "User" u ON u.id = l."actorId" WHERE l."subjectId" = $1 ORDER BY l."createdAt" DESC LIMIT 1`,
    [provider!.id],
  );
  expect(entry).toEqual({ action: 'verify.verified', phone: '+8801700000005' });

  // Verified or not, Bogura's officer still cannot open her.
  expect((await boguraPage.goto(`/console/records/provider/${provider!.id}`))?.status()).toBe(404);
  await bogura.close();
  await kishoreganj.close();
});
