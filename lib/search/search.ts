// The one search function pages and /api/search use. It asks Meilisearch; when Meilisearch does
// not answer it answers from PostgreSQL instead (degraded: true) through the same shape.
import { db } from '@/lib/db/client';
import type { SearchType } from './documents';
import { engineSearch, SEARCH_TYPES, type EngineHit } from './engine';
import { MeiliUnavailable } from './meili-http';
import { expandQuery } from './synonyms';
import { searchKey } from './transliterate';

export interface SearchParams {
  q: string;
  type?: SearchType;
  category?: string;
  /** Area id: the record's area or any area above it. */
  areaId?: number;
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
    params.verified && 'verified = true',
    params.availableNow && 'availableNow = true',
  ].filter((f): f is string => Boolean(f));
  try {
    const { hits, total } = await engineSearch({ q, key: searchKey(q), types: params.type ? [params.type] : SEARCH_TYPES, filter, limit, offset });
    return { hits: hits.map((h) => toHit(h, locale)), total, degraded: false, tookMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Unreachable, or answering but not ready (indexes still being created): PostgreSQL answers.
    if (!(error instanceof MeiliUnavailable)) console.error(`[haat] search fell back to PostgreSQL: ${(error as Error).message.slice(0, 200)}`);
    const fallback = await searchPostgres({ ...params, q, limit, offset }, locale);
    return { ...fallback, degraded: true, tookMs: Math.round(performance.now() - started) };
  }
}

/**
 * The fallback: providers, shops and products whose names, categories, services or descriptions
 * contain the query or one of its synonyms (in either script). Slower and less forgiving than
 * Meilisearch, but it keeps search answering.
 */
async function searchPostgres(params: SearchParams & { limit: number; offset: number }, locale: 'bn' | 'en'): Promise<Omit<SearchResult, 'degraded' | 'tookMs'>> {
  const terms = [...new Set(expandQuery(params.q).filter((t) => t.length >= 2))].slice(0, 12);
  const patterns = terms.map((t) => `%${t.replace(/[%_\\]/g, '')}%`);
  if (patterns.length === 0) return { hits: [], total: 0 };
  const area = params.areaId ? await db.area.findUnique({ where: { id: params.areaId }, select: { path: true } }) : null;
  const inArea = area ? `${area.path}%` : '%';
  const want = (type: SearchType) => !params.type || params.type === type;
  const rows = await db.$queryRaw<{ type: SearchType; id: string }[]>`
    SELECT * FROM (
      SELECT 'provider' AS type, p.id, (p.verification = 'VERIFIED') AS verified, p."ratingAvg" AS rating
      FROM "Provider" p JOIN "Area" a ON a.id = p."areaId"
      WHERE ${want('provider')} AND p.status = 'ACTIVE' AND a.path LIKE ${inArea}
        AND (${!params.verified} OR p.verification = 'VERIFIED') AND (${!params.availableNow} OR p."availableNow")
        AND EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id AND c.kind <> 'BLOOD'
                    AND (${params.category ?? null}::text IS NULL OR c.slug = ${params.category ?? null}))
        AND (p."nameBn" ILIKE ANY (${patterns}) OR p."nameEn" ILIKE ANY (${patterns}) OR p.bio ILIKE ANY (${patterns})
             OR EXISTS (SELECT 1 FROM "ProviderCategory" pc JOIN "Category" c ON c.id = pc."categoryId" WHERE pc."providerId" = p.id
                        AND (c."nameBn" ILIKE ANY (${patterns}) OR c."nameEn" ILIKE ANY (${patterns}) OR array_to_string(c.aliases, ' ') ILIKE ANY (${patterns})))
             OR EXISTS (SELECT 1 FROM "ProviderService" s WHERE s."providerId" = p.id AND s.name ILIKE ANY (${patterns})))
      UNION ALL
      SELECT 'shop', s.id, (s.verification = 'VERIFIED'), 0
      FROM "Shop" s JOIN "Area" a ON a.id = s."areaId"
      WHERE ${want('shop')} AND ${!params.category && !params.availableNow} AND s.status = 'ACTIVE' AND a.path LIKE ${inArea} AND (${!params.verified} OR s.verification = 'VERIFIED')
        AND (s."nameBn" ILIKE ANY (${patterns}) OR s."nameEn" ILIKE ANY (${patterns}) OR s.story ILIKE ANY (${patterns}))
      UNION ALL
      SELECT 'product', pr.id, (s.verification = 'VERIFIED'), 0
      FROM "Product" pr JOIN "Shop" s ON s.id = pr."shopId" JOIN "Area" a ON a.id = s."areaId" LEFT JOIN "Category" c ON c.id = pr."categoryId"
      WHERE ${want('product')} AND ${!params.availableNow} AND pr.status = 'ACTIVE' AND pr."isAvailable" AND s.status = 'ACTIVE' AND a.path LIKE ${inArea}
        AND (${!params.verified} OR s.verification = 'VERIFIED') AND (${params.category ?? null}::text IS NULL OR c.slug = ${params.category ?? null})
        AND (pr."nameBn" ILIKE ANY (${patterns}) OR pr."nameEn" ILIKE ANY (${patterns}) OR pr.description ILIKE ANY (${patterns})
             OR c."nameBn" ILIKE ANY (${patterns}) OR c."nameEn" ILIKE ANY (${patterns}))
    ) found
    ORDER BY verified DESC, rating DESC, id
    LIMIT 500`;
  const page = rows.slice(params.offset, params.offset + params.limit);
  const { documentsFor } = await import('./documents');
  const byType = (type: SearchType) => page.filter((r) => r.type === type).map((r) => r.id);
  const docs = (await Promise.all([documentsFor.PROVIDER(byType('provider')), documentsFor.SHOP(byType('shop')), documentsFor.PRODUCT(byType('product'))])).flat();
  const order = new Map(page.map((r, i) => [`${r.type}-${r.id}`, i]));
  docs.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { hits: docs.map((d) => toHit(d, locale)), total: rows.length };
}
