// Bengali and ASCII digits, both ways. Every numeric input goes through toAsciiDigits first, so
// "১২০০" and "1200" mean the same.
const BN_DIGITS = '০১২৩৪৫৬৭৮৯';

export const toAsciiDigits = (text: string): string =>
  text.replace(/[০-৯]/g, (d) => String(BN_DIGITS.indexOf(d)));

export const toBengaliDigits = (text: string): string =>
  text.replace(/[0-9]/g, (d) => BN_DIGITS[Number(d)]!);

/**
 * Reads a whole number typed by a person: Bengali or ASCII digits, with thousands separators or
 * spaces. Returns null for anything else (letters, decimals, signs, empty).
 */
export function parseWholeNumber(input: string): number | null {
  const text = toAsciiDigits(input).trim().replace(/[,\s]/g, '');
  if (!/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/**
 * Reads a taka amount ("১,২০০", "1200.50", "৳ ৫০০") into poisha. Null when it is not an amount
 * or has more than two decimals.
 */
export function parseTakaToPoisha(input: string): number | null {
  const text = toAsciiDigits(input).trim().replace(/^৳|^tk\.?|^bdt/i, '').replace(/[,\s]/g, '').replace(/৳$/, '');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
