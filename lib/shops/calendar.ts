// When a product can be had. Dates are days in Bangladesh (UTC+6, no daylight saving), written
// "YYYY-MM-DD". A made-to-order product needs its lead time from now, an open day of the shop and
// room in that day's capacity; ready stock needs enough left and an open day. Pure, so the product
// page, the order form and the order's own check give the same answer.

const DHAKA_OFFSET_MS = 6 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Bangladesh's calendar day of an instant: "2026-11-23". */
export const dhakaDay = (instant: Date): string => new Date(instant.getTime() + DHAKA_OFFSET_MS).toISOString().slice(0, 10);

/** The day after (or `n` days after) a "YYYY-MM-DD" day. */
export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * Which named day a "YYYY-MM-DD" day is at the instant `now`, reckoned in Bangladesh: today,
 * tomorrow, yesterday, or null (say its weekday and date instead). Pages pass the moment they
 * render, so "tomorrow" becomes "today" when the day comes.
 */
export const relativeDayWord = (day: string, now: Date): 'today' | 'tomorrow' | 'yesterday' | null => {
  const today = dhakaDay(now);
  return day === today ? 'today' : day === addDays(today, 1) ? 'tomorrow' : day === addDays(today, -1) ? 'yesterday' : null;
};

/** 0 = Sunday … 6 = Saturday, as the shop's openDays. */
export const weekday = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** A "YYYY-MM-DD" day as the Date Prisma stores in a @db.Date column. */
export const dayToDate = (day: string): Date => new Date(`${day}T00:00:00Z`);

export interface AvailabilityInput {
  now: Date;
  fulfilment: 'MADE_TO_ORDER' | 'READY_STOCK';
  leadTimeHours: number;
  /** Units one day can take (null = no limit). */
  dailyCapacity: number | null;
  /** Units left (ready stock). */
  stock: number | null;
  isAvailable: boolean;
  /** The shop's open weekdays, 0 = Sunday. */
  openDays: readonly number[];
  /** Capacity units already taken, by day. */
  used?: ReadonlyMap<string, number> | Record<string, number>;
  /** Capacity units the order needs (quantity × the option's units). */
  units?: number;
  /** How far ahead to look. */
  horizonDays?: number;
}

const usedOn = (used: AvailabilityInput['used'], day: string) =>
  (used instanceof Map ? used.get(day) : (used as Record<string, number> | undefined)?.[day]) ?? 0;

/** Whether an order needing `units` can be had on `day`. */
export function canHaveOn(input: AvailabilityInput, day: string): boolean {
  const units = input.units ?? 1;
  if (!input.isAvailable || units < 1 || !input.openDays.includes(weekday(day))) return false;
  const today = dhakaDay(input.now);
  if (day < today || day > addDays(today, (input.horizonDays ?? 60) - 1)) return false;
  if (input.fulfilment === 'READY_STOCK') return (input.stock ?? 0) >= units;
  if (day < dhakaDay(new Date(input.now.getTime() + input.leadTimeHours * 60 * 60 * 1000))) return false;
  return input.dailyCapacity === null || usedOn(input.used, day) + units <= input.dailyCapacity;
}

/** The next days (at most `count`) an order can be had, earliest first. */
export function availableDays(input: AvailabilityInput, count = 14): string[] {
  const today = dhakaDay(input.now);
  const days: string[] = [];
  for (let i = 0; i < (input.horizonDays ?? 60) && days.length < count; i++) {
    const day = addDays(today, i);
    if (canHaveOn(input, day)) days.push(day);
  }
  return days;
}

/** The earliest day it can be had, or null: sold out, switched off, closed or full for the whole horizon. */
export const earliestDay = (input: AvailabilityInput): string | null => availableDays(input, 1)[0] ?? null;
