// Reading an inbound SMS: its words, whether it is a keyword (HELP, MORE, a blood request) in any
// script, and a blood group however it is typed (B+, বি+, B pos, b positive, o neg, এবি নেগেটিভ).
import type { BloodGroup } from '@/lib/generated/prisma/enums';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { compactSearchKey } from '@/lib/search/transliterate';

/** The text's words: NFC, ASCII digits, one space between words, no punctuation around them. */
export function wordsOf(text: string): string[] {
  return toAsciiDigits(text.normalize('NFC'))
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .split(/[\s,;:।!?"'()]+/u)
    .map((word) => word.replace(/^[.]+|[.]+$/g, ''))
    .filter((word) => word !== '');
}

/** Nothing to read: no letter at all (empty, digits, punctuation, emoji). */
export const isGarbage = (text: string) => !/\p{L}/u.test(text);

const keyword = (...spellings: string[]) => {
  const keys = new Set(spellings.flatMap((s) => [s.toLowerCase(), compactSearchKey(s)]).filter((key) => key.length > 1));
  return (word: string | undefined) => word !== undefined && (keys.has(word.toLowerCase()) || keys.has(compactSearchKey(word)));
};

export const isHelp = keyword('help', 'সাহায্য', 'সাহাজ্য', 'sahajjo', 'shahajjo', 'sahajjho', 'sahaijo', 'hlp');
export const isMore = keyword('more', 'আরো', 'আরও', 'aro', 'aaro', 'next');
export const isBlood = keyword('rokto', 'রক্ত', 'রক্তের', 'roktho', 'rakta', 'blood', 'ব্লাড', 'blad');

const LETTER: Record<string, 'A' | 'B' | 'AB' | 'O'> = { a: 'A', 'এ': 'A', b: 'B', 'বি': 'B', ab: 'AB', 'এবি': 'AB', o: 'O', '0': 'O', 'ও': 'O' };
const POSITIVE = new Set(['+', '+ve', 'pos', 'positive', 'posetive', 'possitive', 'পজিটিভ', 'পজেটিভ', 'পজিটিব', 'পস']);
const NEGATIVE = new Set(['-', '-ve', 'neg', 'negative', 'negetive', 'নেগেটিভ', 'নেগেটিব', 'নেগ']);
const sign = (text: string) => (POSITIVE.has(text) ? 'POS' : NEGATIVE.has(text) ? 'NEG' : null);

/**
 * The blood group among the words ("B+", "b", "positive" or "B pos" or "বি+") and the words left
 * (the place). Null when none is there.
 */
export function bloodGroupIn(words: readonly string[]): { group: BloodGroup; rest: string[] } | null {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    // Joined: "b+", "ab-", "o+ve", "বি+", "এবি-".
    const joined = /^(ab|এবি|a|এ|b|বি|o|0|ও)([+-](?:ve)?)$/u.exec(word);
    if (joined) return { group: `${LETTER[joined[1]!]}_${sign(joined[2]!)}` as BloodGroup, rest: [...words.slice(0, i), ...words.slice(i + 1)] };
    // Apart: "b pos", "o negative", "এবি নেগেটিভ".
    const next = words[i + 1]?.toLowerCase();
    if (LETTER[word] && next && sign(next)) return { group: `${LETTER[word]}_${sign(next)}` as BloodGroup, rest: [...words.slice(0, i), ...words.slice(i + 2)] };
  }
  return null;
}
