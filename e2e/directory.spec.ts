import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { codeFromSms, freshPhone, sql } from './helpers';

const toBengali = (digits: string) => digits.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!);

test('a new provider signs up, fills in the profile with a photo, appears on the category page, and a buyer reviews', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const phone = freshPhone();
  // Sign up with a confirmed number.
  await page.goto('/sign-up');
  await page.getByLabel('আপনার নাম').fill('হাসান মিস্ত্রি');
  await page.getByLabel('মোবাইল নম্বর').fill(phone);
  await page.getByLabel('পাসওয়ার্ড').fill('kath-mistri-2026');
  await page.getByRole('button', { name: 'কোড পাঠান' }).click();
  await expect(page.getByRole('heading', { name: 'নম্বর যাচাই করুন' })).toBeVisible();
  await page.getByLabel('৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));
  await page.getByRole('button', { name: 'যাচাই করুন' }).click();
  await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();

  // Become a provider: six short steps.
  await page.getByRole('link', { name: 'সেবাদাতা হিসেবে নিবন্ধন করুন' }).click();
  await page.getByRole('link', { name: 'শুরু করুন' }).click();
  await expect(page.getByText('ধাপ ১/৬')).toBeVisible();
  await page.getByLabel('যে নামে লোকে আপনাকে চেনে').fill('হাসান কাঠের কাজ');
  await page.getByRole('checkbox', { name: 'কাঠমিস্ত্রি' }).check();
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();

  await expect(page.getByText('ধাপ ২/৬')).toBeVisible();
  await page.getByLabel('আপনার ইউনিয়ন বা উপজেলা').selectOption({ label: 'মির্জাপুর' });
  await page.getByLabel('ঠিকানা (গ্রাম/মহল্লা, রাস্তা)').fill('দক্ষিণপাড়া, পুকুরের পাশে ৭৭');
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();

  await expect(page.getByText('ধাপ ৩/৬')).toBeVisible();
  await page.getByLabel('হোয়াটসঅ্যাপ নম্বর (না থাকলে ফাঁকা রাখুন)').fill('ভুল নম্বর');
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.getByText('বাংলাদেশের মোবাইল নম্বর দিন', { exact: false })).toBeVisible();
  await expect(page.getByLabel('হোয়াটসঅ্যাপ নম্বর (না থাকলে ফাঁকা রাখুন)')).toHaveValue('ভুল নম্বর'); // nothing typed is lost
  await page.getByLabel('হোয়াটসঅ্যাপ নম্বর (না থাকলে ফাঁকা রাখুন)').fill(toBengali(phone));
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();

  await expect(page.getByText('ধাপ ৪/৬')).toBeVisible();
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();
  await expect(page.getByText('ধাপ ৫/৬')).toBeVisible();
  await page.getByLabel('সেবার নাম 1').fill('খাট তৈরি');
  await page.getByLabel('দাম (যেমন ৳২০০ থেকে) 1').fill('৳৮,০০০ থেকে');
  await page.getByLabel('কত বছরের অভিজ্ঞতা').fill('১৫');
  await page.getByRole('button', { name: 'সংরক্ষণ করে পরের ধাপ' }).click();

  await expect(page.getByText('ধাপ ৬/৬')).toBeVisible();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#b45309' } }).jpeg().toBuffer();
  await page.getByLabel('ছবি বাছাই করুন').setInputFiles({ name: 'kaj.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('ছবির বর্ণনা (যেমন: নতুন বাসার ওয়্যারিং)').fill('সেগুন কাঠের খাট');
  await page.getByRole('button', { name: 'ছবি যোগ করুন' }).click();
  await expect(page.getByRole('img', { name: 'সেগুন কাঠের খাট' })).toBeVisible();
  // A file that is not an image is refused with a clear message.
  await page.getByLabel('ছবি বাছাই করুন').setInputFiles({ name: 'virus.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await page.getByRole('button', { name: 'ছবি যোগ করুন' }).click();
  await expect(page.getByText('এটি ছবি নয়। JPG, PNG বা WebP ছবি দিন।')).toBeVisible();
  await page.getByRole('link', { name: 'শেষ করুন' }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('আপনার প্রোফাইল সবাই দেখতে পাচ্ছে।');

  // Found on the category page of its union, with call and WhatsApp.
  await page.goto('/c/carpenter/mirzapur-sherpur-bogura');
  const card = page.getByRole('article').filter({ hasText: 'হাসান কাঠের কাজ' });
  await expect(card).toBeVisible();
  await expect(card.getByText('যাচাই হয়নি')).toBeVisible();
  await expect(card.getByRole('link', { name: /ফোন করুন/ })).toHaveAttribute('href', `tel:+880${phone.slice(1)}`);
  await expect(card.getByRole('link', { name: 'হোয়াটসঅ্যাপ' })).toHaveAttribute('href', new RegExp(`^https://wa\\.me/880${phone.slice(1)}\\?text=`));
  await card.getByRole('link', { name: 'হাসান কাঠের কাজ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('হাসান কাঠের কাজ');
  await expect(page.getByText('খাট তৈরি')).toBeVisible();
  const profileUrl = page.url();
  // The address was left private: it is nowhere in the page.
  expect(await page.content()).not.toContain('পুকুরের পাশে ৭৭');

  // The demo buyer (confirmed phone) reviews it.
  const buyer = await browser.newContext({ locale: 'bn-BD' });
  const buyerPage = await buyer.newPage();
  await buyerPage.goto('/sign-in');
  await buyerPage.getByLabel('মোবাইল নম্বর').fill('01700000004');
  await buyerPage.getByLabel('পাসওয়ার্ড').fill('demo1234');
  await buyerPage.getByRole('button', { name: 'সাইন ইন' }).click();
  await expect(buyerPage.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();
  await buyerPage.goto(profileUrl);
  // A review needs a contact through Haat a day earlier: she taps "call" (the link records it for a
  // signed-in visitor and goes on to tel:), is told to wait, and a day later (set in the database) reviews.
  const callHref = await buyerPage.getByRole('link', { name: /ফোন করুন/ }).first().getAttribute('href');
  expect(callHref).toMatch(/^\/api\/contact\/[^/?]+\?via=call/);
  const tap = await buyerPage.request.get(callHref!, { maxRedirects: 0 });
  expect(tap.status()).toBe(302);
  expect(tap.headers().location).toBe(`tel:+880${phone.slice(1)}`);
  await buyerPage.getByText('৫★').click();
  await buyerPage.getByRole('button', { name: 'মতামত দিন' }).click();
  await expect(buyerPage.getByText('যোগাযোগের এক দিন পরে মতামত দেওয়া যাবে। কাল আবার আসুন।')).toBeVisible();
  await sql(`UPDATE "ContactTap" SET "firstAt" = now() - interval '25 hours' WHERE "providerId" = (SELECT id FROM "Provider" WHERE phone = $1) AND "userId" = (SELECT id FROM "User" WHERE phone = '+8801700000004')`, [`+880${phone.slice(1)}`]);
  await buyerPage.reload();
  await buyerPage.getByText('৫★').click();
  await buyerPage.getByLabel('কেমন কাজ করেছেন (ঐচ্ছিক)').fill('খুব সুন্দর খাট বানিয়েছেন।');
  await buyerPage.getByRole('button', { name: 'মতামত দিন' }).click();
  await expect(buyerPage.getByText('ধন্যবাদ! আপনার মতামত যোগ হয়েছে।')).toBeVisible();
  await buyerPage.reload();
  await expect(buyerPage.getByText('খুব সুন্দর খাট বানিয়েছেন।')).toBeVisible();
  await buyer.close();
});

test('a private address never appears in any page', async ({ request }) => {
  const rows = await sql<{ slug: string; address: string; area: string }>(
    `SELECT p.slug, p.address, a.slug AS area FROM "Provider" p JOIN "Area" a ON a.id = p."areaId" JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId"
     WHERE p."addressPrivacy" = 'UNION_ONLY' AND p.address IS NOT NULL AND p.status = 'ACTIVE' AND c.slug = 'electrician' LIMIT 1`,
  );
  const { slug, address, area } = rows[0]!;
  for (const path of [`/p/${slug}`, `/en/p/${slug}`, '/c/electrician', `/c/electrician/${area}`, `/a/${area}`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).not.toContain(address);
  }
});

test('a profile has call and WhatsApp links, share tags and structured data', async ({ page }) => {
  const { slug } = (await sql<{ slug: string }>(`SELECT slug FROM "Provider" WHERE whatsapp IS NOT NULL AND status = 'ACTIVE' AND kind = 'INDIVIDUAL' AND "bloodGroup" IS NULL ORDER BY slug LIMIT 1`))[0]!;
  await page.goto(`/p/${slug}`);
  // The buttons lead through /api/contact (which records a signed-in visitor's tap) to tel: and wa.me.
  const call = await page.getByRole('link', { name: /ফোন করুন/ }).first().getAttribute('href');
  expect((await page.request.get(call!, { maxRedirects: 0 })).headers().location).toMatch(/^tel:\+8801\d{9}$/);
  const whatsapp = await page.getByRole('link', { name: 'হোয়াটসঅ্যাপে লিখুন' }).getAttribute('href');
  expect((await page.request.get(whatsapp!, { maxRedirects: 0 })).headers().location).toMatch(/^https:\/\/wa\.me\/8801\d{9}\?text=/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@context']).toBe('https://schema.org');
  expect(ld.telephone).toMatch(/^\+8801/);
});

test('category filters narrow by union, verified and available now', async ({ page }) => {
  // Old query addresses lead to the path of the same filters.
  await page.goto('/c/electrician?area=sherpur-bogura&page=1');
  await expect(page).toHaveURL(/\/c\/electrician\/sherpur-bogura$/);
  await page.getByRole('link', { name: /শুধু যাচাই করা/ }).click();
  await expect(page).toHaveURL(/\/c\/electrician\/sherpur-bogura\/verified$/);
  await expect(page.getByText('যাচাই হয়নি')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'ইউনিয়ন' })).toBeVisible();
});

test('an area page shows what exists there by category', async ({ page }) => {
  const res = await page.goto('/a/sherpur-bogura');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('শেরপুর');
  expect(await page.locator('main a[href^="/c/"]').count()).toBeGreaterThan(10);
});
