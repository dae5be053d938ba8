// Bangladeshi mobile numbers: the identity of every account. People type them in many shapes
// and in either script; we store one: +8801XXXXXXXXX.
import { toAsciiDigits } from './i18n/digits';

/** Operators' prefixes: 013–019 (Grameenphone, Banglalink, Robi/Airtel, Teletalk). */
const MOBILE = /^1[3-9]\d{8}$/;

/**
 * Normalises "01711234567", "+8801711234567", "8801711234567", "01711-234567",
 * "01711 234567" (in Bengali digits too) to "+8801711234567". Null if it is not a Bangladeshi
 * mobile number.
 */
export function normalizePhone(input: string): string | null {
  const digits = toAsciiDigits(input).trim().replace(/[\s\-().]/g, '');
  let national: string;
  if (/^\+8801\d+$/.test(digits)) national = digits.slice(4);
  else if (/^8801\d+$/.test(digits)) national = digits.slice(3);
  else if (/^01\d+$/.test(digits)) national = digits.slice(1);
  else return null;
  return MOBILE.test(national) ? `+880${national}` : null;
}

/** "+8801711234567" → "8801711234567", the form wa.me links want. */
export const whatsappNumber = (phone: string) => phone.replace(/^\+/, '');
