import { expect, test } from '@playwright/test';
import { freshPhone, readCertificateQr, signInByApi, sql } from './helpers';

// Attendance, completion, the profile's "trained" line, the certificate and its QR code, and the
// scope: a programme of Sherpur with two sessions already held and three accepted trainees, made
// directly (the programme pages and invitations have journeys of their own).

const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const title = `ঘরের ওয়্যারিং ${tag}`;
const office = 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর';

/** A provider with an account (the demo password) in a union of Sherpur. */
async function newProvider(name: string): Promise<{ id: string; slug: string; phone: string; name: string }> {
  const phone = freshPhone();
  const id = `e2e-tp-${tag}-${Math.floor(Math.random() * 1e9)}`;
  const e164 = `+880${phone.slice(1)}`;
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "updatedAt")
     SELECT $1, $2, $3, "passwordHash", ARRAY['BUYER', 'PROVIDER']::"Role"[], 'ACTIVE', now(), now() FROM "User" WHERE phone = '+8801700000004'`,
    [`u-${id}`, e164, name],
  );
  await sql(
    `INSERT INTO "Provider" (id, slug, "userId", "nameBn", "areaId", phone, "updatedAt")
     VALUES ($1, $2, $3, $4, (SELECT id FROM "Area" WHERE slug = 'mirzapur-sherpur-bogura'), $5, now())`,
    [id, id.toLowerCase(), `u-${id}`, name, e164],
  );
  await sql(`INSERT INTO "ProviderCategory" ("providerId", "categoryId") SELECT $1, id FROM "Category" WHERE slug = 'electrician'`, [id]);
  return { id, slug: id.toLowerCase(), phone, name };
}

let made = 0;

async function setUp() {
  const programmeId = `e2e-prog-${tag}-${++made}`;
  await sql(
    `INSERT INTO "TrainingProgramme" (id, "titleBn", office, description, "areaId", seats, "startsAt", "endsAt", status, "updatedAt")
     VALUES ($1, $2, $3, 'হাতে-কলমে ওয়্যারিং', (SELECT id FROM "Area" WHERE slug = 'sherpur-bogura'), 10, now() - interval '3 days', now() - interval '2 days' + interval '3 hours', 'CLOSED', now())`,
    [programmeId, title, office],
  );
  await sql(`INSERT INTO "TrainingProgrammeCategory" ("programmeId", "categoryId") SELECT $1, id FROM "Category" WHERE slug = 'electrician'`, [programmeId]);
  for (const days of [3, 2]) {
    await sql(`INSERT INTO "TrainingSession" (id, "programmeId", "startsAt", "endsAt") VALUES ($1, $2, now() - $3::interval, now() - $3::interval + interval '3 hours')`, [
      `${programmeId}-s${days}`,
      programmeId,
      `${days} days`,
    ]);
  }
  const people = [await newProvider(`রহিমা ${tag}`), await newProvider(`সালমা ${tag}`), await newProvider(`জরিনা ${tag}`)];
  for (const p of people) {
    await sql(`INSERT INTO "Trainee" (id, "programmeId", "providerId", source, status, "updatedAt") VALUES ($1, $2, $3, 'INVITED', 'ACCEPTED', now())`, [`t-${p.id}`, programmeId, p.id]);
  }
  return { programmeId, people };
}

test('an officer marks attendance and completion; the profile, certificate and its QR code follow', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { programmeId, people } = await setUp();
  const [rahima, salma, jorina] = people as [Awaited<ReturnType<typeof newProvider>>, Awaited<ReturnType<typeof newProvider>>, Awaited<ReturnType<typeof newProvider>>];
  await signInByApi(page.request, '01700000001', 'demo1234');
  expect((await page.goto(`/console/training/${programmeId}/attendance`))?.status()).toBe(200);
  await expect(page.getByTestId('attendance-grid')).toBeVisible();

  // Session 1: Rahima and Salma came, Jorina did not.
  await page.getByRole('checkbox', { name: `${rahima.name}, ক্লাস ১: উপস্থিত` }).check();
  await page.getByRole('checkbox', { name: `${salma.name}, ক্লাস ১: উপস্থিত` }).check();
  await page.getByRole('button', { name: 'ক্লাস ১ সংরক্ষণ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'উপস্থিত ২ জন, অনুপস্থিত ১ জন' })).toBeVisible({ timeout: 15_000 });
  // Session 2: all three.
  for (const p of people) await page.getByRole('checkbox', { name: `${p.name}, ক্লাস ২: উপস্থিত` }).check();
  await page.getByRole('button', { name: 'ক্লাস ২ সংরক্ষণ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'উপস্থিত ৩ জন, অনুপস্থিত ০ জন' })).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "TrainingAttendance" a JOIN "TrainingSession" s ON s.id = a."sessionId" WHERE s."programmeId" = $1 AND a.present`, [programmeId]))[0]!.n, { timeout: 15_000 }).toBe(5);

  // Completion: Rahima and Salma; each one's attendance is shown beside her box.
  await page.reload();
  await expect(page.getByText('১/২ ক্লাস (৫০%)').first()).toBeVisible({ timeout: 15_000 });
  await page.getByRole('checkbox', { name: `সমাপ্ত: ${rahima.name}` }).check();
  await page.getByRole('checkbox', { name: `সমাপ্ত: ${salma.name}` }).check();
  await page.getByRole('button', { name: 'বেছে নেওয়াদের সমাপ্তি দিন' }).click();
  await expect(page.getByRole('status').filter({ hasText: '২ জনকে সমাপ্তি দেওয়া হয়েছে।' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('completed-list')).toContainText(rahima.name);
  const [{ code }] = (await sql<{ code: string }>(`SELECT "certificateCode" AS code FROM "Trainee" WHERE id = $1`, [`t-${rahima.id}`])) as [{ code: string }];
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  expect((await sql(`SELECT 1 FROM "SmsMessage" WHERE "to" = $1 AND purpose = 'training:completed' AND body LIKE $2`, [`+880${rahima.phone.slice(1)}`, `%/training/certificate/${code}%`])).length).toBe(1);

  // The public profile (cached) shows the dated line at once; Jorina's does not.
  const guest = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await guest.goto(`/p/${rahima.slug}`);
  await expect(guest.getByTestId('trained-lines')).toContainText(`প্রশিক্ষণপ্রাপ্ত — ${title}, ${office},`, { timeout: 15_000 });
  await guest.goto(`/p/${jorina.slug}`);
  await expect(guest.getByRole('heading', { level: 1, name: jorina.name })).toBeVisible();
  await expect(guest.getByTestId('trained-lines')).toHaveCount(0);

  // The certificate, opened by the officer: its QR code reads as the verification page, which says the record is real.
  await page.goto(`/training/certificate/${code}`);
  await expect(page.getByTestId('certificate-name')).toHaveText(rahima.name);
  await expect(page.getByTestId('certificate-code')).toContainText(code);
  const url = await readCertificateQr(page);
  expect(url, 'the QR code decodes').toBeTruthy();
  expect(new URL(url!).pathname).toBe(`/training/verify/${code}`);
  await guest.goto(new URL(url!).pathname);
  await expect(guest.getByTestId('verify-real')).toBeVisible({ timeout: 15_000 });
  await expect(guest.getByTestId('verify-name')).toHaveText(rahima.name);
  await guest.goto('/training/verify/ABCDEFGH');
  await expect(guest.getByTestId('verify-not-found')).toBeVisible();
  // A guest gets no certificate (sign in first); another provider gets "not found".
  const signIn = await guest.request.get(`/training/certificate/${code}`, { maxRedirects: 0 });
  expect(signIn.status()).toBe(307);
  await signInByApi(guest.request, salma.phone, 'demo1234');
  expect((await guest.goto(`/training/certificate/${code}`))?.status()).toBe(404);

  // Rahima herself: her dashboard lists it; she hides the line and the profile drops it at once.
  const her = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await signInByApi(her.request, rahima.phone, 'demo1234');
  await her.goto('/dashboard/training');
  await expect(her.getByTestId(`my-training-t-${rahima.id}`)).toContainText('শেষ করেছেন');
  await her.getByRole('link', { name: 'সনদ দেখুন ও প্রিন্ট করুন' }).click();
  await expect(her.getByTestId('certificate-name')).toHaveText(rahima.name, { timeout: 15_000 });
  await her.goBack();
  await her.getByRole('button', { name: 'প্রোফাইল থেকে লুকান' }).click();
  await expect(her.getByRole('button', { name: 'প্রোফাইলে দেখান' })).toBeVisible({ timeout: 15_000 });
  const visitor = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await visitor.goto(`/p/${rahima.slug}`);
  await expect(visitor.getByRole('heading', { level: 1, name: rahima.name })).toBeVisible();
  await expect(visitor.getByTestId('trained-lines')).toHaveCount(0);
});

test('an officer of another upazila gets "not found" on the attendance page', async ({ page }) => {
  const { programmeId } = await setUp();
  const phone = freshPhone();
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "officerAreaId", "updatedAt")
     SELECT $1, $2, 'কাহালুর অফিসার', "passwordHash", ARRAY['BUYER', 'OFFICER']::"Role"[], 'ACTIVE', now(), (SELECT id FROM "Area" WHERE slug = 'kahaloo'), now() FROM "User" WHERE phone = '+8801700000004'`,
    [`e2e-kahaloo-${tag}`, `+880${phone.slice(1)}`],
  );
  await signInByApi(page.request, phone, 'demo1234');
  expect((await page.goto('/console'))?.status()).toBe(200);
  expect((await page.goto(`/console/training/${programmeId}/attendance`))?.status()).toBe(404);
  expect((await sql(`SELECT 1 FROM "TrainingAttendance" a JOIN "Trainee" t ON t.id = a."traineeId" WHERE t."programmeId" = $1`, [programmeId])).length).toBe(0);
});
