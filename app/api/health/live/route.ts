// Liveness: the process answers. Nothing else is checked, so a database or search outage never
// makes a process manager restart a web server that would recover by itself.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'live' }, { headers: { 'Cache-Control': 'no-store' } });
}
