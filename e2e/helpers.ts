import { expect, type APIRequestContext, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import pg from 'pg';
import sharp from 'sharp';
import { toBengaliDigits } from '../lib/i18n/digits';

/** Direct database access for what a journey cannot do through pages yet (e.g. suspend a user). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A number nobody has used in this run. */
export const freshPhone = () => `01${7 + Math.floor(Math.random() * 3)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

const seenSms = new Map<string, number>();

/**
 * The code in the next SMS the development inbox shows for a number. SMS go out through the
 * worker's queue, so this waits for a message this test has not read yet.
 */
export async function codeFromSms(page: Page, phone: string): Promise<string> {
  const to = `+880${phone.slice(1)}`;
  const inbox = await page.context().newPage();
  const seen = seenSms.get(to) ?? 0;
  let body: string | null = null;
  await expect
    .poll(
      async () => {
        await inbox.goto(`/dev/sms?to=${encodeURIComponent(to)}`);
        const count = await inbox.getByTestId('sms-body').count();
        if (count <= seen) return false;
        seenSms.set(to, count);
        body = await inbox.getByTestId('sms-body').first().textContent();
        return true;
      },
      { message: `an SMS for ${to}`, timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  await inbox.close();
  const code = /([০-৯0-9]{6})/.exec(body ?? '')?.[1];
  expect(code, `an SMS code for ${to}`).toBeTruthy();
  return code!.replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d)));
}

/** Every SMS the development inbox holds for a number (01…), newest first. */
export async function smsBodies(page: Page, phone: string): Promise<string[]> {
  await page.goto(`/dev/sms?to=${encodeURIComponent(`+880${phone.slice(1)}`)}`);
  return page.getByTestId('sms-body').allTextContents();
}

/** Waits for an SMS to the number that `pattern` matches and returns the match (the newest such SMS). */
export async function smsMatching(page: Page, phone: string, pattern: RegExp): Promise<RegExpExecArray> {
  let found: RegExpExecArray | null = null;
  await expect
    .poll(async () => Boolean((found = (await smsBodies(page, phone)).map((body) => pattern.exec(body)).find(Boolean) ?? null)), {
      message: `an SMS to ${phone} matching ${pattern}`,
      timeout: 20_000,
      intervals: [500, 1000],
    })
    .toBe(true);
  return found!;
}

/**
 * A provider answers a training invitation on a phone of her own: opens the newest link in her SMS,
 * asks for a code, and answers with the code and the button named.
 */
export async function answerInvitationByCode(page: Page, phone: string, button: RegExp) {
  const [, path] = await smsMatching(page, phone, /(\/training\/invite\/[A-Za-z0-9_-]{32})/);
  await page.goto(path!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'কোড পাঠান', exact: true }).click();
  await expect(page).toHaveURL(/code=sent/, { timeout: 15_000 });
  const [, code] = await smsMatching(page, phone, /কোড (\d{6})/);
  await page.goto(`${path}?code=sent`);
  await page.getByLabel('SMS-এ আসা ৬ অঙ্কের কোড').fill(code!);
  await page.getByRole('button', { name: button }).click();
}

/** A day n days from now in Dhaka, as an officer types it: day/month/year in Bengali digits ("১৫/০১/২০২৭"). */
export function typedDayFromNow(n: number): string {
  const d = new Date(Date.now() + 6 * 3_600_000 + n * 86_400_000);
  return toBengaliDigits(`${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`);
}

/** Reads the QR code drawn on a certificate page (or the element of another test id), as a phone's camera would; null when none decodes. */
export async function readCertificateQr(page: Page, testId = 'certificate-qr'): Promise<string | null> {
  const shot = await page.getByTestId(testId).screenshot();
  const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

/** Signs in the way any client can: Auth.js's credentials callback with `phone` and `password`. */
export async function signInByApi(request: APIRequestContext, phone: string, password: string) {
  const { csrfToken } = await (await request.get('/api/auth/csrf')).json();
  const res = await request.post('/api/auth/callback/credentials', { form: { csrfToken, phone, password }, maxRedirects: 0 });
  const session = await (await request.get('/api/auth/session')).json();
  return { status: res.status(), session };
}

/**
 * A confirmed account with the demo password, made directly (sign-up itself has its own journey),
 * and signed in on this page's context. Returns the number as typed (01…).
 */
export async function newConfirmedAccount(page: Page, name: string): Promise<string> {
  const phone = freshPhone();
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, $2, "passwordHash", ARRAY['BUYER']::"Role"[], 'ACTIVE', now(), now() FROM "User" WHERE phone = '+8801700000004'`,
    [`+880${phone.slice(1)}`, name],
  );
  expect((await signInByApi(page.request, phone, 'demo1234')).session?.user).toBeTruthy();
  return phone;
}

/** A number as accounts store it (E.164). */
export const e164 = (phone: string) => `+880${phone.slice(1)}`;

/** A registered, confirmed account with the demo buyer's password ("demo1234"). */
export async function registeredPhone(name = 'নিবন্ধিত'): Promise<string> {
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

/**
 * Posts a form of the page as a browser without JavaScript would (its hidden $ACTION_ fields make
 * it a server action post), from the page's own origin; the answer's status, where it redirects,
 * its text and how long it took.
 */
export async function postForm(page: Page, path: string, values: Record<string, string>) {
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
