// Search that leads: a query naming a category (by its Bengali or English name, an alias or a word
// of its synonym group) or one of the directory's pages (blood, emergency, rentals, offices, shops)
// gets a card for that page above the results — "রক্তদাতা খুঁজুন → /blood". Blood donors are never
// in the index (their numbers stay behind /blood), so without the card "রক্ত" would find nothing.
//
// The vocabulary is built once from the categories (lib/cache/reads.ts keeps it until a category
// changes) and matched in memory: a search costs no database round trip for its cards. Words are
// compared by compactSearchKey, so Bengali, Banglish and English spellings meet (রক্ত, rokto).
import { db } from '@/lib/db/client';
import type { CategoryKind } from '@/lib/generated/prisma/enums';
import { categoryPath, rentalsPath } from '@/lib/directory/filter-paths';
import { rentalCategoryFor } from '@/lib/directory/lists';
import { editDistance, synonymGroups } from './synonyms';
import { compactSearchKey } from './transliterate';

/** The directory's own pages a card can lead to; each has a title and a line in messages (SearchLeads). */
export const LEAD_PAGES = ['blood', 'emergency', 'rentals', 'offices', 'shops'] as const;
export type LeadPage = (typeof LEAD_PAGES)[number];

/** The words that mean a page, in Bengali, Banglish and English. */
export const PAGE_TERMS: Record<LeadPage, string[]> = {
  blood: ['রক্ত', 'রক্তদাতা', 'রক্তদান', 'রক্তের গ্রুপ', 'ব্লাড', 'ব্লাড ডোনার', 'ডোনার', 'blood', 'blood donor', 'blood bank', 'donor', 'rokto', 'roktodata', 'rokto dan', 'roktodan', 'positive', 'negative', 'পজিটিভ', 'নেগেটিভ'],
  emergency: ['জরুরি', 'জরুরী', 'জরুরি নম্বর', 'ইমার্জেন্সি', 'অ্যাম্বুলেন্স', 'এম্বুলেন্স', 'পুলিশ', 'থানা', 'ফায়ার সার্ভিস', 'হেল্পলাইন', 'emergency', 'joruri', 'ambulance', 'ambulence', 'police', 'thana', 'fire service', 'helpline', '999'],
  rentals: ['ভাড়া', 'বাসা ভাড়া', 'বাড়ি ভাড়া', 'ফ্ল্যাট ভাড়া', 'রুম ভাড়া', 'টু-লেট', 'টু লেট', 'to-let', 'tolet', 'to let', 'bhara', 'vara', 'basha vara', 'basa bhara', 'bari vara', 'rent', 'rental', 'rentals', 'house rent', 'flat rent'],
  offices: ['অফিস', 'সরকারি অফিস', 'দপ্তর', 'ইউনিয়ন পরিষদ', 'উপজেলা পরিষদ', 'চেয়ারম্যান', 'মেম্বার', 'কাউন্সিলর', 'জনপ্রতিনিধি', 'office', 'offices', 'government office', 'sorkari office', 'union parishad', 'upazila parishad', 'chairman', 'member', 'councillor'],
  shops: ['দোকান', 'অনলাইন দোকান', 'ঘরের দোকান', 'হাট', 'shop', 'shops', 'online shop', 'dokan', 'haat'],
};

export const PAGE_URLS: Record<LeadPage, string> = { blood: '/blood', emergency: '/emergency', rentals: '/rentals', offices: '/offices', shops: '/shops' };

export type SearchLead =
  | { type: 'page'; page: LeadPage; url: string }
  | { type: 'category'; slug: string; nameBn: string; nameEn: string; icon: string; url: string };

/** The leads and their words by search key: what the cache keeps (plain data, so it can be stored). */
export interface LeadVocabulary {
  leads: SearchLead[];
  /** [compact search key of a term, index into leads]. */
  terms: [string, number][];
}

/** Where a category's card leads: its own list, or the page that lists its kind. Products have none (the hits are the answer). */
function categoryUrl(slug: string, kind: CategoryKind): string | LeadPage | null {
  if (kind === 'PRODUCT') return null;
  if (kind === 'BLOOD') return 'blood';
  if (kind === 'OFFICE') return 'offices';
  if (kind === 'RENTAL') {
    const rentalKind = Object.entries(rentalCategoryFor).find(([, category]) => category === slug)?.[0];
    return rentalKind ? rentalsPath({ kind: rentalKind }) : 'rentals';
  }
  return categoryPath(slug);
}

interface CategoryWords {
  slug: string;
  kind: CategoryKind;
  nameBn: string;
  nameEn: string;
  icon: string;
  aliases: string[];
}

/** The vocabulary from these categories: their names, aliases and the synonym groups those fall in. */
export function buildLeadVocabulary(categories: CategoryWords[]): LeadVocabulary {
  const leads: SearchLead[] = [];
  const terms: [string, number][] = [];
  const add = (lead: SearchLead, words: string[]) => {
    const index = leads.push(lead) - 1;
    for (const key of new Set(words.map(compactSearchKey))) if (key.length > 0) terms.push([key, index]);
  };
  const pageWords = new Map<LeadPage, string[]>(LEAD_PAGES.map((page) => [page, [...PAGE_TERMS[page]]]));
  const groupsByKey = new Map(synonymGroups.flatMap((group) => group.map((term) => [compactSearchKey(term), group] as const)));
  for (const c of categories) {
    const target = categoryUrl(c.slug, c.kind);
    if (target === null) continue;
    const own = [c.nameBn, c.nameEn, ...c.aliases];
    const words = [...own, ...own.flatMap((term) => groupsByKey.get(compactSearchKey(term)) ?? [])];
    // A blood donor or an office category is that page's list: its words lead there.
    if (target in PAGE_URLS) pageWords.get(target as LeadPage)!.push(...words);
    else add({ type: 'category', slug: c.slug, nameBn: c.nameBn, nameEn: c.nameEn, icon: c.icon, url: target }, words);
  }
  for (const [page, words] of pageWords) add({ type: 'page', page, url: PAGE_URLS[page] }, words);
  return { leads, terms };
}

/** The active categories' vocabulary, read from the database (one query; kept by lib/cache/reads.ts). */
export async function loadLeadVocabulary(): Promise<LeadVocabulary> {
  const categories = await db.category.findMany({
    where: { isActive: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { slug: true, kind: true, nameBn: true, nameEn: true, icon: true, aliases: true },
  });
  return buildLeadVocabulary(categories);
}

/** At most this many cards above the results. */
export const MAX_LEADS = 3;
/** A query key this long may be the beginning of a term (typing ইলেক "ilek"); shorter ones begin too many (doi: day labourer). */
const MIN_PREFIX = 4;
/** A query key this long may be a typo away from a term: one typo, two from TWO_TYPOS letters on. */
const MIN_TYPO = 5;
// Not 8 as in correctSpelling: compounds of a shared word are near each other (basabara, garibara).
const TWO_TYPOS = 10;

/**
 * The cards for a query, best first: terms the whole query is (0), terms it begins (1), a typo
 * away from (2), and terms one of its runs of words is (3: "ইলেকট্রিশিয়ান শেরপুর" still offers
 * the electricians). Pages before categories at the same rank; each card once.
 */
export function findLeads(query: string, vocabulary: LeadVocabulary): SearchLead[] {
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const whole = compactSearchKey(words.join(' '));
  if (whole.length < 2) return [];
  const runs = new Set<string>();
  for (let start = 0; start < words.length && words.length > 1; start++) {
    for (let end = start + 1; end <= words.length; end++) if (end - start < words.length) runs.add(compactSearchKey(words.slice(start, end).join(' ')));
  }
  const best = new Map<number, number>();
  const consider = (index: number, rank: number) => {
    if (rank < (best.get(index) ?? Infinity)) best.set(index, rank);
  };
  const maxTypos = whole.length >= TWO_TYPOS ? 2 : 1;
  for (const [key, index] of vocabulary.terms) {
    if (key === whole) consider(index, 0);
    else if (whole.length >= MIN_PREFIX && key.startsWith(whole)) consider(index, 1);
    // Typos after the first letter only (as people mistype): it also spares most of the comparisons.
    else if (whole.length >= MIN_TYPO && key[0] === whole[0] && editDistance(whole, key, maxTypos) <= maxTypos) consider(index, 2);
    else if (runs.has(key) && key.length >= MIN_PREFIX) consider(index, 3);
  }
  const rankOf = (index: number) => best.get(index)! * 2 + (vocabulary.leads[index]!.type === 'page' ? 0 : 1);
  const seen = new Set<string>();
  return [...best.keys()]
    .sort((a, b) => rankOf(a) - rankOf(b) || a - b)
    .map((index) => vocabulary.leads[index]!)
    .filter((lead) => !seen.has(lead.url) && seen.add(lead.url))
    .slice(0, MAX_LEADS);
}

const PAGE_ICONS: Record<LeadPage, string> = { blood: 'droplets', emergency: 'siren', rentals: 'building', offices: 'landmark', shops: 'store' };

/** A card as pages and /api/search show it, its words from the SearchLeads messages (t). */
export function leadCard(lead: SearchLead, locale: 'bn' | 'en', t: (key: `${LeadPage | 'category'}.${'title' | 'text'}`, values?: { name: string }) => string) {
  if (lead.type === 'page') return { url: lead.url, icon: PAGE_ICONS[lead.page], title: t(`${lead.page}.title`), text: t(`${lead.page}.text`) };
  return { url: lead.url, icon: lead.icon, title: t('category.title', { name: locale === 'bn' ? lead.nameBn : lead.nameEn }), text: t('category.text') };
}
