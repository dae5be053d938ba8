import { expect, test } from '@playwright/test';
import { answerInvitationByCode, freshPhone, signInByApi, smsMatching, sql } from './helpers';

// Picking trainees and answering invitations: Sherpur's officer filters the electricians of an
// open programme with 2 seats down to three, invites the whole page (2 invited, 1 waitlisted); one
// opens her SMS link and accepts with a code, another declines, and the waitlisted one moves up
// (a new SMS; the trainees tab shows it). The programme and the three electricians are made
// directly in the database (the programme forms have their own journey).

const intl = (phone: string) => `+880${phone.slice(1)}`;

async function electrician(name: string, minutesAgo: number) {
  const phone = freshPhone();
  await sql(
    `WITH u AS (
       INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "updatedAt")
       SELECT 'e2e-' || md5(random()::text), $1, $2, "passwordHash", ARRAY['BUYER','PROVIDER']::"Role"[], 'ACTIVE', now(), now() FROM "User" WHERE phone = '+8801700000004'
       RETURNING id),
     p AS (
       INSERT INTO "Provider" (id, slug, "userId", "nameBn", "areaId", phone, "experienceYears", verification, "verifiedAt", sex, "updatedAt")
       SELECT 'e2e-' || md5(random()::text), 'e2e-' || md5(random()::text), u.id, $2, (SELECT id FROM "Area" WHERE slug = 'mirzapur-sherpur-bogura'), $1, 41, 'VERIFIED', now() - make_interval(mins => $3), 'FEMALE', now() FROM u
       RETURNING id)
     INSERT INTO "ProviderCategory" ("providerId", "categoryId", "isPrimary") SELECT p.id, (SELECT id FROM "Category" WHERE slug = 'electrician'), true FROM p`,
    [intl(phone), name, minutesAgo],
  );
  return { phone, name };
}

async function openProgramme(title: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `WITH p AS (
       INSERT INTO "TrainingProgramme" (id, "titleBn", office, description, "areaId", seats, "startsAt", "endsAt", venue, status, "updatedAt")
       VALUES ('e2e-' || md5(random()::text), $1, 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর', 'তিন দিনের হাতে-কলমে প্রশিক্ষণ।', (SELECT id FROM "Area" WHERE slug = 'sherpur-bogura'), 2,
               now() + interval '10 days', now() + interval '10 days 3 hours', 'উপজেলা পরিষদ মিলনায়তন', 'OPEN', now())
       RETURNING id, "startsAt", "endsAt"),
     c AS (INSERT INTO "TrainingProgrammeCategory" ("programmeId", "categoryId") SELECT p.id, (SELECT id FROM "Category" WHERE slug = 'electrician') FROM p),
     a AS (INSERT INTO "TrainingProgrammeArea" ("programmeId", "areaId") SELECT p.id, (SELECT id FROM "Area" WHERE slug = 'sherpur-bogura') FROM p)
     INSERT INTO "TrainingSession" (id, "programmeId", "startsAt", "endsAt") SELECT 'e2e-' || md5(random()::text), p.id, p."startsAt", p."endsAt" FROM p RETURNING "programmeId" AS id`,
    [title],
  );
  return row!.id;
}

test('an officer invites filtered electricians; one accepts with a code, one declines and the waitlist moves up', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `ঘরের ওয়্যারিং প্রশিক্ষণ ${Date.now()}`;
  const programmeId = await openProgramme(title);
  // Verified a few minutes apart, so "verified first" lists them in this order.
  const people = [await electrician('রাহেলা প্রশিক্ষণার্থী', 1), await electrician('সুমি প্রশিক্ষণার্থী', 2), await electrician('নাসরিন প্রশিক্ষণার্থী', 3)];

  await signInByApi(page.request, '01700000001', 'demo1234');
  await page.goto(`/console/training/${programmeId}/candidates`);
  await expect(page.getByRole('heading', { name: 'প্রার্থী বাছাই' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('console-nav').last().getByRole('link', { name: 'প্রার্থী বাছাই' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('কমপক্ষে অভিজ্ঞতা (বছর)').fill('৪১');
  await page.getByRole('form', { name: 'বাছাই' }).getByRole('button', { name: 'দেখুন' }).click();
  // Typed in Bengali digits, read as 41.
  await expect(page).toHaveURL(/minYears=/, { timeout: 15_000 });
  await expect(page.getByLabel('কমপক্ষে অভিজ্ঞতা (বছর)')).toHaveValue('41');
  await expect(page.getByTestId('candidate-row')).toHaveCount(3, { timeout: 15_000 });
  await expect(page.getByTestId('union-counts')).toContainText('মির্জাপুর');
  await expect(page.getByTestId('candidate-row').first()).toContainText(people[0]!.name);

  await page.getByLabel('এই পাতার সবাইকে বাছাই করুন').check();
  await page.getByRole('button', { name: 'আমন্ত্রণ পাঠান' }).click();
  await expect(page.getByText('২ জনকে আমন্ত্রণ পাঠানো হয়েছে, ১ জন অপেক্ষার তালিকায়')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('candidate-row').first()).toContainText('আমন্ত্রিত');

  // Each provider on her own phone (a browser without the officer's session).
  const herPhone = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await answerInvitationByCode(herPhone, people[0]!.phone, /হ্যাঁ, আমি আসব/);
  await expect(herPhone.getByText('ধন্যবাদ! আপনি রাজি হয়েছেন')).toBeVisible({ timeout: 15_000 });
  await expect(herPhone.getByTestId('invite-status')).toContainText('আসন নিশ্চিত');

  const secondPhone = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await answerInvitationByCode(secondPhone, people[1]!.phone, /না, আসতে পারব না/);
  await expect(secondPhone.getByText('আপনার উত্তর রাখা হয়েছে')).toBeVisible({ timeout: 15_000 });

  // The third was waiting: now she has a seat offered and a new link by SMS.
  const thirdPhone = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await smsMatching(thirdPhone, people[2]!.phone, /আসন খালি হয়েছে/);

  await page.goto(`/console/training/${programmeId}/trainees`);
  const row = (name: string) => page.getByTestId('trainee-row').filter({ hasText: name });
  await expect(row(people[0]!.name).getByTestId('trainee-status')).toHaveText('রাজি হয়েছেন', { timeout: 15_000 });
  await expect(row(people[1]!.name).getByTestId('trainee-status')).toHaveText('না বলেছেন');
  await expect(row(people[2]!.name).getByTestId('trainee-status')).toHaveText('আমন্ত্রিত');
  await expect(page.getByTestId('seats-line')).toContainText('রাখা আছে ২টি');
});

test('an officer of another district cannot open the programme’s candidates or trainees', async ({ page }) => {
  const programmeId = await openProgramme(`অন্য জেলার পরীক্ষা ${Date.now()}`);
  await signInByApi(page.request, '01700000005', 'demo1234');
  for (const tab of ['candidates', 'trainees']) {
    const response = await page.goto(`/console/training/${programmeId}/${tab}`);
    expect(response?.status()).toBe(404);
  }
});
