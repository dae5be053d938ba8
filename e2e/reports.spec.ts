import { expect, test } from '@playwright/test';
import { signInByApi, sql } from './helpers';

// Reporting anything public and the officers' side of it (issue #14): a guest reports a product
// from its storefront, the Sherpur officer sees it in the queue with what it is, a link, a snippet
// and its owner; a reported review is hidden by the officer and leaves the provider's page.

test('a guest reports a product and the officer sees it in the queue, in context', async ({ page, browser }) => {
  const [product] = await sql<{ id: string; slug: string; nameBn: string; shop: string }>(
    `SELECT p.id, p.slug, p."nameBn", s.slug AS shop FROM "Product" p JOIN "Shop" s ON s.id = p."shopId"
     WHERE s.slug = 'achar-bari' AND p.status = 'ACTIVE' ORDER BY p."sortOrder", p."createdAt" LIMIT 1`,
  );
  expect(product, 'a demo product of achar-bari (Sherpur)').toBeTruthy();
  const details = `ভেতরে পোকা ছিল ${Date.now()}`;

  await page.goto(`/s/${product!.shop}/p/${product!.slug}`);
  await page.getByTestId('report-product').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('পণ্যের বিষয়ে অভিযোগ');
  await expect(page.getByTestId('reported-thing')).toContainText(product!.nameBn);
  await page.getByLabel('সমস্যা কী?').selectOption('FRAUD');
  await page.getByLabel('বিস্তারিত (ঐচ্ছিক)').fill(details);
  await page.getByRole('button', { name: 'জানান', exact: true }).click();
  await expect(page.getByText('ধন্যবাদ। আইসিটি অফিসার বিষয়টি দেখবেন।')).toBeVisible();

  const officer = await browser.newContext({ locale: 'bn-BD', viewport: page.viewportSize() ?? undefined });
  const officerPage = await officer.newPage();
  await signInByApi(officerPage.request, '01700000001', 'demo1234');
  await officerPage.goto('/console/reports');
  const group = officerPage.getByTestId('report-group').filter({ hasText: details });
  await expect(group).toHaveCount(1);
  await expect(group.getByRole('heading', { level: 2 })).toContainText(product!.nameBn);
  await expect(group).toContainText('পণ্য');
  await expect(group).toContainText('নাম ছাড়া');
  const context = group.getByTestId('report-context');
  await expect(context).toContainText('মালিক');
  await expect(context.getByRole('link', { name: 'সবাই যেভাবে দেখে, খুলুন' })).toHaveAttribute('href', new RegExp(`/s/${product!.shop}/p/${product!.slug}$`));
  await officer.close();
});

test('the officer hides a reported review and it leaves the provider’s page', async ({ page, browser }) => {
  // A review on a Sherpur provider by a neighbour, written straight into the database.
  const text = `গালাগালি ভরা মতামত ${Date.now()}`;
  const [provider] = await sql<{ id: string; slug: string }>(
    `SELECT p.id, p.slug FROM "Provider" p JOIN "Area" a ON a.id = p."areaId" JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId"
     WHERE p.status = 'ACTIVE' AND p.kind = 'INDIVIDUAL' AND p."bloodGroup" IS NULL AND c.slug = 'electrician'
       AND a.path LIKE (SELECT path FROM "Area" WHERE slug = 'sherpur-bogura') || '%' ORDER BY p.slug DESC LIMIT 1`,
  );
  const phone = `+88019${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const [author] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, phone, name, status, "phoneVerifiedAt", roles, "updatedAt") VALUES ('e2e-' || md5(random()::text), $1, 'রাশেদা বেগম', 'ACTIVE', now(), '{BUYER}', now()) RETURNING id`,
    [phone],
  );
  await sql(`INSERT INTO "Review" (id, "providerId", "authorId", rating, text, "updatedAt") VALUES ('e2e-' || md5(random()::text), $1, $2, 1, $3, now())`, [provider!.id, author!.id, text]);

  // Someone signed in reports it from the profile.
  const reporter = await browser.newContext({ locale: 'bn-BD', viewport: page.viewportSize() ?? undefined });
  const reporterPage = await reporter.newPage();
  await signInByApi(reporterPage.request, '01700000004', 'demo1234');
  await reporterPage.goto(`/p/${provider!.slug}`);
  await expect(reporterPage.getByText(text)).toBeVisible();
  await expect(reporterPage.getByTestId('reviews-from-contacts')).toHaveText('মতামতগুলো তাঁদের, যাঁরা হাট থেকে এঁকে কল বা হোয়াটসঅ্যাপ করেছেন।');
  await reporterPage.getByRole('listitem').filter({ hasText: text }).getByRole('link', { name: 'মতামতটি নিয়ে অভিযোগ' }).click();
  await expect(reporterPage.getByRole('heading', { level: 1 })).toHaveText('মতামতের বিষয়ে অভিযোগ');
  await reporterPage.getByLabel('সমস্যা কী?').selectOption('ABUSIVE');
  await reporterPage.getByRole('button', { name: 'জানান', exact: true }).click();
  await expect(reporterPage.getByText('ধন্যবাদ। আইসিটি অফিসার বিষয়টি দেখবেন।')).toBeVisible();
  await reporter.close();

  // The officer reads it in context and hides it with a reason.
  await signInByApi(page.request, '01700000001', 'demo1234');
  await page.goto('/console/reports');
  const group = page.getByTestId('report-group').filter({ hasText: text });
  await expect(group.getByTestId('report-context')).toContainText('রাশেদা বেগম');
  await group.getByText('মতামতটি লুকান').click();
  await group.getByLabel('লুকানোর কারণ (লেখক SMS-এ পাবেন)').fill('গালাগালি করা যাবে না');
  await group.getByRole('button', { name: 'লুকান', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'মতামতটি লুকানো হলো, লেখককে SMS পাঠানো হয়েছে।' })).toBeVisible();
  await expect(page.getByTestId('report-group').filter({ hasText: text })).toHaveCount(0);

  // Gone from the public (cached) page at once; the author was told; the officer's act is in the audit log.
  const guest = await browser.newContext({ locale: 'bn-BD', viewport: page.viewportSize() ?? undefined });
  const guestPage = await guest.newPage();
  await guestPage.goto(`/p/${provider!.slug}`);
  await expect(guestPage.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(guestPage.getByText(text)).toHaveCount(0);
  await guest.close();
  const sms = await sql<{ body: string }>(`SELECT body FROM "SmsMessage" WHERE "to" = $1 AND purpose = 'review-hidden'`, [phone]);
  expect(sms.map((m) => m.body)).toEqual([expect.stringContaining('গালাগালি করা যাবে না')]);
  const [entry] = await sql<{ action: string }>(`SELECT a.action FROM "AuditLog" a JOIN "Review" r ON r.id = a."subjectId" WHERE r.text = $1 ORDER BY a."createdAt" DESC LIMIT 1`, [text]);
  expect(entry?.action).toBe('review.hide');
});
