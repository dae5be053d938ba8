import { expect, test } from '@playwright/test';
import { codeFromSms, freshPhone, sql } from './helpers';

const port = () => new URL(process.env.BASE_URL ?? 'http://localhost:3000').port;

test('50 identical checkout posts at once from one page make one order, and every post lands on it', async ({ page }) => {
  test.setTimeout(120_000);
  const [product] = await sql<{ slug: string }>(
    `SELECT p.slug FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' AND p.status = 'ACTIVE' AND p."isAvailable" ORDER BY p."sortOrder" LIMIT 1`,
  );
  const phone = freshPhone();
  const buyerPhone = `+880${phone.slice(1)}`;
  const shopOrigin = `http://pitha.localhost:${port()}`;
  await page.goto(`${shopOrigin}/p/${product!.slug}`);
  await page.getByLabel('কতগুলো').fill('২০');
  await page.getByRole('button', { name: 'কার্টে যোগ করুন' }).click();
  await expect(page).toHaveURL(`${shopOrigin}/cart`);

  // Up to the code step the way a buyer gets there; then the filled-in form is posted 50 times.
  await page.getByLabel('আপনার নাম').fill('রুমানা');
  await page.getByLabel('আপনার মোবাইল নম্বর').fill(phone);
  await page.getByRole('radio', { name: 'নিজে গিয়ে নেব' }).check();
  await page.getByRole('button', { name: 'অর্ডার দিন' }).click();
  await page.getByLabel('আপনার মোবাইলে পাঠানো ৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));

  // The no-JavaScript post of the form (its $ACTION_… fields included), from the page itself, so
  // the browser sends its cookies and its Origin; redirects are not followed (the tracking page
  // is on another host), each answer must be one.
  const answers = await page.evaluate(async () => {
    const form = document.querySelector<HTMLFormElement>('form:has(input[name="checkoutKey"])')!;
    const entries = [...new FormData(form).entries()];
    if (!entries.some(([name]) => name.startsWith('$ACTION'))) {
      // Hydration may drop the progressive-enhancement fields: take them from the server's HTML.
      const html = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const served = html.querySelector<HTMLFormElement>('form:has(input[name="checkoutKey"])')!;
      entries.push(...[...new FormData(served).entries()].filter(([name]) => name.startsWith('$ACTION')));
    }
    const body = () => {
      const data = new FormData();
      for (const [name, value] of entries) data.append(name, value);
      return data;
    };
    const responses = await Promise.all(Array.from({ length: 50 }, () => fetch(location.href, { method: 'POST', body: body(), redirect: 'manual', credentials: 'include' })));
    return { entries: entries.map(([name, value]) => [name, String(value)] as [string, string]), kinds: responses.map((r) => `${r.type}:${r.status}`) };
  });
  const fields = answers.entries.map(([name]) => name);
  expect(fields.some((name) => name.startsWith('$ACTION'))).toBe(true);
  expect(fields).toContain('code');
  expect(answers.kinds).toEqual(Array(50).fill('opaqueredirect:0'));

  const orders = await sql<{ token: string; idempotencyKey: string | null; phoneConfirmed: boolean }>(`SELECT token, "idempotencyKey", "phoneConfirmed" FROM "Order" WHERE "buyerPhone" = $1`, [buyerPhone]);
  expect(orders).toHaveLength(1);
  expect(orders[0]).toMatchObject({ phoneConfirmed: true });
  expect(orders[0]!.idempotencyKey).toBeTruthy();

  // Where each post was sent: the same form posted again (with this browser's cookies and Origin)
  // is answered with a redirect to that one order's tracking page.
  // Node's resolver does not know *.localhost (Chromium does): post to localhost and name the shop's host.
  const multipart = Object.fromEntries(answers.entries);
  const cookie = (await page.context().cookies(shopOrigin)).map((c) => `${c.name}=${c.value}`).join('; ');
  const repeats = await Promise.all(
    Array.from({ length: 5 }, () =>
      page.request.post(`http://localhost:${port()}/cart`, { multipart, headers: { origin: shopOrigin, host: new URL(shopOrigin).host, cookie }, maxRedirects: 0 }),
    ),
  );
  for (const res of repeats) {
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe(`http://localhost:${port()}/orders/${orders[0]!.token}?placed=1`);
  }
  expect(await sql(`SELECT 1 FROM "Order" WHERE "buyerPhone" = $1`, [buyerPhone])).toHaveLength(1);
  // The seller heard of it once.
  const [shop] = await sql<{ phone: string }>(`SELECT phone FROM "Shop" WHERE slug = 'pitha'`);
  const told = await sql(`SELECT 1 FROM "SmsMessage" WHERE "to" = $1 AND purpose = 'order-new' AND "createdAt" > now() - interval '5 minutes' AND body LIKE '%' || (SELECT code FROM "Order" WHERE "buyerPhone" = $2) || '%'`, [shop!.phone, buyerPhone]);
  expect(told).toHaveLength(1);
});
