// GET /console/haat/numbers/export?area=<id> (and /en/…): the cattle market's numbers table as CSV,
// the same rows the page shows for the same area. Route handlers are not guarded by the console
// layout, so the sign-in and scope are checked here; an area outside the scope falls back to the
// officer's own, as on the page.
import { getCurrentUser } from '@/lib/auth/session';
import { statsView } from '@/lib/console/numbers/view';
import { scopeOf, type Scope } from '@/lib/console/scope';
import { csvResponse, toCsv } from '@/lib/csv';
import { AppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { livestockNumbers, livestockNumbersCsv } from '@/lib/livestock/numbers';
import { dhakaDay } from '@/lib/shops/calendar';

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale: AppLocale = (await params).locale === 'en' ? 'en' : 'bn';
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to download the numbers.\n', { status: 401, headers: PLAIN });
  let scope: Scope;
  try {
    scope = await scopeOf(user);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return new Response('Only officers and admins may download the numbers.\n', { status: 403, headers: PLAIN });
    throw error;
  }
  const view = await statsView(scope, new URL(request.url).searchParams.get('area'));
  const csv = toCsv(livestockNumbersCsv(await livestockNumbers(view), locale));
  return csvResponse(csv, `haat-livestock-${view.area.slug}-${dhakaDay(new Date())}.csv`);
}
