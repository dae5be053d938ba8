import { describe, expect, it } from 'vitest';
import { addDays, availableDays, canHaveOn, dhakaDay, earliestDay, weekday, type AvailabilityInput } from './calendar';

// 2026-11-23 is a Monday. 10:00 in Dhaka is 04:00 UTC.
const monday10am = new Date('2026-11-23T04:00:00Z');
const everyDay = [0, 1, 2, 3, 4, 5, 6];
const cake: AvailabilityInput = { now: monday10am, fulfilment: 'MADE_TO_ORDER', leadTimeHours: 24, dailyCapacity: 3, stock: null, isAvailable: true, openDays: everyDay };

describe('days in Bangladesh', () => {
  it('takes the calendar day in UTC+6, also just after midnight there', () => {
    expect(dhakaDay(new Date('2026-11-23T17:59:59Z'))).toBe('2026-11-23');
    expect(dhakaDay(new Date('2026-11-23T18:00:00Z'))).toBe('2026-11-24');
  });
  it('counts days across month and year ends and knows the weekday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(weekday('2026-11-23')).toBe(1);
    expect(weekday('2026-11-27')).toBe(5);
  });
});

describe('the earliest day a product can be had', () => {
  it('made to order: today plus the lead time', () => {
    expect(earliestDay({ ...cake, leadTimeHours: 0 })).toBe('2026-11-23');
    expect(earliestDay(cake)).toBe('2026-11-24');
    expect(earliestDay({ ...cake, leadTimeHours: 72 })).toBe('2026-11-26');
    // 13 hours from 10:00 is 23:00 the same day; 14 hours crosses midnight.
    expect(earliestDay({ ...cake, leadTimeHours: 13 })).toBe('2026-11-23');
    expect(earliestDay({ ...cake, leadTimeHours: 14 })).toBe('2026-11-24');
  });

  it('skips the days the shop is closed', () => {
    // Closed on Tuesday (2) and Wednesday (3).
    expect(earliestDay({ ...cake, openDays: [0, 1, 4, 5, 6] })).toBe('2026-11-26');
    expect(earliestDay({ ...cake, openDays: [] })).toBeNull();
  });

  it('skips days whose capacity is taken, counting the units this order needs', () => {
    const used = new Map([['2026-11-24', 3], ['2026-11-25', 2]]);
    expect(earliestDay({ ...cake, used })).toBe('2026-11-25');
    // A 3 lb cake takes 3 units: Wednesday has only 1 left.
    expect(earliestDay({ ...cake, used, units: 3 })).toBe('2026-11-26');
    expect(earliestDay({ ...cake, used: { '2026-11-24': 1 }, units: 2 })).toBe('2026-11-24');
    // More than a day can ever take.
    expect(earliestDay({ ...cake, units: 4 })).toBeNull();
  });

  it('has no limit when the seller set no capacity', () => {
    expect(earliestDay({ ...cake, dailyCapacity: null, used: { '2026-11-24': 500 }, units: 50 })).toBe('2026-11-24');
  });

  it('ready stock: today when enough is left, never when sold out', () => {
    const jar: AvailabilityInput = { ...cake, fulfilment: 'READY_STOCK', leadTimeHours: 0, dailyCapacity: null, stock: 2 };
    expect(earliestDay(jar)).toBe('2026-11-23');
    expect(earliestDay({ ...jar, units: 3 })).toBeNull();
    expect(earliestDay({ ...jar, stock: 0 })).toBeNull();
    expect(earliestDay({ ...jar, openDays: [5] })).toBe('2026-11-27');
  });

  it('is never when the seller switched the product off', () => {
    expect(earliestDay({ ...cake, isAvailable: false })).toBeNull();
  });

  it('looks only as far ahead as the horizon', () => {
    expect(earliestDay({ ...cake, leadTimeHours: 30 * 24, horizonDays: 14 })).toBeNull();
    expect(earliestDay({ ...cake, leadTimeHours: 30 * 24 })).toBe('2026-12-23');
  });
});

describe('the days offered for an order', () => {
  it('lists open days with room, in order, and refuses others', () => {
    const used = { '2026-11-25': 3 };
    const days = availableDays({ ...cake, openDays: [1, 2, 3, 4], used }, 4);
    expect(days).toEqual(['2026-11-24', '2026-11-26', '2026-11-30', '2026-12-01']);
    expect(canHaveOn({ ...cake, used }, '2026-11-25')).toBe(false);
    expect(canHaveOn(cake, '2026-11-22')).toBe(false);
  });
});
