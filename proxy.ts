// Every page request passes through here: next-intl decides the language from the path (Bengali
// unprefixed, English under /en), and server-action posts must carry our own Origin. Shop
// subdomains are dispatched here too once storefronts exist.
import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';
import { isAllowedOrigin } from './lib/security/origin';

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const rootDomain = process.env.ROOT_DOMAIN ?? 'localhost:3000';
    if (!isAllowedOrigin(request.headers.get('origin'), request.headers.get('host'), rootDomain)) {
      return new NextResponse('Forbidden: this form must be sent from a Haat page.', { status: 403 });
    }
  }
  return intl(request);
}

export const config = {
  // Everything except API routes, Next's own files, media and files with an extension.
  matcher: ['/((?!api|_next|_vercel|media|.*\\..*).*)'],
};
