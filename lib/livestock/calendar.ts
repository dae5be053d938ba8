// When a haat meets (pure: the seller's form checks a chosen day, the public calendar draws the
// season, the listing page names the day). Days are "YYYY-MM-DD" in Asia/Dhaka; a season's and a
// haat's days are stored as that day's midnight in Dhaka (dayStart).
import { addDays, dhakaDay, weekday } from '@/lib/shops/calendar';

export interface HaatTimes {
  opensOn: Date;
  closesOn: Date;
  /** 0 = Sunday … 6; empty = every day. */
  weekdays: number[];
}

/** A day's midnight in Dhaka, as seasons, haats and a listing's haatOn store it. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00+06:00`);

export function meetsOn(haat: HaatTimes, day: string): boolean {
  return day >= dhakaDay(haat.opensOn) && day <= dhakaDay(haat.closesOn) && (haat.weekdays.length === 0 || haat.weekdays.includes(weekday(day)));
}

/** Every day the haat meets, from its first (or `from`) to its last (or `to`); at most 120. */
export function haatDays(haat: HaatTimes, from?: string, to?: string): string[] {
  const first = [dhakaDay(haat.opensOn), from].filter(Boolean).sort().at(-1)!;
  const last = [dhakaDay(haat.closesOn), to].filter(Boolean).sort()[0]!;
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 120; day = addDays(day, 1)) if (meetsOn(haat, day)) days.push(day);
  return days;
}

/** "08:00"-style clock of minutes after midnight (formatClock turns it into Bengali). */
export const clockOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
