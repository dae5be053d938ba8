// What the search index holds for each public record, built from PostgreSQL (the truth). Every
// text is indexed as written (Bengali and English) and as a romanised key (see transliterate.ts)
// so a query in either script finds the record. Only public records become documents: drafts,
// hidden and suspended profiles, closed shops and blood donors' entries never do.
import { db, type Db } from '@/lib/db/client';
import type { SearchEntity } from '@/lib/generated/prisma/enums';
import { RENTAL_KIND_WORDS, rentalCategoryFor } from '@/lib/directory/rental-kinds';
import { notDonorOnly } from '@/lib/directory/visibility';
import { mediaUrl } from '@/lib/media/local-store';
import { publicRental } from '@/lib/rentals/visibility';
import { ANIMAL_WORDS, BREED_WORDS, livestockName } from '@/lib/livestock/kinds';
import { listingPath } from '@/lib/livestock/paths';
import { publicLivestock } from '@/lib/livestock/visibility';
import { compactSearchKey, searchKey, searchWords } from './transliterate';

/** The app's client or an open transaction: documents can be built inside the change's transaction. */
export type SearchDb = Pick<Db, 'provider' | 'shop' | 'product' | 'rentalListing' | 'livestockListing' | 'category' | 'searchOutbox' | 'setting' | '$queryRaw' | '$executeRaw'>;

export type SearchType = 'provider' | 'shop' | 'product' | 'rental' | 'livestock';

/**
 * Bump when SearchDocument gains or changes a field: the worker's next start queues every record
 * again (scripts/worker.ts), so documents indexed by an older version get it. 2: image, pricePoisha shown.
 */
export const DOCUMENT_VERSION = '2';

export interface SearchDocument {
  id: string;
  type: SearchType;
  title: string;
  titleEn: string | null;
  subtitle: string;
  subtitleEn: string;
  url: string;
  /** Category slugs, and the category names in both languages. */
  categories: string[];
  categoryNames: string[];
  /** The record's area and every area above it, so a filter by any of them matches. */
  areaIds: number[];
  areaNames: string[];
  area: string;
  text: string;
  key: string;
  compactKey: string;
  verified: boolean;
  availableNow: boolean;
  rating: number;
  kind: string;
  shop: string | null;
  pricePoisha: number | null;
  /** The record's picture as a small thumbnail URL (a product's or rental's first photo, a provider's first work photo, a shop's logo), or null. */
  image: string | null;
  phone: string | null;
  activeAt: number;
}

/** The first photo, as the thumbnail a result row shows. */
const firstPhoto = { orderBy: { sortOrder: 'asc' }, take: 1, include: { media: true } } as const;
const thumbnail = (media: Parameters<typeof mediaUrl>[0] | null | undefined) => (media ? mediaUrl(media, true) : null);

const areaInclude = { include: { parent: { include: { parent: { include: { parent: true } } } } } } as const;
type AreaChain = { id: number; nameBn: string; nameEn: string; level: string; parent?: AreaChain | null };

function chain(area: AreaChain): AreaChain[] {
  const out: AreaChain[] = [];
  for (let a: AreaChain | null | undefined = area; a; a = a.parent) out.push(a);
  return out;
}

function keys(parts: (string | null | undefined)[]) {
  const text = parts.filter(Boolean).join(' ');
  return { key: searchKey(text), compactKey: compactSearchKey(parts.filter(Boolean).slice(0, 3).join(' ')) };
}

const areaFields = (area: AreaChain) => {
  const areas = chain(area).filter((a) => a.level !== 'DIVISION');
  return {
    areaIds: areas.map((a) => a.id),
    areaNames: areas.flatMap((a) => [a.nameBn, a.nameEn]),
    place: { bn: areas.slice(0, 2).map((a) => a.nameBn).join(', '), en: areas.slice(0, 2).map((a) => a.nameEn).join(', ') },
  };
};

export async function providerDocuments(ids?: string[], client: SearchDb = db): Promise<SearchDocument[]> {
  const rows = await client.provider.findMany({
    where: { status: 'ACTIVE', ...(ids ? { id: { in: ids } } : {}), ...notDonorOnly },
    include: { area: areaInclude, categories: { include: { category: true }, orderBy: { isPrimary: 'desc' } }, services: true, photos: firstPhoto },
  });
  return rows.map((p) => {
    const { areaIds, areaNames, place } = areaFields(p.area);
    // A provider who also gives blood is found for her trade, never listed as a donor (only /blood lists donors, masked).
    const cats = p.categories.map((c) => c.category).filter((c) => c.kind !== 'BLOOD');
    const services = p.services.map((s) => s.name).join(' · ');
    return {
      id: `provider-${p.id}`,
      type: 'provider',
      title: p.nameBn,
      titleEn: p.nameEn,
      subtitle: `${cats.map((c) => c.nameBn).join(', ')} · ${place.bn}`,
      subtitleEn: `${cats.map((c) => c.nameEn).join(', ')} · ${place.en}`,
      url: `/p/${p.slug}`,
      categories: cats.map((c) => c.slug),
      categoryNames: cats.flatMap((c) => [c.nameBn, c.nameEn, ...c.aliases]),
      areaIds,
      areaNames,
      area: place.bn,
      text: [p.designation, services, p.bio].filter(Boolean).join(' · '),
      ...keys([p.nameBn, ...cats.map((c) => c.nameBn), services, ...areaNames.filter((_, i) => i % 2 === 0)]),
      verified: p.verification === 'VERIFIED',
      availableNow: p.availableNow,
      rating: p.ratingAvg,
      kind: p.kind,
      shop: null,
      pricePoisha: null,
      image: thumbnail(p.photos[0]?.media),
      phone: p.phone,
      activeAt: p.lastActiveAt.getTime(),
    };
  });
}

export async function shopDocuments(ids?: string[], client: SearchDb = db): Promise<SearchDocument[]> {
  const rows = await client.shop.findMany({
    where: { status: 'ACTIVE', ...(ids ? { id: { in: ids } } : {}) },
    include: { area: areaInclude, logo: true, products: { where: { status: 'ACTIVE' }, select: { nameBn: true, category: { select: { slug: true, nameBn: true, nameEn: true } } } } },
  });
  return rows.map((s) => {
    const { areaIds, areaNames, place } = areaFields(s.area);
    const cats = [...new Map(s.products.filter((p) => p.category).map((p) => [p.category!.slug, p.category!])).values()];
    return {
      id: `shop-${s.id}`,
      type: 'shop',
      title: s.nameBn,
      titleEn: s.nameEn,
      subtitle: place.bn,
      subtitleEn: place.en,
      url: `/s/${s.slug}`,
      categories: cats.map((c) => c.slug),
      categoryNames: cats.flatMap((c) => [c.nameBn, c.nameEn]),
      areaIds,
      areaNames,
      area: place.bn,
      text: [s.story, s.products.map((p) => p.nameBn).join(' · ')].filter(Boolean).join(' · '),
      ...keys([s.nameBn, s.products.map((p) => p.nameBn).join(' '), ...cats.map((c) => c.nameBn)]),
      verified: s.verification === 'VERIFIED',
      availableNow: true,
      rating: 0,
      kind: 'SHOP',
      shop: s.slug,
      pricePoisha: null,
      image: thumbnail(s.logo),
      phone: s.phone,
      activeAt: s.updatedAt.getTime(),
    };
  });
}

export async function productDocuments(ids?: string[], client: SearchDb = db): Promise<SearchDocument[]> {
  const rows = await client.product.findMany({
    where: { status: 'ACTIVE', isAvailable: true, shop: { status: 'ACTIVE' }, ...(ids ? { id: { in: ids } } : {}) },
    include: { category: true, shop: { include: { area: areaInclude } }, photos: firstPhoto },
  });
  return rows.map((p) => {
    const { areaIds, areaNames, place } = areaFields(p.shop.area);
    return {
      id: `product-${p.id}`,
      type: 'product',
      title: p.nameBn,
      titleEn: p.nameEn,
      subtitle: `${p.shop.nameBn} · ${place.bn}`,
      subtitleEn: `${p.shop.nameEn ?? p.shop.nameBn} · ${place.en}`,
      url: `/s/${p.shop.slug}/p/${p.slug}`,
      categories: p.category ? [p.category.slug] : [],
      categoryNames: p.category ? [p.category.nameBn, p.category.nameEn, ...p.category.aliases] : [],
      areaIds,
      areaNames,
      area: place.bn,
      text: [p.description, p.tags.join(' ')].filter(Boolean).join(' · '),
      ...keys([p.nameBn, p.nameEn, p.category?.nameBn, p.shop.nameBn]),
      verified: p.shop.verification === 'VERIFIED',
      availableNow: true,
      rating: 0,
      kind: p.fulfilment,
      shop: p.shop.slug,
      pricePoisha: p.pricePoisha,
      image: thumbnail(p.photos[0]?.media),
      phone: null,
      activeAt: p.updatedAt.getTime(),
    };
  });
}

/**
 * Public to-let notices (not let, not expired, not hidden). The link is the /rentals page of its
 * kind and union, at the listing's own card; the category is the rental category of its kind.
 */
export async function rentalDocuments(ids?: string[], client: SearchDb = db): Promise<SearchDocument[]> {
  const rows = await client.rentalListing.findMany({
    where: { ...publicRental(), ...(ids ? { id: { in: ids } } : {}) },
    include: { area: areaInclude, owner: { select: { name: true } }, provider: { select: { nameBn: true } }, photos: firstPhoto },
  });
  if (rows.length === 0) return [];
  const categories = new Map((await client.category.findMany({ where: { kind: 'RENTAL' } })).map((c) => [c.slug, c]));
  return rows.map((r) => {
    const { areaIds, areaNames, place } = areaFields(r.area);
    const words = RENTAL_KIND_WORDS[r.kind];
    const category = categories.get(rentalCategoryFor[r.kind]);
    const owner = r.provider?.nameBn ?? r.owner?.name ?? null;
    return {
      id: `rental-${r.id}`,
      type: 'rental',
      title: r.title,
      titleEn: null,
      subtitle: `${words.bn} ভাড়া · ${place.bn}`,
      subtitleEn: `${words.en} to let · ${place.en}`,
      url: `/rentals/${r.kind.toLowerCase()}/${r.area.slug}#rental-${r.id}`,
      categories: [rentalCategoryFor[r.kind]],
      categoryNames: [words.bn, words.en, ...words.also, ...(category ? [category.nameBn, category.nameEn, ...category.aliases] : [])],
      areaIds,
      areaNames,
      area: place.bn,
      text: [r.size, r.description, owner].filter(Boolean).join(' · '),
      ...keys([r.title, words.bn, ...areaNames.filter((_, i) => i % 2 === 0)]),
      verified: false,
      availableNow: true,
      rating: 0,
      kind: r.kind,
      shop: null,
      pricePoisha: r.rentPoisha,
      image: thumbnail(r.photos[0]?.media),
      phone: r.phone,
      activeAt: r.updatedAt.getTime(),
    };
  });
}

/**
 * Public livestock listings (live, not sold, not expired). The title says the animal, breed and
 * weight ("ষাঁড় · শাহীওয়াল · ৩২০ কেজি"), the category names
 * carry every word people type for the animal (গরু/goru/cow, ষাঁড়/shar/bull…), the price is
 * the asking price.
 */
export async function livestockDocuments(ids?: string[], client: SearchDb = db): Promise<SearchDocument[]> {
  const rows = await client.livestockListing.findMany({
    where: { ...publicLivestock(), ...(ids ? { id: { in: ids } } : {}) },
    include: { area: areaInclude, seller: { select: { name: true } }, haat: { select: { nameBn: true, nameEn: true, publishedAt: true } }, photos: firstPhoto },
  });
  return rows.map((l) => {
    const { areaIds, areaNames, place } = areaFields(l.area);
    const animal = ANIMAL_WORDS[l.animal];
    const breed = BREED_WORDS[l.breed] ?? { bn: l.breed, en: l.breed };
    // A haat taken back to a draft is not named (the pages do the same).
    const haat = l.haat?.publishedAt ? l.haat : null;
    return {
      id: `livestock-${l.id}`,
      type: 'livestock',
      title: livestockName(l, 'bn'),
      titleEn: livestockName(l, 'en'),
      subtitle: [haat?.nameBn, place.bn].filter(Boolean).join(' · '),
      subtitleEn: [haat?.nameEn ?? haat?.nameBn, place.en].filter(Boolean).join(' · '),
      url: listingPath(l.id),
      categories: [`livestock-${l.animal.toLowerCase()}`],
      categoryNames: [animal.bn, animal.en, ...animal.also, breed.bn, breed.en, 'পশু', 'কোরবানি', 'হাট', 'livestock', 'qurbani'],
      areaIds,
      areaNames,
      area: place.bn,
      text: [l.colour, l.description, l.seeAt, l.seller.name].filter(Boolean).join(' · '),
      ...keys([animal.bn, breed.bn, ...animal.also.filter((w) => /[ঀ-৿]/.test(w)), ...areaNames.filter((_, i) => i % 2 === 0)]),
      verified: false,
      availableNow: l.sale === 'AVAILABLE',
      rating: 0,
      kind: l.animal,
      shop: null,
      pricePoisha: l.pricePoisha,
      image: thumbnail(l.photos[0]?.media),
      phone: l.phone,
      activeAt: l.updatedAt.getTime(),
    };
  });
}

export const documentsFor: Record<SearchEntity, (ids?: string[], client?: SearchDb) => Promise<SearchDocument[]>> = {
  PROVIDER: providerDocuments,
  SHOP: shopDocuments,
  PRODUCT: productDocuments,
  RENTAL: rentalDocuments,
  LIVESTOCK: livestockDocuments,
};

export const INDEX_OF: Record<SearchEntity, SearchType> = { PROVIDER: 'provider', SHOP: 'shop', PRODUCT: 'product', RENTAL: 'rental', LIVESTOCK: 'livestock' };
/** Every entity the index holds, in the order rebuilds go through them. */
export const SEARCH_ENTITIES = Object.keys(INDEX_OF) as SearchEntity[];

/**
 * A record's searchText for the PostgreSQL fallback: the fields Meilisearch searches (names in both
 * languages, category names and aliases, area names, services, descriptions, tags) and the
 * romanised key, as searchWords() cuts them, then the words of its filters (filterWords). Not
 * compactKey: its run of several names as one word would only make prefixes match what they should
 * not; the query side compacts instead.
 */
export function searchTextOf(doc: SearchDocument): string {
  return [...searchWords([doc.title, doc.titleEn, doc.subtitle, ...doc.categoryNames, ...doc.areaNames, doc.text, doc.key].filter(Boolean).join(' ')), ...filterWords(doc)].join(' ');
}

/**
 * The words searchText carries for what a search filters by, as the document has it for
 * Meilisearch's filters: each area the record lies in (its own and every one above, `areaIds`),
 * each category, verified, available now. The fallback matches them in the same full-text index as
 * the query's words, so a search for "mistri" among the verified ones of a district reads only
 * the records that are all three, however many the country holds. Each begins with "zq", which no
 * typed word or romanised key begins with, so no word of a query matches one.
 */
export const filterWord = {
  area: (areaId: number) => `zq${areaId}`,
  /** Slugs lose their hyphens: the full-text parser would split "livestock-cow" into words. */
  category: (slug: string) => `zqc${slug.replace(/[^a-z0-9]/g, '')}`,
  verified: 'zqv',
  availableNow: 'zqn',
} as const;

function filterWords(doc: SearchDocument): string[] {
  return [
    ...doc.areaIds.map(filterWord.area),
    ...doc.categories.map(filterWord.category),
    ...(doc.verified ? [filterWord.verified] : []),
    ...(doc.availableNow ? [filterWord.availableNow] : []),
  ];
}
