// Issue #16 from end to end, through the pages people use: Sherpur's officer creates an
// electricians' programme (10 seats) and opens it; the demo electrician applies from her dashboard;
// the officer filters the candidates down to 12 and invites them all (10 invited, 2 waitlisted);
// 2 decline by the link in their SMS and the waitlist moves up; two accept; the classes are held
// (their times are moved into the past: the test cannot wait days); the officer marks attendance
// and completion; each completed trainee's public profile says so; the certificate's QR code opens
// the verification page; an officer of another upazila can neither see the programme nor touch it.
import { expect, test } from '@playwright/test';
import { toBengaliDigits } from '../lib/i18n/digits';
import { answerInvitationByCode, freshPhone, readCertificateQr, signInByApi, smsMatching, sql, typedDayFromNow } from './helpers';

const intl = (phone: string) => `+880${phone.slice(1)}`;

/** A verified electrician of a Sherpur union with an account (the demo password). */
async function electrician(name: string, years: number, minutesAgo: number) {
  const phone = freshPhone();
  const [row] = await sql<{ id: string; slug: string }>(
    `WITH u AS (
       INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "updatedAt")
       SELECT 'e2e-' || md5(random()::text), $1, $2, "passwordHash", ARRAY['BUYER','PROVIDER']::"Role"[], 'ACTIVE', now(), now() FROM "User" WHERE phone = '+8801700000004'
       RETURNING id),
     p AS (
       INSERT INTO "Provider" (id, slug, "userId", "nameBn", "areaId", phone, "experienceYears", verification, "verifiedAt", "updatedAt")
       SELECT 'e2e-' || md5(random()::text), 'e2e-' || md5(random()::text), u.id, $2, (SELECT id FROM "Area" WHERE slug = 'mirzapur-sherpur-bogura'), $1, $3, 'VERIFIED', now() - make_interval(mins => $4), now() FROM u
       RETURNING id, slug),
     c AS (INSERT INTO "ProviderCategory" ("providerId", "categoryId", "isPrimary") SELECT p.id, (SELECT id FROM "Category" WHERE slug = 'electrician'), true FROM p)
     SELECT id, slug FROM p`,
    [intl(phone), name, years, minutesAgo],
  );
  return { phone, name, id: row!.id, slug: row!.slug };
}

test('a programme from creation to certificates: invite 12, 2 decline, the waitlist moves up, attendance, completion, profiles and QR', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const tag = Date.now().toString(36);
  const title = `ইলেকট্রিশিয়ানদের প্রশিক্ষণ ${tag}`;
  const office = 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর';

  // ── The officer of Sherpur creates the programme (10 seats, two classes) and opens it.
  await signInByApi(page.request, '01700000001', 'demo1234');
  await page.goto('/console/training/new');
  await page.getByLabel('নাম (বাংলায়)').fill(title);
  await page.getByLabel('আয়োজক অফিস').fill(office);
  await page.getByRole('checkbox', { name: 'ইলেকট্রিশিয়ান', exact: true }).check();
  await page.getByRole('checkbox', { name: /^পুরো / }).first().check();
  await page.getByLabel('আসন সংখ্যা').fill('১০');
  for (const [i, day] of [
    [0, 9],
    [1, 10],
  ] as const) {
    await page.locator('input[name="sessionDate"]').nth(i).fill(typedDayFromNow(day));
    await page.locator('input[name="sessionStart"]').nth(i).fill('১০:০০');
    await page.locator('input[name="sessionEnd"]').nth(i).fill('১৩:০০');
  }
  await page.getByLabel('স্থান', { exact: true }).fill(office);
  await page.getByRole('button', { name: 'খসড়া হিসেবে রাখুন' }).click();
  await expect(page).toHaveURL(/\/console\/training\/[^/?]+\?created=1$/, { timeout: 15_000 });
  const id = /\/console\/training\/([^/?]+)/.exec(page.url())![1]!;
  await page.getByTestId('command-open').locator('summary').click();
  await page.getByRole('button', { name: 'হ্যাঁ, খুলে দিন' }).click();
  await expect(page.getByTestId('programme-status')).toHaveText('আবেদন চলছে', { timeout: 15_000 });

  // ── A provider applies from her dashboard (the demo electrician of a Sherpur union).
  const applicant = await browser.newContext({ locale: 'bn-BD' });
  const her = await applicant.newPage();
  await signInByApi(her.request, '01700000003', 'demo1234');
  await her.goto('/dashboard');
  const offer = her.getByTestId('dashboard-training').getByTestId('programme-card').filter({ hasText: title });
  await offer.getByRole('button', { name: 'আবেদন করুন' }).click();
  await expect(offer.getByText('আবেদন করা হয়েছে').first()).toBeVisible({ timeout: 15_000 });
  await applicant.close();

  // ── Twelve verified electricians with 40+ years of work: the filter finds exactly them.
  // (Any left by an earlier try of this test are taken out of the filter first.)
  await sql(`UPDATE "Provider" SET "experienceYears" = 0 WHERE "nameBn" LIKE 'যাত্রা প্রশিক্ষণার্থী %'`);
  const people = [];
  for (let i = 0; i < 12; i++) people.push(await electrician(`যাত্রা প্রশিক্ষণার্থী ${tag} ${toBengaliDigits(String(i + 1).padStart(2, '0'))}`, 45, i + 1));
  await page.goto(`/console/training/${id}/candidates`);
  await page.getByLabel('কমপক্ষে অভিজ্ঞতা (বছর)').fill('৪৫');
  await page.getByRole('form', { name: 'বাছাই' }).getByRole('button', { name: 'দেখুন' }).click();
  await expect(page).toHaveURL(/minYears=/, { timeout: 15_000 });
  await expect(page.getByTestId('candidate-row')).toHaveCount(12, { timeout: 15_000 });
  await expect(page.getByTestId('union-counts')).toContainText('মির্জাপুর');
  await page.getByLabel('এই পাতার সবাইকে বাছাই করুন').check();
  await page.getByRole('button', { name: 'আমন্ত্রণ পাঠান' }).click();
  await expect(page.getByText('১০ জনকে আমন্ত্রণ পাঠানো হয়েছে, ২ জন অপেক্ষার তালিকায়')).toBeVisible({ timeout: 15_000 });
  const statusOf = async () =>
    Object.fromEntries(
      (await sql<{ id: string; status: string }>(`SELECT "providerId" AS id, status::text FROM "Trainee" WHERE "programmeId" = $1`, [id])).map((r) => [r.id, r.status]),
    );
  const before = await statusOf();
  const invited = people.filter((p) => before[p.id] === 'INVITED');
  const waiting = people.filter((p) => before[p.id] === 'WAITLISTED');
  expect([invited.length, waiting.length]).toEqual([10, 2]);

  // ── Two of the invited say no from their phones; the two waiting are offered the seats.
  const phone = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  for (const p of invited.slice(0, 2)) {
    await answerInvitationByCode(phone, p.phone, /না, আসতে পারব না/);
    await expect(phone.getByText('আপনার উত্তর রাখা হয়েছে')).toBeVisible({ timeout: 15_000 });
  }
  for (const p of waiting) await smsMatching(phone, p.phone, /আসন খালি হয়েছে/);
  // Eight still invited and the two who moved up: ten seats held again.
  await expect.poll(async () => Object.values(await statusOf()).filter((s) => s === 'INVITED').length, { timeout: 15_000 }).toBe(10);
  const after = await statusOf();
  expect(waiting.map((p) => after[p.id])).toEqual(['INVITED', 'INVITED']);
  await page.goto(`/console/training/${id}/trainees`);
  const row = (name: string) => page.getByTestId('trainee-row').filter({ hasText: name });
  for (const p of invited.slice(0, 2)) await expect(row(p.name).getByTestId('trainee-status')).toHaveText('না বলেছেন', { timeout: 15_000 });
  for (const p of waiting) await expect(row(p.name).getByTestId('trainee-status')).toHaveText('আমন্ত্রিত');
  await expect(page.getByTestId('seats-line')).toContainText('রাখা আছে ১০টি');

  // ── One who was invited first accepts from her own dashboard, signed in; one who moved up, by code.
  const trainees = [invited[2]!, waiting[0]!];
  const own = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await signInByApi(own.request, trainees[0]!.phone, 'demo1234');
  await own.goto('/dashboard/training');
  const place = own.locator('[data-testid^="my-training-"]').filter({ hasText: title });
  await expect(place.getByTestId('my-training-status')).toContainText('আমন্ত্রণ', { timeout: 15_000 });
  await place.getByRole('button', { name: 'হ্যাঁ, আমি আসব' }).click();
  // Her place now reads as accepted (the accept button gives way to "can't come after all").
  await expect(place.getByTestId('my-training-status')).toContainText('জায়গা নিশ্চিত', { timeout: 15_000 });
  await answerInvitationByCode(phone, trainees[1]!.phone, /হ্যাঁ, আমি আসব/);
  await expect(phone.getByText('ধন্যবাদ! আপনি রাজি হয়েছেন')).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await statusOf())[trainees[0]!.id], { timeout: 15_000 }).toBe('ACCEPTED');

  // ── The classes are held (moved into the past: a test cannot wait nine days).
  await sql(
    `UPDATE "TrainingSession" s SET "startsAt" = s."startsAt" - interval '12 days', "endsAt" = s."endsAt" - interval '12 days' WHERE s."programmeId" = $1`,
    [id],
  );
  await sql(`UPDATE "TrainingProgramme" SET "startsAt" = "startsAt" - interval '12 days', "endsAt" = "endsAt" - interval '12 days' WHERE id = $1`, [id]);

  // ── Attendance for both classes, then completion.
  await page.goto(`/console/training/${id}/attendance`);
  await expect(page.getByTestId('attendance-grid')).toBeVisible({ timeout: 15_000 });
  for (const n of ['১', '২']) {
    for (const p of trainees) await page.getByRole('checkbox', { name: `${p.name}, ক্লাস ${n}: উপস্থিত` }).check();
    await page.getByRole('button', { name: `ক্লাস ${n} সংরক্ষণ` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'উপস্থিত ২ জন' })).toBeVisible({ timeout: 15_000 });
  }
  await page.reload();
  for (const p of trainees) await page.getByRole('checkbox', { name: `সমাপ্ত: ${p.name}` }).check();
  await page.getByRole('button', { name: 'বেছে নেওয়াদের সমাপ্তি দিন' }).click();
  // Everyone with a place is done, so the form gives way to the list of the completed.
  for (const p of trainees) await expect(page.getByTestId('completed-list')).toContainText(p.name, { timeout: 15_000 });

  // ── Each one's public profile says so at once.
  const guest = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  for (const p of trainees) {
    await guest.goto(`/p/${p.slug}`);
    await expect(guest.getByTestId('trained-lines')).toContainText(`প্রশিক্ষণপ্রাপ্ত — ${title}, ${office},`, { timeout: 15_000 });
  }
  await guest.goto(`/p/${invited[3]!.slug}`);
  await expect(guest.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(guest.getByTestId('trained-lines')).toHaveCount(0);

  // ── The certificate's QR code opens the verification page, which says the record is real.
  const [{ code }] = (await sql<{ code: string }>(`SELECT "certificateCode" AS code FROM "Trainee" WHERE "programmeId" = $1 AND "providerId" = $2`, [id, trainees[0]!.id])) as [{ code: string }];
  await page.goto(`/training/certificate/${code}`);
  await expect(page.getByTestId('certificate-name')).toHaveText(trainees[0]!.name);
  const url = await readCertificateQr(page);
  expect(url, 'the QR code decodes').toBeTruthy();
  expect(new URL(url!).pathname).toBe(`/training/verify/${code}`);
  await guest.goto(new URL(url!).pathname);
  await expect(guest.getByTestId('verify-real')).toBeVisible({ timeout: 15_000 });
  await expect(guest.getByTestId('verify-name')).toHaveText(trainees[0]!.name);

  // ── An officer of another upazila (Kahaloo) can neither see nor touch it.
  const kahaloo = freshPhone();
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "officerAreaId", "updatedAt")
     SELECT 'e2e-' || md5(random()::text), $1, 'কাহালুর অফিসার', "passwordHash", ARRAY['OFFICER', 'BUYER']::"Role"[], 'ACTIVE', now(), (SELECT id FROM "Area" WHERE slug = 'kahaloo'), now()
     FROM "User" WHERE phone = '+8801700000001'`,
    [intl(kahaloo)],
  );
  const other = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await signInByApi(other.request, kahaloo, 'demo1234');
  for (const tab of ['', '/candidates', '/trainees', '/attendance']) {
    expect((await other.goto(`/console/training/${id}${tab}`))?.status(), `Kahaloo's officer on ${tab || 'the programme'}`).toBe(404);
  }
  await other.goto('/console/training');
  await expect(other.getByText(title)).toHaveCount(0);
  expect((await other.goto(`/training/certificate/${code}`))?.status()).toBe(404);
});
