// Where a shop lives, for links and for things printed or shared (posters, preview images). Inside
// a storefront, links are relative to the shop's own address: "/p/cake" on pitha.<root>,
// "/s/pitha/p/cake" on the root host. Absolute addresses come from ROOT_DOMAIN only, never from a
// request's Host header (which the client chooses).
import { env, type Env } from '@/lib/env';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { hostName } from './host';

export const shopSubdomainsEnabled = (settings: Env = env()) =>
  (settings.SHOP_SUBDOMAINS ?? (settings.HAAT_ENV === 'production' ? 'on' : 'off')) === 'on';

/** "http://localhost:3000" in development, "https://<ROOT_DOMAIN>" in production. */
export function rootOrigin(settings: Env = env()): string {
  const scheme = settings.HAAT_ENV === 'production' ? 'https' : 'http';
  return `${scheme}://${settings.ROOT_DOMAIN}`;
}

/** A shop's own host, absolute: "http://pitha.localhost:3000", "https://pitha.<ROOT_DOMAIN>". */
export function shopOrigin(slug: string, settings: Env = env()): string {
  const url = new URL(rootOrigin(settings));
  url.hostname = `${slug}.${hostName(url.hostname)}`;
  return url.origin;
}

/** A shop's own address, absolute: for posters, QR codes and shared links. */
export function shopPublicUrl(slug: string, path = '/', locale: AppLocale = 'bn', settings: Env = env()): string {
  if (shopSubdomainsEnabled(settings)) return `${shopOrigin(slug, settings)}${localizeHref(path, locale)}`.replace(/(?<=[^/])\/$/, '');
  return `${rootOrigin(settings)}${localizeHref(`/s/${slug}${path === '/' ? '' : path}`, locale)}`;
}

/** A link to a shop from a directory page: its subdomain when those are on, else /s/<slug>. */
export function shopLink(slug: string, locale: AppLocale, settings: Env = env()): string {
  return shopSubdomainsEnabled(settings) ? shopPublicUrl(slug, '/', locale, settings) : localizeHref(`/s/${slug}`, locale);
}

/**
 * The path prefix of a storefront's links: "" when shops live on their own hosts, else
 * "/s/<slug>". The same for every request, so a storefront page can be cached; a shop's own host
 * also answers "/s/<its slug>/…" (proxy.ts), so those links work there too.
 */
export function storefrontBase(slug: string, settings: Env = env()): string {
  return shopSubdomainsEnabled(settings) ? '' : `/s/${slug}`;
}
