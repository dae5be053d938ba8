import { describe, expect, it } from 'vitest';
import { parseTakaToPoisha, parseWholeNumber, toAsciiDigits, toBengaliDigits } from './digits';
import { readFileSync } from 'node:fs';
import { formatClock, formatDate, formatDateTime, formatNumber, formatPhone, formatTaka, nameOf, placeIn } from './format';

describe('digits', () => {
  it('converts both ways', () => {
    expect(toBengaliDigits('2026-11-23')).toBe('২০২৬-১১-২৩');
    expect(toAsciiDigits('১২০০ টাকা')).toBe('1200 টাকা');
  });

  it.each([
    ['১২০০', 1200],
    ['1200', 1200],
    ['১,২০০', 1200],
    [' 12 000 ', 12000],
  ])('reads whole number %s', (input, expected) => {
    expect(parseWholeNumber(input)).toBe(expected);
  });

  it.each(['', 'abc', '-5', '1.5', '১২a'])('refuses whole number %j', (input) => {
    expect(parseWholeNumber(input)).toBeNull();
  });

  it.each([
    ['১২০০', 120000],
    ['৳১,২০০', 120000],
    ['1200.5', 120050],
    ['০.৭৫', 75],
    ['Tk 500', 50000],
  ])('reads taka %s as poisha', (input, expected) => {
    expect(parseTakaToPoisha(input)).toBe(expected);
  });

  it.each(['', '১২.৩৪৫', '-100', 'দুইশো'])('refuses taka %j', (input) => {
    expect(parseTakaToPoisha(input)).toBeNull();
  });
});

describe('format', () => {
  it('writes taka in Bengali digits on Bengali pages', () => {
    expect(formatTaka(120000, 'bn')).toBe('৳১,২০০');
    expect(formatTaka(120000, 'en')).toBe('৳1,200');
    expect(formatTaka(12050, 'en')).toBe('৳120.50');
    expect(formatTaka(1_000_000_00, 'bn')).toBe('৳১০,০০,০০০');
  });

  it('writes numbers and phones in the page language', () => {
    expect(formatNumber(1234, 'bn')).toBe('১,২৩৪');
    expect(formatPhone('+8801711234567', 'bn')).toBe('০১৭১১-২৩৪৫৬৭');
    expect(formatPhone('+8801711234567', 'en')).toBe('01711-234567');
    expect(formatPhone('999', 'bn')).toBe('৯৯৯');
  });

  it('writes dates in Dhaka time', () => {
    // 20:00 UTC on the 23rd is already the 24th in Dhaka.
    const date = new Date('2026-11-23T20:00:00Z');
    expect(formatDate(date, 'en')).toBe('24 November 2026');
    expect(formatDate(date, 'bn')).toMatch(/^২৪ নভেম্বর, ২০২৬$|^২৪ নভেম্বর ২০২৬$/);
  });
});

describe('formatClock', () => {
  it.each([
    ['09:00', 'সকাল ৯:০০', '9:00 am'],
    ['13:30', 'দুপুর ১:৩০', '1:30 pm'],
    ['16:00', 'বিকেল ৪:০০', '4:00 pm'],
    ['19:15', 'সন্ধ্যা ৭:১৫', '7:15 pm'],
    ['21:00', 'রাত ৯:০০', '9:00 pm'],
    ['00:30', 'রাত ১২:৩০', '12:30 am'],
  ])('%s', (hhmm, bn, en) => {
    expect(formatClock(hhmm, 'bn')).toBe(bn);
    expect(formatClock(hhmm, 'en')).toBe(en);
  });
});

describe('formatDateTime', () => {
  it('says the time of day in Bengali words and digits, never a Latin AM/PM', () => {
    const at = new Date('2026-11-23T09:58:00Z'); // 15:58 in Dhaka
    expect(formatDateTime(at, 'bn')).toBe('২৩ নভে, বিকেল ৩:৫৮');
    expect(formatDateTime(new Date('2026-11-23T18:05:00Z'), 'bn')).toBe('২৪ নভে, রাত ১২:০৫');
    expect(formatDateTime(at, 'en')).toBe('23 Nov, 3:58 pm');
  });
});

describe('names with a Bengali case ending', () => {
  it('take the ending their last letter asks for', () => {
    const cases: [string, string, string][] = [
      ['বগুড়া', 'বগুড়ায়', 'বগুড়ার'],
      ['শেরপুর', 'শেরপুরে', 'শেরপুরের'],
      ['কিশোরগঞ্জ', 'কিশোরগঞ্জে', 'কিশোরগঞ্জের'],
      ['ফেনী', 'ফেনীতে', 'ফেনীর'],
      ['রাঙ্গামাটি', 'রাঙ্গামাটিতে', 'রাঙ্গামাটির'],
      ['ঠাকুরগাঁও', 'ঠাকুরগাঁওয়ে', 'ঠাকুরগাঁওয়ের'],
      ['নওগাঁ', 'নওগাঁয়', 'নওগাঁর'],
      ['বুড়িচং', 'বুড়িচংয়ে', 'বুড়িচংয়ের'],
      ['লালমাই', 'লালমাইতে', 'লালমাইয়ের'],
      ['পঞ্চগড়', 'পঞ্চগড়ে', 'পঞ্চগড়ের'],
      ['পুর্বধৈইর (পুর্ব)', 'পুর্বধৈইরে (পুর্ব)', 'পুর্বধৈইরের (পুর্ব)'],
      ['আমদিয়া ২', 'আমদিয়া ২-এ', 'আমদিয়া ২-এর'],
    ];
    for (const [name, locative, genitive] of cases) {
      expect(placeIn(name, 'bn'), name).toBe(locative);
      expect(nameOf(name, 'bn'), name).toBe(genitive);
    }
  });

  it('leave English names as they are', () => {
    expect(placeIn('Bogura', 'en')).toBe('Bogura');
    expect(nameOf('Bogura', 'en')).toBe('Bogura');
  });

  it('read naturally for every district, upazila and union of Bangladesh (no ending written apart but after a number)', () => {
    const names = ['districts', 'upazilas', 'unions'].flatMap((file) =>
      readFileSync(new URL(`../../prisma/data/bd-geo/${file}.csv`, import.meta.url), 'utf8')
        .split('\n')
        .map((line) => /^"[^"]*","[^"]*","[^"]*","([^"]+)"/.exec(line)?.[1])
        .filter((name): name is string => Boolean(name)),
    );
    expect(names.length).toBeGreaterThan(4000);
    const hyphenated = names.filter((name) => !/[০-৯0-9]$/.test(name) && (/-এ$/.test(placeIn(name, 'bn')) || /-এর$/.test(nameOf(name, 'bn'))));
    expect(hyphenated).toEqual([]);
  });
});
