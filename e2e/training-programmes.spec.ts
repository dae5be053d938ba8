import { expect, test } from '@playwright/test';
import { freshPhone, signInByApi, sql, typedDayFromNow } from './helpers';

test('an officer of Sherpur opens an electricians’ programme, a Sherpur electrician applies from her dashboard, another upazila’s officer cannot see it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `সোলার ও ঘরের ওয়্যারিং প্রশিক্ষণ ${Date.now().toString(36)}`;

  // The officer of Sherpur creates it as a draft…
  await signInByApi(page.request, '01700000001', 'demo1234');
  await page.goto('/console/training/new');
  await page.getByLabel('নাম (বাংলায়)').fill(title);
  await page.getByLabel('আয়োজক অফিস').fill('উপজেলা যুব উন্নয়ন অফিস, শেরপুর');
  await page.getByRole('checkbox', { name: 'ইলেকট্রিশিয়ান', exact: true }).check();
  await page.getByRole('checkbox', { name: /^পুরো / }).first().check();
  await page.getByLabel('আসন সংখ্যা').fill('১৫');
  await page.locator('input[name="sessionDate"]').nth(0).fill(typedDayFromNow(9));
  await page.locator('input[name="sessionStart"]').nth(0).fill('১০:০০');
  await page.locator('input[name="sessionEnd"]').nth(0).fill('১৩:০০');
  await page.locator('input[name="sessionDate"]').nth(1).fill(typedDayFromNow(10));
  await page.locator('input[name="sessionStart"]').nth(1).fill('১০:০০');
  await page.locator('input[name="sessionEnd"]').nth(1).fill('১৩:০০');
  await page.getByLabel('স্থান', { exact: true }).fill('উপজেলা যুব উন্নয়ন অফিস, শেরপুর');
  await page.getByRole('button', { name: 'খসড়া হিসেবে রাখুন' }).click();
  await expect(page).toHaveURL(/\/console\/training\/[^/?]+\?created=1$/, { timeout: 15_000 });
  const id = /\/console\/training\/([^/?]+)/.exec(page.url())![1]!;
  await expect(page.getByTestId('programme-status')).toHaveText('খসড়া');

  // …and opens it, after reading what opening does.
  await page.getByTestId('command-open').locator('summary').click();
  await expect(page.getByTestId('command-open')).toContainText('আবেদন করতে পারবেন');
  await page.getByRole('button', { name: 'হ্যাঁ, খুলে দিন' }).click();
  await expect(page.getByTestId('programme-status')).toHaveText('আবেদন চলছে', { timeout: 15_000 });
  const [audit] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditLog" WHERE "subjectId" = $1 AND action = 'training.open'`, [id]);
  expect(audit?.n).toBe('1');

  // It is on the public list at once, with its place and trade, and free.
  await page.goto('/training');
  const card = page.getByTestId('programme-card').filter({ hasText: title });
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('ইলেকট্রিশিয়ান');
  await expect(card).toContainText('বিনামূল্যে');
  await card.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('programme-title')).toHaveText(title);
  await expect(page.getByTestId('programme-seats-left')).toContainText('১৫টি আসন খালি');

  // The demo electrician (a union of Sherpur) applies from her dashboard.
  const provider = await browser.newContext();
  const her = await provider.newPage();
  await signInByApi(her.request, '01700000003', 'demo1234');
  await her.goto('/dashboard');
  const block = her.getByTestId('dashboard-training');
  const offer = block.getByTestId('programme-card').filter({ hasText: title });
  await expect(offer).toBeVisible({ timeout: 15_000 });
  await offer.getByRole('button', { name: 'আবেদন করুন' }).click();
  await expect(offer.getByText('আবেদন করা হয়েছে').first()).toBeVisible({ timeout: 15_000 });
  await expect(block.getByTestId('my-application').filter({ hasText: title })).toContainText('আবেদন করা হয়েছে');
  const rows = await sql<{ source: string; status: string }>(
    `SELECT t.source::text, t.status::text FROM "Trainee" t JOIN "Provider" p ON p.id = t."providerId" WHERE t."programmeId" = $1 AND p.phone = '+8801700000003'`,
    [id],
  );
  expect(rows).toEqual([{ source: 'APPLIED', status: 'APPLIED' }]);
  await provider.close();

  // An officer of another upazila of Bogura (Kahaloo) gets "not found" on its console address.
  const phone = freshPhone();
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "officerAreaId", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, 'কাহালুর অফিসার', "passwordHash", ARRAY['OFFICER', 'BUYER']::"Role"[], 'ACTIVE', now(), (SELECT id FROM "Area" WHERE slug = 'kahaloo'), now()
     FROM "User" WHERE phone = '+8801700000001'`,
    [`+880${phone.slice(1)}`],
  );
  const other = await browser.newContext();
  const officer = await other.newPage();
  expect((await signInByApi(officer.request, phone, 'demo1234')).session?.user).toBeTruthy();
  expect((await officer.goto(`/console/training/${id}`))?.status()).toBe(404);
  await officer.goto('/console/training');
  await expect(officer.getByText(title)).toHaveCount(0);
  await other.close();
});
