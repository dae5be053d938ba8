/**
 * Search keys that let a query typed in Latin letters ("Banglish") meet a record written in Bengali,
 * and the reverse.
 *
 * romanize() spells Bengali the way people in Bangladesh type it in Latin letters, not ISO 15919:
 * কাঠমিস্ত্রি → kathmistri, বগুড়া → bogura, দর্জি → dorji. It reads each word as a row of syllables
 * (a consonant cluster joined by ্, its vowel sign, then ং or ঃ) and decides the unwritten vowel অ:
 *   - "o" at the start of a word (বগুড়া bogura), before a vowel letter (দই doi), in a syllable
 *     closed by ং/ঃ (রং rong) and on a conjunct inside a word (রক্তদাতা roktodata);
 *   - dropped at the end of a word (কাঠ kath), except after a conjunct (রক্ত rokto), unless that
 *     conjunct is one of SILENT_FINAL_CONJUNCTS (কিশোরগঞ্জ kishorgonj, অ্যাম্বুলেন্স ambulens);
 *   - dropped inside a word when the syllables on both sides are pronounced with a vowel
 *     (শেরপুর sherpur, কাঠমিস্ত্রি kathmistri, চটপটি chotpoti).
 *
 * normalizeLatinQuery() folds the spellings people use for one sound into one (pitha, pitta, peetha,
 * পিটা → "pita"; dorji, darji → "darji"), word by word; LATIN_SPELLING_FOLDS lists every rule.
 * searchKey() = normalizeLatinQuery(romanize(text)) is what the indexer stores and the query side
 * searches, whatever the script. A query typed in two words meets a compound written as one (and
 * the reverse) through compactSearchKey(), the key without spaces: index it beside searchKey and
 * query both ("kath mistri", "কাঠ মিস্ত্রি" and কাঠমিস্ত্রি all give "katmistri").
 *
 * Known limits:
 *   - A compound whose first part ends in a pronounced অ loses it (সোনাতলা sonatla, আদমদিঘি
 *     admodighi); the place names among them meet their English spelling through synonyms.ts.
 *   - The final অ of short native words is dropped (কত kot, ভাল bhal), so "koto" does not meet কত.
 *   - English loanwords keep their Bengali spelling (ইলেকট্রিশিয়ান ilektrishiyan), so they meet the
 *     English word ("electrician") only through synonyms.ts.
 *   - The folds merge some different words (বই boi and ভাই bhai are both "bai"): they widen recall,
 *     and ranking on the original text keeps the exact word first.
 *   - The nasal fold drops an n before a consonant, so while typing, "khan" does not yet meet
 *     খানপুর ("kapur"); "khanp" does.
 */
import { toAsciiDigits } from '@/lib/i18n/digits';

/** The unwritten vowel of a consonant without a vowel sign, where it is pronounced. */
export const INHERENT_VOWEL = 'o';

export const INDEPENDENT_VOWELS: Readonly<Record<string, string>> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
};

export const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  'া': 'a',
  'ি': 'i',
  'ী': 'i',
  'ু': 'u',
  'ূ': 'u',
  'ৃ': 'ri',
  'ে': 'e',
  'ৈ': 'oi',
  'ো': 'o',
  'ৌ': 'ou',
};

/**
 * ছ is "ch" like চ (gamcha), ফ is "f" (fuchka, not phuchka), ভ is "bh" (bhapa; "v" is folded to
 * it), শ and ষ are "sh" (sherpur, mishti) and স is "s" (the fold makes sh and s meet anyway), য is
 * "j" (যশোর joshor) and য় is "y".
 */
export const CONSONANTS: Readonly<Record<string, string>> = {
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'ch',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ড়: 'r',
  ঢ়: 'r',
  য়: 'y',
  ৎ: 't',
};

/** ং and ঃ close their syllable. ঁ is not here: it is dropped, and the nasal fold drops the n people type for it (kantha). */
export const SYLLABLE_FINALS: Readonly<Record<string, string>> = {
  'ং': 'ng',
  'ঃ': 'h',
};

/** ্য after a consonant (বিদ্যুৎ bidyut, ব্যাংক byank); the fold drops it, so biddut and bidyut meet. */
export const YA_PHALA = 'y';

/** Conjuncts not spelled letter by letter: ক্ষ (ক্ষেত khet, শিক্ষক shikkhok), জ্ঞ (জ্ঞান gan, বিজ্ঞান biggan), ঙ্গ (লুঙ্গি lungi). */
export const CONJUNCT_SPELLINGS: Readonly<Record<string, { wordInitial: string; elsewhere: string }>> = {
  'ক্ষ': { wordInitial: 'kh', elsewhere: 'kkh' },
  'জ্ঞ': { wordInitial: 'g', elsewhere: 'gg' },
  'ঙ্গ': { wordInitial: 'ng', elsewhere: 'ng' },
};

/** Word-final conjuncts that end English loans and -ganj names, whose final অ is silent (ambulens, kishorgonj, teilars). */
export const SILENT_FINAL_CONJUNCTS: readonly string[] = ['ঞ্জ', 'ন্স', 'স্ট', 'ন্ট', 'ন্ড', 'র্ট', 'র্ড', 'র্স', 'ক্স', 'ল্ড'];

const VIRAMA = '্';
const KHANDA_TA = 'ৎ';
const DANDA = '।';

// Table keys are compared in NFC, whichever form this file's literals were saved in (ড় is ড + ় in NFC).
const byNfc = (table: Readonly<Record<string, string>>) =>
  new Map(Object.entries(table).map(([bengali, latin]) => [bengali.normalize('NFC'), latin]));

const independentVowels = byNfc(INDEPENDENT_VOWELS);
const vowelSigns = byNfc(VOWEL_SIGNS);
const consonants = byNfc(CONSONANTS);
const syllableFinals = byNfc(SYLLABLE_FINALS);
const conjunctSpellings = new Map(
  Object.entries(CONJUNCT_SPELLINGS).map(([conjunct, spelling]) => [conjunct.normalize('NFC'), spelling]),
);
const silentFinalConjuncts = new Set(SILENT_FINAL_CONJUNCTS.map((conjunct) => conjunct.normalize('NFC')));

interface Syllable {
  /** The romanised consonant cluster; empty for a vowel letter. */
  onset: string;
  /** The cluster as written, consonants joined by ্. */
  cluster: string;
  consonantCount: number;
  /** The romanised written vowel; null when the consonant carries the unwritten অ. */
  vowel: string | null;
  /** Ends in ্ or is ৎ: never takes a vowel. */
  closed: boolean;
  /** The romanised ং or ঃ after the vowel. */
  coda: string;
}

function spellCluster(cluster: string[], wordInitial: boolean): string {
  let latin = '';
  for (let index = 0; index < cluster.length; index++) {
    const conjunct = conjunctSpellings.get(`${cluster[index]}${VIRAMA}${cluster[index + 1]}`);
    if (conjunct) {
      latin += wordInitial && index === 0 ? conjunct.wordInitial : conjunct.elsewhere;
      index++;
    } else if (index > 0 && cluster[index] === 'য') {
      // Under a reph inside a word য is the full letter, not the ya-phala: কার্য karjo, সূর্য surjo.
      latin += index === 1 && cluster[0] === 'র' && !wordInitial ? 'j' : YA_PHALA;
    } else {
      latin += consonants.get(cluster[index]!) ?? '';
    }
  }
  return latin;
}

function syllablesOf(letters: string[]): Syllable[] {
  const syllables: Syllable[] = [];
  let at = 0;
  while (at < letters.length) {
    const letter = letters[at]!;
    if (independentVowels.has(letter)) {
      // অ্যা and এ্যা only carry the ya-phala and the sign: the English "a" of অ্যাম্বুলেন্স ambulens.
      const signAfterYaPhala = letters[at + 1] === VIRAMA && letters[at + 2] === 'য' ? vowelSigns.get(letters[at + 3] ?? '') : undefined;
      syllables.push({
        onset: '',
        cluster: '',
        consonantCount: 0,
        vowel: signAfterYaPhala ?? independentVowels.get(letter)!,
        closed: false,
        coda: '',
      });
      at += signAfterYaPhala === undefined ? 1 : 4;
    } else if (consonants.has(letter)) {
      const cluster = [letter];
      at++;
      while (letters[at] === VIRAMA && consonants.has(letters[at + 1] ?? '')) {
        cluster.push(letters[at + 1]!);
        at += 2;
      }
      let closed = letter === KHANDA_TA;
      if (letters[at] === VIRAMA) {
        closed = true;
        at++;
      }
      const vowel = vowelSigns.get(letters[at] ?? '') ?? null;
      if (vowel !== null) at++;
      syllables.push({
        onset: spellCluster(cluster, syllables.length === 0),
        cluster: cluster.join(VIRAMA),
        consonantCount: cluster.length,
        vowel,
        closed,
        coda: '',
      });
    } else if (vowelSigns.has(letter)) {
      syllables.push({ onset: '', cluster: '', consonantCount: 0, vowel: vowelSigns.get(letter)!, closed: false, coda: '' });
      at++;
    } else {
      const coda = syllableFinals.get(letter);
      const previous = syllables.at(-1);
      if (coda !== undefined && previous) previous.coda += coda;
      at++;
    }
  }
  return syllables;
}

const keepsFinalVowel = (syllable: Syllable) =>
  syllable.coda !== '' || (syllable.consonantCount > 1 && !silentFinalConjuncts.has(syllable.cluster));

function willBeVoiced(syllables: Syllable[], index: number): boolean {
  const syllable = syllables[index]!;
  if (syllable.vowel !== null) return true;
  if (syllable.closed) return false;
  return index < syllables.length - 1 || keepsFinalVowel(syllable);
}

function inherentVowel(syllables: Syllable[], index: number, previousEndsInVowel: boolean): string {
  const syllable = syllables[index]!;
  const next = syllables[index + 1];
  if (index === 0 || syllable.coda !== '' || next?.consonantCount === 0) return INHERENT_VOWEL;
  if (!next) return keepsFinalVowel(syllable) ? INHERENT_VOWEL : '';
  const dropped = syllable.consonantCount === 1 && previousEndsInVowel && willBeVoiced(syllables, index + 1);
  return dropped ? '' : INHERENT_VOWEL;
}

function spellWord(word: string): string {
  // Each letter with the nukta that may follow it: NFC keeps ড় as ড + ়.
  const syllables = syllablesOf(Array.from(word.matchAll(/.\u09BC?/gsu), (match) => match[0]));
  let latin = '';
  let previousEndsInVowel = false;
  syllables.forEach((syllable, index) => {
    const vowel = syllable.vowel ?? (syllable.closed ? '' : inherentVowel(syllables, index, previousEndsInVowel));
    latin += syllable.onset + vowel + syllable.coda;
    previousEndsInVowel = vowel !== '' && syllable.coda === '';
  });
  return latin;
}

/** True when the text contains a Bengali letter or digit. */
export function isBengali(text: string): boolean {
  return /[\u0981-\u09E3\u09E6-\u09EF]/.test(text);
}

/** Bengali script → lower-case Banglish; digits become ASCII and Latin text passes through lower-cased. */
export function romanize(bengali: string): string {
  return toAsciiDigits(bengali.normalize('NFC').replace(/[\u200C\u200D]/g, ''))
    .replace(/[\u0981-\u09E3]+/g, spellWord)
    .replaceAll(DANDA, '.')
    .toLowerCase();
}

/** The folds normalizeLatinQuery applies to every word, in this order. */
export const LATIN_SPELLING_FOLDS: ReadonlyArray<readonly [pattern: RegExp, replacement: string]> = [
  [/ph/g, 'f'], // phuchka = fuchka (ফ)
  [/au/g, 'o'], // Austagram = অষ্টগ্রাম, auto = অটো
  [/w/g, 'o'], // howa, dewan: w is the ও of ওয়া
  [/ee/g, 'i'], // peetha = pitha, ghee = ghi
  [/oo|ou/g, 'u'], // Kahaloo = kahalu, mouchak = muchak (ঔ)
  [/v/g, 'b'], // vapa = bhapa (ভ), then aspiration goes
  [/z/g, 'j'], // mirzapur = mirjapur (জ)
  [/q/g, 'k'], // qurbani = kurbani
  [/x/g, 'ks'], // box = boks (ক্স)
  [/c(?!h)/g, 'k'], // doctor = doktor; ch stays (চ, ছ)
  [/y$/, 'i'], // mistry = mistri, doy = doi
  [/(?<=.)y/g, ''], // bidyut = biddut, miya = mia (য়, ্য)
  [/([bdgjkpst])h/g, '$1'], // aspiration and sh: pitha = pita, dhunot = dunot, mishti = misti
  [/o/g, 'a'], // the unwritten vowel: dorji = darji, nokshi = nakshi
  [/([a-z])\1+/g, '$1'], // doubled letters: pitta = pita, mistti = misti, aa = a
  [/(?<=[aeiu])n(?=[bcdfhjklmprst])/g, ''], // ঁ is dropped, people type it as n: kantha = katha, dupchanchia
];

const foldSpelling = (word: string) =>
  LATIN_SPELLING_FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word);

/** Folds the Banglish spellings of one sound into one, word by word; words stay separated by single spaces. */
export function normalizeLatinQuery(query: string): string {
  return query
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’-]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(foldSpelling)
    .join(' ');
}

/** The key the indexer stores and the query side searches, for text in either script. */
export function searchKey(text: string): string {
  return normalizeLatinQuery(romanize(text));
}

/** searchKey without word breaks, folded again across them, so "kath mistri" meets কাঠমিস্ত্রি. */
export function compactSearchKey(text: string): string {
  return normalizeLatinQuery(searchKey(text).replaceAll(' ', ''));
}

/**
 * The words of a text as the PostgreSQL fallback stores and queries them (see Provider.searchText):
 * NFC, lower case, without zero-width joiners, split at everything but letters, vowel signs and
 * digits, so PostgreSQL's full-text parser and the query side cut the same words.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u200C\u200D]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word !== '');
}
