import { describe, expect, it } from 'vitest';
import { parseTypedDay, typedDay } from './typed-date';

describe('a typed date', () => {
  it('is read as day/month/year in Bengali or ASCII digits, or as YYYY-MM-DD', () => {
    for (const text of ['15/01/2026', '১৫/০১/২০২৬', '15-1-2026', ' 15.01.2026 ', '১৫ / ১ / ২০২৬', '2026-01-15', '২০২৬-০১-১৫']) expect(parseTypedDay(text), text).toBe('2026-01-15');
    expect(parseTypedDay('29/02/2028')).toBe('2028-02-29');
  });

  it('is refused when the day does not exist or is no date', () => {
    for (const text of ['31/02/2026', '29/02/2027', '00/01/2026', '15/13/2026', '01/15/2026', '15/01/26', 'আগামীকাল', '', '১৫/০১/২০২৬/১', '15/01/1850', null, undefined]) expect(parseTypedDay(text), String(text)).toBeNull();
  });

  it('is shown in a field as day/month/year in the page’s digits', () => {
    expect(typedDay('2026-01-15', 'bn')).toBe('১৫/০১/২০২৬');
    expect(typedDay('2026-01-15', 'en')).toBe('15/01/2026');
    expect(typedDay(null, 'bn')).toBe('');
    expect(parseTypedDay(typedDay('2026-12-31', 'bn'))).toBe('2026-12-31');
  });
});
