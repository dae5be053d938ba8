// Auth.js's routes. Auth.js answers a callbackUrl that is not an http(s) URL (in the query or its
// cookie) with a 500 "server configuration" error; such a request is the client's mistake, so it is
// answered 400 here (and a bad cookie is cleared) before Auth.js sees it.
import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/auth';

const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

function refuseBadCallback(request: NextRequest): Response | null {
  const origin = request.nextUrl.origin;
  const query = request.nextUrl.searchParams.getAll('callbackUrl');
  const cookies = CALLBACK_COOKIES.map((name) => [name, request.cookies.get(name)?.value] as const).filter(([, v]) => v !== undefined);
  const badCookies = cookies.filter(([, v]) => !isHttpUrl(v!, origin)).map(([name]) => name);
  if (query.every((v) => isHttpUrl(v, origin)) && badCookies.length === 0) return null;
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  for (const name of badCookies) headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0`);
  return new Response('Bad request: callbackUrl must be an address on this site', { status: 400, headers });
}

export async function GET(request: NextRequest) {
  return refuseBadCallback(request) ?? handlers.GET(request);
}

export async function POST(request: NextRequest) {
  return refuseBadCallback(request) ?? handlers.POST(request);
}
