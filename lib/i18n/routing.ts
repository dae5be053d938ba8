import { defineRouting } from 'next-intl/routing';

// Bengali has no prefix and English lives under /en. The URL alone decides the language (no
// Accept-Language redirect): links read aloud or shared on WhatsApp open the same page for all.
export const routing = defineRouting({
  locales: ['bn', 'en'],
  defaultLocale: 'bn',
  localePrefix: 'as-needed',
  localeDetection: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** The same path in another language: "/c/tailor" ⇄ "/en/c/tailor". */
export function pathInLocale(pathname: string, locale: AppLocale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  if (locale === routing.defaultLocale) return bare;
  return bare === '/' ? `/${locale}` : `/${locale}${bare}`;
}
