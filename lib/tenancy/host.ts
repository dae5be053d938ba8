// Which site a request is for, from its Host header alone: the directory on the root domain, a
// shop on one of its subdomains, or a redirect from www. Pure, so proxy.ts, pages and tests share
// one answer. In development `<shop>.localhost:<port>` works like a real subdomain (browsers
// resolve *.localhost to loopback).

/** Addresses no shop may take: they belong to the platform, or would confuse buyers. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'www', 'admin', 'administrator', 'api', 'app', 'apps', 'console', 'dashboard', 'mail', 'email', 'smtp', 'imap', 'pop',
  'ftp', 'ns1', 'ns2', 'static', 'assets', 'cdn', 'media', 'img', 'images', 'files', 'uploads', 'help', 'support',
  'shop', 'shops', 'store', 'haat', 'hat', 'bazar', 'market', 'blog', 'news', 'status', 'dev', 'test', 'staging',
  'auth', 'login', 'logout', 'signin', 'sign-in', 'signup', 'sign-up', 'register', 'account', 'accounts', 'profile',
  'search', 'order', 'orders', 'cart', 'checkout', 'pay', 'payment', 'payments', 'billing', 'stripe', 'bkash', 'nagad',
  'webhook', 'webhooks', 'official', 'officer', 'gov', 'ict', 'dc', 'uno', 'police', 'fire', 'hospital', 'ambulance',
  'emergency', 'blood', 'about', 'contact', 'info', 'terms', 'privacy', 'security', 'root', 'system', 'null',
  'undefined', 'bn', 'en', 'mobile', 'm',
]);

/** A shop address: 3–30 lowercase letters, digits and single hyphens, starting with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,28}[a-z0-9]$/;

export const isValidShopSlug = (slug: string) => SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug);

export type HostKind =
  /** The directory: the root domain itself, or a host that is not ours (an IP, a proxy's name). */
  | { kind: 'root' }
  /** www.<root>: redirect to the root domain. */
  | { kind: 'www' }
  /** <slug>.<root> where the slug could be a shop (whether it exists is the database's answer). */
  | { kind: 'shop'; slug: string }
  /** A reserved name, a malformed label or a deeper subdomain: nothing lives there. */
  | { kind: 'none' };

/** Host name without port, lower-cased, without a trailing dot. */
export const hostName = (host: string) => host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');

/**
 * Classifies a Host header against the root domain (e.g. "haat-bogura.gov.bd" or
 * "localhost:3000"; the port is ignored, so any development port works).
 */
export function parseHost(host: string | null | undefined, rootDomain: string): HostKind {
  if (!host) return { kind: 'root' };
  const name = hostName(host);
  const root = hostName(rootDomain);
  // *.localhost always means a development shop host, whatever ROOT_DOMAIN says.
  const base = name.endsWith(`.${root}`) ? root : name.endsWith('.localhost') ? 'localhost' : null;
  if (name === root || base === null) return { kind: 'root' };
  const label = name.slice(0, -(base.length + 1));
  if (label === 'www') return { kind: 'www' };
  if (!isValidShopSlug(label)) return { kind: 'none' };
  return { kind: 'shop', slug: label };
}

/** The root host a shop host belongs to, with its port: "pitha.localhost:3000" → "localhost:3000". */
export function rootHostOf(host: string, rootDomain: string): string {
  const port = /:(\d+)$/.exec(host.trim())?.[1];
  const parsed = parseHost(host, rootDomain);
  if (parsed.kind === 'root') return host;
  const root = hostName(rootDomain);
  const base = hostName(host).endsWith(`.${root}`) ? root : 'localhost';
  return port ? `${base}:${port}` : base;
}
