// Passwords: argon2id hashes (memory-hard, ~60 ms here), at least 8 characters, and none of the
// common ones in common-passwords.txt or trivially derived from the phone number.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { toAsciiDigits } from '@/lib/i18n/digits';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(path.join(process.cwd(), 'lib/auth/common-passwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l && !l.startsWith('#')),
  );
  return common;
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'likePhone';

/** Why a new password is not acceptable, or null when it is. */
export function passwordProblem(password: string, phone?: string | null): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong';
  const lower = toAsciiDigits(password).toLowerCase();
  if (commonPasswords().has(lower) || /^(.)\1+$/.test(lower) || '01234567890123456789'.includes(lower) || '98765432109876543210'.includes(lower)) return 'common';
  if (phone) {
    const digits = phone.replace(/\D/g, '');
    const national = digits.replace(/^880/, '0');
    if (lower.replace(/\D/g, '').length >= 8 && (national.includes(lower.replace(/\D/g, '')) || lower.includes(national.slice(-8)))) return 'likePhone';
  }
  return null;
}

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  // Unknown accounts still pay for one verification, so timing does not tell them apart.
  const target = passwordHash ?? (await dummyHash());
  const ok = await verify(target, password).catch(() => false);
  return Boolean(passwordHash) && ok;
}

let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hash('not-a-real-password-just-for-timing'));

/** Wrong current passwords allowed on the change-password form, per account, before a pause. */
export const CURRENT_PASSWORD_TRIES = { max: 5, windowMs: 15 * 60_000 };
