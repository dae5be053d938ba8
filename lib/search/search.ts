// The one search function pages and /api/search use. It asks Meilisearch; when Meilisearch does
// not answer it answers from PostgreSQL instead (degraded: true) through the same shape.
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { RENTAL_KINDS, rentalCategoryFor } from '@/lib/directory/rental-kinds';
import { filterWord, type SearchType } from './documents';
import { engineSearch, SEARCH_TYPES, type EngineHit } from './engine';
import { MeiliUnavailable } from './meili-http';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics/registry';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';
import { correctSpelling, querySpans, synonymGroups, synonymVocabulary, vocabularyOf } from './synonyms';
import { compactSearchKey, searchKey, searchWords } from './transliterate';

export interface SearchParams {
  q: string;
  type?: SearchType;
  category?: string;
  /** Area id: the record's area or any area above it. */
  areaId?: number;
  /**
   * A served district's id: only records inside it (the visitor's district). Combined with
   * `areaId`, which may narrow it further; an area outside the district then finds nothing.
   */
  districtId?: number;
  verified?: boolean;
  availableNow?: boolean;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  type: SearchType;
  id: string;
  title: string;
  subtitle: string;
  url: string;
  category: string | null;
  area: string;
  verified: boolean;
  phone: string | null;
  availableNow: boolean;
  /** A product's price, a rental's monthly rent (poisha); null for providers and shops. */
  pricePoisha: number | null;
  /** A small thumbnail URL (documents.ts), or null: the row shows a placeholder. */
  image: string | null;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  degraded: boolean;
  tookMs: number;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '')}"`;

function toHit(doc: Omit<EngineHit, '_rankingScore'>, locale: 'bn' | 'en'): SearchHit {
  return {
    type: doc.type,
    id: doc.id.replace(/^[a-z]+-/, ''),
    title: locale === 'en' && doc.titleEn ? doc.titleEn : doc.title,
    subtitle: locale === 'en' ? doc.subtitleEn : doc.subtitle,
    url: doc.url,
    category: doc.categories[0] ?? null,
    area: doc.area,
    verified: doc.verified,
    phone: doc.type === 'product' ? null : doc.phone,
    availableNow: doc.availableNow,
    pricePoisha: doc.pricePoisha ?? null,
    // Documents indexed before images were (until the next reindex) have none.
    image: doc.image ?? null,
  };
}

export async function search(params: SearchParams, locale: 'bn' | 'en' = 'bn'): Promise<SearchResult> {
  const started = performance.now();
  const q = params.q.normalize('NFC').trim().slice(0, 100);
  const limit = Math.min(50, Math.max(1, params.limit ?? 20));
  const offset = Math.max(0, params.offset ?? 0);
  const filter = [
    params.category && `categories = ${quote(params.category)}`,
    params.areaId && `areaIds = ${params.areaId}`,
    params.districtId && `areaIds = ${params.districtId}`,
    params.verified && 'verified = true',
    params.availableNow && 'availableNow = true',
  ].filter((f): f is string => Boolean(f));
  // One Latin word that is a known trade, product or place word ("mach", "mistri") means that word:
  // matched whole, not as the beginning of others or a typo away from them, which the folded keys
  // make many (mochi folds to "machi", mechanic is a typo away).
  const exact = /^[a-z]{4,}$/i.test(q) && synonymVocabulary.has(compactSearchKey(q));
  const phrase = (text: string) => (exact ? `"${text}"` : text);
  try {
    const { hits, total } = await engineSearch({ q: phrase(q), key: phrase(searchKey(q)), types: params.type ? [params.type] : SEARCH_TYPES, filter, limit, offset });
    metrics.searches.inc({ engine: 'meilisearch' });
    return { hits: hits.map((h) => toHit(h, locale)), total, degraded: false, tookMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Unreachable, or answering but not ready (indexes still being created): PostgreSQL answers.
    if (!(error instanceof MeiliUnavailable)) log.error(`search fell back to PostgreSQL: ${(error as Error).message.slice(0, 200)}`);
    const fallback = await searchPostgres({ ...params, q, limit, offset }, locale);
    metrics.searches.inc({ engine: 'postgres' });
    return { ...fallback, degraded: true, tookMs: Math.round(performance.now() - started) };
  }
}

/** A to_tsquery lexeme, quoted so nothing in it is read as an operator; `prefix` also matches words that begin with it. */
const lexeme = (word: string, prefix: boolean) => `'${word.replace(/['\\]/g, (c) => c + c)}'${prefix ? ':*' : ''}`;

/**
 * One term as a tsquery of all its words, anywhere in the text (as Meilisearch matches them), or
 * null when it has no word worth matching; `prefix` says which words also match any word they begin.
 */
function termQuery(term: string, prefix: (word: string) => boolean): string | null {
  const words = searchWords(term);
  if (words.length === 0 || (words.length === 1 && [...words[0]!].length < 2)) return null;
  return words.map((word) => lexeme(word, prefix(word))).join(' & ');
}

/** Romanised keys shorter than this match whole words only: "sari" must not find Sariakandi. */
const MIN_KEY_PREFIX = 5;

/**
 * What the PostgreSQL fallback looks for, one to_tsquery text per span of the query (see
 * querySpans), every span to be matched: the span as typed, the other terms of its synonym group
 * and its romanised forms (whole words, or beginnings when long), OR-ed, each with all its words.
 * As Meilisearch does, only the last word typed may be a beginning (the one being typed: ইলেক,
 * elec); every other word is matched whole ("shari" must not find Shariakandi). A beginning costs
 * the full-text index every record of every word it begins: মিস্ত্রি:* is a quarter of the country,
 * a third of a second at 1,000,000 providers. The romanised key absorbs spelling variants: পিটা
 * and পিঠা are both "pita". Built from the query alone and passed as a parameter, never into the
 * SQL; every word is a quoted lexeme, so nothing typed is read as an operator.
 */
export function fallbackQuery(q: string): string[] {
  const spans: string[] = [];
  const text = q.normalize('NFC').slice(0, 100);
  const lastTyped = searchWords(text).at(-1);
  for (const [typed, ...synonyms] of querySpans(text).slice(0, 10)) {
    const alternatives = [
      termQuery(typed!, (word) => word === lastTyped),
      ...synonyms.map((term) => termQuery(term, () => false)),
      ...[searchKey(typed!), compactSearchKey(typed!)].map((key) => termQuery(key, (word) => word.length >= MIN_KEY_PREFIX)),
    ];
    const unique = [...new Set(alternatives.filter((t): t is string => t !== null))];
    if (unique.length > 0) spans.push(unique.map((t) => `(${t})`).join(' | '));
  }
  return spans;
}

/** Words the fallback corrects typos towards: the synonym groups' and every category's names and aliases (read at most every 10 minutes). */
let vocabulary: { words: Promise<ReadonlyMap<string, string>>; at: number } | undefined;
forgetBetweenTests(() => (vocabulary = undefined));
function correctionVocabulary(): Promise<ReadonlyMap<string, string>> {
  if (!vocabulary || Date.now() - vocabulary.at > 600_000) {
    const words = db.category
      .findMany({ select: { nameBn: true, nameEn: true, aliases: true } })
      .then((categories) => vocabularyOf([...synonymGroups.flat(), ...categories.flatMap((c) => [c.nameBn, c.nameEn, ...c.aliases])]));
    vocabulary = { words, at: Date.now() };
    words.catch(() => (vocabulary = undefined));
  }
  return vocabulary.words;
}

/**
 * The fallback: providers, shops, products, rentals and livestock listings whose searchText (see outbox.ts) holds every word of
 * the query, or for each word one of its synonyms or its romanised form, as words or word
 * beginnings (fallbackQuery). When that finds nothing, words one or two typos away from a known
 * trade, product, place or category word are corrected (plumbr → plumber) and it is asked again.
 * Ordered as lists are (verified first, then rating), not by relevance.
 */
async function searchPostgres(params: SearchParams & { limit: number; offset: number }, locale: 'bn' | 'en'): Promise<Omit<SearchResult, 'degraded' | 'tookMs'>> {
  const spans = fallbackQuery(params.q);
  if (spans.length === 0) return { hits: [], total: 0 };
  let found = await matching(params, spans);
  if (found.total === 0) {
    const corrected = correctSpelling(params.q, await correctionVocabulary());
    const correctedSpans = corrected === params.q ? [] : fallbackQuery(corrected);
    if (correctedSpans.length > 0) found = await matching(params, correctedSpans);
  }
  const { documentsFor } = await import('./documents');
  const byType = (type: SearchType) => found.page.filter((r) => r.type === type).map((r) => r.id);
  const docs = (
    await Promise.all([documentsFor.PROVIDER(byType('provider')), documentsFor.SHOP(byType('shop')), documentsFor.PRODUCT(byType('product')), documentsFor.RENTAL(byType('rental')), documentsFor.LIVESTOCK(byType('livestock'))])
  ).flat();
  const order = new Map(found.page.map((r, i) => [`${r.type}-${r.id}`, i]));
  docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { hits: docs.map((d) => toHit(d, locale)), total: found.total };
}

/**
 * The fallback takes at most this many matches of each kind (and counts no further), as
 * Meilisearch counts to its maxTotalHits: a common word across the country ("mistri" at 1,000,000
 * providers matches a quarter of them) then costs a thousand rows read, not every match read,
 * counted and sorted. Those it takes are ordered as lists are; which ones they are beyond that is
 * the order the index gives them.
 */
export const FALLBACK_MAX_MATCHES = 1000;

/**
 * One page of the records whose searchVector matches every span, under the search's filters, and
 * how many there are (up to FALLBACK_MAX_MATCHES of each kind). Each table is first searched on its
 * own through its GIN index (OFFSET 0 keeps the filters out of that subquery): given an area
 * filter, the planner would otherwise often walk every provider of the area and test each one's
 * text instead.
 */
async function matching(params: SearchParams & { limit: number; offset: number }, spans: string[]) {
  // The area asked for and the district, the category, verified and available now, each when
  // asked for, are words of searchText (filterWord): the full-text index finds the records matching
  // the query and all of them at once, whatever the country holds besides. The conditions below
  // still decide; the words only spare reading the records they would turn away.
  const filters = [
    ...[params.areaId, params.districtId].filter((id): id is number => Boolean(id)).map(filterWord.area),
    ...(params.category ? [filterWord.category(params.category)] : []),
    ...(params.verified ? [filterWord.verified] : []),
    ...(params.availableNow ? [filterWord.availableNow] : []),
  ];
  const matches = Prisma.sql`"searchVector" @@ to_tsquery('simple', ${[...spans.map((span) => `(${span})`), ...filters.map((word) => lexeme(word, false))].join(' & ')})`;
  const want = (type: SearchType) => !params.type || params.type === type;
  const when = (condition: unknown, sql: Prisma.Sql) => (condition ? sql : Prisma.empty);
  const branches: Prisma.Sql[] = [];
  if (want('provider')) {
    branches.push(Prisma.sql`
      SELECT 'provider' AS type, p.id, (p.verification = 'VERIFIED') AS verified, p."ratingAvg" AS rating
      FROM (SELECT id, status, verification, "ratingAvg", "availableNow", "areaId" FROM "Provider" WHERE ${matches} OFFSET 0) p
      WHERE p.status = 'ACTIVE'
        ${when(params.verified, Prisma.sql`AND p.verification = 'VERIFIED'`)} ${when(params.availableNow, Prisma.sql`AND p."availableNow"`)}
        AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId"
                    WHERE pc."providerId" = p.id AND c.kind <> 'BLOOD' ${when(params.category, Prisma.sql`AND c.slug = ${params.category}`)})`);
  }
  // Shops and products are always "available now" in the index (documents.ts), so that filter passes them.
  if (want('shop')) {
    branches.push(Prisma.sql`
      SELECT 'shop' AS type, s.id, (s.verification = 'VERIFIED') AS verified, 0 AS rating
      FROM (SELECT id, status, verification, "areaId" FROM "Shop" WHERE ${matches} OFFSET 0) s
      WHERE s.status = 'ACTIVE' ${when(params.verified, Prisma.sql`AND s.verification = 'VERIFIED'`)}
        ${when(params.category, Prisma.sql`AND EXISTS (SELECT 1 FROM "Product" pr JOIN "Category" c ON c.id = pr."categoryId" WHERE pr."shopId" = s.id AND pr.status = 'ACTIVE' AND c.slug = ${params.category})`)}`);
  }
  if (want('product')) {
    branches.push(Prisma.sql`
      SELECT 'product' AS type, pr.id, (s.verification = 'VERIFIED') AS verified, 0 AS rating
      FROM (SELECT id, "shopId", status, "isAvailable", "categoryId" FROM "Product" WHERE ${matches} OFFSET 0) pr JOIN "Shop" s ON s.id = pr."shopId"
      WHERE pr.status = 'ACTIVE' AND pr."isAvailable" AND s.status = 'ACTIVE'
        ${when(params.verified, Prisma.sql`AND s.verification = 'VERIFIED'`)}
        ${when(params.category, Prisma.sql`AND pr."categoryId" IN (SELECT c.id FROM "Category" c WHERE c.slug = ${params.category})`)}`);
  }
  // Rentals are never "verified" (no badge); their category is the rental category of their kind.
  if (want('rental') && !params.verified) {
    const kinds = params.category ? RENTAL_KINDS.filter((k) => rentalCategoryFor[k] === params.category) : null;
    if (!kinds || kinds.length > 0) {
      branches.push(Prisma.sql`
      SELECT 'rental' AS type, r.id, false AS verified, 0 AS rating
      FROM (SELECT id, status, "letAt", "expiredAt", "areaId", kind, "providerId" FROM "RentalListing" WHERE ${matches} OFFSET 0) r
      WHERE r.status = 'ACTIVE' AND r."letAt" IS NULL AND r."expiredAt" IS NULL
        AND (r."providerId" IS NULL OR EXISTS (SELECT 1 FROM "Provider" p WHERE p.id = r."providerId" AND p.status = 'ACTIVE'))
        ${when(kinds, Prisma.sql`AND r.kind::text = ANY (${kinds ?? []}::text[])`)}`);
    }
  }
  // Livestock listings: never "verified"; their category is livestock-<animal> (documents.ts).
  const animal = params.category?.startsWith('livestock-') ? params.category.slice('livestock-'.length).toUpperCase() : null;
  if (want('livestock') && !params.verified && (!params.category || animal)) {
    branches.push(Prisma.sql`
      SELECT 'livestock' AS type, l.id, false AS verified, 0 AS rating
      FROM (SELECT id, status, sale, "expiredAt", "expiresAt", "areaId", animal, "sellerId" FROM "LivestockListing" WHERE ${matches} OFFSET 0) l
      WHERE l.status = 'ACTIVE' AND l.sale <> 'SOLD' AND l."expiredAt" IS NULL AND l."expiresAt" > now()
        AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = l."sellerId" AND u.status = 'ACTIVE')
        ${when(animal, Prisma.sql`AND l.animal::text = ${animal}`)}`);
  }
  if (branches.length === 0) return { page: [], total: 0 };
  // The planner prices a full-text match on a stored tsvector far below what detoasting it costs,
  // so it would often read every row instead of using the GIN index (250 ms instead of 20 at 50,000
  // providers): this statement may not scan tables whole.
  const [, [result]] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<{ total: number; page: string[] }[]>`
      WITH found AS (${Prisma.join(branches.map((branch) => Prisma.sql`(${branch} LIMIT ${FALLBACK_MAX_MATCHES})`), ' UNION ALL ')})
      SELECT (SELECT count(*) FROM found)::int AS total,
             ARRAY(SELECT type || ':' || id FROM found ORDER BY verified DESC, rating DESC, id LIMIT ${params.limit} OFFSET ${params.offset}) AS page`,
  ]);
  const page = (result?.page ?? []).map((entry) => {
    const [type, id] = entry.split(':') as [SearchType, string];
    return { type, id };
  });
  return { page, total: result?.total ?? 0 };
}
