// The service worker (/serwist/sw.js, scope "/"), bundled from lib/pwa/sw.ts by Serwist when the
// app is built, with the list of files it precaches: the styles, the font, the icons and the
// offline page in both languages. Not the JavaScript of every page: a cheap phone on slow data
// should not download the dashboard to read the emergency numbers; the worker keeps the scripts of
// the pages she opens (and of the pages it warms for her) as she goes. Its headers (no long cache,
// its own CSP) are set in next.config.mjs.
import { randomUUID } from 'node:crypto';
import { createSerwistRoute } from '@serwist/turbopack';

// A new build, a new offline page: fetched once again by the new worker.
const revision = randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'lib/pwa/sw.ts',
  useNativeEsbuild: true,
  esbuildOptions: { sourcemap: false },
  globPatterns: ['.next/static/**/*.css', '.next/static/media/*.woff2', 'public/icons.svg', 'public/favicon.svg', 'public/pwa/*.png'],
  additionalPrecacheEntries: [
    { url: '/offline', revision },
    { url: '/en/offline', revision },
  ],
});
