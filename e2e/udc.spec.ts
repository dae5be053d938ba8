import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { codeFromSms, freshPhone, newConfirmedAccount, signInByApi, smsBodies, sql } from './helpers';

// Issue #19, assisted registration at a Union Digital Centre: an officer appoints an operator; the
// operator registers a tailor with photos from the centre's computer; the tailor's code (from the
// SMS sink) confirms it; the profile shows the assisted mark; after the tailor signs in herself the
// operator can no longer change it.
test('a UDC operator registers a tailor with her consent, until the tailor signs in herself', async ({ browser, page }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36).slice(-5);
  const centre = `শেরপুর ইউডিসি ${run}`;
  const [union, other] = await sql<{ id: number }>(
    `SELECT u.id FROM "Area" u JOIN "Area" z ON z.id = u."parentId" WHERE u.level = 'UNION' AND z.slug = 'sherpur-bogura' ORDER BY u.id LIMIT 2`,
  );

  // The operator has an account of her own (signed in on this page's context).
  const operatorPhone = await newConfirmedAccount(page, `অপারেটর ${run}`);

  // The Sherpur officer appoints her for one union of Sherpur.
  const officer = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await signInByApi(officer.request, '01700000001', 'demo1234');
  await officer.goto('/console/udc');
  await officer.getByLabel('অপারেটরের মোবাইল নম্বর').fill(operatorPhone);
  await officer.getByLabel('সেন্টারের নাম').fill(centre);
  await officer.locator('select[name="unionId"]').selectOption(String(union!.id));
  await officer.getByRole('button', { name: 'নিয়োগ দিন' }).click();
  await expect(officer.getByText('অপারেটর নিয়োগ হয়েছে।')).toBeVisible({ timeout: 15_000 });
  // A fresh form for the next appointment.
  await expect(officer.getByLabel('অপারেটরের মোবাইল নম্বর')).toHaveValue('');
  await expect(officer.getByTestId('udc-row').filter({ hasText: centre })).toBeVisible({ timeout: 15_000 });

  // The operator's desk: the union is her centre's; a forged other union is refused.
  await page.goto('/udc');
  await expect(page.getByTestId('udc-centre')).toContainText(centre);
  const form = page.getByTestId('udc-provider-form');
  const tailorPhone = freshPhone();
  await form.getByLabel('তাঁর মোবাইল নম্বর').fill(tailorPhone);
  await form.getByLabel('নাম', { exact: true }).fill('সালমা দর্জি');
  await form.getByLabel('দর্জি', { exact: true }).check();
  await form.locator('input[name="areaId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), String(other!.id));
  await form.getByRole('button', { name: 'তাঁর মোবাইলে কোড পাঠান' }).click();
  await expect(form.getByText('শুধু এই সেন্টারের ইউনিয়নে নিবন্ধন করা যায়।')).toBeVisible({ timeout: 15_000 });
  // Said once, beside the field (no banner repeating it).
  await expect(form.getByText('শুধু এই সেন্টারের ইউনিয়নে নিবন্ধন করা যায়।')).toHaveCount(1);
  // Nothing typed was lost: the name is still there.
  await expect(form.getByLabel('নাম', { exact: true })).toHaveValue('সালমা দর্জি');
  await form.locator('input[name="areaId"]').evaluate((el, id) => ((el as HTMLInputElement).value = id), String(union!.id));
  await form.getByRole('button', { name: 'তাঁর মোবাইলে কোড পাঠান' }).click();
  await expect(form.getByText(/কোড পাঠানো হয়েছে/)).toBeVisible({ timeout: 15_000 });

  // The tailor types her code on the centre's computer; a wrong one publishes nothing.
  const pending = page.getByTestId('udc-pending').filter({ hasText: 'সালমা দর্জি' });
  await expect(pending).toBeVisible({ timeout: 15_000 });
  const code = await codeFromSms(page, tailorPhone);
  await expect(page.getByText(code)).toHaveCount(0);
  await pending.getByLabel('তাঁর মোবাইলে আসা ৬ অঙ্কের কোড').fill(code === '000000' ? '111111' : '000000');
  await pending.getByRole('button', { name: 'নিশ্চিত করুন' }).click();
  await expect(pending.getByText('কোডটি মেলেনি।', { exact: false }).first()).toBeVisible({ timeout: 15_000 });
  expect(await sql(`SELECT 1 FROM "User" WHERE phone = $1`, [`+880${tailorPhone.slice(1)}`])).toHaveLength(0);
  await pending.getByLabel('তাঁর মোবাইলে আসা ৬ অঙ্কের কোড').fill(code);
  await pending.getByRole('button', { name: 'নিশ্চিত করুন' }).click();
  const editable = page.getByTestId('udc-editable').filter({ hasText: 'সালমা দর্জি' });
  await expect(editable).toBeVisible({ timeout: 15_000 });
  // Registered: said with a link to her profile, above empty forms.
  await expect(page.getByTestId('udc-confirmed')).toContainText('নিবন্ধন হয়ে গেছে।', { timeout: 15_000 });
  await expect(page.getByTestId('udc-confirmed').getByRole('link', { name: 'প্রোফাইল দেখুন' })).toBeVisible();
  await expect(form.getByText(/কোড পাঠানো হয়েছে/)).toHaveCount(0);
  await expect(form.getByLabel('নাম', { exact: true })).toHaveValue('');
  // She was told by SMS, with her page and how to sign in herself.
  await expect.poll(async () => (await sql<{ body: string }>(`SELECT body FROM "SmsMessage" WHERE "to" = $1 AND purpose LIKE 'udc:welcome:%'`, [`+880${tailorPhone.slice(1)}`])).length, { timeout: 15_000 }).toBe(1);

  // Work photos, uploaded from the centre's computer.
  await editable.getByRole('link', { name: 'বদলান' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('সালমা দর্জি');
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#9d174d' } }).jpeg().toBuffer();
  await page.getByLabel('ছবি বাছাই করুন').setInputFiles({ name: 'blouse.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('ছবির বর্ণনা (যেমন: নতুন বাসার ওয়্যারিং)').fill('সেলাই করা ব্লাউজ');
  await page.getByRole('button', { name: 'ছবি যোগ করুন' }).click();
  await expect(page.getByRole('img', { name: 'সেলাই করা ব্লাউজ' })).toBeVisible({ timeout: 15_000 });
  const editUrl = page.url();

  // Her public profile (a cached page): the assisted mark and the photo.
  const [{ slug }] = (await sql<{ slug: string }>(`SELECT p.slug FROM "Provider" p JOIN "User" u ON u.id = p."userId" WHERE u.phone = $1`, [`+880${tailorPhone.slice(1)}`])) as [{ slug: string }];
  const visitor = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await expect
    .poll(
      async () => {
        await visitor.goto(`/p/${slug}`);
        return (await visitor.getByTestId('assisted-mark').count()) > 0 && (await visitor.getByRole('img', { name: 'সেলাই করা ব্লাউজ' }).count()) > 0;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  await expect(visitor.getByTestId('assisted-mark')).toContainText(centre);
  await expect(visitor.getByTestId('assisted-mark')).toContainText('সহায়তায় নিবন্ধিত');

  // The tailor signs in herself (she chooses a password with a code to her phone).
  const tailor = await (await browser.newContext({ locale: 'bn-BD' })).newPage();
  await tailor.goto('/forgot-password');
  await tailor.getByLabel('মোবাইল নম্বর').fill(tailorPhone);
  await tailor.getByRole('button', { name: 'কোড পাঠান' }).click();
  await expect(tailor.getByRole('heading', { name: 'নতুন পাসওয়ার্ড দিন' })).toBeVisible({ timeout: 15_000 });
  // Her inbox also holds the welcome SMS (no code): the reset code is the second SMS with a code in it.
  const inbox = await tailor.context().newPage();
  let resetCode: string | undefined;
  await expect
    .poll(
      async () => {
        const codes = (await smsBodies(inbox, tailorPhone)).flatMap((body) => /([০-৯0-9]{6})/.exec(body)?.[1] ?? []);
        resetCode = codes.length >= 2 ? codes[0]!.replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d))) : undefined;
        return Boolean(resetCode);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await inbox.close();
  await tailor.getByLabel('৬ অঙ্কের কোড').fill(resetCode!);
  await tailor.getByLabel('নতুন পাসওয়ার্ড').fill('salma-dorji-2026');
  await tailor.getByRole('button', { name: 'পাসওয়ার্ড বদলান' }).click();
  await expect(tailor.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible({ timeout: 15_000 });

  // The operator can no longer change it; it left her editable list but stays in her numbers.
  await page.goto(editUrl);
  await expect(page.getByTestId('udc-edit-closed')).toHaveText('মালিক নিজে সাইন ইন করেছেন; এখন শুধু তিনিই এটি বদলাতে পারবেন।');
  await expect(page.getByLabel('ছবি বাছাই করুন')).toHaveCount(0);
  await page.goto('/udc');
  await expect(page.getByTestId('udc-editable').filter({ hasText: 'সালমা দর্জি' })).toHaveCount(0);
  await expect(page.getByTestId('udc-count-PROVIDER')).toContainText('১');

  // The officer sees the centre's number.
  await officer.goto('/console/udc');
  await expect(officer.getByTestId('udc-row').filter({ hasText: centre }).getByTestId('udc-all')).toContainText('সেবাদাতা ১');

  // The officer ends the appointment, with a reason; the desk then says what it is for.
  const row = officer.getByTestId('udc-row').filter({ hasText: centre });
  await row.getByText('নিয়োগ শেষ করুন').first().click();
  await row.getByLabel('কারণ (ঐচ্ছিক)').fill('বদলি');
  await row.getByRole('button', { name: 'নিয়োগ শেষ করুন' }).click();
  await expect(officer.getByText('নিয়োগ শেষ হয়েছে।')).toBeVisible({ timeout: 15_000 });
  await expect(officer.getByTestId('udc-row').filter({ hasText: centre }).getByTestId('udc-end-reason')).toContainText('বদলি', { timeout: 15_000 });
  await page.goto('/udc');
  await expect(page.getByTestId('udc-not-operator')).toContainText('জেলার আইসিটি কর্মকর্তা', { timeout: 15_000 });
});
