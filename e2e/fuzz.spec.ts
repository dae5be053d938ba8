// Walks every route and every server action of the build (e2e/fuzz-plan.ts reads them from its
// manifests) as a guest, a buyer, a seller who owns another shop and an officer of another
// upazila, with real and malformed inputs and odd Hosts, and counts answers of 500 or more: there
// must be none. Each failure is printed as identity, method, target, body and status, so the
// message says what to fix. Bounded: a few thousand requests, four at a time, each test with a
// time budget after which it stops sending and says how much it left out.
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import {
  actionRequests,
  dynamicNames,
  malformedQueries,
  MALFORMED,
  oddHosts,
  pathFor,
  readBuild,
  routePostBodies,
  type ActionInfo,
  type FuzzRequest,
  type RouteInfo,
} from './fuzz-plan';
import { freshPhone, signInByApi, sql } from './helpers';

const BASE = new URL(process.env.BASE_URL ?? 'http://localhost:3000');
const ORIGIN = BASE.origin;
const OWN_HOST = BASE.host;
const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 30_000;
const { routes, actions } = readBuild(path.resolve(import.meta.dirname, '..'));

type IdentityName = 'guest' | 'buyer' | 'non-owner seller' | 'officer elsewhere';
interface Identity {
  name: IdentityName;
  phone?: string;
  cookie: string;
}

interface Outcome {
  identity: IdentityName;
  request: FuzzRequest;
  status: number;
  /** Network failure or timeout: counted with the 5xx, the server did not answer properly. */
  error?: string;
  snippet?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function send(request: FuzzRequest, cookie: string): Promise<Pick<Outcome, 'status' | 'error' | 'snippet'>> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.host !== null) headers.Host = request.host ?? OWN_HOST;
    if (cookie) headers.Cookie = cookie;
    if (request.body) headers['Content-Length'] = String(request.body.length);
    // A long URL may come back in response headers; that is not the client's concern here.
    const options = { host: BASE.hostname, port: BASE.port, method: request.method, path: request.path, headers, agent, setHost: false, maxHeaderSize: 256 * 1024 };
    const req = http.request(options, (res) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (status >= 500 && size < 256 * 1024) chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => resolve({ status, snippet: status >= 500 ? errorSummary(Buffer.concat(chunks).toString('utf8')) : undefined }));
      res.on('error', (e) => resolve({ status, error: e.message }));
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on('error', (e) => resolve({ status: 0, error: e.message }));
    req.end(request.body);
  });
}

/** The digest Next.js prints beside the error in the server log, or the start of a plain body. */
function errorSummary(body: string): string {
  const digest = /digest\\?"\s*:\s*\\?"([^"\\]+)/.exec(body)?.[1] ?? /data-digest="([^"]+)"/.exec(body)?.[1];
  return digest ? `digest ${digest}` : body.replace(/\s+/g, ' ').slice(0, 120);
}

/**
 * Answers of 500+ that are meant: the Stripe webhook says 503 while card payments are off, so that
 * Stripe keeps its events until the secret is set (see app/api/webhooks/stripe/route.ts).
 */
const meant = (o: Outcome) => o.status === 503 && o.request.path === '/api/webhooks/stripe' && o.snippet?.includes('notConfigured');
const failed = (o: Outcome) => Boolean(o.error) || (o.status >= 500 && !meant(o));

/** Runs jobs four at a time until done or the deadline; returns how many never started. */
async function pool<T>(jobs: T[], run: (job: T) => Promise<void>, deadline: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && Date.now() < deadline) await run(jobs[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return jobs.length - next;
}

const cut = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

function report(outcomes: Outcome[]): string {
  const bad = outcomes.filter(failed);
  const lines = bad.map(
    (o) =>
      `  [${o.identity}] ${o.request.method} ${cut(o.request.path)}${o.request.host !== undefined ? ` Host: ${JSON.stringify(cut(o.request.host ?? '(none)', 60))}` : ''}` +
      `${o.request.bodySummary ? ` body: ${o.request.bodySummary}` : ''} → ${o.error ?? o.status}${o.snippet ? ` «${o.snippet}»` : ''}\n      (${o.request.what})`,
  );
  const byStatus = new Map<string, number>();
  for (const o of outcomes) byStatus.set(String(o.error ? 'no answer' : o.status), (byStatus.get(String(o.error ? 'no answer' : o.status)) ?? 0) + 1);
  const summary = [...byStatus].sort().map(([s, n]) => `${s}: ${n}`).join(', ');
  return `${bad.length} of ${outcomes.length} requests answered 500+ or not at all (${summary})${lines.length ? `:\n${lines.join('\n')}` : ''}`;
}

/** Prints the summary, keeps every failure in the test's output folder, and asserts there are none. */
function finish(label: string, outcomes: Outcome[]) {
  const message = report(outcomes);
  console.log(`[fuzz] ${label}: ${message.split('\n')[0]}`);
  const bad = outcomes.filter(failed).map((o) => ({ identity: o.identity, method: o.request.method, path: o.request.path, host: o.request.host, body: o.request.bodySummary, what: o.request.what, status: o.status, error: o.error, answer: o.snippet }));
  writeFileSync(test.info().outputPath('failures.json'), JSON.stringify(bad, null, 1));
  expect(bad.length, message).toBe(0);
}

async function runAll(label: string, jobs: { identity: Identity; request: FuzzRequest }[], budgetMs: number, outcomes: Outcome[]) {
  const skipped = await pool(
    jobs,
    async ({ identity, request }) => {
      outcomes.push({ identity: identity.name, request, ...(await send(request, identity.cookie)) });
    },
    Date.now() + budgetMs,
  );
  if (skipped) {
    console.warn(`[fuzz] ${label}: time budget used up, ${skipped} of ${jobs.length} requests not sent`);
    test.info().annotations.push({ type: 'incomplete', description: `${label}: ${skipped} of ${jobs.length} requests not sent (time budget)` });
  }
}

// ---------------------------------------------------------------------------------------------
// Who asks, and with what real values

const identities: Identity[] = [];
/** Real values by segment name, or by "<template> <name>" where the name alone is ambiguous. */
const real: Record<string, string> = {};

/** A new account with the demo buyer's password hash (demo1234), so the fuzz never signs a shared demo account out. */
async function freshAccount(roles: string[], officerAreaSlug?: string): Promise<string> {
  const phone = freshPhone();
  await sql(
    `INSERT INTO "User" (id, phone, name, "passwordHash", roles, status, "phoneVerifiedAt", "officerAreaId", "updatedAt")
     SELECT $1, $2, $3, "passwordHash", $4::"Role"[], 'ACTIVE', now(), (SELECT id FROM "Area" WHERE slug = $5), now()
     FROM "User" WHERE phone = '+8801700000004'`,
    [`fuzz${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`, `+880${phone.slice(1)}`, `fuzz ${roles.join('+').toLowerCase()}`, roles, officerAreaSlug ?? null],
  );
  return phone;
}

async function signedIn(name: IdentityName, phone: string): Promise<Identity> {
  const context = await playwrightRequest.newContext({ baseURL: ORIGIN });
  try {
    const { session } = await signInByApi(context, phone, 'demo1234');
    expect(session?.user, `${name} (${phone}) signs in`).toBeTruthy();
    const cookies = (await context.storageState()).cookies.filter((c) => c.domain === BASE.hostname);
    return { name, phone, cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') };
  } finally {
    await context.dispose();
  }
}

/** Some actions end the session (sign out everywhere); sign in again so the rest still runs as this identity. */
async function stillSignedIn(identity: Identity) {
  if (!identity.phone) return;
  const res = await fetch(`${ORIGIN}/api/auth/session`, { headers: { Cookie: identity.cookie } });
  const session = (await res.json().catch(() => null)) as { user?: unknown } | null;
  if (!session?.user) Object.assign(identity, await signedIn(identity.name, identity.phone));
}

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const [seller] = await sql<{ phone: string }>(`SELECT u.phone FROM "Shop" s JOIN "User" u ON u.id = s."ownerId" WHERE s.slug = 'tant-bari'`);
  expect(seller, 'the demo shop tant-bari and its seller').toBeTruthy();
  identities.push(
    { name: 'guest', cookie: '' },
    await signedIn('buyer', await freshAccount(['BUYER'])),
    await signedIn('non-owner seller', `0${seller!.phone.slice(4)}`),
    await signedIn('officer elsewhere', await freshAccount(['OFFICER', 'BUYER'], 'katiadi')),
  );

  const [product] = await sql<{ id: string; slug: string }>(
    `SELECT p.id, p.slug FROM "Product" p JOIN "Shop" s ON s.id = p."shopId" WHERE s.slug = 'pitha' ORDER BY p."createdAt" LIMIT 1`,
  );
  const [provider] = await sql<{ id: string; slug: string; category: string }>(
    `SELECT p.id, p.slug, c.slug AS category FROM "Provider" p JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId"
     WHERE p.status = 'ACTIVE' AND p.kind = 'INDIVIDUAL' AND p."bloodGroup" IS NULL ORDER BY p."createdAt" LIMIT 1`,
  );
  const [order] = await sql<{ token: string }>(`SELECT o.token FROM "Order" o JOIN "Shop" s ON s.id = o."shopId" WHERE s.slug = 'pitha' LIMIT 1`);
  const [media] = await sql<{ key: string }>(`SELECT key FROM "Media" WHERE "isPublic" AND storage = 'LOCAL' LIMIT 1`);
  const [document] = await sql<{ id: string }>(`SELECT id FROM "VerificationDocument" LIMIT 1`);
  expect(product && provider && order && media, 'demo data: a pitha product and order, a provider, an image').toBeTruthy();
  // By route template and segment name: "[slug]" is an area, a category or a provider depending on where it is.
  Object.assign(real, {
    shop: 'pitha',
    product: product!.slug,
    token: order!.token,
    '/[locale]/a/[slug] slug': 'sherpur-bogura',
    '/[locale]/c/[slug] slug': provider!.category,
    '/[locale]/p/[slug] slug': provider!.slug,
    '/[locale]/dashboard/products/[id] id': product!.id,
    '/[locale]/console/documents/[id] id': document?.id ?? 'clnotadocument000000000000',
    '/[locale]/console/records/[subject]/[id] id': provider!.id,
    subject: 'provider',
    key: media!.key,
    nextauth: 'session',
    rest: 'no-such/page',
    locale: '',
  });
});

const realValues = (template: string): Record<string, string> =>
  Object.fromEntries(dynamicNames(template).map((name) => [name, real[`${template} ${name}`] ?? real[name] ?? 'x']));

/** Console pages and actions are for officers; the other identities only need to be turned away there. */
const isConsole = (s: string) => s.startsWith('/[locale]/console') || s.startsWith('lib/console/');
const identitiesFor = (subject: string) => identities.filter((i) => i.name !== 'officer elsewhere' || isConsole(subject));

/** A shop's pages again on the shop's own host (the address buyers use in production), as a guest. */
function alsoOnShopHost(identity: Identity, request: FuzzRequest): { identity: Identity; request: FuzzRequest }[] {
  const jobs = [{ identity, request }];
  const m = /^(\/en)?\/s\/pitha(?=[/?]|$)(.*)$/.exec(request.path);
  if (m && identity.name === 'guest') {
    const rest = m[2]!.startsWith('/') ? m[2]! : `${m[1] ? '' : '/'}${m[2]!}`;
    jobs.push({ identity, request: { ...request, path: `${m[1] ?? ''}${rest}`, host: `pitha.localhost:${BASE.port}`, what: `${request.what}, on the shop's host` } });
  }
  return jobs;
}

// ---------------------------------------------------------------------------------------------

test('odd Host headers and shop-subdomain Origins never get a 500', async () => {
  test.setTimeout(60_000);
  const outcomes: Outcome[] = [];
  const port = Number(BASE.port);
  const pages = ['/', `/p/${real['/[locale]/p/[slug] slug']}`, '/cart', `/en/p/${real.product}`];
  const jobs: { identity: Identity; request: FuzzRequest }[] = [];
  const guest = identities[0]!;
  for (const { label, host } of oddHosts(port)) for (const page of pages) jobs.push({ identity: guest, request: { method: 'GET', path: page, host, what: `Host: ${label}` } });
  // A server action posted from a shop's host, or to a host that only starts like ours.
  // Signing out takes no arguments and works for anyone: whatever goes wrong is the host's or the Origin's doing.
  const action = actions.find((a) => a.name.endsWith('#signOutAction')) ?? actions[0]!;
  for (const [host, origin] of [
    [OWN_HOST, ORIGIN], // the control: this one works
    [OWN_HOST, `http://pitha.localhost:${port}`],
    [`pitha.localhost:${port}`, `http://pitha.localhost:${port}`],
    [`localhost:${port}.evil.com`, `http://localhost:${port}.evil.com`],
    ['evil.com', 'http://evil.com'],
  ] as const) {
    for (const r of actionRequests(action, pathFor(action.pageTemplate, realValues(action.pageTemplate)), origin).slice(0, 1)) jobs.push({ identity: guest, request: { ...r, host, what: `${r.what}, Host ${host}, Origin ${origin}` } });
  }
  await runAll('hosts', jobs, 40_000, outcomes);
  finish('hosts', outcomes);
});

test('every route, as every identity, with real and malformed segments and query strings, never gets a 500', async () => {
  test.setTimeout(200_000);
  const outcomes: Outcome[] = [];
  const get = (route: RouteInfo, p: string, what: string): FuzzRequest => ({ method: 'GET', path: p, what: `${route.template} ${what}` });

  // First the real address of each route, so the malformed ones go where an identity gets in.
  const firstJobs: { identity: Identity; request: FuzzRequest }[] = [];
  for (const route of routes) {
    if (!route.methods.includes('GET')) continue;
    for (const identity of identitiesFor(route.template)) {
      firstJobs.push(...alsoOnShopHost(identity, get(route, pathFor(route.template, realValues(route.template)), 'real')));
    }
  }
  await runAll('routes (real addresses)', firstJobs, 60_000, outcomes);
  const statusOf = new Map(outcomes.map((o) => [`${o.identity} ${o.request.what}`, o.status]));
  const firstSeen = (identity: IdentityName, template: string) => statusOf.get(`${identity} ${template} real`) ?? 0;

  const jobs: { identity: Identity; request: FuzzRequest }[] = [];
  for (const route of routes) {
    const values = realValues(route.template);
    const base = pathFor(route.template, values);
    const guestIn = firstSeen('guest', route.template) < 300;
    for (const identity of identitiesFor(route.template)) {
      const gotIn = firstSeen(identity.name, route.template) < 300;
      // The whole matrix where this identity reaches code the guest does not; a sample elsewhere.
      const full = gotIn && (identity.name === 'guest' || !guestIn);
      const requests: FuzzRequest[] = [];
      if (route.methods.includes('GET')) {
        if (route.template.startsWith('/[locale]')) requests.push(get(route, `/en${base === '/' ? '' : base}`, 'real, English'));
        for (const name of dynamicNames(route.template)) {
          // The locale's own malformed values are the home route's; elsewhere they would only repeat it.
          if (name === 'locale' && route.template !== '/[locale]') continue;
          for (const m of full ? MALFORMED : MALFORMED.slice(0, 1)) {
            requests.push(get(route, pathFor(route.template, { ...values, [name]: m.raw }), `[${name}] = ${m.label}`));
          }
        }
        const queries = malformedQueries(route.namedQuery);
        for (const q of full ? queries : queries.slice(0, 1)) requests.push(get(route, `${base}?${q.query}`, q.label));
      }
      if (route.methods.includes('POST') && (full || identity.name === 'guest' || route.kind === 'route')) {
        for (const b of routePostBodies()) {
          requests.push({
            method: 'POST',
            path: base,
            headers: { Origin: ORIGIN, ...(b.contentType ? { 'Content-Type': b.contentType } : {}) },
            body: b.body,
            what: `${route.template} POST ${b.label}`,
            bodySummary: b.label,
          });
        }
      }
      for (const request of requests) jobs.push(...alsoOnShopHost(identity, request));
    }
  }
  await runAll('routes (malformed)', jobs, 110_000, outcomes);
  finish('routes', outcomes);
});

test('every server action, as every identity, with malformed arguments and form posts, never gets a 500', async () => {
  test.setTimeout(180_000);
  const outcomes: Outcome[] = [];
  const units: { identity: Identity; action: ActionInfo }[] = [];
  for (const action of actions) for (const identity of identitiesFor(action.name)) units.push({ identity, action });
  const deadline = Date.now() + 140_000;
  // One action and identity at a time per worker, its requests in order, then a session check.
  const skipped = await pool(
    units,
    async ({ identity, action }) => {
      const target = pathFor(action.pageTemplate, realValues(action.pageTemplate));
      for (const request of actionRequests(action, target, ORIGIN)) {
        if (Date.now() > deadline) return;
        outcomes.push({ identity: identity.name, request, ...(await send(request, identity.cookie)) });
      }
      await stillSignedIn(identity);
    },
    deadline,
  );
  if (skipped) test.info().annotations.push({ type: 'incomplete', description: `actions: ${skipped} of ${units.length} action × identity pairs not tried (time budget)` });
  finish('actions', outcomes);
});
