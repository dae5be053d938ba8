// GET /api/metrics — Prometheus's text format (lib/metrics), for a scraper holding METRICS_TOKEN
// as a bearer token. Without METRICS_TOKEN configured the endpoint does not exist (404); a wrong
// or missing token is a 401.
import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { renderMetrics } from '@/lib/metrics/scrape';

export const dynamic = 'force-dynamic';

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  const given = /^Bearer (.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (!given || !sameToken(given, token)) {
    return new Response('Unauthorized', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'WWW-Authenticate': 'Bearer realm="metrics"' } });
  }
  return new Response(await renderMetrics(), { headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' } });
}
