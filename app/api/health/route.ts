import { connection } from 'next/server';
import { healthReport } from '@/lib/health';

export async function GET() {
  // Measured on every request, never prerendered.
  await connection();
  const report = await healthReport();
  return Response.json(report, {
    status: report.status === 'down' ? 503 : 200,
    headers: { 'Cache-Control': 'no-store' },
  });
}
