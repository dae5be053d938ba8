import { describe, expect, it } from 'vitest';
import { verificationReminderSms } from './expiry';

describe('verification reminder', () => {
  it('names the listing in Bengali case (no quoted name with a separate ending)', () => {
    expect(verificationReminderSms('রহিম ইলেকট্রিক', '৭ জানুয়ারি')).toBe(
      'হাট: রহিম ইলেকট্রিকের যাচাইয়ের মেয়াদ ৭ জানুয়ারি তারিখে শেষ হবে। নতুন করে যাচাইয়ের জন্য অফিসে যোগাযোগ করুন।',
    );
    expect(verificationReminderSms('মায়ের হাতের পিঠা', '৭ জানুয়ারি')).toMatch(/^হাট: মায়ের হাতের পিঠার যাচাইয়ের/);
  });
});
