// Sends a request that reached a shop's host (or www) for a root-only page on to the root host:
// pitha.<root>/dashboard → <root>/dashboard. proxy.ts rewrites such requests here because a
// redirect answered by the proxy itself is rewritten by Next.js into a relative one whenever the
// target host equals the server's own name (always the case in development, localhost:<port>).
// The root host is ROOT_DOMAIN's, never one taken from the request.
import { rootOrigin } from '@/lib/tenancy/urls';

function handle(request: Request): Response {
  // "308 /shops?x=1", set by proxy.ts; anything else goes to the root's home page.
  const [code, path = '/'] = (request.headers.get('x-haat-to-root') ?? '').split(' ', 2);
  const status = code === '308' ? 308 : 307;
  // Only paths of this site: never another host ("//evil", "/\\evil").
  const safePath = /^\/(?![/\\])/.test(path) ? path : '/';
  return new Response(null, { status, headers: { Location: `${rootOrigin()}${safePath}`, 'Cache-Control': 'no-store' } });
}

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
