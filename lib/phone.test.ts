import { describe, expect, it } from 'vitest';
import { normalizePhone, whatsappNumber } from './phone';

describe('normalizePhone', () => {
  it.each([
    '01711234567',
    '+8801711234567',
    '8801711234567',
    '01711-234567',
    '01711 234567',
    '০১৭১১২৩৪৫৬৭',
    '+৮৮০১৭১১২৩৪৫৬৭',
    '০১৭১১-২৩৪৫৬৭',
    ' 01711 234 567 ',
  ])('accepts %s', (input) => {
    expect(normalizePhone(input)).toBe('+8801711234567');
  });

  it.each([
    ['empty', ''],
    ['too short', '0171123456'],
    ['too long', '017112345678'],
    ['landline', '0251234567'],
    ['not an operator prefix (012)', '01211234567'],
    ['foreign number', '+447911123456'],
    ['Indian mobile', '+919812345678'],
    ['letters', '01711abc567'],
  ])('refuses %s', (_, input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('makes wa.me numbers', () => {
    expect(whatsappNumber('+8801711234567')).toBe('8801711234567');
  });
});
