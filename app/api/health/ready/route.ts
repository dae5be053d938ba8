// Readiness: the database answers and every migration is applied (search running on the
// PostgreSQL fallback is still ready). 503 while not, so a load balancer sends traffic elsewhere.
import { readiness } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const report = await readiness();
  return Response.json({ status: report.ready ? 'ready' : 'not-ready', ...report }, {
    status: report.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
