// Accounts against the running app: limits that a forged X-Forwarded-For does not dodge, guesses
// that cannot lock the owner out of a device she signed in with, and sign-up and password reset
// that answer a registered and an unregistered number alike — in words and in time. Shared
// loopback allowances are checked on their counters where spending them would hold up the other
// journeys (every journey runs from this one machine). That sign-up and reset answer alike in time
// is e2e/account-enumeration.spec.ts.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { e164, freshPhone, postForm, registeredPhone, signInByApi, sql } from './helpers';

const spoofed = (i: number) => `198.51.100.${10 + (i % 200)}`;
const LOOPBACK = /:(127\.0\.0\.1|::1|0000:0000:0000:0000::\/64)$/;

/** Auth.js's answer to a credentials post: where it sends the browser (…&code=throttled when limited). */
async function trySignIn(request: APIRequestContext, phone: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const res = await request.post('/api/auth/callback/credentials', { form: { csrfToken, phone, password }, headers, maxRedirects: 0 });
  return res.headers().location ?? '';
}

test.describe('limits a forged X-Forwarded-For does not dodge', () => {
  test('wrong passwords for one number, each with another X-Forwarded-For, are refused after 10', async ({ playwright, baseURL }) => {
    const phone = await registeredPhone();
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i++) {
      // A fresh context each time: no cookies, only the forged header differs.
      const api = await playwright.request.newContext({ baseURL });
      outcomes.push(await trySignIn(api, phone, `wrong-guess-${i}`, { 'X-Forwarded-For': spoofed(i), 'X-Real-IP': spoofed(i + 1) }));
      await api.dispose();
    }
    expect(outcomes.slice(0, 10).every((l) => l.includes('error=CredentialsSignin') && !l.includes('code=throttled'))).toBe(true);
    expect(outcomes[10]).toContain('code=throttled');
    const keys = (await sql<{ key: string }>(`SELECT key FROM "RateLimit" WHERE key LIKE $1 OR key LIKE 'signin:client:%'`, [`signin:%${e164(phone)}%`])).map((r) => r.key);
    expect(keys.filter((k) => k.includes('198.51.100.'))).toEqual([]);
    expect(keys.some((k) => k.startsWith(`signin:pair:${e164(phone)}:`) && LOOPBACK.test(k))).toBe(true);
  });

  test('SMS code requests with forged headers count against the one real client and the number', async ({ page }) => {
    const before = await loopbackCount('otp:client:%');
    const phones = [freshPhone(), freshPhone(), freshPhone()];
    await page.goto('/forgot-password');
    for (const [i, phone] of phones.entries()) {
      await page.setExtraHTTPHeaders({ 'X-Forwarded-For': spoofed(i), 'X-Real-IP': spoofed(i + 7) });
      const res = await postForm(page, '/forgot-password', { phone });
      expect(res.status).toBe(303);
    }
    // The same number again at once, from "another" address: still one number, too soon.
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': spoofed(99) });
    const again = await postForm(page, '/forgot-password', { phone: phones[0]! });
    expect(again.status).toBe(303); // the earlier code stands, the same answer as "sent"
    const keys = (await sql<{ key: string }>(`SELECT key FROM "RateLimit" WHERE key LIKE 'otp:%'`)).map((r) => r.key);
    expect(keys.filter((k) => k.includes('198.51.100.'))).toEqual([]);
    const after = await loopbackCount('otp:client:%');
    expect(after.count - (after.key === before.key ? before.count : 0)).toBeGreaterThanOrEqual(phones.length);
  });
});

async function loopbackCount(like: string): Promise<{ key: string; count: number }> {
  const rows = await sql<{ key: string; count: number }>(`SELECT key, count FROM "RateLimit" WHERE key LIKE $1 AND "resetAt" > now()`, [like]);
  return rows.find((r) => LOOPBACK.test(r.key)) ?? { key: '', count: 0 };
}

test('ten wrong passwords from one client leave the owner signing in on her device', async ({ playwright, baseURL }) => {
  const phone = await registeredPhone('মালিক');
  const owner = await playwright.request.newContext({ baseURL });
  expect((await signInByApi(owner, phone, 'demo1234')).session.user.phone).toBe(e164(phone));
  expect((await owner.storageState()).cookies.find((c) => c.name === 'haat.device')).toMatchObject({ httpOnly: true });

  const attacker = await playwright.request.newContext({ baseURL });
  const guesses: string[] = [];
  for (let i = 0; i < 10; i++) guesses.push(await trySignIn(attacker, phone, `guess-${i}-pass`));
  expect(guesses.every((l) => l.includes('error=CredentialsSignin'))).toBe(true);
  // From this client, without her device, even the right password now waits.
  expect(await trySignIn(attacker, phone, 'demo1234')).toContain('code=throttled');

  // Her device, the same client address: signed in.
  const { session } = await signInByApi(owner, phone, 'demo1234');
  expect(session.user.phone).toBe(e164(phone));
  await Promise.all([owner.dispose(), attacker.dispose()]);
});
