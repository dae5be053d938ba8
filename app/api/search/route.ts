// GET /api/search?q=…&type=…&category=…&area=…&district=… — JSON for suggestions and integrations:
// { leads: [{ url, icon, title, text }], hits: [{ type, id, title, subtitle, url, category, area, verified, pricePoisha, image }], total, degraded, tookMs }
// (leads: the category or page the query names, lib/search/leads.ts; on the first page only)
import { createTranslator } from 'next-intl';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import { searchResults } from '@/lib/cache/reads';
import { DISTRICT_COOKIE } from '@/lib/tenancy/districts';
import { visitorDistrict } from '@/lib/tenancy/visitor-district';
import { leadCard } from '@/lib/search/leads';
import { BatchedLimit } from '@/lib/security/rate-limit';
import { urlProblem } from '@/lib/security/url';
import { searchQuerySchema } from '@/lib/search/query-schema';
import { clientKey } from '@/lib/security/client';

export const dynamic = 'force-dynamic';

// Counted in memory and synced once a second: a search costs no database round trip for its limit.
const searchLimit = new BatchedLimit({ max: 600, windowMs: 60_000 });

// The cards' words, made once per language rather than per request.
const leadWords = { bn: createTranslator({ locale: 'bn', messages: bn, namespace: 'SearchLeads' }), en: createTranslator({ locale: 'en', messages: en, namespace: 'SearchLeads' }) };

export async function GET(request: Request) {
  const url = new URL(request.url);
  if (urlProblem(url)) return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const params = searchQuerySchema.parse(Object.fromEntries(url.searchParams));
  const limited = searchLimit.hit(`search:${clientKey(request.headers)}`);
  if (!limited.allowed) return Response.json({ error: 'rateLimited' }, { status: 429, headers: { 'Retry-After': String(limited.retryAfterSeconds) } });
  if (!params.q) return Response.json({ leads: [], hits: [], total: 0, degraded: false, tookMs: 0 });
  // Scoped as /search is: a place of a served district (`area`, or a whole one as `district`), else
  // the district the visitor remembers (the header's suggestions); a request with none of these (an
  // integration) searches every served district.
  const place = params.area ?? params.district;
  const scoped = place || request.headers.get('cookie')?.includes(`${DISTRICT_COOKIE}=`) ? await visitorDistrict(place) : null;
  const result = await searchResults(
    { q: params.q, type: params.type, category: params.category, areaId: scoped?.named && scoped.area.id !== scoped.district.id ? scoped.area.id : undefined, districtId: scoped?.district.id, verified: Boolean(params.verified), availableNow: Boolean(params.now), limit: 10, offset: (params.page - 1) * 10 },
    params.locale,
  );
  // A query the cached read refuses (it validates its own arguments) is one that finds nothing.
  if (!result) return Response.json({ leads: [], hits: [], total: 0, degraded: false, tookMs: 0 }, { headers: { 'Cache-Control': 'no-store' } });
  const localize = (path: string) => (params.locale === 'en' ? `/en${path}` : path);
  const hits = result.hits.map(({ type, id, title, subtitle, url: path, category, area: place, verified, pricePoisha, image }) => ({ type, id, title, subtitle, url: localize(path), category, area: place, verified, pricePoisha, image }));
  const leads = result.leads.map((lead) => {
    const card = leadCard(lead, params.locale, leadWords[params.locale]);
    return { ...card, url: localize(card.url) };
  });
  return Response.json({ ...result, leads, hits }, { headers: { 'Cache-Control': 'no-store' } });
}
