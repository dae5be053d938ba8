// GET /console/audit/export?actor=&action=&subject=&from=&to= (and /en/…): the audit entries the
// page lists for the same filters, as a CSV file (the newest 10,000 at most). Route handlers are
// not guarded by the console layout, so the sign-in and the scope are checked here.
import { getCurrentUser } from '@/lib/auth/session';
import { auditExportRows, parseAuditFilters } from '@/lib/console/audit-queries';
import { scopeOf, type Scope } from '@/lib/console/scope';
import { toCsv, csvResponse } from '@/lib/csv';
import { AppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { dhakaDay } from '@/lib/shops/calendar';

const PLAIN = { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' };

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale: AppLocale = (await params).locale === 'en' ? 'en' : 'bn';
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in to download the audit log.\n', { status: 401, headers: PLAIN });
  let scope: Scope;
  try {
    scope = await scopeOf(user);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return new Response('Only officers and admins may download the audit log.\n', { status: 403, headers: PLAIN });
    throw error;
  }

  const filters = parseAuditFilters(new URL(request.url).searchParams);
  const csv = toCsv(await auditExportRows(scope, filters, locale));
  return csvResponse(csv, `haat-audit-${dhakaDay(new Date())}.csv`);
}
