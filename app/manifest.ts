// The web app manifest (/manifest.webmanifest): Haat installs as "হাট", opens at the front page as
// an app of its own, in the brand colour (app/globals.css), with the icons of
// scripts/build-pwa-icons.ts. The service worker that makes it work offline: lib/pwa/sw.ts.
import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: 'bn', namespace: 'Pwa' });
  return {
    id: '/',
    name: t('name'),
    short_name: t('shortName'),
    description: t('description'),
    lang: 'bn',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: '#0f766e',
    background_color: '#ffffff',
    categories: ['business', 'lifestyle', 'shopping'],
    icons: [
      { src: '/pwa/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/pwa/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/pwa/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
