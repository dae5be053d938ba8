// The names people use interchangeably for one trade, product or place, in both scripts. A group
// joins words no spelling fold can (electrician and ইলেকট্রিশিয়ান, নাপিত and সেলুন); the Latin
// spellings searchKey already folds together (mistri, mistry) are listed too for the search on the
// text as typed.
import { compactSearchKey } from './transliterate';

/**
 * What people call the market's animals. Short words a typo away from a place's name ("shar" and
 * Sherpur) are typed exactly: the engine forgives no typo in them (engine.ts disableOnWords).
 */
export const ANIMAL_SYNONYMS: string[][] = [
  ['ষাঁড়', 'ষাড়', 'শাঁড়', 'বলদ', 'shar', 'shaar', 'sharr', 'bull', 'ox'],
  ['গরু', 'গাভী', 'গাই', 'goru', 'gabhi', 'cow', 'cattle'],
  ['ছাগল', 'খাসি', 'পাঁঠা', 'chagol', 'chagal', 'sagol', 'khasi', 'goat'],
  ['মহিষ', 'mohish', 'moish', 'buffalo'],
  ['ভেড়া', 'bhera', 'vera', 'sheep'],
  ['কোরবানি', 'কুরবানি', 'qurbani', 'korbani', 'kurbani'],
];

export const synonymGroups: string[][] = [
  // Trades and services
  ['মিস্ত্রি', 'mistri', 'mistry'],
  ['ইলেকট্রিশিয়ান', 'বিদ্যুৎ মিস্ত্রি', 'ইলেকট্রিক মিস্ত্রি', 'electrician', 'electric mistri', 'bidyut mistri'],
  ['প্লাম্বার', 'পানির মিস্ত্রি', 'স্যানিটারি মিস্ত্রি', 'plumber', 'pani mistri', 'sanitary mistri'],
  ['কাঠমিস্ত্রি', 'কাঠ মিস্ত্রি', 'ছুতার', 'kath mistri', 'carpenter', 'chutar'],
  ['রাজমিস্ত্রি', 'রাজ মিস্ত্রি', 'raj mistri', 'mason'],
  ['রংমিস্ত্রি', 'রং মিস্ত্রি', 'পেইন্টার', 'rong mistri', 'painter'],
  ['মেকানিক', 'গাড়ির মিস্ত্রি', 'মোটর মেকানিক', 'mechanic', 'motor mechanic', 'garir mistri'],
  ['ওয়েল্ডিং', 'ঝালাই মিস্ত্রি', 'welding', 'welder', 'jhalai mistri'],
  ['মোবাইল সার্ভিসিং', 'মোবাইল মেরামত', 'mobile repair', 'mobile servicing', 'phone repair'],
  ['কম্পিউটার সার্ভিসিং', 'কম্পিউটার মেরামত', 'computer repair', 'computer servicing'],
  ['এসি সার্ভিসিং', 'এসি মেরামত', 'ac repair', 'ac servicing'],
  ['নাপিত', 'সেলুন', 'নরসুন্দর', 'barber', 'saloon', 'salon', 'napit'],
  ['পার্লার', 'বিউটি পার্লার', 'parlour', 'parlor', 'beauty parlour', 'beauty parlor', 'beautician'],
  ['দর্জি', 'টেইলার্স', 'টেইলার', 'tailor', 'tailors', 'darji', 'dorji'],
  ['মুচি', 'জুতা মেরামত', 'muchi', 'mochi', 'cobbler', 'shoe repair'],
  ['কসাই', 'মাংস বিক্রেতা', 'kosai', 'koshai', 'butcher'],
  ['লন্ড্রি', 'ধোপা', 'laundry', 'dhopa'],
  ['গৃহকর্মী', 'বুয়া', 'কাজের বুয়া', 'কাজের লোক', 'housemaid', 'maid', 'bua', 'kajer lok', 'kajer bua'],
  ['দিনমজুর', 'শ্রমিক', 'কামলা', 'day labourer', 'labour', 'labor', 'kamla'],
  ['ড্রাইভার', 'চালক', 'driver', 'chalok'],
  ['ইজিবাইক', 'অটো', 'অটোরিকশা', 'রিকশা', 'সিএনজি', 'easy bike', 'auto', 'auto rickshaw', 'rickshaw', 'cng'],
  ['কুরিয়ার', 'পার্সেল', 'ডেলিভারি', 'courier', 'parcel', 'delivery'],
  ['ডেকোরেটর', 'ডেকোরেশন', 'প্যান্ডেল', 'decorator', 'decoration', 'pandal'],
  ['বাবুর্চি', 'রাঁধুনি', 'baburchi', 'bawarchi', 'cook', 'radhuni'],
  ['গৃহশিক্ষক', 'টিউটর', 'প্রাইভেট টিউটর', 'প্রাইভেট', 'মাস্টার', 'tutor', 'private tutor', 'home tutor', 'private', 'master'],
  ['কোচিং', 'কোচিং সেন্টার', 'coaching', 'coaching centre', 'coaching center'],
  ['ফটোগ্রাফার', 'ক্যামেরাম্যান', 'ছবি তোলা', 'photographer', 'cameraman'],
  ['ইঞ্জিনিয়ার', 'প্রকৌশলী', 'engineer'],
  ['উকিল', 'আইনজীবী', 'অ্যাডভোকেট', 'lawyer', 'advocate', 'ukil'],
  ['সাংবাদিক', 'সংবাদকর্মী', 'journalist', 'reporter'],
  ['সাংস্কৃতিক কর্মী', 'সংস্কৃতিকর্মী', 'লোকশিল্পী', 'বাউল', 'cultural worker', 'baul', 'folk singer'],
  ['ছাপাখানা', 'প্রেস', 'printing press', 'press'],
  ['কৃষক', 'চাষি', 'চাষী', 'krishok', 'chashi', 'farmer'],
  // Health and emergencies
  ['ডাক্তার', 'চিকিৎসক', 'doctor', 'daktar', 'physician'],
  ['পশু ডাক্তার', 'ভেটেরিনারি', 'vet', 'veterinary', 'poshu daktar'],
  ['হাসপাতাল', 'ক্লিনিক', 'hospital', 'clinic'],
  ['ফার্মেসি', 'ফার্মেসী', 'ওষুধের দোকান', 'ওষুধ', 'ঔষধ', 'pharmacy', 'medicine', 'oshudh'],
  ['অ্যাম্বুলেন্স', 'এম্বুলেন্স', 'ambulance', 'ambulence'],
  ['রক্তদাতা', 'রক্তদান', 'রক্ত', 'blood donor', 'blood', 'rokto'],
  // Rentals
  ['বাসা ভাড়া', 'বাড়ি ভাড়া', 'টু-লেট', 'to-let', 'tolet', 'house rent', 'basa bhara'],
  ['গাড়ি ভাড়া', 'মাইক্রোবাস ভাড়া', 'rent a car', 'car rent', 'gari bhara'],
  // The cattle market (lib/livestock/kinds.ts ANIMAL_WORDS: the listings carry these words too)
  ...ANIMAL_SYNONYMS,
  // Home-made food and products
  ['পিঠা', 'pitha', 'pitta'],
  ['কেক', 'cake'],
  ['আচার', 'achar', 'pickle'],
  ['দই', 'মিষ্টি দই', 'বগুড়ার দই', 'doi', 'mishti doi', 'curd', 'yogurt'],
  ['মিষ্টি', 'মিঠাই', 'mishti', 'sweets', 'mithai'],
  ['মধু', 'modhu', 'honey'],
  ['ঘি', 'ghee'],
  ['দুধ', 'dudh', 'milk'],
  ['গুড়', 'খেজুরের গুড়', 'gur', 'jaggery'],
  ['সবজি', 'শাকসবজি', 'sobji', 'vegetables'],
  ['মাছ', 'mach', 'fish'],
  ['নকশিকাঁথা', 'নকশি কাঁথা', 'nakshi kantha', 'nokshi katha'],
  ['হস্তশিল্প', 'কুটির শিল্প', 'handicrafts', 'handicraft', 'crafts'],
  ['শাড়ি', 'শাড়ী', 'shari', 'saree'],
  ['গামছা', 'gamcha', 'towel'],
  ['লুঙ্গি', 'lungi'],
  // Places whose English spelling no fold reaches (the old "Bogra", compounds romanize misreads)
  ['বগুড়া', 'bogura', 'bogra'],
  ['কিশোরগঞ্জ', 'kishoreganj', 'kishorganj'],
  ['সোনাতলা', 'sonatala'],
  ['আদমদিঘি', 'আদমদীঘি', 'adamdighi'],
  ['হোসেনপুর', 'hossainpur'],
];

/**
 * Meilisearch's `synonyms` setting: every term, as written, maps to all the other terms of its
 * group. Not their searchKey forms too: the romanised sub-query already meets the documents' keys,
 * and those extra entries made every search slower (p95 16 → 11 ms at 66,000 documents).
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups) {
    const forms = [...new Set(group.map((term) => term.normalize('NFC')))];
    for (const form of forms) synonyms[form] = forms.filter((other) => other !== form);
  }
  return synonyms;
}

const groupByKey = new Map(synonymGroups.flatMap((group) => group.map((term) => [compactSearchKey(term), group] as const)));

// A query may split a one-word term in two (কাঠমিস্ত্রি typed "kath mistri").
const longestSpan = Math.max(...synonymGroups.flat().map((term) => term.split(' ').length)) + 1;

function longestTermAt(words: string[], start: number): { group: string[]; end: number } | undefined {
  for (let end = Math.min(words.length, start + longestSpan); end > start; end--) {
    const group = groupByKey.get(compactSearchKey(words.slice(start, end).join(' ')));
    if (group) return { group, end };
  }
  return undefined;
}

/**
 * The query cut into spans of words, each with the terms it may stand for: a run of words that is
 * a term of a group (longest run first, matched by compactSearchKey, so "raj mistri" means mason
 * and not every mistri) brings the other terms of its group after it as typed; any other word
 * stands only for itself.
 */
export function querySpans(query: string): string[][] {
  const words = query.trim().split(/\s+/).filter((word) => word !== '');
  const spans: string[][] = [];
  for (let start = 0; start < words.length; ) {
    const match = longestTermAt(words, start);
    const end = match?.end ?? start + 1;
    const typed = words.slice(start, end).join(' ');
    spans.push([typed, ...(match?.group.filter((term) => term !== typed.toLowerCase()) ?? [])]);
    start = end;
  }
  return spans;
}

/** The query and the other terms of every group one of whose terms it contains (see querySpans). */
export function expandQuery(query: string): string[] {
  return [...new Set([query, ...querySpans(query).flatMap((span) => span.slice(1))])];
}

/** Words shorter than this (in their search key) are never corrected: too many neighbours. */
const MIN_CORRECTED_LENGTH = 4;

/** The words of these terms by their search key (the first spelling seen wins), for correctSpelling. */
export function vocabularyOf(terms: Iterable<string>): Map<string, string> {
  const words = new Map<string, string>();
  for (const term of terms) {
    for (const word of term.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) {
      const key = compactSearchKey(word);
      if (key.length >= MIN_CORRECTED_LENGTH && !words.has(key)) words.set(key, word);
    }
  }
  return words;
}

/** Every word of the synonym groups: the trades, products and places people search for. */
export const synonymVocabulary = vocabularyOf(synonymGroups.flat());

/** Optimal string alignment distance (edits, swaps of neighbours included), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    if (Math.min(...current) > max) return max + 1;
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}

/**
 * The query with every word that is not in the vocabulary but one typo away from a word that is
 * (two from 8 letters on), compared by search key so spelling variants are no typos, replaced by
 * that word: plumbr → plumber, tailer → tailor, কাঠমিস্তি → কাঠমিস্ত্রি. Other words stay as typed.
 */
export function correctSpelling(query: string, vocabulary: ReadonlyMap<string, string> = synonymVocabulary): string {
  return query
    .trim()
    .split(/\s+/)
    .map((word) => {
      const key = compactSearchKey(word);
      if (key.length < MIN_CORRECTED_LENGTH || vocabulary.has(key)) return word;
      const max = key.length >= 8 ? 2 : 1;
      let best: { word: string; distance: number } | undefined;
      for (const [known, written] of vocabulary) {
        const distance = editDistance(key, known, max);
        if (distance <= max && (!best || distance < best.distance)) best = { word: written, distance };
      }
      return best?.word ?? word;
    })
    .join(' ');
}
