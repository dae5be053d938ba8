// The rules of the console's season and haat forms, shared by the forms and the server
// (lib/livestock/haats.ts). Message keys live under the ConsoleHaat namespace. Days are typed
// day/month/year (Bengali or ASCII digits, lib/i18n/typed-date.ts) and stored as that day's
// midnight in Dhaka (calendar.ts dayStart); hours "HH:MM" as minutes after midnight. What needs the
// database (the district, the union inside it and the officer's scope, the days inside the season)
// is checked in haats.ts.
import { z } from 'zod';
import { areaIdField } from '@/lib/geo/area-id';
import { optionalPhone, plainText } from '@/lib/i18n/text-input';
import { parseTypedDay } from '@/lib/i18n/typed-date';
import { oneLine } from '@/lib/shops/schemas';
import { parseClock } from '@/lib/training/schemas';
import { dayStart } from './calendar';

/** A season is at most this long (Eid-ul-Adha's haats run a few weeks). */
export const MAX_SEASON_DAYS = 120;
const DAY = 86_400_000;

const requiredText = (max: number, required: string, tooLong: string) => oneLine(max, tooLong).pipe(z.string().min(1, required));

/** A typed day → that day's midnight in Dhaka. */
const dayField = (required: string, invalid: string) =>
  z.string().transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: 'custom', message: required });
      return z.NEVER;
    }
    const day = parseTypedDay(value);
    if (!day || day < '2020' || day > '2100') {
      ctx.addIssue({ code: 'custom', message: invalid });
      return z.NEVER;
    }
    return dayStart(day);
  });

const clockField = (fallback: number) =>
  z.string().transform((value, ctx) => {
    if (!value.trim()) return fallback;
    const minutes = parseClock(value);
    if (minutes === null) {
      ctx.addIssue({ code: 'custom', message: 'hoursInvalid' });
      return z.NEVER;
    }
    return minutes;
  });

export const seasonSchema = z
  .object({
    nameBn: requiredText(120, 'nameRequired', 'nameTooLong'),
    nameEn: oneLine(120, 'nameTooLong'),
    /** The district it is for. */
    areaId: areaIdField('districtRequired'),
    startsOn: dayField('startsRequired', 'dayInvalid'),
    endsOn: dayField('endsRequired', 'dayInvalid'),
  })
  .superRefine((s, ctx) => {
    if (s.endsOn < s.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsBeforeStarts' });
    else if (s.endsOn.getTime() - s.startsOn.getTime() > MAX_SEASON_DAYS * DAY) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'seasonTooLong' });
  })
  .transform((s) => ({ ...s, nameEn: s.nameEn || null }));

export type SeasonInput = z.output<typeof seasonSchema>;

const checkbox = z
  .union([z.literal('on'), z.literal('1'), z.literal(''), z.undefined(), z.null()])
  .transform((v) => v === 'on' || v === '1');

export const haatSchema = z
  .object({
    nameBn: requiredText(120, 'nameRequired', 'nameTooLong'),
    nameEn: oneLine(120, 'nameTooLong'),
    /** The union (or upazila) it is held in. */
    areaId: areaIdField('unionRequired'),
    place: requiredText(200, 'placeRequired', 'placeTooLong'),
    opensOn: dayField('opensRequired', 'dayInvalid'),
    closesOn: dayField('closesRequired', 'dayInvalid'),
    /** Weekdays it meets on, 0 = Sunday … 6; none ticked = every day. */
    weekdays: z.array(z.enum(['0', '1', '2', '3', '4', '5', '6'], { error: 'weekdaysInvalid' })).max(7, 'weekdaysInvalid'),
    opensAt: clockField(8 * 60),
    closesAt: clockField(18 * 60),
    leaseOffice: oneLine(150, 'leaseOfficeTooLong'),
    leasePhone: optionalPhone,
    vetBooth: checkbox,
    vetNote: oneLine(200, 'vetNoteTooLong'),
  })
  .superRefine((h, ctx) => {
    if (h.closesOn < h.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'closesBeforeOpens' });
    if (h.closesAt <= h.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'hoursOrder' });
  })
  .transform((h) => ({
    ...h,
    nameEn: h.nameEn || null,
    weekdays: [...new Set(h.weekdays.map(Number))].sort(),
    leaseOffice: h.leaseOffice || null,
    vetNote: h.vetNote || null,
  }));

export type HaatInput = z.output<typeof haatSchema>;

/** The haat form as the schema reads it (weekdays are checkboxes). */
export function readHaatForm(form: FormData) {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    nameBn: one('nameBn'),
    nameEn: one('nameEn'),
    areaId: one('areaId'),
    place: one('place'),
    opensOn: one('opensOn'),
    closesOn: one('closesOn'),
    weekdays: form.getAll('weekdays').filter((v): v is string => typeof v === 'string'),
    opensAt: one('opensAt'),
    closesAt: one('closesAt'),
    leaseOffice: one('leaseOffice'),
    leasePhone: one('leasePhone'),
    vetBooth: form.get('vetBooth'),
    vetNote: one('vetNote'),
  };
}

export const OVERSIGHT_STATUSES = ['ACTIVE', 'HIDDEN', 'SUSPENDED'] as const;
/** Hiding a listing must say why (the seller is shown it, oversight.ts refuses it empty); bringing it back may. */
export const reasonSchema = z.object({ reason: plainText(500, 'reasonTooLong') });
