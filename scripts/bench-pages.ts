// Public pages under load and in Lighthouse: a benchmark that prints numbers (not a test; a missed
// target is reported, never a failure).
//
//   npm run bench:pages [-- --connections 10 --duration 8 --warmup 2 --no-lighthouse --out file.md]
//
// It starts the app the way `npm start` does (scripts/start.ts: embedded PostgreSQL and Meilisearch,
// migrations, the demo seed, a build when the sources changed, the worker, `next start -H localhost`)
// on free ports with a throwaway data directory, so it never touches .data/ or a running app, and
// waits until the search index holds the demo. Then, all on loopback:
//   - Lighthouse (npm, mobile, default throttling, Debian's Chromium) on home, category, profile,
//     storefront and search: LCP, TBT, CLS, the performance, accessibility and best-practices scores
//     (one run per page for all three) and the font bytes each page fetched;
//     fontconfig hides any installed Noto Sans Bengali from that Chromium, as on a phone without it;
//   - autocannon with a fixed connection count on each URL, the static favicon first as the ceiling:
//     req/s, p50/p99 latency, the ratio to the static file, and each page's HTML size (raw and gzip).
// Requests carry an X-Forwarded-For from a pool of addresses (the app trusts loopback as its proxy):
// many visitors, so /api/search's per-client limit measures the work, not 429s.
// Every number stands next to the issue's target (#13, "Done when"). Progress goes to stderr; the
// report to stdout and, verbatim, to scripts/bench-pages.latest.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { freePort, waitFor } from '../lib/runtime/ports';
import { postgresUrl } from '../lib/runtime/postgres';
import { loadLocalSecrets } from '../lib/runtime/secrets';
import { shopTemplates } from '../prisma/seed/demo-content';
import { benchReport, count } from './bench-report';

// ───────────────────────────── options and output ─────────────────────────────

const { values: opts } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    'no-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(import.meta.dirname, 'bench-pages.latest.md') },
  },
});
const CONNECTIONS = count('connections', opts.connections, 1);
const DURATION_S = count('duration', opts.duration, 1);
const WARMUP_S = count('warmup', opts.warmup, 0);
const LIGHTHOUSE = !opts['no-lighthouse'];
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const root = path.resolve(import.meta.dirname, '..');
const { print, progress, write: writeReport } = benchReport();
const thousands = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—');
const kb = (bytes: number) => `${thousands(bytes / 1024, 1)} KB`;

// ───────────────────────────── targets (#13, "Done when") ─────────────────────────────

interface Target {
  label: string;
  ok: (value: number) => boolean;
}
const atLeast = (min: number, label = thousands(min)): Target => ({ label: `≥ ${label}`, ok: (v) => v >= min });
const atMost = (max: number, label = thousands(max)): Target => ({ label: `≤ ${label}`, ok: (v) => v <= max });
/** "1,234 ✓ (≥ 1,000)": the number, whether it meets its target, and the target. */
const judged = (text: string, value: number, target?: Target) => (target ? `${text} ${target.ok(value) ? '✓' : '✗'} (${target.label})` : text);

type Kind = 'static' | 'cached' | 'per-request';
const LOAD_TARGETS: Record<Kind, { rps?: Target; ratio?: Target; p99?: Target }> = {
  static: {},
  cached: { rps: atLeast(1000), ratio: atLeast(0.3, '30 %'), p99: atMost(100, '100 ms') },
  'per-request': {},
};
const PER_REQUEST_RPS: Record<string, Target> = { '/api/search': atLeast(400), '/search': atLeast(100), '/blood': atLeast(100) };
const LIGHTHOUSE_TARGETS = { perf: atLeast(0.95, '0.95'), a11y: atLeast(0.98, '0.98'), practices: atLeast(1, '1.0'), lcp: atMost(2000, '2.0 s'), tbt: atMost(200, '200 ms'), cls: atMost(0.05, '0.05'), fonts: atMost(40 * 1024, '40 KB') };

// ───────────────────────────── the app, started as `npm start` does ─────────────────────────────

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'haat-bench-pages-'));
let app: ChildProcess | undefined;
let db: pg.Client | undefined;
let stopping: Promise<void> | undefined;
const appLog: string[] = [];

/** Stops start.ts (it stops the server, the worker, Meilisearch and PostgreSQL), then removes the data. */
function cleanup(): Promise<void> {
  stopping ??= (async () => {
    await db?.end().catch(() => {});
    const child = app;
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // start.ts stops its children in order; if it hangs, its whole process group goes.
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\n[bench] ${signal}: stopping the app and removing ${dataDir}\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

/** Everything runs under one deadline: the first start may build (minutes), the rest is bounded per step. */
function overallDeadlineMs(urls: number): number {
  const load = urls * (WARMUP_S + DURATION_S + 15) * 1000;
  const lighthouse = LIGHTHOUSE ? 5 * 180_000 : 0;
  return 15 * 60_000 + load + lighthouse;
}

async function startApp(): Promise<{ base: string; pgPort: number; pgPassword: string }> {
  const [port, pgPort, meiliPort] = [await freePort(), await freePort(), await freePort()];
  const secrets = await loadLocalSecrets(dataDir); // start.ts reads the same file: we learn the database password
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The embedded default, whatever this shell has set.
  for (const name of ['DATABASE_URL', 'MEILI_HOST', 'MEILI_MASTER_KEY', 'MEILI_INDEX_PREFIX', 'ROOT_DOMAIN', 'NODE_ENV', 'HAAT_ENV', 'HAAT_DISTRICT', 'HAAT_DISTRICTS', 'HAAT_SEED_DEMO', 'SHOP_SUBDOMAINS', 'UPLOADTHING_TOKEN', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET', 'SMS_GATEWAY_URL', 'SMS_GATEWAY_KEY', 'AUTH_SECRET']) {
    delete env[name];
  }
  Object.assign(env, { PORT: String(port), HAAT_PG_PORT: String(pgPort), HAAT_MEILI_PORT: String(meiliPort), HAAT_DATA_DIR: dataDir, TRUSTED_PROXIES: 'loopback' });
  progress(`starting the app (scripts/start.ts) on localhost:${port}, data in ${dataDir}`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  app = child;
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        appLog.push(line);
        if (appLog.length > 40) appLog.shift();
        if (/^\[haat\]/.test(line)) progress(line);
      }
    });
  }
  const base = `http://localhost:${port}`;
  const healthy = await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error('start.ts exited');
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      return response.ok && ((await response.json()) as { status: string }).status === 'ok';
    },
    12 * 60_000,
    500,
  );
  if (!healthy) throw new Error(`the app did not become healthy (exit code ${child.exitCode}); its last lines:\n${appLog.join('\n')}`);
  return { base, pgPort, pgPassword: secrets.pgPassword };
}

// ───────────────────────────── what to measure ─────────────────────────────

interface PageUrl {
  path: string;
  label: string;
  kind: Kind;
  lighthouse?: string;
}

/** Slugs from the seeded demo: the seed's first shop and its first product, an electrician, the busiest upazila. */
async function pickUrls(client: pg.Client): Promise<PageUrl[]> {
  const one = async (sql: string, params: unknown[] = []) => {
    const row = (await client.query<{ slug: string }>(sql, params)).rows[0];
    if (!row) throw new Error(`the demo seed has nothing for: ${sql.replace(/\s+/g, ' ')}`);
    return row.slug;
  };
  const area = await one(
    `SELECT u.slug FROM "Area" u JOIN "Area" d ON d.id = u."parentId"
     WHERE d.slug = 'bogura' AND u.level = 'UPAZILA'
     ORDER BY (SELECT count(*) FROM "Provider" p JOIN "Area" pa ON pa.id = p."areaId" WHERE pa.path LIKE u.path || '%' AND p.status = 'ACTIVE') DESC, u.slug LIMIT 1`,
  );
  const provider = await one(
    `SELECT p.slug FROM "Provider" p JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId"
     WHERE c.slug = 'electrician' AND p.status = 'ACTIVE' ORDER BY p.slug LIMIT 1`,
  );
  const shop = await one(`SELECT slug FROM "Shop" WHERE status = 'ACTIVE' ORDER BY (slug = $1) DESC, slug LIMIT 1`, [shopTemplates[0]!.slug]);
  const product = await one(
    `SELECT pr.slug FROM "Product" pr JOIN "Shop" s ON s.id = pr."shopId" WHERE s.slug = $1 AND pr.status = 'ACTIVE' AND pr."isAvailable" ORDER BY pr.slug LIMIT 1`,
    [shop],
  );
  const q = encodeURIComponent('পিঠা');
  return [
    { path: '/favicon.svg', label: 'static file (the ceiling)', kind: 'static' },
    { path: '/', label: 'home', kind: 'cached', lighthouse: 'home' },
    { path: '/c/electrician', label: 'category', kind: 'cached', lighthouse: 'category' },
    { path: `/a/${area}`, label: 'area', kind: 'cached' },
    { path: `/p/${provider}`, label: 'profile', kind: 'cached', lighthouse: 'profile' },
    { path: `/s/${shop}`, label: 'storefront', kind: 'cached', lighthouse: 'storefront' },
    { path: `/s/${shop}/p/${product}`, label: 'product', kind: 'cached' },
    { path: '/emergency', label: 'emergency', kind: 'cached' },
    { path: '/offices', label: 'offices', kind: 'cached' },
    { path: '/rentals', label: 'rentals', kind: 'cached' },
    { path: '/shops', label: 'shops', kind: 'cached' },
    { path: `/search?q=${q}`, label: 'search page', kind: 'per-request', lighthouse: 'search' },
    { path: '/blood', label: 'blood donors', kind: 'per-request' },
    { path: `/api/search?q=${q}`, label: 'search API', kind: 'per-request' },
    // Once more at the end: how much the machine's capacity drifted during the run.
    { path: '/favicon.svg', label: 'static file again, at the end', kind: 'static' },
  ];
}

/** The search index must hold the demo before /search and /api/search mean anything. */
async function waitForSearchIndex(client: pg.Client): Promise<void> {
  const drained = await waitFor(async () => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SearchOutbox" WHERE "processedAt" IS NULL`)).rows[0]!.n === 0, 5 * 60_000, 500);
  if (!drained) throw new Error('the worker did not drain the search outbox within 5 minutes');
}

/** Status and size of one answer (the body as served, decompressed; gzip at zlib's default level). */
async function probe(base: string, urlPath: string): Promise<{ status: number; raw: number; gzip: number; body: string }> {
  const response = await fetch(base + urlPath, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, raw: body.length, gzip: gzipSync(body).length, body: body.toString('utf8') };
}

// ───────────────────────────── load: autocannon ─────────────────────────────

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface CannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface CannonRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
}
type Cannon = (options: {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: { method: string; path: string; setupRequest: (request: CannonRequest) => CannonRequest }[];
}) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

/** Documentation ranges (TEST-NET-2 and -3): 508 visitors, so no one address reaches /api/search's 600 a minute. */
const visitors = [198, 203].flatMap((a) => Array.from({ length: 254 }, (_, i) => `${a}.${a === 198 ? '51.100' : '0.113'}.${i + 1}`));
let nextVisitor = 0;

function cannon(base: string, urlPath: string, seconds: number): Promise<CannonResult> {
  const run = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        path: urlPath,
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': visitors[nextVisitor++ % visitors.length]! } }),
      },
    ],
  });
  const bound = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`autocannon on ${urlPath} did not finish`)), (seconds + 30) * 1000).unref());
  return Promise.race([run, bound]);
}

// ───────────────────────────── Lighthouse ─────────────────────────────

interface LighthouseResult {
  perf: number;
  a11y: number;
  practices: number;
  /** The accessibility and best-practices audits that cost points, by id. */
  failing: string[];
  lcp: number;
  tbt: number;
  cls: number;
  fontBytes: number;
  fontFiles: number;
  totalBytes: number;
  warnings: string[];
}

/** Lighthouse scales the CPU time it observes: let the build and the indexing stop weighing on the machine first. */
async function settle(): Promise<number> {
  const quiet = os.cpus().length / 2;
  await waitFor(async () => os.loadavg()[0]! < quiet, 120_000, 2_000);
  return os.loadavg()[0]!;
}

/** A fontconfig file that hides the installed Noto Sans Bengali: the page's own font must be fetched. */
async function fontconfigWithoutBengali(): Promise<string> {
  const file = path.join(dataDir, 'fonts.conf');
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><pattern><patelt name="family"><string>Noto Sans Bengali</string></patelt></pattern></rejectfont></selectfont>
</fontconfig>
`,
  );
  return file;
}

/** Runs a command in its own process group, killed whole (Chromium too) when it overruns. */
function bounded(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs / 1000} s)`;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

async function lighthouse(url: string, fontsConf: string): Promise<LighthouseResult> {
  const out = path.join(dataDir, `lighthouse-${Date.now()}.json`);
  const cli = path.join(root, 'node_modules/lighthouse/cli/index.js');
  const args = [cli, url, '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices', '--chrome-flags=--headless=new --no-sandbox', '--quiet'];
  const { code, stderr } = await bounded(process.execPath, args, { ...process.env, CHROME_PATH, FONTCONFIG_FILE: fontsConf }, 180_000);
  if (code !== 0) throw new Error(`lighthouse on ${url} exited with ${code}: ${stderr.trim()}`);
  type Item = { resourceType?: string; transferSize?: number };
  const lhr = JSON.parse(await readFile(out, 'utf8')) as {
    categories: Record<'performance' | 'accessibility' | 'best-practices', { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score?: number | null; numericValue?: number; details?: { items?: Item[] } }>;
    runWarnings?: string[];
    runtimeError?: { message: string };
  };
  if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const fonts = (lhr.audits['network-requests']?.details?.items ?? []).filter((item) => item.resourceType === 'Font');
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = (['accessibility', 'best-practices'] as const).flatMap((category) =>
    lhr.categories[category].auditRefs.filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
  );
  return {
    perf: lhr.categories.performance.score ?? NaN,
    a11y: lhr.categories.accessibility.score ?? NaN,
    practices: lhr.categories['best-practices'].score ?? NaN,
    failing,
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fontBytes: fonts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    fontFiles: fonts.length,
    totalBytes: metric('total-byte-weight'),
    warnings: lhr.runWarnings ?? [],
  };
}

// ───────────────────────────── the run ─────────────────────────────

async function versions(): Promise<string> {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const chromium = await new Promise<string>((resolve) => {
    const child = spawn(CHROME_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    child.on('error', () => resolve('not found'));
    child.on('exit', () => resolve(text.trim().replace(/\s+built on.*$/, '') || 'unknown'));
  });
  return `Node.js ${process.version}, Next.js ${version('next')}, autocannon ${version('autocannon')}, Lighthouse ${version('lighthouse')} with ${chromium}`;
}

async function main() {
  const { base, pgPort, pgPassword } = await startApp();
  db = new pg.Client({ connectionString: postgresUrl(pgPort, pgPassword, 'haat') });
  await db.connect();
  progress('waiting for the worker to index the demo');
  await waitForSearchIndex(db);
  const urls = await pickUrls(db);
  await db.end();
  db = undefined;

  progress('checking that every URL answers 200');
  const sizes = new Map<string, Awaited<ReturnType<typeof probe>>>();
  for (const url of urls) sizes.set(url.path, await probe(base, url.path));
  const search = JSON.parse(sizes.get(urls.find((u) => u.path.startsWith('/api/search'))!.path)!.body || '{}') as { total?: number; degraded?: boolean };

  const cpus = os.cpus();
  print('# Haat page benchmark');
  print();
  print(`- date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
  print(`- machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`);
  print(`- software: ${await versions()}`);
  print(
    `- command: \`npm run bench:pages${CONNECTIONS !== 10 || DURATION_S !== 8 || WARMUP_S !== 2 ? ` -- --connections ${CONNECTIONS} --duration ${DURATION_S} --warmup ${WARMUP_S}` : ''}\`: ` +
      'the app as `npm start` runs it (embedded PostgreSQL and Meilisearch, the demo seed, the worker, `next start -H localhost`), on loopback',
  );
  print(`- search for "পিঠা": ${search.total ?? '?'} results${search.degraded ? ', DEGRADED (PostgreSQL fallback)' : ' from Meilisearch'}`);
  print();

  const lighthouseRows: [PageUrl, LighthouseResult | Error][] = [];
  let loadAtLighthouse = NaN;
  if (LIGHTHOUSE) {
    progress('waiting (up to 2 minutes) for the load average to fall below half the cores');
    loadAtLighthouse = await settle();
    const fontsConf = await fontconfigWithoutBengali();
    for (const url of urls.filter((u) => u.lighthouse)) {
      progress(`lighthouse: ${url.lighthouse} ${url.path}`);
      lighthouseRows.push([url, await lighthouse(base + url.path, fontsConf).catch((error: Error) => error)]);
    }
  }

  const loadRows: [PageUrl, CannonResult | null][] = [];
  const loadBefore = os.loadavg()[0]!;
  for (const url of urls) {
    if (sizes.get(url.path)!.status !== 200) {
      loadRows.push([url, null]);
      continue;
    }
    progress(`autocannon: ${url.path} (${WARMUP_S} s warm-up, ${DURATION_S} s measured, ${CONNECTIONS} connections)`);
    if (WARMUP_S) await cannon(base, url.path, WARMUP_S);
    loadRows.push([url, await cannon(base, url.path, DURATION_S)]);
  }
  const loadAfter = os.loadavg()[0]!;

  const staticRps = loadRows.find(([u]) => u.kind === 'static')?.[1]?.requests.average ?? NaN;
  print(`## Throughput (autocannon, ${CONNECTIONS} connections, ${DURATION_S} s each after ${WARMUP_S} s warm-up)`);
  print();
  print('| URL | page | req/s | vs static | p50 | p99 | non-2xx / errors | HTML raw / gzip |');
  print('|---|---|---|---|---|---|---|---|');
  for (const [url, result] of loadRows) {
    const size = sizes.get(url.path)!;
    const shown = decodeURIComponent(url.path);
    const bytes = `${kb(size.raw)} / ${kb(size.gzip)}`;
    if (!result) {
      print(`| ${shown} | ${url.label} | HTTP ${size.status}: not measured | | | | | ${bytes} |`);
      continue;
    }
    const targets = LOAD_TARGETS[url.kind];
    const rpsTarget = targets.rps ?? PER_REQUEST_RPS[url.path.split('?')[0]!];
    const rps = result.requests.average;
    const ratio = rps / staticRps;
    print(
      `| ${shown} | ${url.label} | ${judged(thousands(rps), rps, rpsTarget)} | ${url.kind === 'static' ? '100 %' : judged(`${thousands(ratio * 100)} %`, ratio, targets.ratio)} | ` +
        `${thousands(result.latency.p50)} ms | ${judged(`${thousands(result.latency.p99)} ms`, result.latency.p99, targets.p99)} | ` +
        `${thousands(result.non2xx)} / ${thousands(result.errors)} of ${thousands(result.requests.total)} | ${bytes} |`,
    );
  }
  print();
  print(
    `Targets: cached public pages ≥ 1,000 req/s and ≥ 30 % of the static file, p99 ≤ 100 ms; /api/search ≥ 400 req/s, /search and /blood ≥ 100. ` +
      `Load average (1 min) ${loadBefore.toFixed(2)} before the load runs, ${loadAfter.toFixed(2)} after, on ${cpus.length} cores (autocannon itself takes part of one core).`,
  );
  print();

  if (LIGHTHOUSE) {
    print('## Lighthouse (mobile, default throttling)');
    print();
    print('| page | URL | performance | accessibility | best practices | LCP | TBT | CLS | fonts fetched | page weight |');
    print('|---|---|---|---|---|---|---|---|---|---|');
    for (const [url, result] of lighthouseRows) {
      const shown = decodeURIComponent(url.path);
      if (result instanceof Error) {
        print(`| ${url.lighthouse} | ${shown} | failed: ${result.message.replace(/\s+/g, ' ').slice(0, 200)} | | | | | | | |`);
        continue;
      }
      const t = LIGHTHOUSE_TARGETS;
      print(
        `| ${url.lighthouse} | ${shown} | ${judged(result.perf.toFixed(2), result.perf, t.perf)} | ` +
          `${judged(result.a11y.toFixed(2), result.a11y, t.a11y)} | ${judged(result.practices.toFixed(2), result.practices, t.practices)} | ${judged(`${(result.lcp / 1000).toFixed(1)} s`, result.lcp, t.lcp)} | ` +
          `${judged(`${thousands(result.tbt)} ms`, result.tbt, t.tbt)} | ${judged(result.cls.toFixed(3), result.cls, t.cls)} | ` +
          `${judged(`${kb(result.fontBytes)} in ${result.fontFiles} file${result.fontFiles === 1 ? '' : 's'}`, result.fontBytes, t.fonts)} | ${kb(result.totalBytes)} |`,
      );
    }
    print();
    print(
      'Targets: performance ≥ 0.95, accessibility ≥ 0.98, best practices 1.0 (#15), LCP ≤ 2.0 s, TBT ≤ 200 ms, CLS ≤ 0.05; fonts ≤ 40 KB on a Bengali page. ' +
        "Lighthouse's Chromium sees no installed Noto Sans Bengali (a fontconfig file hides it), so pages fetch their web font as on a phone without one. " +
        `Load average (1 min) ${loadAtLighthouse.toFixed(2)} when Lighthouse began (TBT grows with what else the machine runs).`,
    );
    const warnings = lighthouseRows.flatMap(([url, r]) => (r instanceof Error ? [] : r.warnings.map((w) => `${url.lighthouse}: ${w}`)));
    if (warnings.length) print(`\nLighthouse warnings: ${warnings.join(' · ')}`);
    const failing = lighthouseRows.flatMap(([url, r]) => (r instanceof Error || !r.failing.length ? [] : [`${url.lighthouse}: ${r.failing.join(', ')}`]));
    if (failing.length) print(`\nAccessibility and best-practices audits that cost points: ${failing.join(' · ')}`);
    print();
  }

  await writeReport(opts.out!);
}

let exitCode = 0;
const deadlineMs = overallDeadlineMs(15);
const deadline = setTimeout(() => {
  console.error(`\n[bench] gave up after ${deadlineMs / 60_000} minutes`);
  void cleanup().finally(() => process.exit(1));
}, deadlineMs);
try {
  await main();
} catch (error) {
  console.error(`\n[bench] failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  clearTimeout(deadline);
  progress('stopping the app and removing its data');
  await cleanup();
}
process.exit(exitCode);
