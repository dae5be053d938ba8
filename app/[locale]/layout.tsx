import '../fonts/fonts.css';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { servedDistricts } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import { routing } from '@/lib/i18n/routing';

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f766e' };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : 'bn', namespace: 'Meta' });
  // Several districts: a page's own title names its district, the site's does not.
  const served = await servedDistricts();
  const district = areaName(served[0]!, locale);
  const title = served.length === 1 ? t('title', { district }) : t('titleSeveral');
  return {
    title: { default: title, template: `%s · ${title}` },
    description: t('description', { district }),
    icons: { icon: '/favicon.svg', apple: '/pwa/icon-192.png' },
    // Installable (app/manifest.ts); the theme colour is the viewport's.
    manifest: '/manifest.webmanifest',
  };
}

/** Both languages are built; every page below is prerendered or rendered once and kept per language. */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// The document for every page in one language. The directory's header and footer live in
// (site)/layout.tsx; storefronts (shop)/s/[shop] carry their shop's own header instead.
export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale === 'bn' ? 'bn' : 'en'}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
