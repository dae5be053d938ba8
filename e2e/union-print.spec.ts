import { expect, test } from '@playwright/test';
import { readCertificateQr, sql } from './helpers';

// A union's printable notice-board list (issue #19 item 4): opened from the union's page, current
// when opened, verified providers only (never a donor), a QR code to the union's page, one A4 sheet.

const TRADES = ['electrician', 'plumber', 'carpenter', 'mason', 'painter', 'mechanic', 'mobile-repair', 'tailor', 'barber', 'doctor', 'pharmacy', 'ambulance'];

/** Verified (unless told) providers of a trade in a union, made directly; returns their names. */
async function addProviders(unionId: number, trade: string, names: string[], { verified = true, bloodGroup = null as string | null } = {}) {
  for (const name of names) {
    await sql(
      `WITH p AS (
         INSERT INTO "Provider" (id, slug, "nameBn", "areaId", phone, verification, "verifiedAt", "bloodGroup", "updatedAt")
         VALUES ('nb-' || md5(random()::text), 'nb-' || md5(random()::text), $1, $2, '+8801' || (700000000 + floor(random() * 99999999))::bigint, $3, now(), $4::"BloodGroup", now())
         RETURNING id)
       INSERT INTO "ProviderCategory" ("providerId", "categoryId", "isPrimary") SELECT p.id, (SELECT id FROM "Category" WHERE slug = $5), true FROM p`,
      [name, unionId, verified ? 'VERIFIED' : 'PENDING', bloodGroup, trade],
    );
  }
}

/** The number of pages of a PDF Chromium made. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test('a union notice-board list opens from the union page, is current, prints on one A4 sheet with a QR code', async ({ page }) => {
  test.setTimeout(120_000);
  // A union of Sherpur nobody else's journey uses.
  const [union] = await sql<{ id: number; slug: string; nameBn: string }>(
    `SELECT u.id, u.slug, u."nameBn" FROM "Area" u JOIN "Area" up ON up.id = u."parentId"
     WHERE up.slug = 'sherpur-bogura' AND u.level = 'UNION' AND u.slug <> 'mirzapur-sherpur-bogura' ORDER BY u.id DESC LIMIT 1`,
  );
  const tailor = `নোটিশ দর্জি ${Date.now() % 100000}`;
  await addProviders(union!.id, 'tailor', [tailor]);
  await addProviders(union!.id, 'tailor', ['অপেক্ষমাণ দর্জি'], { verified: false });
  await addProviders(union!.id, 'blood-donor', ['গোপন রক্তদাতা'], { bloodGroup: 'O_POS' });

  await page.goto(`/a/${union!.slug}`);
  await page.getByRole('link', { name: 'নোটিশ বোর্ডের তালিকা ছাপুন' }).click();
  await expect(page).toHaveURL(new RegExp(`/a/${union!.slug}/print$`), { timeout: 15_000 });
  const board = page.getByTestId('notice-board');
  await expect(board.getByRole('heading', { level: 1 })).toContainText(union!.nameBn, { timeout: 15_000 });
  await expect(board.getByText(tailor)).toBeVisible({ timeout: 15_000 });
  await expect(board.getByText('অপেক্ষমাণ দর্জি')).toHaveCount(0);
  await expect(board.getByText('গোপন রক্তদাতা')).toHaveCount(0);
  // The date it was made, in Bengali digits.
  await expect(page.getByTestId('notice-board-date')).toHaveText(/^তালিকা তৈরি: [০-৯]{1,2} \S+ [০-৯]{4}$/);
  // The QR code leads to the union's page.
  expect(await readCertificateQr(page, 'notice-board-qr')).toMatch(new RegExp(`^https?://[^/]+/a/${union!.slug}$`));

  // A crowded union: twelve trades of eight each, with long names. Cut to one page, and it says so.
  for (const [i, trade] of TRADES.entries()) {
    await addProviders(union!.id, trade, Array.from({ length: 8 }, (_, n) => `${'অনেক লম্বা নামের সেবাদাতা '.repeat(2)}${i}-${n}`));
  }
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByTestId('notice-board-more').count();
    }, { timeout: 15_000, intervals: [500, 1000] })
    .toBe(1);
  // Every line shown lies inside the list's box: nothing is cut off or spills onto a second sheet.
  await page.emulateMedia({ media: 'print' });
  const list = await board.locator('[data-testid=notice-board-trade]').first().locator('..').boundingBox();
  const rows = await board.locator('[data-testid=notice-board-trade] li, [data-testid=notice-board-trade] h2').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { right: r.right + window.scrollX, bottom: r.bottom + window.scrollY };
    }),
  );
  expect(rows.length).toBeGreaterThan(30);
  for (const row of rows) {
    expect(row.right).toBeLessThanOrEqual(list!.x + list!.width + 1);
    expect(row.bottom).toBeLessThanOrEqual(list!.y + list!.height + 1);
  }
  // The note and the address below the list are on the sheet too.
  const sheet = await board.locator('article').boundingBox();
  const footer = await page.getByTestId('notice-board-footer').boundingBox();
  expect(footer!.y + footer!.height).toBeLessThanOrEqual(sheet!.y + sheet!.height + 1);
  await expect(page.getByTestId('notice-board-more')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBe(1);
});

test('a union with nobody verified gets a helpful empty page; anything else is not found', async ({ page, request }) => {
  const [empty] = await sql<{ slug: string }>(
    `SELECT u.slug FROM "Area" u JOIN "Area" d ON u.path LIKE d.path || '%'
     WHERE d.slug = 'kishoreganj' AND u.level = 'UNION' AND NOT EXISTS (SELECT 1 FROM "Provider" p WHERE p."areaId" = u.id) ORDER BY u.id LIMIT 1`,
  );
  const res = await page.goto(`/a/${empty!.slug}/print`);
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId('notice-board-empty')).toContainText('এই ইউনিয়নে এখনো যাচাই করা কোনো সেবাদাতা নেই', { timeout: 15_000 });
  await expect(page.getByTestId('notice-board-qr').locator('svg')).toBeVisible();
  for (const path of ['/a/no-such-union/print', '/a/sherpur-bogura/print', '/a/bogura/print', '/a/-/print']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
