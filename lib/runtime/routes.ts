// Which of the app's routes a request is for, as its pattern ("/[locale]/p/[slug]"): the label of
// its log line and metrics, which must never carry the raw path (ids, numbers, a search). The
// patterns come from the build's routes-manifest.json, or, before a build, from the app/ folder;
// a request's path is first turned into the path proxy.ts would rewrite it to (the language, a
// shop's host), then matched the way Next.js matches: static routes first, then dynamic ones
// from the most specific.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHost } from '@/lib/tenancy/host';

export interface RouteTable {
  exact: Map<string, string>;
  dynamic: { pattern: string; regex: RegExp }[];
  /** Answers already worked out, by host and path: the same pages are asked for again and again. */
  known: Map<string, string>;
}

/** Paths remembered at most; past it the memory starts again. */
const KNOWN_MAX = 5_000;

/** "[[...x]]" last, "[...x]" before it, "[x]" before that, a plain segment first. */
const segmentRank = (segment: string) => (segment.startsWith('[[...') ? 3 : segment.startsWith('[...') ? 2 : segment.startsWith('[') ? 1 : 0);

function patternRegex(pattern: string): RegExp {
  let source = '';
  for (const segment of pattern.split('/').filter(Boolean)) {
    const rank = segmentRank(segment);
    source += rank === 3 ? '(?:/.+)?' : rank === 2 ? '/.+' : rank === 1 ? '/[^/]+' : `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  }
  return new RegExp(`^${source || '/'}/?$`);
}

/** Orders dynamic patterns as Next.js tries them: segment by segment, plain before [x] before catch-alls. */
function bySpecificity(a: string, b: string): number {
  const sa = a.split('/').filter(Boolean);
  const sb = b.split('/').filter(Boolean);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const diff = segmentRank(sa[i]!) - segmentRank(sb[i]!);
    if (diff) return diff;
  }
  return sb.length - sa.length;
}

export function routeTable(patterns: Iterable<string>): RouteTable {
  const exact = new Map<string, string>();
  const dynamic: string[] = [];
  for (const pattern of new Set(patterns)) {
    if (pattern.includes('[')) dynamic.push(pattern);
    else exact.set(pattern, pattern);
  }
  return { exact, dynamic: dynamic.sort(bySpecificity).map((pattern) => ({ pattern, regex: patternRegex(pattern) })), known: new Map() };
}

/** The route patterns of a folder laid out as app/ is (route groups and private folders left out). */
export function appRoutePatterns(appDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, route: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_') || entry.name.startsWith('@')) continue;
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? route : `${route}/${entry.name}`);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) found.push(route || '/');
      else if (/^manifest\.(ts|js)$/.test(entry.name) && route === '') found.push('/manifest.webmanifest');
    }
  };
  walk(appDir, '');
  return found;
}

/** The app's routes: from the build when there is one, else from the sources. */
export function loadRouteTable(root = process.cwd()): RouteTable {
  for (const manifest of [path.join(root, '.next', 'routes-manifest.json'), path.join(root, '.next', 'dev', 'routes-manifest.json')]) {
    if (!existsSync(manifest)) continue;
    try {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { staticRoutes?: { page: string }[]; dynamicRoutes?: { page: string }[] };
      const pages = [...(parsed.staticRoutes ?? []), ...(parsed.dynamicRoutes ?? [])].map((r) => r.page);
      if (pages.length) return routeTable(pages);
    } catch {
      // A manifest being written: the sources say the same.
    }
  }
  const appDir = path.join(root, 'app');
  return routeTable(existsSync(appDir) ? appRoutePatterns(appDir) : []);
}

/** Paths no route of ours answers (Next.js's own files, files in public/): one label each. */
function fileLabel(pathname: string): string | null {
  if (pathname.startsWith('/_next/static/')) return '/_next/static';
  if (pathname.startsWith('/_next/image')) return '/_next/image';
  if (pathname.startsWith('/_next/')) return '/_next';
  return null;
}

function match(table: RouteTable, pathname: string): string | null {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const exact = table.exact.get(trimmed);
  if (exact) return exact;
  for (const { pattern, regex } of table.dynamic) if (regex.test(trimmed)) return pattern;
  return null;
}

const NOT_A_PAGE = /^\/(api|_next|media|serwist)(\/|$)/;

/** A file from public/ (icons, robots.txt, the PWA's pictures): no page has such a name. */
const STATIC_FILE = /\.(svg|png|jpe?g|webp|avif|gif|ico|txt|xml|js|mjs|css|map|woff2?|json|webmanifest)$/i;

/**
 * The route pattern a request is for. `url` is the request target as received ("/en/p/x?q=1"),
 * `host` its Host header. Anything unknown is "(unmatched)" or "(file)": labels stay few.
 */
export function routeOf(table: RouteTable, url: string | undefined, host: string | undefined, rootDomain: string): string {
  const cut = (url ?? '/').search(/[?#]/);
  const pathname = cut < 0 ? (url ?? '/') : url!.slice(0, cut);
  // Long paths are rare and would make the memory large: worked out each time.
  if (pathname.length > 200) return patternOf(table, pathname, host, rootDomain);
  const key = `${host}\u0000${pathname}`;
  let route = table.known.get(key);
  if (route === undefined) {
    if (table.known.size >= KNOWN_MAX) table.known.clear();
    table.known.set(key, (route = patternOf(table, pathname, host, rootDomain)));
  }
  return route;
}

function patternOf(table: RouteTable, pathname: string, host: string | undefined, rootDomain: string): string {
  const file = fileLabel(pathname);
  if (file) return file;
  // Not a page's: "/[locale]/…" would take "api" for a language.
  const direct = match(table, pathname);
  if (direct && !direct.startsWith('/[locale]')) return direct;
  if (NOT_A_PAGE.test(pathname)) return '(unmatched)';
  if (STATIC_FILE.test(pathname)) return '(file)';
  // A page: where proxy.ts (or the server gate) sends it: /<locale>/…, a shop's host under /s/<shop>.
  const locale = /^\/en(?=\/|$)/.test(pathname) ? 'en' : 'bn';
  const rest = pathname.replace(/^\/(en|bn)(?=\/|$)/, '') || '/';
  const site = parseHost(host ?? null, rootDomain);
  const target = site.kind === 'shop' ? `/${locale}/s/${site.slug}${rest === '/' ? '' : rest}` : `/${locale}${rest === '/' ? '' : rest}`;
  return match(table, target) ?? '(unmatched)';
}
