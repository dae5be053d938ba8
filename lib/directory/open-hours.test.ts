import { describe, expect, it } from 'vitest';
import { badgeText, type ClockLabels } from '@/components/directory/listing-clock';
import { dhakaClock, nearness, openState, readHours } from './open-hours';

// Dhaka is UTC+6: 2026-12-07 (a Monday) 10:30 in Dhaka is 04:30 UTC.
const dhaka = (isoLocal: string) => new Date(`${isoLocal}+06:00`);
const weekdays = { days: [0, 1, 2, 3, 4, 6], opens: '09:00', closes: '20:00' }; // closed Fridays

describe('opening hours', () => {
  it('reads the Dhaka weekday and minute, whatever the machine’s zone', () => {
    expect(dhakaClock(dhaka('2026-12-07T10:30:00'))).toEqual({ day: 1, minute: 630 });
    // 23:30 UTC on Sunday is already Monday 05:30 in Dhaka.
    expect(dhakaClock(new Date('2026-12-06T23:30:00Z'))).toEqual({ day: 1, minute: 330 });
  });

  it('is open inside the hours on a listed day, closed before, after and on other days', () => {
    expect(openState(weekdays, true, dhaka('2026-12-07T10:30:00'))).toEqual({ kind: 'open', closes: '20:00' });
    expect(openState(weekdays, true, dhaka('2026-12-07T08:59:00'))).toEqual({ kind: 'closed', opens: '09:00', day: 1 });
    expect(openState(weekdays, true, dhaka('2026-12-07T20:00:00'))).toEqual({ kind: 'closed', opens: '09:00', day: 2 });
    // Friday 11 Dec: closed all day; next opening Saturday.
    expect(openState(weekdays, true, dhaka('2026-12-11T12:00:00'))).toEqual({ kind: 'closed', opens: '09:00', day: 6 });
  });

  it('handles hours past midnight', () => {
    const night = { days: [5], opens: '18:00', closes: '02:00' }; // Friday evenings
    expect(openState(night, true, dhaka('2026-12-11T19:00:00')).kind).toBe('open');
    expect(openState(night, true, dhaka('2026-12-12T01:30:00')).kind).toBe('open'); // Saturday small hours
    expect(openState(night, true, dhaka('2026-12-12T02:00:00'))).toEqual({ kind: 'closed', opens: '18:00', day: 5 });
    expect(openState(night, true, dhaka('2026-12-11T17:00:00'))).toEqual({ kind: 'closed', opens: '18:00', day: 5 });
  });

  it('days without times are open all day; "busy" overrides; nothing given says nothing', () => {
    expect(openState({ days: [1] }, true, dhaka('2026-12-07T03:00:00'))).toEqual({ kind: 'open', closes: null });
    expect(openState({ days: [1] }, true, dhaka('2026-12-08T03:00:00'))).toEqual({ kind: 'closed', opens: null, day: 1 });
    expect(openState(weekdays, false, dhaka('2026-12-07T10:30:00'))).toEqual({ kind: 'busy' });
    expect(openState(null, true, dhaka('2026-12-07T10:30:00'))).toEqual({ kind: 'unknown' });
  });

  it('reads only well-formed stored hours', () => {
    expect(readHours({ days: [3, 1, 1, 9, 'x'], opens: '09:00', closes: '17:30' })).toEqual({ days: [1, 3], opens: '09:00', closes: '17:30' });
    expect(readHours({ days: [1], opens: '9am', closes: '17:30' })).toEqual({ days: [1] });
    expect(readHours({ days: [] })).toBeNull();
    expect(readHours('junk')).toBeNull();
    expect(readHours(null)).toBeNull();
  });

  it('says it in words, in Bengali digits', () => {
    const labels: ClockLabels = {
      open: 'এখন খোলা',
      openUntil: 'খোলা · {time} পর্যন্ত',
      opensAt: 'বন্ধ · খুলবে {time}',
      opensOn: 'বন্ধ · খুলবে {day} {time}',
      opensDay: 'বন্ধ · খুলবে {day}',
      closed: 'বন্ধ',
      onlyOpen: '',
      near: '',
      nearAny: '',
      days: ['রবিবার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার'],
    };
    const at = (iso: string) => badgeText(openState(weekdays, true, dhaka(iso)), labels, 'bn', dhaka(iso));
    expect(at('2026-12-07T10:30:00')).toBe('খোলা · রাত ৮:০০ পর্যন্ত');
    expect(at('2026-12-07T07:00:00')).toBe('বন্ধ · খুলবে সকাল ৯:০০');
    expect(at('2026-12-11T12:00:00')).toBe('বন্ধ · খুলবে শনিবার সকাল ৯:০০');
    expect(badgeText({ kind: 'busy' }, labels, 'bn', new Date())).toBeNull();
  });

  it('ranks places: the same union, then the same upazila, then the rest', () => {
    const union = '/3/36/1010/50001/';
    expect(nearness('/3/36/1010/50001/', union)).toBe(0);
    expect(nearness('/3/36/1010/50002/', union)).toBe(1);
    expect(nearness('/3/36/1010/', union)).toBe(1);
    expect(nearness('/3/36/1011/50100/', union)).toBe(2);
    // An upazila picked: everything inside it first.
    expect(nearness('/3/36/1010/50002/', '/3/36/1010/')).toBe(0);
  });
});
