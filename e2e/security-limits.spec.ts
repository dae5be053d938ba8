// Every per-client limit counts the TCP peer (no trusted proxy is configured for this app): a
// client that sends a different X-Forwarded-For or X-Real-IP with each request is still one client.
// Checked on the counters themselves, so the shared loopback allowances other journeys use are not
// spent here.
import { expect, test } from '@playwright/test';
import { sql } from './helpers';

const spoofed = (i: number) => `198.51.100.${10 + i}`;

test('search requests with forged forwarding headers all count against the one real client', async ({ request }) => {
  const loopbackKey = /^search:(127\.0\.0\.1|::1|0000:0000:0000:0000::\/64)$/;
  const searchCounts = () => sql<{ key: string; count: number }>(`SELECT key, count FROM "RateLimit" WHERE key LIKE 'search:%'`);
  const before = await searchCounts();
  for (let i = 0; i < 6; i++) {
    const res = await request.get(`/api/search?q=pitha`, { headers: { 'X-Forwarded-For': spoofed(i), 'X-Real-IP': spoofed(i + 50), Forwarded: `for=${spoofed(i)}` } });
    expect(res.status()).toBe(200);
  }
  // The search limit counts in the server's memory and reaches the table at its next sync (about a second).
  await expect
    .poll(
      async () => {
        const loopback = (await searchCounts()).find((r) => loopbackKey.test(r.key));
        const earlier = before.find((r) => r.key === loopback?.key)?.count ?? 0;
        // At least our six (other journeys may search at the same time; a new window may have begun).
        return loopback !== undefined && (loopback.count >= 6 || loopback.count - earlier >= 6);
      },
      { message: 'the loopback client was counted', timeout: 10_000 },
    )
    .toBe(true);
  expect((await searchCounts()).map((r) => r.key).filter((k) => k.includes('198.51.100.'))).toEqual([]);
});

test('a guest report with forged forwarding headers counts against the real client', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': spoofed(1), 'X-Real-IP': spoofed(2) });
  await page.goto('/p/electrician-bishalpur');
  await page.getByText('ভুল বা প্রতারণা জানান').click();
  await page.getByLabel('সমস্যা কী?').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'জানান', exact: true }).click();
  await expect(page.getByText('ধন্যবাদ। আইসিটি অফিসার বিষয়টি দেখবেন।')).toBeVisible();
  const keys = (await sql<{ key: string }>(`SELECT key FROM "RateLimit" WHERE key LIKE 'report:%'`)).map((r) => r.key);
  expect(keys.filter((k) => k.includes('198.51.100.'))).toEqual([]);
  expect(keys.some((k) => /^report:(127\.0\.0\.1|::1|0000:0000:0000:0000::\/64)$/.test(k))).toBe(true);
});
