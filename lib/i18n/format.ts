// Formatting for people: numbers, taka, dates and phone numbers in Bengali digits on Bengali
// pages. Pure functions of (value, locale), usable on the server and the client alike.
import { toBengaliDigits } from './digits';

export type Locale = 'bn' | 'en';

const intlLocale = (locale: Locale) => (locale === 'bn' ? 'bn-BD' : 'en-IN');

/** Intl's bn-BD already writes Bengali digits; the explicit pass keeps it true on any ICU build. */
const localDigits = (text: string, locale: Locale) => (locale === 'bn' ? toBengaliDigits(text) : text);

// Making an Intl formatter costs far more than using one (a page of 20 dates spent more on making
// them than on rendering): each kind is made once per process and kept.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => kept(`n:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => kept(`d:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export function formatNumber(value: number, locale: Locale): string {
  return localDigits(numberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value), locale);
}

/** 120000 poisha → "৳১,২০০" (bn) / "৳1,200" (en); paisa shown only when there are some (never with `whole`: rounded to taka). */
export function formatTaka(poisha: number, locale: Locale, { whole = false } = {}): string {
  const taka = whole ? Math.round(poisha / 100) : poisha / 100;
  const text = numberFormat(intlLocale(locale), {
    minimumFractionDigits: Number.isInteger(taka) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(taka));
  return `${poisha < 0 ? '−' : ''}৳${localDigits(text, locale)}`;
}

const DHAKA = 'Asia/Dhaka';

export function formatDate(date: Date, locale: Locale, style: 'short' | 'long' = 'long'): string {
  const text = dateFormat(intlLocale(locale), {
    timeZone: DHAKA,
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    year: 'numeric',
  }).format(date);
  return localDigits(text, locale);
}

/** "১২ ডিসে, ২০২৬ – ১৩ ডিসে, ২০২৬", or one date when both fall on the same day in Dhaka. */
export function formatDateRange(from: Date, to: Date, locale: Locale, style: 'short' | 'long' = 'long'): string {
  const [a, b] = [formatDate(from, locale, style), formatDate(to, locale, style)];
  return a === b ? a : `${a} – ${b}`;
}

/** "ডিসেম্বর ২০২৬" / "December 2026": a month in Dhaka. */
export function formatMonth(date: Date, locale: Locale): string {
  return localDigits(dateFormat(intlLocale(locale), { timeZone: DHAKA, month: 'long', year: 'numeric' }).format(date), locale);
}

export function formatDateTime(date: Date, locale: Locale): string {
  if (locale === 'bn') {
    // ICU writes a Latin "PM" even in bn-BD: say the time of day the way people do ("বিকেল ৩:৫৮").
    const day = dateFormat('bn-BD', { timeZone: DHAKA, day: 'numeric', month: 'short' }).format(date);
    const clock = dateFormat('en-GB', { timeZone: DHAKA, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    return `${localDigits(day, locale)}, ${formatClock(clock, locale)}`;
  }
  return dateFormat(intlLocale(locale), { timeZone: DHAKA, day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(date);
}

/** "+8801711234567" → "০১৭১১-২৩৪৫৬৭"; short codes ("999") and landlines are shown as stored. */
export function formatPhone(phone: string, locale: Locale): string {
  const local = /^\+880(1\d{9})$/.exec(phone)?.[1];
  const text = local ? `0${local.slice(0, 4)}-${local.slice(4)}` : phone;
  return localDigits(text, locale);
}

/** "09:00" → "সকাল ৯:০০" (bn) / "9:00 am" (en): the time of day people say, for opening hours. */
export function formatClock(hhmm: string, locale: Locale): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const time = `${hour12}:${String(m).padStart(2, '0')}`;
  if (locale === 'en') return `${time} ${h < 12 ? 'am' : 'pm'}`;
  const part = h < 4 ? 'রাত' : h < 12 ? 'সকাল' : h < 15 ? 'দুপুর' : h < 18 ? 'বিকেল' : h < 20 ? 'সন্ধ্যা' : 'রাত';
  return `${part} ${toBengaliDigits(time)}`;
}

// ─── place and person names with a Bengali case ending ───
// "বগুড়া-এ" is how a program writes it; people write "বগুড়ায়", "শেরপুরে", "ফেনীতে". The ending
// follows the name's last letter, so one rule serves every district, upazila, union and person.

type Ending = { locative: string; genitive: string };
const AFTER_AA: Ending = { locative: 'য়', genitive: 'র' }; // বগুড়ায়, বগুড়ার
const AFTER_VOWEL_SIGN: Ending = { locative: 'তে', genitive: 'র' }; // ফেনীতে, ফেনীর
const AFTER_VOWEL: Ending = { locative: 'তে', genitive: 'য়ের' }; // লালমাইতে, লালমাইয়ের
const AFTER_O: Ending = { locative: 'য়ে', genitive: 'য়ের' }; // ঠাকুরগাঁওয়ে, ঠাকুরগাঁওয়ের
const AFTER_CONSONANT: Ending = { locative: 'ে', genitive: 'ের' }; // শেরপুরে, শেরপুরের
const AFTER_ANUSVARA: Ending = { locative: 'য়ে', genitive: 'য়ের' }; // বুড়িচংয়ে, বুড়িচংয়ের

function bengaliEnding(name: string): Ending | null {
  const last = name.replace(/[\u0981\u200c\u200d]+$/, '').at(-1) ?? ''; // a chandrabindu or joiner does not decide it
  if (last === '\u09be') return AFTER_AA;
  if (/[\u09bf-\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7]/.test(last)) return AFTER_VOWEL_SIGN;
  if (last === 'ও') return AFTER_O;
  if (/[\u0985-\u0994]/.test(last)) return AFTER_VOWEL;
  if (last === 'ং') return AFTER_ANUSVARA;
  if (/[\u0995-\u09b9\u09bc\u09cd\u09dc-\u09df]/.test(last)) return AFTER_CONSONANT;
  return null;
}

function withCase(name: string, kind: keyof Ending, locale: Locale): string {
  if (locale !== 'bn') return name;
  const text = name.trim();
  // "পুর্বধৈইর (পুর্ব)": the name itself takes the ending, the note in brackets follows it.
  const note = /^(.+?)(\s*\([^()]*\))$/.exec(text);
  if (note) return `${withCase(note[1]!, kind, locale)}${note[2]}`;
  const base = text.endsWith('ৎ') ? `${text.slice(0, -1)}ত` : text; // জগৎ → জগতে
  const ending = bengaliEnding(base);
  // A Latin name or a number: the ending written apart, as Bengali does for "৯৯৯-এ".
  return ending ? `${base}${ending[kind]}` : `${text}-${kind === 'locative' ? 'এ' : 'এর'}`;
}

/** "বগুড়া" → "বগুড়ায়", "শেরপুর" → "শেরপুরে", "ফেনী" → "ফেনীতে" (in Bengali; English names as they are). */
export const placeIn = (name: string, locale: Locale): string => withCase(name, 'locative', locale);

/** "বগুড়া" → "বগুড়ার", "শেরপুর" → "শেরপুরের", "রহিম" → "রহিমের" (in Bengali; English names as they are). */
export const nameOf = (name: string, locale: Locale): string => withCase(name, 'genitive', locale);
