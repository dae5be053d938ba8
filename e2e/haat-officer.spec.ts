import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { toBengaliDigits } from '../lib/i18n/digits';
import { signInByApi, sql, typedDayFromNow } from './helpers';

const animalWords = (JSON.parse(readFileSync(new URL('../messages/bn.json', import.meta.url), 'utf8')) as { Livestock: Record<string, string> }).Livestock;

test('a district officer makes a season and a haat, publishes it, hides a listing with a reason, and reads the union’s numbers', async ({ page }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const haatName = `পরীক্ষার পশুর হাট ${tag}`;

  // Kishoreganj's officer (the demo's district officer).
  await signInByApi(page.request, '01700000005', 'demo1234');

  // A season for next year (this year's runs already, from the demo).
  await page.goto('/console/haat/seasons/new');
  await page.getByLabel('মৌসুমের নাম (বাংলায়)').fill(`ঈদুল আজহা (আগামী) ${tag}`);
  await page.getByLabel('প্রথম দিন').fill(typedDayFromNow(300));
  await page.getByLabel('শেষ দিন').fill(typedDayFromNow(320));
  await page.getByRole('button', { name: 'মৌসুম তৈরি করুন' }).click();
  await expect(page).toHaveURL(/\/console\/haat\/seasons\/[^/?]+\?created=1$/, { timeout: 15_000 });
  const seasonId = /\/seasons\/([^/?]+)/.exec(page.url())![1]!;
  const [seasonAudit] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditLog" WHERE "subjectId" = $1 AND action = 'haat.seasonCreate' AND "areaId" = (SELECT id FROM "Area" WHERE slug = 'kishoreganj')`, [seasonId]);
  expect(seasonAudit?.n).toBe('1');

  // A haat in the running season, a draft until published.
  await page.goto('/console/haat');
  await page.getByTestId('season-item').filter({ hasText: '— কিশোরগঞ্জ' }).getByRole('link').first().click();
  await expect(page.getByTestId('season-title')).toContainText('কিশোরগঞ্জ', { timeout: 15_000 });
  await page.getByLabel('হাটের নাম (বাংলায়)').fill(haatName);
  await page.getByLabel('ইউনিয়ন বা উপজেলা').selectOption({ index: 2 });
  await page.getByLabel('হাটের জায়গা').fill('হাইস্কুল মাঠ');
  await page.getByLabel('হাট শুরুর দিন').fill(typedDayFromNow(2));
  await page.getByLabel('হাটের শেষ দিন').fill(typedDayFromNow(20));
  await page.getByRole('checkbox', { name: 'শনিবার' }).check();
  await page.getByRole('checkbox', { name: 'মঙ্গলবার' }).check();
  await page.getByLabel('ইজারা অফিসের মোবাইল নম্বর').fill('০১৭১১০০০৯৯৯');
  await page.getByRole('checkbox', { name: 'হাটে পশু চিকিৎসক বুথ আছে' }).check();
  await page.getByRole('button', { name: 'হাট তৈরি করুন (খসড়া)' }).click();
  await expect(page).toHaveURL(/\/console\/haat\/haats\/[^/?]+\?created=1$/, { timeout: 15_000 });
  const haatId = /\/haats\/([^/?]+)/.exec(page.url())![1]!;
  await expect(page.getByTestId('haat-status')).toContainText('খসড়া');
  await page.getByRole('button', { name: 'প্রকাশ করুন' }).click();
  await expect(page.getByTestId('haat-status')).toContainText('প্রকাশিত', { timeout: 15_000 });
  const [publishAudit] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditLog" WHERE "subjectId" = $1 AND action = 'haat.publish' AND "areaId" IS NOT NULL`, [haatId]);
  expect(publishAudit?.n).toBe('1');

  // It shows on the district's public haat list, with the lease office's number to call.
  await expect
    .poll(
      async () => {
        await page.goto('/haat/markets/kishoreganj');
        return page.getByTestId('market-item').filter({ hasText: haatName }).count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  const item = page.getByTestId('market-item').filter({ hasText: haatName });
  await expect(item.locator('a[href="tel:+8801711000999"]')).toBeVisible();
  await expect(item).toContainText('পশু চিকিৎসক বুথ আছে');
  await expect(page.getByTestId('markets-calendar').getByRole('columnheader', { name: haatName })).toBeVisible();

  // She hides a listing, with a reason.
  await page.goto('/console/haat/listings');
  const listing = page.getByTestId('oversight-item').filter({ has: page.getByTestId('oversight-status').filter({ hasText: 'চালু' }) }).first();
  const listingId = (await listing.getAttribute('data-id'))!;
  const reason = `একই ছবি অন্য বিজ্ঞাপনে ${tag}`;
  await listing.getByLabel('লুকানোর কারণ (বিক্রেতা দেখবেন)').fill(reason);
  await listing.getByRole('button', { name: 'লুকান' }).click();
  await expect(page.locator(`[data-id="${listingId}"]`).getByTestId('oversight-status')).toHaveText('লুকানো', { timeout: 15_000 });
  const [row] = await sql<{ status: string; statusReason: string }>(`SELECT status::text, "statusReason" FROM "LivestockListing" WHERE id = $1`, [listingId]);
  expect(row).toEqual({ status: 'HIDDEN', statusReason: reason });

  // The audit log shows it.
  await page.goto('/console/audit');
  const entry = page.getByTestId('audit-entry').filter({ hasText: reason });
  await expect(entry).toBeVisible({ timeout: 15_000 });
  await expect(entry).toContainText('পশুর বিজ্ঞাপন লুকানো হলো');

  // The numbers show each union's counts as the database has them (the hidden one left out).
  const [union] = await sql<{ nameBn: string; animal: string; listings: number; sold: number }>(
    `SELECT a."nameBn", l.animal::text, count(*)::int AS listings, count(*) FILTER (WHERE l.sale = 'SOLD')::int AS sold
     FROM "LivestockListing" l JOIN "Area" a ON a.id = l."areaId"
     WHERE l.status = 'ACTIVE' AND starts_with(a.path, (SELECT path FROM "Area" WHERE slug = 'kishoreganj'))
     GROUP BY a.id, a."nameBn", l.animal ORDER BY count(*) DESC, a."nameBn" LIMIT 1`,
  );
  await page.goto('/console/haat/numbers');
  const animal = animalWords[`animal_${union!.animal}`]!;
  const numbersRow = page.getByTestId('livestock-numbers-row').filter({ hasText: union!.nameBn }).filter({ hasText: animal });
  await expect(numbersRow).toHaveCount(1, { timeout: 15_000 });
  await expect(numbersRow.locator('td').nth(1)).toHaveText(toBengaliDigits(String(union!.listings)));
  await expect(numbersRow.locator('td').nth(2)).toHaveText(toBengaliDigits(String(union!.sold)));
});
