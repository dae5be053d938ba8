import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwordProblem', () => {
  it.each([
    ['short', 'abc12', 'tooShort'],
    ['common', 'password123', 'common'],
    ['common in another case', 'Bangladesh123', 'common'],
    ['common in Bengali digits', '১২৩৪৫৬৭৮', 'common'],
    ['one repeated character', 'aaaaaaaaa', 'common'],
    ['a digit run', '23456789', 'common'],
    ['the phone number', '01711234567', 'likePhone'],
    ['the phone with a word', 'ami01711234567', 'likePhone'],
  ] as const)('refuses %s', (_, password, problem) => {
    expect(passwordProblem(password, '+8801711234567')).toBe(problem);
  });

  it('accepts a reasonable password', () => {
    expect(passwordProblem('shorshe-ilish-42', '+8801711234567')).toBeNull();
    expect(passwordProblem('আমার বাড়ি বগুড়া')).toBeNull();
  });
});

describe('hashing', () => {
  it('uses argon2id and verifies only the right password', async () => {
    const h = await hashPassword('shorshe-ilish-42');
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(h, 'shorshe-ilish-42')).toBe(true);
    expect(await verifyPassword(h, 'shorshe-ilish-43')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });
});
