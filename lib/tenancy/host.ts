// Which site a request is for, from its Host header alone: the directory on the root domain, a
// shop on one of its subdomains, a redirect from www, or nothing of ours (a foreign Host, refused).
// Pure, so proxy.ts, pages and tests share one answer. In development `<shop>.localhost:<port>` works like a real subdomain (browsers
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

/** The longest shop address (a DNS label could hold 63; ours stay short enough to say and print). */
export const SLUG_MAX_LENGTH = 30;

/** A shop address: 3–30 lowercase letters, digits and single hyphens, starting with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,28}[a-z0-9]$/;

export const isValidShopSlug = (slug: string) => SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.has(slug);

export type HostKind =
  /** The directory: the root domain itself, or this machine by a loopback name (localhost, 127.0.0.1, [::1]). */
  | { kind: 'root' }
  /** www.<root>: redirect to the root domain. */
  | { kind: 'www' }
  /** <slug>.<root> where the slug could be a shop (whether it exists is the database's answer). */
  | { kind: 'shop'; slug: string }
  /** A reserved name, a malformed label or a deeper subdomain: nothing lives there. */
  | { kind: 'none' }
  /** Not ours at all (another domain, an IP, a malformed header): answered 400, never served. */
  | { kind: 'foreign' };

/** Host name without port, lower-cased, without a trailing dot. */
export const hostName = (host: string) => host.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');

/** "name[:port]" with a DNS name or a bracketed IPv6 address; anything else is not a Host we answer. */
const HOST_SYNTAX = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(?:\.[a-z0-9-]+)*)\.?(?::(\d{1,5}))?$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Classifies a Host header against the root domain (e.g. "haat-bogura.gov.bd" or
 * "localhost:3000"). Loopback names and *.localhost answer on any port (development); the root
 * domain and its subdomains only on its own port (none, 80 or 443 when it names none).
 */
export function parseHost(host: string | null | undefined, rootDomain: string): HostKind {
  const parts = HOST_SYNTAX.exec((host ?? '').trim().toLowerCase());
  if (!parts) return { kind: 'foreign' };
  const [, name = '', port] = parts;
  if (LOOPBACK.has(name)) return { kind: 'root' };
  const root = HOST_SYNTAX.exec(rootDomain.trim().toLowerCase());
  const rootName = root?.[1] ?? '';
  const rootPort = root?.[2];
  const onRootPort = rootPort ? port === rootPort : port === undefined || port === '80' || port === '443';
  let label: string;
  if (name.endsWith('.localhost')) label = name.slice(0, -'.localhost'.length);
  else if (onRootPort && name === rootName) return { kind: 'root' };
  else if (onRootPort && name.endsWith(`.${rootName}`)) label = name.slice(0, -(rootName.length + 1));
  else return { kind: 'foreign' };
  if (label === 'www') return { kind: 'www' };
  if (!isValidShopSlug(label)) return { kind: 'none' };
  return { kind: 'shop', slug: label };
}
