// The rules of a training programme's form, shared by the console's form and the server
// (lib/training/programmes.ts). Message keys live under the Training namespace. Numbers and
// taka are typed in Bengali or ASCII digits; dates day/month/year (lib/i18n/typed-date.ts) and
// times "HH:MM", both in Dhaka time, stored in UTC. What needs the database (trades that exist,
// places inside the programme's area and the officer's scope) is checked in programmes.ts.
import { z } from 'zod';
import { MAX_AREA_ID } from '@/lib/geo/area-id';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { plainText } from '@/lib/i18n/text-input';
import { parseTypedDay } from '@/lib/i18n/typed-date';
import { oneLine, optionalCount, optionalTaka } from '@/lib/shops/schemas';

export const PROGRAMME_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'COMPLETED'] as const;
export type ProgrammeStatusName = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_MODES = ['IN_PERSON', 'ONLINE'] as const;
export const TEACHING_LANGUAGES = ['bn', 'en'] as const;
export const MAX_SESSIONS = 30;
/** Empty session rows the console form offers beyond those already planned. */
export const SPARE_SESSION_ROWS = 3;
export const MAX_SEATS = 10_000;

const requiredText = (max: number, required: string, tooLong: string) => oneLine(max, tooLong).pipe(z.string().min(1, required));

/** An id from a select or checkbox: a whole number the areas or categories table could hold. */
const idOf = (message: string) =>
  z.string().transform((value, ctx) => {
    const text = toAsciiDigits(value).trim();
    if (!/^\d{1,8}$/.test(text) || Number(text) < 1 || Number(text) > MAX_AREA_ID) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(text);
  });

/** "10:30", "১০:৩০", "9.00" → minutes after midnight; null when it is not a time of day. */
export function parseClock(input: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(toAsciiDigits(input).trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** A day ("YYYY-MM-DD") and minutes after midnight, in Dhaka (UTC+6 all year) → the instant. */
export function dhakaInstant(day: string, minutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00+06:00`) + minutes * 60_000);
}

/** An instant as Dhaka reads it: its day ("YYYY-MM-DD") and time of day ("HH:MM"); the inverse of dhakaInstant. */
export function dhakaParts(instant: Date): { day: string; time: string } {
  const iso = new Date(instant.getTime() + 6 * 60 * 60 * 1000).toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** One class meeting as typed: its day and its start and end times. */
export interface SessionRow {
  date: string;
  start: string;
  end: string;
}

const sessionsField = z
  .array(z.object({ date: z.string().max(40), start: z.string().max(20), end: z.string().max(20) }))
  .max(MAX_SESSIONS + SPARE_SESSION_ROWS, 'tooManySessions')
  .transform((rows, ctx) => {
    const sessions: { startsAt: Date; endsAt: Date }[] = [];
    for (const row of rows) {
      if (!row.date.trim() && !row.start.trim() && !row.end.trim()) continue;
      const day = parseTypedDay(row.date);
      if (!day || day < '2020' || day > '2100') {
        ctx.addIssue({ code: 'custom', message: 'sessionDateInvalid' });
        return z.NEVER;
      }
      const start = parseClock(row.start);
      const end = parseClock(row.end);
      if (start === null || end === null) {
        ctx.addIssue({ code: 'custom', message: 'sessionTimeInvalid' });
        return z.NEVER;
      }
      if (end <= start) {
        ctx.addIssue({ code: 'custom', message: 'sessionEndBeforeStart' });
        return z.NEVER;
      }
      sessions.push({ startsAt: dhakaInstant(day, start), endsAt: dhakaInstant(day, end) });
    }
    if (sessions.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'sessionsRequired' });
      return z.NEVER;
    }
    if (sessions.length > MAX_SESSIONS) {
      ctx.addIssue({ code: 'custom', message: 'tooManySessions' });
      return z.NEVER;
    }
    sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (let i = 1; i < sessions.length; i++) {
      if (sessions[i]!.startsAt < sessions[i - 1]!.endsAt) {
        ctx.addIssue({ code: 'custom', message: 'sessionsOverlap' });
        return z.NEVER;
      }
    }
    return sessions;
  });

const money = { invalid: 'amountInvalid', range: 'amountRange' };

export const programmeSchema = z
  .object({
    titleBn: requiredText(150, 'titleRequired', 'titleTooLong'),
    /** Optional: the Bengali title stands in on English pages. */
    titleEn: oneLine(150, 'titleTooLong'),
    office: requiredText(150, 'officeRequired', 'officeTooLong'),
    description: plainText(3000, 'descriptionTooLong'),
    /** The district or upazila the programme belongs to (officers of it manage it). */
    areaId: z.string().min(1, 'areaRequired').pipe(idOf('areaRequired')),
    categoryIds: z.array(idOf('tradesRequired')).min(1, 'tradesRequired').max(20, 'tradesTooMany'),
    /** The places whose providers it is open to: the programme's area itself, its upazilas or unions. */
    areaIds: z.array(idOf('placesRequired')).min(1, 'placesRequired').max(300, 'placesRequired'),
    seats: z.string().transform((value, ctx) => {
      const text = toAsciiDigits(value).trim().replace(/[,\s]/g, '');
      if (!text) {
        ctx.addIssue({ code: 'custom', message: 'seatsRequired' });
        return z.NEVER;
      }
      if (!/^-?\d{1,9}$/.test(text)) {
        ctx.addIssue({ code: 'custom', message: 'seatsInvalid' });
        return z.NEVER;
      }
      const seats = Number(text);
      if (seats < 1) {
        ctx.addIssue({ code: 'custom', message: 'seatsMin' });
        return z.NEVER;
      }
      if (seats > MAX_SEATS) {
        ctx.addIssue({ code: 'custom', message: 'seatsMax' });
        return z.NEVER;
      }
      return seats;
    }),
    sessions: sessionsField,
    mode: z.enum(PROGRAMME_MODES, { error: 'modeRequired' }),
    venue: oneLine(300, 'venueTooLong'),
    onlineLink: z.string().trim().max(500, 'linkInvalid'),
    languages: z.array(z.enum(TEACHING_LANGUAGES, { error: 'languagesRequired' })).min(1, 'languagesRequired').max(2, 'languagesRequired'),
    cost: optionalTaka(0, 1_000_000, money).transform((v) => v ?? 0),
    allowance: optionalTaka(0, 1_000_000, money).transform((v) => v ?? 0),
    eligibility: plainText(1000, 'eligibilityTooLong'),
    requiredSex: z.enum(['', 'FEMALE', 'MALE'], { error: 'sexInvalid' }).transform((v) => (v === '' ? null : v)),
    minExperienceYears: optionalCount(0, 60, 'experienceInvalid'),
  })
  .superRefine((p, ctx) => {
    if (p.mode === 'IN_PERSON' && !p.venue) ctx.addIssue({ code: 'custom', path: ['venue'], message: 'venueRequired' });
    if (p.mode === 'ONLINE') {
      if (!p.onlineLink) ctx.addIssue({ code: 'custom', path: ['onlineLink'], message: 'linkRequired' });
      else if (!isWebLink(p.onlineLink)) ctx.addIssue({ code: 'custom', path: ['onlineLink'], message: 'linkInvalid' });
    }
  })
  .transform((p) => ({
    ...p,
    categoryIds: [...new Set(p.categoryIds)],
    areaIds: [...new Set(p.areaIds)],
    languages: [...new Set(p.languages)],
    venue: p.mode === 'IN_PERSON' ? p.venue : p.venue || null,
    onlineLink: p.mode === 'ONLINE' ? p.onlineLink : null,
  }));

export type ProgrammeInput = z.output<typeof programmeSchema>;

/** An http(s) address a trainee can open (Zoom, Meet, a Facebook group…). */
function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The form as the schema reads it: repeated fields as lists, session rows side by side. */
export function readProgrammeForm(form: FormData) {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
  const dates = all('sessionDate');
  const starts = all('sessionStart');
  const ends = all('sessionEnd');
  const rows = Math.max(dates.length, starts.length, ends.length);
  return {
    titleBn: one('titleBn'),
    titleEn: one('titleEn'),
    office: one('office'),
    description: one('description'),
    areaId: one('areaId'),
    categoryIds: all('categoryIds'),
    areaIds: all('areaIds'),
    seats: one('seats'),
    sessions: Array.from({ length: rows }, (_, i) => ({ date: dates[i] ?? '', start: starts[i] ?? '', end: ends[i] ?? '' })),
    mode: one('mode'),
    venue: one('venue'),
    onlineLink: one('onlineLink'),
    languages: all('languages'),
    cost: one('cost'),
    allowance: one('allowance'),
    eligibility: one('eligibility'),
    requiredSex: one('requiredSex'),
    minExperienceYears: one('minExperienceYears'),
  };
}

/** The status changes an officer may ask for, by the button's command. */
export const STATUS_COMMANDS = { open: 'OPEN', close: 'CLOSED', reopen: 'OPEN', complete: 'COMPLETED' } as const;
export type StatusCommand = keyof typeof STATUS_COMMANDS;
export const statusCommandSchema = z.enum(['open', 'close', 'reopen', 'complete']);
