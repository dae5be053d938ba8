// GET /api/share-image?shop=<slug>[&product=<slug>][&locale=en] — the 1200×630 PNG that shared
// links to a shop or product show (lib/shops/share.ts shareImageUrl); ?livestock=<id> a cattle-market
// listing's (lib/livestock/share.ts). 404 for anything not open.
import type { AppLocale } from '@/lib/i18n/routing';
import { loadLivestockShareCard } from '@/lib/livestock/share';
import { urlProblem } from '@/lib/security/url';
import { loadShareCard, renderShareImage } from '@/lib/shops/share-image';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = url.searchParams;
  const locale: AppLocale = query.get('locale') === 'en' ? 'en' : 'bn';
  const livestock = query.get('livestock');
  const card = urlProblem(url) ? null : livestock !== null ? await loadLivestockShareCard(livestock, locale) : await loadShareCard(query.get('shop') ?? '', query.get('product'), locale);
  if (!card) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
  const png = await renderShareImage(card);
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.length), 'Cache-Control': 'public, max-age=3600' },
  });
}
