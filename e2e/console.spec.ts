import { expect, test } from '@playwright/test';
import { signInByApi, sql } from './helpers';

test('the demo officer approves a pending provider of Sherpur and the badge appears on the public profile', async ({ page }) => {
  await signInByApi(page.request, '01700000001', 'demo1234');
  const response = await page.goto('/console');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('console-scope')).toContainText('শেরপুর');

  const [pending] = await sql<{ id: string; slug: string; nameBn: string }>(
    `SELECT p.id, p.slug, p."nameBn" FROM "Provider" p JOIN "Area" a ON a.id = p."areaId"
     WHERE p.verification = 'PENDING' AND p.status = 'ACTIVE' AND p."bloodGroup" IS NULL AND p.kind = 'INDIVIDUAL'
       AND a.path LIKE (SELECT path FROM "Area" WHERE slug = 'sherpur-bogura') || '%'
     ORDER BY p."createdAt" LIMIT 1`,
  );
  expect(pending, 'a pending provider in Sherpur').toBeTruthy();
  await page.goto('/console/verify');
  // Demo names repeat: find the card by its record link.
  const item = page.getByTestId('verify-item').filter({ has: page.locator(`a[href$="/provider/${pending!.id}"]`) });
  await item.getByRole('button', { name: 'যাচাই করুন' }).click();
  // Decided, it leaves the queue.
  await expect(item).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'রাখা হয়েছে — মালিককে SMS পাঠানো হয়েছে।' })).toBeVisible();

  await page.goto(`/p/${pending!.slug}`);
  await expect(page.getByTestId('verified-badge')).toBeVisible();
  const [entry] = await sql<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "subjectId" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [pending!.id]);
  expect(entry?.action).toBe('verify.verified');
});

test('an officer cannot open a record outside the upazila, even by typing its id', async ({ page }) => {
  await signInByApi(page.request, '01700000001', 'demo1234');
  const [outside] = await sql<{ id: string }>(
    `SELECT p.id FROM "Provider" p JOIN "Area" a ON a.id = p."areaId" WHERE a.path NOT LIKE (SELECT path FROM "Area" WHERE slug = 'sherpur-bogura') || '%' LIMIT 1`,
  );
  expect((await page.goto(`/console/records/provider/${outside!.id}`))?.status()).toBe(404);
});

test('buyers are refused the console and guests are sent to sign in', async ({ page, request }) => {
  const guest = await request.get('/console', { maxRedirects: 0 });
  expect(guest.status()).toBe(307);
  expect(guest.headers().location).toContain('/sign-in');
  await signInByApi(page.request, '01700000004', 'demo1234');
  const response = await page.goto('/console');
  expect(response?.status()).toBe(403);
  await expect(page.getByText('এই পাতা আপনার জন্য নয়')).toBeVisible();
});
