// "Open now", worked out from a provider's opening hours (kept in Asia/Dhaka time) and her "busy"
// switch, which overrides them. Listing pages are cached, so the moment that matters is when the
// visitor looks, not when the page was rendered: this runs in the browser too
// (components/directory/listing-clock.tsx) and stays free of server imports.

/** As stored in Provider.hours: weekdays 0 (Sunday) … 6, and optionally "HH:MM" opening and closing times. */
export interface WeeklyHours {
  days: number[];
  opens?: string;
  closes?: string;
}

export type OpenState =
  | { kind: 'busy' }
  /** No hours given: nothing to say beyond "not busy". */
  | { kind: 'unknown' }
  /** `closes` is null when open all day. */
  | { kind: 'open'; closes: string | null }
  /** `opens` is the next opening time (null when it opens at the start of the day), `day` its weekday. */
  | { kind: 'closed'; opens: string | null; day: number | null };

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DHAKA_OFFSET_MINUTES = 6 * 60; // Bangladesh keeps UTC+6 all year.

/** The stored JSON as hours, or null when there is nothing usable. */
export function readHours(value: unknown): WeeklyHours | null {
  if (!value || typeof value !== 'object') return null;
  const { days, opens, closes } = value as Record<string, unknown>;
  if (!Array.isArray(days)) return null;
  const valid = [...new Set(days.filter((d): d is number => Number.isInteger(d) && d >= 0 && d <= 6))].sort();
  if (valid.length === 0) return null;
  const timed = typeof opens === 'string' && typeof closes === 'string' && CLOCK.test(opens) && CLOCK.test(closes) && opens !== closes;
  return timed ? { days: valid, opens, closes } : { days: valid };
}

/** The weekday and minute of the day in Dhaka. */
export function dhakaClock(now: Date): { day: number; minute: number } {
  const local = new Date(now.getTime() + DHAKA_OFFSET_MINUTES * 60_000);
  return { day: local.getUTCDay(), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function openState(hours: WeeklyHours | null, available: boolean, now: Date): OpenState {
  if (!available) return { kind: 'busy' };
  if (!hours) return { kind: 'unknown' };
  const { day, minute } = dhakaClock(now);
  const on = (d: number) => hours.days.includes(((d % 7) + 7) % 7);
  if (!hours.opens || !hours.closes) {
    if (on(day)) return { kind: 'open', closes: null };
    return { kind: 'closed', opens: null, day: nextDay(on, day) };
  }
  const opens = minutes(hours.opens);
  const closes = minutes(hours.closes);
  if (closes > opens) {
    if (on(day) && minute >= opens && minute < closes) return { kind: 'open', closes: hours.closes };
    if (on(day) && minute < opens) return { kind: 'closed', opens: hours.opens, day };
  } else {
    // Past midnight (e.g. 18:00–02:00): the evening of a listed day and the small hours after it.
    if (on(day) && minute >= opens) return { kind: 'open', closes: hours.closes };
    if (on(day - 1) && minute < closes) return { kind: 'open', closes: hours.closes };
    if (on(day) && minute < opens) return { kind: 'closed', opens: hours.opens, day };
  }
  return { kind: 'closed', opens: hours.opens, day: nextDay(on, day) };
}

function nextDay(on: (d: number) => boolean, today: number): number | null {
  for (let step = 1; step <= 7; step++) if (on(today + step)) return (today + step) % 7;
  return null;
}

/**
 * How near a listing's place is to the visitor's, by the area tree (areas have no coordinates below
 * the district): 0 the same union, 1 the same upazila, 2 elsewhere. Paths are Area.path ("/1/3/47/…/").
 */
export function nearness(listingPath: string, visitorPath: string): number {
  if (listingPath.startsWith(visitorPath)) return 0;
  const upazila = (path: string) => path.split('/').filter(Boolean).slice(0, 3).join('/');
  return upazila(listingPath) === upazila(visitorPath) ? 1 : 2;
}
