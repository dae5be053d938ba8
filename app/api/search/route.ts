// GET /api/search?q=…&type=…&category=…&area=… — JSON for suggestions and integrations:
// { hits: [{ type, id, title, subtitle, url, category, area, verified }], total, degraded, tookMs }
import { areaBySlug, searchResults } from '@/lib/cache/reads';
import { BatchedLimit } from '@/lib/security/rate-limit';
import { urlProblem } from '@/lib/security/url';
import { searchQuerySchema } from '@/lib/search/query-schema';
import { clientKey } from '@/lib/security/client';

export const dynamic = 'force-dynamic';

// Counted in memory and synced once a second: a search costs no database round trip for its limit.
const searchLimit = new BatchedLimit({ max: 600, windowMs: 60_000 });

export async function GET(request: Request) {
  const url = new URL(request.url);
  if (urlProblem(url)) return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const params = searchQuerySchema.parse(Object.fromEntries(url.searchParams));
  const limited = searchLimit.hit(`search:${clientKey(request.headers)}`);
  if (!limited.allowed) return Response.json({ error: 'rateLimited' }, { status: 429, headers: { 'Retry-After': String(limited.retryAfterSeconds) } });
  if (!params.q) return Response.json({ hits: [], total: 0, degraded: false, tookMs: 0 });
  const area = params.area ? await areaBySlug(params.area) : null;
  const result = await searchResults(
    { q: params.q, type: params.type, category: params.category, areaId: area?.id, verified: Boolean(params.verified), availableNow: Boolean(params.now), limit: 10, offset: (params.page - 1) * 10 },
    params.locale,
  );
  const hits = result.hits.map(({ type, id, title, subtitle, url: path, category, area: place, verified }) => ({ type, id, title, subtitle, url: params.locale === 'en' ? `/en${path}` : path, category, area: place, verified }));
  return Response.json({ ...result, hits }, { headers: { 'Cache-Control': 'no-store' } });
}
