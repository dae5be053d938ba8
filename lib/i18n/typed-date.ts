// Dates typed as people in Bangladesh write them: day/month/year, in Bengali or ASCII digits
// ("১৫/০১/২০২৬", "15-1-2026", "15.01.2026"); "2026-01-15" too, as links and older forms send it.
// Every date field (components/forms/date-field.tsx) is read here, on the server.
import { toAsciiDigits, toBengaliDigits } from './digits';
import type { Locale } from './format';

const DMY = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The day a typed date names, as "YYYY-MM-DD"; null when it is not one (31/02, 13th month, words). */
export function parseTypedDay(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null;
  const text = toAsciiDigits(input).trim();
  const dmy = DMY.exec(text);
  const ymd = dmy ? null : YMD.exec(text);
  if (!dmy && !ymd) return null;
  const [year, month, day] = dmy ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])] : [Number(ymd![1]), Number(ymd![2]), Number(ymd![3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "2026-01-15" → "১৫/০১/২০২৬" (bn) / "15/01/2026" (en): how a date field shows a day it starts with. */
export function typedDay(day: string | null | undefined, locale: Locale): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return '';
  const text = `${match[3]}/${match[2]}/${match[1]}`;
  return locale === 'bn' ? toBengaliDigits(text) : text;
}
