// The kinds of rental listing, in the order pages offer them (pure: proxy.ts and the search worker read it too).
import type { RentalKind } from '@/lib/generated/prisma/enums';

export const RENTAL_KINDS = ['HOUSE', 'FLAT', 'ROOM', 'SHOP', 'OFFICE', 'GODOWN', 'VEHICLE'] as const satisfies readonly RentalKind[];
export const isRentalKind = (value: unknown): value is RentalKind => typeof value === 'string' && (RENTAL_KINDS as readonly string[]).includes(value);

/** Which RENTAL category's providers match a kind of listing. */
export const rentalCategoryFor: Record<RentalKind, string> = {
  HOUSE: 'house-rent',
  FLAT: 'house-rent',
  ROOM: 'house-rent',
  SHOP: 'shop-rent',
  OFFICE: 'office-rent',
  GODOWN: 'godown-rent',
  VEHICLE: 'vehicle-rent',
};

/**
 * Words for each kind where no translator runs (the search index, the worker's SMS): the names
 * pages show (messages Rentals.kind_*) and what people type for them.
 */
export const RENTAL_KIND_WORDS: Record<RentalKind, { bn: string; en: string; also: string[] }> = {
  HOUSE: { bn: 'বাড়ি', en: 'House', also: ['বাসা', 'বাসা ভাড়া', 'বাড়ি ভাড়া', 'to-let', 'টু-লেট'] },
  FLAT: { bn: 'ফ্ল্যাট', en: 'Flat', also: ['বাসা', 'বাসা ভাড়া', 'apartment', 'to-let', 'টু-লেট'] },
  ROOM: { bn: 'রুম/সিট', en: 'Room', also: ['রুম', 'সিট', 'মেস', 'ব্যাচেলর', 'seat', 'mess'] },
  SHOP: { bn: 'দোকান', en: 'Shop', also: ['দোকান ভাড়া', 'shop rent'] },
  OFFICE: { bn: 'অফিস', en: 'Office', also: ['অফিস ভাড়া', 'office rent'] },
  GODOWN: { bn: 'গুদাম', en: 'Godown', also: ['গোডাউন', 'warehouse'] },
  VEHICLE: { bn: 'গাড়ি', en: 'Vehicle', also: ['গাড়ি ভাড়া', 'মাইক্রো', 'পিকআপ', 'car rent'] },
};
