// The names people use interchangeably for one trade, product or place, in both scripts. A group
// joins words no spelling fold can (electrician and ইলেকট্রিশিয়ান, নাপিত and সেলুন); the Latin
// spellings searchKey already folds together (mistri, mistry) are listed too for the search on the
// text as typed.
import { compactSearchKey, searchKey } from './transliterate';

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
  ['গৃহকর্মী', 'বুয়া', 'কাজের লোক', 'housemaid', 'maid', 'bua'],
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
 * Meilisearch's `synonyms` setting: every term, as written and as its searchKey, maps to all the
 * other forms of its group.
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of synonymGroups) {
    const forms = [...new Set(group.flatMap((term) => [term, searchKey(term)]))];
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
 * The query and the other terms of every group one of whose terms it contains, for the PostgreSQL
 * fallback. Words are matched by compactSearchKey, longest run of words first, so "raj mistri"
 * expands to mason and not to every mistri.
 */
export function expandQuery(query: string): string[] {
  const words = query.trim().split(/\s+/).filter((word) => word !== '');
  const expansions = new Set([query]);
  for (let start = 0; start < words.length; ) {
    const match = longestTermAt(words, start);
    if (!match) {
      start++;
      continue;
    }
    const typed = words.slice(start, match.end).join(' ').toLowerCase();
    for (const term of match.group) if (term !== typed) expansions.add(term);
    start = match.end;
  }
  return [...expansions];
}
