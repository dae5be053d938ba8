import { pathInLocale, type AppLocale } from './routing';

export type Href = string | { pathname: string; query?: Record<string, string | undefined> };

/** An app path in the page's language: ("/c/tailor", en) → "/en/c/tailor", with the query kept. */
export function localizeHref(href: Href, locale: AppLocale): string {
  const { pathname, query } = typeof href === 'string' ? { pathname: href, query: undefined } : href;
  const [path, inlineQuery] = pathname.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(inlineQuery);
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return `${pathInLocale(path, locale)}${search ? `?${search}` : ''}`;
}
