// What the fuzz test (fuzz.spec.ts) sends, read from the build itself: every route of
// .next/app-path-routes-manifest.json and every server action of
// .next/server/server-reference-manifest.json, with real and malformed inputs. No I/O beyond
// reading the build and the sources it names; the spec decides who sends what and when.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface FuzzRequest {
  method: 'GET' | 'POST';
  /** Raw request target, sent byte for byte (no URL normalisation). */
  path: string;
  /** The Host header: undefined = the app's own, null = none at all. */
  host?: string | null;
  headers?: Record<string, string>;
  body?: Buffer;
  /** For the report: the route template or action, and which input this is. */
  what: string;
  /** One line saying what the body holds. */
  bodySummary?: string;
}

export interface RouteInfo {
  /** "/[locale]/s/[shop]/p/[product]" */
  template: string;
  kind: 'page' | 'route';
  /** Methods a route handler exports (pages: GET). */
  methods: string[];
  /** Query parameters its own source names (for the long-value variant). */
  namedQuery: string[];
}

export interface ActionInfo {
  id: string;
  /** "lib/orders/actions.ts#checkoutAction" */
  name: string;
  /** The route template of a page whose bundle holds the action. */
  pageTemplate: string;
  /** Form fields its source reads, for the no-JavaScript form post. */
  fields: string[];
  /**
   * Parameters before its FormData one, as a form built with useActionState or .bind() posts them
   * without JavaScript ("slug", then the previous state "_"); null when it takes no form.
   */
  boundParams: string[] | null;
}

/** Malformed values for a path segment or a query value, as raw (already-encoded) text. */
export const MALFORMED: readonly { label: string; raw: string }[] = [
  { label: '%00', raw: '%00' },
  { label: 'broken UTF-8 %E0%A4', raw: '%E0%A4' },
  { label: 'lone %', raw: '%' },
  { label: '%zz', raw: '%zz' },
  { label: '..%2f traversal', raw: '..%2f..%2f..%2fetc%2fpasswd' },
  { label: '10 KB', raw: 'x'.repeat(10_240) },
];

/** Query parameters the app reads somewhere (pages, route handlers and the lib code they call). */
export const QUERY_NAMES = [
  'q', 'type', 'status', 'page', 'area', 'category', 'verified', 'now', 'group', 'confirm', 'kind', 'next', 'phone', 'to',
  'tab', 'step', 'quantity', 'day', 'size', 'from', 'actor', 'action', 'subject', 'paid', 'placed', 'cancelled',
  'cardFailed', 'created', 'copied', 'decided', 'done', 'opened', 'count', 'already', 'id', 'slug', 'token', 'locale', 'shop',
  'product', 'url', 'callbackUrl',
];

/** Form fields tried on every action besides the ones its source names. */
const COMMON_FIELDS = ['id', 'slug', 'phone', 'name', 'command', 'locale', 'next'];

/** A 10 KB value for bodies and query strings: Bengali text, percent-encoded where it goes in a URL. */
export const LONG_TEXT = 'পিঠা '.repeat(788);
const LONG_QUERY = `${encodeURIComponent('পিঠা')}+`.repeat(262);

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/**
 * The query parameters a page or route handler reads itself (`searchParams: Promise<{ q?: … }>`,
 * `const { q } = await searchParams`, `searchParams.get('q')`, `query.q`), at most four; pages that
 * hand the whole object to lib/ get the usual text parameters.
 */
function queryNamesIn(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/searchParams: Promise<\{([^}]*)\}>|\{([^}]*)\} = (?:await )?searchParams/g)) {
    for (const part of (m[1] ?? m[2]!).split(/[;,]/)) {
      const name = /^\s*(\w+)/.exec(part)?.[1];
      if (name) names.add(name);
    }
  }
  for (const m of source.matchAll(/\b(?:searchParams|query|params|sp)\.get\('(\w+)'\)|\b(?:query|sp|search)\.(\w+)\b/g)) names.add(m[1] ?? m[2]!);
  for (const skip of ['get', 'has', 'trim', 'toString']) names.delete(skip);
  return names.size ? [...names].slice(0, 4) : ['q', 'area', 'page'];
}

/** Where in app/ the source of an app path ("/[locale]/(site)/dev/sms/page") lives. */
function sourceOf(root: string, appPath: string): string {
  for (const ext of ['.tsx', '.ts', '.jsx', '.js']) {
    const file = path.join(root, 'app', `${appPath}${ext}`);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return '';
}

export function readBuild(root: string): { routes: RouteInfo[]; actions: ActionInfo[] } {
  const dotNext = path.join(root, '.next');
  // "/[locale]/(site)/dev/sms/page" → "/[locale]/dev/sms"
  const appPaths = readJson<Record<string, string>>(path.join(dotNext, 'app-path-routes-manifest.json'));
  const routes: RouteInfo[] = [];
  for (const [appPath, template] of Object.entries(appPaths)) {
    if (template.startsWith('/_')) continue; // Next's own /_not-found and /_global-error
    const source = sourceOf(root, appPath);
    const kind = appPath.endsWith('/route') ? 'route' : 'page';
    const methods =
      kind === 'page' ? ['GET'] : [...new Set([...source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!))];
    // Auth.js's catch-all exports its handlers as `export const { GET, POST } = handlers`.
    if (kind === 'route' && methods.length === 0) methods.push('GET', 'POST');
    routes.push({ template, kind, methods, namedQuery: queryNamesIn(source) });
  }

  const manifest = readJson<{ node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> }>(
    path.join(dotNext, 'server', 'server-reference-manifest.json'),
  );
  const actions: ActionInfo[] = [];
  for (const [id, entry] of Object.entries(manifest.node)) {
    // Workers are "app/<app path>"; a page without dynamic segments (besides the locale) is the easiest to address.
    const templates = Object.keys(entry.workers)
      .map((worker) => appPaths[worker.replace(/^app/, '')])
      .filter((t): t is string => Boolean(t));
    const pageTemplate = templates.find((t) => !/\[(?!locale\])/.test(t)) ?? templates[0];
    if (!pageTemplate) continue;
    const source = entry.filename && existsSync(path.join(root, entry.filename)) ? readFileSync(path.join(root, entry.filename), 'utf8') : '';
    const read = [...source.matchAll(/\b(?:get|getAll|one|all|text|flag|int|num)\((?:form, )?'([\w.-]+)'/g)].map((m) => m[1]!);
    actions.push({
      id,
      name: `${entry.filename ?? '?'}#${entry.exportedName ?? id}`,
      pageTemplate,
      fields: [...new Set([...read, ...COMMON_FIELDS])],
      boundParams: paramsBeforeForm(source, entry.exportedName ?? ''),
    });
  }
  return { routes, actions };
}

/** Splits "a: X, b: { c: D; e: F }, g?: H" at its top-level commas and keeps the names. */
function parameterNames(list: string): { name: string; type: string }[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('({[<'.includes(ch)) depth++;
    if (')}]>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => ({ name: p.split(':')[0]!.replace('?', '').trim(), type: p.slice(p.indexOf(':') + 1) }));
}

function paramsBeforeForm(source: string, exportedName: string): string[] | null {
  const start = new RegExp(`export\\s+async\\s+function\\s+${exportedName}\\s*\\(`).exec(source);
  // Defined some other way (a wrapper, say): assume the usual (state, form).
  if (!start) return ['_'];
  let depth = 1;
  let end = start.index + start[0].length;
  while (end < source.length && depth > 0) {
    if (source[end] === '(') depth++;
    if (source[end] === ')') depth--;
    end++;
  }
  const params = parameterNames(source.slice(start.index + start[0].length, end - 1));
  const form = params.findIndex((p) => p.type.includes('FormData'));
  return form === -1 ? null : params.slice(0, form).map((p) => p.name);
}

/** The dynamic segments of a template: "[shop]" → { name: 'shop' }, "[...key]" → catch-all. */
export const segmentsOf = (template: string) =>
  template
    .split('/')
    .filter(Boolean)
    .map((part) => {
      const m = /^\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}$/.exec(part);
      return m ? { name: m[2]!, dynamic: true as const } : { name: part, dynamic: false as const };
    });

/**
 * A concrete path for a template. `values` gives each dynamic segment's raw (encoded) text;
 * the locale is dropped for Bengali (the default, unprefixed) and kept as "/en" for English.
 */
export function pathFor(template: string, values: Record<string, string>): string {
  const parts = segmentsOf(template).map((s) => (s.dynamic ? values[s.name] ?? 'x' : s.name));
  const joined = parts.filter((p) => p !== '').join('/');
  return `/${joined}`;
}

export const dynamicNames = (template: string) =>
  segmentsOf(template)
    .filter((s) => s.dynamic)
    .map((s) => s.name);

/** Query strings with malformed values: every known name at once, so one request reaches every reader. */
export function malformedQueries(namedQuery: string[]): { label: string; query: string }[] {
  const all = (raw: string) => QUERY_NAMES.map((n) => `${n}=${raw}`).join('&');
  return [
    ...MALFORMED.filter((m) => m.raw.length < 100).map((m) => ({ label: `query ${m.label}`, query: all(m.raw) })),
    { label: 'query: every name twice', query: QUERY_NAMES.map((n) => `${n}=1&${n}=2`).join('&') },
    { label: 'query: object-like names', query: QUERY_NAMES.map((n) => `${n}[a]=1&${n}[]=2`).join('&') },
    // One long value per request: the server refuses a request line over 16 KB (431), which would test nothing.
    ...namedQuery.map((n) => ({ label: `query ${n}= 10 KB`, query: `${n}=${LONG_QUERY}` })),
  ];
}

/** Arguments of a server action called the way the client runtime does it (JSON-encoded reply). */
export const ACTION_ARGS: readonly { label: string; json: string }[] = [
  { label: '[]', json: '[]' },
  { label: '[null]', json: '[null]' },
  { label: '[{}]', json: '[{}]' },
  { label: '[null, null]', json: '[null,null]' },
  { label: '["%00"]', json: '["%00"]' },
  { label: '[{"a":1}, {}]', json: '[{"a":1},{}]' },
  { label: '["<10 KB>"]', json: JSON.stringify([LONG_TEXT]) },
];

/** Odd field values for the no-JavaScript form post. */
const FORM_VARIANTS: readonly { label: string; value: (i: number) => string; twice?: boolean }[] = [
  { label: 'NUL, broken escapes and huge numbers, each field twice', value: (i) => ['a\u0000b %00 %E0%A4 %', '9'.repeat(40), '-1e309'][i % 3]!, twice: true },
  { label: '10 KB each', value: () => LONG_TEXT },
];

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

let boundary = 0;
export function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const mark = `----haatfuzz${(boundary++).toString(36)}${Date.now().toString(36)}`;
  const parts = fields.map(([name, value]) => `--${mark}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${mark}--\r\n`), contentType: `multipart/form-data; boundary=${mark}` };
}

/**
 * Every way the fuzz calls one action: JSON arguments, a bare `$ACTION_ID_` form post, and the
 * `$ACTION_REF_` form post a useActionState or bound form sends without JavaScript, with
 * `boundValue` giving real values for named bound parameters (the state is null).
 */
export function actionRequests(action: ActionInfo, pagePath: string, origin: string, boundValue: (name: string) => unknown = () => 'x'): FuzzRequest[] {
  const headers = { 'Next-Action': action.id, Origin: origin, Accept: 'text/x-component' };
  const json: FuzzRequest[] = ACTION_ARGS.map((a) => ({
    method: 'POST',
    path: pagePath,
    headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
    body: Buffer.from(a.json),
    what: `${action.name} args ${a.label}`,
    bodySummary: a.json.length > 80 ? `${a.json.slice(0, 40)}… (${a.json.length} chars)` : a.json,
  }));
  const bound = action.boundParams?.map((name) => (name.startsWith('_') ? null : boundValue(name) ?? 'x'));
  const posts: { key: string; meta: [string, string][]; variants: typeof FORM_VARIANTS }[] = [
    { key: `$ACTION_ID_${action.id}`, meta: [], variants: FORM_VARIANTS.slice(0, 1) },
    ...(bound
      ? [{ key: '$ACTION_REF_1', meta: [['$ACTION_1:0', JSON.stringify({ id: action.id, bound: '$@1' })], ['$ACTION_1:1', JSON.stringify(bound)]] as [string, string][], variants: FORM_VARIANTS }]
      : []),
  ];
  const forms: FuzzRequest[] = posts.flatMap((post) =>
    post.variants.map((v) => {
      const fields: [string, string][] = [[post.key, ''], ...post.meta];
      action.fields.forEach((name, i) => {
        fields.push([name, v.value(i)]);
        if (v.twice) fields.push([name, v.value(i + 1)]);
      });
      const { body, contentType } = multipart(fields);
      const how = post.meta.length ? `$ACTION_REF_ bound ${JSON.stringify(bound)}` : '$ACTION_ID_';
      return {
        method: 'POST' as const,
        path: pagePath,
        // A no-JavaScript form sends neither Next-Action nor Accept: text/x-component.
        headers: { Origin: origin, 'Content-Type': contentType },
        body,
        what: `${action.name} form ${how.split(' ')[0]} (${v.label})`,
        bodySummary: `multipart ${cut(how, 60)} + ${action.fields.length} fields (${action.fields.slice(0, 6).join(', ')}${action.fields.length > 6 ? ', …' : ''}) = ${v.label}`,
      };
    }),
  );
  return [...json, ...forms];
}

/** Bodies posted to route handlers that accept POST. */
export function routePostBodies(): { label: string; contentType?: string; body: Buffer }[] {
  const form = multipart([
    ['file', 'a\u0000b'],
    ['shop', '%00'],
    ['op', 'update'],
    ['line', '-1'],
    ['quantity', '9'.repeat(40)],
    ['token', LONG_TEXT],
  ]);
  return [
    { label: 'no body', body: Buffer.alloc(0) },
    { label: 'JSON {}', contentType: 'application/json', body: Buffer.from('{}') },
    { label: 'JSON null', contentType: 'application/json', body: Buffer.from('null') },
    { label: 'JSON [{"a":1},{}]', contentType: 'application/json', body: Buffer.from('[{"a":1},{}]') },
    { label: 'broken JSON', contentType: 'application/json', body: Buffer.from('{"a":') },
    { label: 'urlencoded %00', contentType: 'application/x-www-form-urlencoded', body: Buffer.from('shop=%00&op=%E0%A4&quantity=%&token=%zz') },
    { label: 'multipart odd fields', contentType: form.contentType, body: form.body },
  ];
}

/** Hosts no browser of ours sends: a foreign name, ours as a prefix, IPv6 loopback, deep or empty. */
export function oddHosts(port: number): { label: string; host: string | null }[] {
  return [
    { label: 'ours as a prefix', host: `localhost:${port}.evil.com` },
    { label: 'foreign', host: 'evil.com' },
    { label: 'IPv6 loopback', host: `[::1]:${port}` },
    { label: 'shop subdomain', host: `pitha.localhost:${port}` },
    { label: 'shop subdomain, upper case with a trailing dot', host: `PITHA.localhost.:${port}` },
    { label: 'www', host: `www.localhost:${port}` },
    { label: 'two labels deep', host: `a.b.localhost:${port}` },
    { label: 'reserved name', host: `admin.localhost:${port}` },
    { label: 'empty', host: '' },
    { label: 'none', host: null },
    { label: '10 KB', host: `${'a'.repeat(10_240)}.localhost:${port}` },
  ];
}
