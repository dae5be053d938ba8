// GET /console/numbers/export?table=<name>&area=<id> (and /en/…): one table of the numbers page as
// a CSV file, the same rows for the same area. The console layout does not guard route handlers, so
// the sign-in and the scope are checked here; an area outside the scope falls back to the
// officer's own, as on the page. No ".csv" in the path: proxy.ts passes dotted paths through.
import { getCurrentUser } from '@/lib/auth/session';
import { scopeOf, type Scope } from '@/lib/console/scope';
import { isStatsTable, statsTableRows } from '@/lib/console/numbers/csv';
import { statsView } from '@/lib/console/numbers/view';
import { toCsv, csvResponse } from '@/lib/csv';
import { AppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
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

  const query = new URL(request.url).searchParams;
  const table = query.get('table');
  if (!isStatsTable(table)) return new Response('Unknown table.\n', { status: 400, headers: PLAIN });
  const now = new Date();
  const view = await statsView(scope, query.get('area'));
  const csv = toCsv(await statsTableRows(table, view, now, locale));
  return csvResponse(csv, `haat-${table}-${view.area.slug}-${dhakaDay(now)}.csv`);
}
