import { expect, test, type Page } from '@playwright/test';
import { codeFromSms, freshPhone } from './helpers';

// A blood donor lists herself: signs up, registers (group, sex, date of birth, union), appears on
// /blood for her group and union — to a stranger too, number masked — takes herself off the list
// and back, gives blood, and is off the list for the 120 days a woman waits.

const toBengali = (digits: string) => digits.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!);
const LIST = '/blood?group=AB_NEG&area=mirzapur-sherpur-bogura';
/** The donor list's section of /blood (her own card is also shown above it, in her panel). */
const listOf = (page: Page) => page.locator('section[aria-labelledby="donors-heading"]');

test('a donor registers, appears on /blood for her group and union, gives blood and leaves the list', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const phone = freshPhone();
  const name = `শিরিন আক্তার ${toBengali(phone.slice(-4))}`;

  await page.goto('/sign-up');
  await page.getByLabel('আপনার নাম').fill(name);
  await page.getByLabel('মোবাইল নম্বর').fill(phone);
  await page.getByLabel('পাসওয়ার্ড').fill('rokto-dibo-2026');
  await page.getByRole('button', { name: 'কোড পাঠান' }).click();
  await expect(page.getByRole('heading', { name: 'নম্বর যাচাই করুন' })).toBeVisible();
  await page.getByLabel('৬ অঙ্কের কোড').fill(await codeFromSms(page, phone));
  await page.getByRole('button', { name: 'যাচাই করুন' }).click();
  await expect(page.getByRole('heading', { name: 'আমার অ্যাকাউন্ট' })).toBeVisible();

  // From the account page to the donor's form.
  await page.getByTestId('account-donor').click();
  await expect(page).toHaveURL(/\/blood\/donor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('রক্তদাতা হিসেবে নাম লেখান');
  await expect(page.getByLabel('নাম', { exact: true })).toHaveValue(name);

  // Under 18 is refused, with the reason beside the date; nothing typed is lost.
  const seventeen = `০১/০১/${toBengali(String(new Date().getUTCFullYear() - 17))}`;
  await page.getByRole('radio', { name: 'AB−' }).check();
  await page.getByRole('radio', { name: 'নারী' }).check();
  await page.getByLabel('জন্মতারিখ').fill(seventeen);
  await page.getByLabel('আপনার ইউনিয়ন').selectOption({ label: 'মির্জাপুর' });
  await page.getByRole('button', { name: 'নাম লেখান' }).click();
  // The form's alert and the line beside the date say the same.
  await expect(page.locator('#birthDate-error')).toHaveText('১৮ বছরের কম বয়সে রক্ত দেওয়া যায় না।');
  await expect(page.getByLabel('জন্মতারিখ')).toHaveValue(seventeen);

  await page.getByLabel('জন্মতারিখ').fill('১৫/০৬/১৯৯৫');
  await page.getByRole('button', { name: 'নাম লেখান' }).click();
  await expect(page).toHaveURL(/\/blood\/donor\?saved=1$/);
  await expect(page.getByText('রক্তদাতা তথ্য রাখা হয়েছে।')).toBeVisible();
  await expect(page.getByTestId('donor-standing')).toHaveText('আপনি এখন রক্ত দিতে পারবেন, তালিকায় আপনার নাম দেখা যাচ্ছে।');
  // Her card as others see it: group, name, union, the number masked.
  const preview = page.getByTestId('own-donor').locator('article');
  await expect(preview).toContainText(name);
  await expect(preview).toContainText('AB−');
  await expect(preview).toContainText('মির্জাপুর');
  await expect(preview).toContainText('XXXXX');

  // On the list for her group and union, for herself and for a stranger (masked).
  await page.goto(LIST);
  await expect(listOf(page).getByRole('heading', { name })).toBeVisible();
  const stranger = await browser.newContext({ locale: 'bn-BD' });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(LIST);
  const herCard = listOf(strangerPage).locator('article', { hasText: name });
  await expect(herCard).toBeVisible();
  await expect(herCard).toContainText('XXXXX');
  await expect(herCard.locator('a[href^="tel:"]')).toHaveCount(0);
  await strangerPage.goto('/blood?group=O_POS&area=mirzapur-sherpur-bogura');
  await expect(listOf(strangerPage).getByRole('heading', { name })).toHaveCount(0);

  // Off the list for a while, and back.
  await page.getByRole('button', { name: 'তালিকা থেকে নাম সরান' }).click();
  await expect(page.getByTestId('donor-standing')).toHaveText('আপনি নিজেই তালিকা থেকে নাম সরিয়ে রেখেছেন। কেউ আপনার নাম দেখছে না।');
  await expect(listOf(page).getByRole('heading', { name })).toHaveCount(0);
  await strangerPage.goto(LIST);
  await expect(listOf(strangerPage).getByRole('heading', { name })).toHaveCount(0);
  await page.getByRole('button', { name: 'আবার তালিকায় নাম দিন' }).click();
  await expect(listOf(page).getByRole('heading', { name })).toBeVisible();

  // She gives blood today: off the list until 120 days have passed.
  await page.getByRole('button', { name: 'আজ রক্ত দিয়েছি' }).click();
  await expect(page.getByText('ধন্যবাদ! রক্তদানের তারিখ রাখা হয়েছে।')).toBeVisible();
  await expect(page.getByTestId('donor-standing')).toContainText('আবার রক্ত দিতে পারবেন');
  await expect(listOf(page).getByRole('heading', { name })).toHaveCount(0);
  await strangerPage.goto(LIST);
  await expect(listOf(strangerPage).getByRole('heading', { name })).toHaveCount(0);
  await stranger.close();
});
