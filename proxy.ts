// Every page request passes through here: next-intl decides the language from the path (Bengali
// unprefixed, English under /en). Shop subdomains are dispatched here too once storefronts exist.
import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next's own files, media and files with an extension.
  matcher: ['/((?!api|_next|_vercel|media|.*\\..*).*)'],
};
