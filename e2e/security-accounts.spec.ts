// Accounts against the running app: limits that a forged X-Forwarded-For does not dodge, guesses
// that cannot lock the owner out of a device she signed in with, and sign-up and password reset
// that answer a registered and an unregistered number alike — in words and in time. Shared
// loopback allowances are checked on their counters where spending them would hold up the other
// journeys (every journey runs from this one machine).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { freshPhone, signInByApi, sql } from './helpers';

const spoofed = (i: number) => `198.51.100.${10 + (i % 200)}`;
const e164 = (phone: string) => `+880${phone.slice(1)}`;
const LOOPBACK = /:(127\.0\.0\.1|::1|0000:0000:0000:0000::\/64)$/;

/** A registered, confirmed account with the demo buyer's password ("demo1234"). */
async function registeredPhone(name = 'নিবন্ধিত'): Promise<string> {
  const phone = freshPhone();
  const hash = (await sql<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE phone = '+8801700000004'`))[0]!.passwordHash;
  await sql(`INSERT INTO "User" (id, phone, name, "passwordHash", status, roles, "phoneVerifiedAt", "updatedAt") VALUES ($1, $2, $3, $4, 'ACTIVE', '{BUYER}', now(), now())`, [
    `sa${Date.now()}${Math.random().toString(36).slice(2, 8)}`,
    e164(phone),
    name,
    hash,
  ]);
  return phone;
}

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

/**
 * Posts a form of the page as a browser without JavaScript would (its hidden $ACTION_ fields make
 * it a server action post), from the page's own origin; the answer's status, where it redirects,
 * its text and how long it took.
 */
async function postForm(page: Page, path: string, values: Record<string, string>) {
  const fields = await page.evaluate(() => {
    const form = document.querySelector('input[name="phone"]')!.closest('form')!;
    return [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === 'string');
  });
  const multipart = { ...Object.fromEntries(fields), ...values };
  const origin = new URL(page.url()).origin;
  const began = performance.now();
  const res = await page.request.post(path, { multipart, headers: { origin }, maxRedirects: 0 });
  const text = await res.text();
  return { ms: performance.now() - began, status: res.status(), location: res.headers().location ?? '', text };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

/** The answer with the number it was about taken out, so two numbers' answers compare. */
const withoutPhone = (answer: { status: number; location: string; text: string }, phone: string) => {
  const forms = [encodeURIComponent(e164(phone)), e164(phone), phone];
  const strip = (s: string) => forms.reduce((out, f) => out.split(f).join('PHONE'), s);
  return { status: answer.status, location: strip(answer.location), text: strip(answer.text) };
};

/** Waits until the worker has done every job (account jobs start a moment later on purpose), so its work never overlaps a measured request. */
async function queueDrained() {
  await expect
    .poll(async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM graphile_worker.jobs WHERE attempts < max_attempts`))[0]!.n), { timeout: 20_000, intervals: [100, 250] })
    .toBe(0);
}

test.describe('sign-up and reset tell no one which numbers have an account', () => {
  // The two timing checks one after the other in one worker, not beside each other.
  test.describe.configure({ mode: 'default' });
for (const flow of [
  { name: 'sign-up', path: '/sign-up', values: (phone: string) => ({ name: 'যাচাই পরীক্ষা', phone, password: 'shorshe-ilish-42' }), to: '/sign-up/verify?phone=' },
  { name: 'forgot password', path: '/forgot-password', values: (phone: string) => ({ phone }), to: '/forgot-password/reset?phone=' },
]) {
  test(`${flow.name}: a registered and a fresh number get the same answer in the same time`, async ({ page }) => {
    test.setTimeout(240_000);
    const tries = 20;
    const registered = await Promise.all(Array.from({ length: tries }, () => registeredPhone()));
    await page.goto(flow.path);
    const times = { registered: [] as number[], fresh: [] as number[] };
    const gaps: number[] = [];
    let reference: ReturnType<typeof withoutPhone> | undefined;
    // Warm-up posts (the first ones load code and fill caches), then the two kinds interleaved.
    for (const phone of [freshPhone(), await registeredPhone(), freshPhone()]) await postForm(page, flow.path, flow.values(phone));
    for (let i = 0; i < tries; i++) {
      const order = i % 2 === 0 ? (['registered', 'fresh'] as const) : (['fresh', 'registered'] as const);
      for (const kind of order) {
        const phone = kind === 'registered' ? registered[i]! : freshPhone();
        await queueDrained();
        const answer = await postForm(page, flow.path, flow.values(phone));
        expect(answer.status, `${kind} ${phone}`).toBe(303);
        expect(answer.location).toContain(`${flow.to}${encodeURIComponent(e164(phone))}`);
        const comparable = withoutPhone(answer, phone);
        reference ??= comparable;
        expect(comparable).toEqual(reference);
        times[kind].push(answer.ms);
      }
      gaps.push(times.registered[i]! - times.fresh[i]!);
    }
    const [a, b, gap] = [median(times.registered), median(times.fresh), median(gaps)];
    const slower = gaps.filter((g) => g > 0).length;
    console.log(`[security] ${flow.name}: median ${a.toFixed(1)} ms registered, ${b.toFixed(1)} ms fresh, median paired gap ${gap.toFixed(1)} ms; registered slower in ${slower} of ${tries} pairs`);
    // Compared pair by pair: each registered try against the fresh one beside it, so the load of a
    // shared machine (which drifts during the run, moving both alike) does not decide the outcome.
    // A difference the server makes shows in nearly every pair, the same way round; a busy
    // machine's noise falls either way. So a number is told apart if the paired gap is 10 ms or
    // more AND one kind was slower in at least 16 of the 20 pairs (by chance alone: about 1 %).
    const oneWay = Math.max(slower, tries - slower) >= 16;
    expect(Math.abs(gap) < 10 || !oneWay, `paired gap ${gap.toFixed(1)} ms, the same way in ${Math.max(slower, tries - slower)} of ${tries} pairs`).toBe(true);
  });
}
});
