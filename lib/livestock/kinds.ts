// The words of the cattle market (pure: pages, the search worker, the seed and proxy.ts read it).
// Labels pages show live in messages (Livestock.animal_*, Livestock.breed_*, Livestock.teeth_*); the
// words here are for where no translator runs (the search index, SMS) and what people type.
import type { LivestockAnimal, LivestockTeeth } from '@/lib/generated/prisma/enums';
import { formatNumber } from '@/lib/i18n/format';

export const ANIMALS = ['COW', 'BULL', 'GOAT', 'BUFFALO', 'SHEEP', 'CAMEL'] as const satisfies readonly LivestockAnimal[];
export const isAnimal = (value: unknown): value is LivestockAnimal => typeof value === 'string' && (ANIMALS as readonly string[]).includes(value);

export const TEETH = ['MILK', 'TWO', 'FOUR', 'SIX', 'EIGHT'] as const satisfies readonly LivestockTeeth[];

/** The breeds offered for each animal, the usual first; OTHER is always last. Keys are stored as LivestockListing.breed. */
export const BREEDS: Record<LivestockAnimal, readonly string[]> = {
  COW: ['DESHI', 'SHAHIWAL', 'FRIESIAN', 'SINDHI', 'RED_CHITTAGONG', 'PABNA', 'HARIANA', 'CROSS', 'OTHER'],
  BULL: ['DESHI', 'SHAHIWAL', 'FRIESIAN', 'SINDHI', 'RED_CHITTAGONG', 'PABNA', 'MIRKADIM', 'BRAHMAN', 'HARIANA', 'CROSS', 'OTHER'],
  GOAT: ['BLACK_BENGAL', 'JAMUNAPARI', 'BEETAL', 'CROSS', 'OTHER'],
  BUFFALO: ['DESHI', 'MURRAH', 'NILI_RAVI', 'CROSS', 'OTHER'],
  SHEEP: ['DESHI', 'GAROLE', 'CROSS', 'OTHER'],
  CAMEL: ['RAJASTHANI', 'OTHER'],
};

/** Every breed key (a filter segment is its lower-case form: /haat/bull/breed-shahiwal). */
export const ALL_BREEDS = [...new Set(Object.values(BREEDS).flat())];
export const isBreedOf = (animal: LivestockAnimal, breed: unknown): breed is string => typeof breed === 'string' && BREEDS[animal].includes(breed);

/** What each animal is called, and what people type for it (Bengali, Banglish, English). */
export const ANIMAL_WORDS: Record<LivestockAnimal, { bn: string; en: string; also: string[] }> = {
  COW: { bn: 'গাভী', en: 'Cow', also: ['গরু', 'গাই', 'বকনা', 'goru', 'gaai', 'gabhi', 'gavi', 'cattle'] },
  BULL: { bn: 'ষাঁড়', en: 'Bull', also: ['গরু', 'ষাড়', 'শাড়', 'বলদ', 'এঁড়ে', 'shar', 'shaar', 'sharr', 'sar', 'goru', 'ox', 'cattle'] },
  GOAT: { bn: 'ছাগল', en: 'Goat', also: ['খাসি', 'পাঁঠা', 'chagol', 'chagal', 'sagol', 'khasi', 'khashi', 'patha'] },
  BUFFALO: { bn: 'মহিষ', en: 'Buffalo', also: ['mohish', 'mohis', 'moish'] },
  SHEEP: { bn: 'ভেড়া', en: 'Sheep', also: ['ভেড়া', 'গাড়ল', 'bhera', 'vera', 'bheda'] },
  CAMEL: { bn: 'উট', en: 'Camel', also: ['ut', 'uut'] },
};

/** Breed names where no translator runs (search documents, SMS). */
export const BREED_WORDS: Record<string, { bn: string; en: string }> = {
  DESHI: { bn: 'দেশি', en: 'Deshi' },
  SHAHIWAL: { bn: 'শাহীওয়াল', en: 'Sahiwal' },
  FRIESIAN: { bn: 'ফ্রিজিয়ান', en: 'Friesian' },
  SINDHI: { bn: 'সিন্ধি', en: 'Sindhi' },
  RED_CHITTAGONG: { bn: 'রেড চিটাগাং', en: 'Red Chittagong' },
  PABNA: { bn: 'পাবনা', en: 'Pabna' },
  MIRKADIM: { bn: 'মীরকাদিম', en: 'Mirkadim' },
  BRAHMAN: { bn: 'ব্রাহমা', en: 'Brahman' },
  HARIANA: { bn: 'হরিয়ানা', en: 'Hariana' },
  BLACK_BENGAL: { bn: 'ব্ল্যাক বেঙ্গল', en: 'Black Bengal' },
  JAMUNAPARI: { bn: 'যমুনাপাড়ি', en: 'Jamunapari' },
  BEETAL: { bn: 'বিটল', en: 'Beetal' },
  MURRAH: { bn: 'মুররাহ', en: 'Murrah' },
  NILI_RAVI: { bn: 'নীলি-রাভি', en: 'Nili-Ravi' },
  GAROLE: { bn: 'গাড়ল', en: 'Garole' },
  RAJASTHANI: { bn: 'রাজস্থানি', en: 'Rajasthani' },
  CROSS: { bn: 'শংকর', en: 'Crossbred' },
  OTHER: { bn: 'অন্যান্য', en: 'Other' },
};

/** A listing named where no translator runs (search documents, the reports queue): "ষাঁড় · শাহীওয়াল · ৩৫০ কেজি". */
export function livestockName(l: { animal: LivestockAnimal; breed: string; weightKg: number }, locale: 'bn' | 'en' = 'bn'): string {
  const breed = BREED_WORDS[l.breed] ?? { bn: l.breed, en: l.breed };
  return `${ANIMAL_WORDS[l.animal][locale]} · ${breed[locale]} · ${formatNumber(l.weightKg, locale)} ${locale === 'en' ? 'kg' : 'কেজি'}`;
}

/**
 * The bands buyers filter by. A band `[from, to)`; `to` null = and above. Weight in kg, price in
 * taka. Each is a path segment (`kg-100-200`, `tk-50000-100000`, `kg-500-`), so each combination is
 * one cached page.
 */
export const WEIGHT_BANDS = [
  [0, 50],
  [50, 100],
  [100, 200],
  [200, 300],
  [300, 500],
  [500, null],
] as const satisfies readonly (readonly [number, number | null])[];

export const PRICE_BANDS = [
  [0, 50_000],
  [50_000, 100_000],
  [100_000, 200_000],
  [200_000, 500_000],
  [500_000, null],
] as const satisfies readonly (readonly [number, number | null])[];

export type Band = readonly [number, number | null];
export const bandKey = ([from, to]: Band) => `${from}-${to ?? ''}`;
export const bandOf = (bands: readonly Band[], key: string | null | undefined): Band | null => bands.find((b) => bandKey(b) === key) ?? null;

/** The sorts of the list: newest first (default), cheapest per kg, cheapest, heaviest. */
export const SORTS = ['new', 'perkg', 'price', 'weight'] as const;
export type LivestockSort = (typeof SORTS)[number];
