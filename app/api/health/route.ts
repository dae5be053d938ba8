import { healthReport } from '@/lib/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const report = await healthReport();
  return Response.json(report, {
    status: report.status === 'down' ? 503 : 200,
    headers: { 'Cache-Control': 'no-store' },
  });
}
