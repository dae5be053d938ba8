// Walks every route and every server action of the build (e2e/fuzz-plan.ts reads them from its
// manifests) as a guest, a buyer, a seller who owns another shop and an officer of another
// upazila, with real and malformed inputs and odd Hosts, and counts answers of 500 or more: there
// must be none. Each failure is printed as identity, method, target, body and status (with the
// digest Next.js logs beside the error), so the message says what to fix.
// Bounded: a few thousand requests, four at a time, under one deadline; what the deadline cuts
// off is reported, not silently dropped.
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
  type FuzzRequest,
  type RouteInfo,
} from './fuzz-plan';
import { freshPhone, signInByApi, sql } from './helpers';

const BASE = new URL(process.env.BASE_URL ?? 'http://localhost:3000');
const ORIGIN = BASE.origin;
const OWN_HOST = BASE.host;
const CONCURRENCY = 4;
const REQUEST_TIMEOUT_MS = 30_000;
/** A hard cap on requests, whatever the build grows into (about 3 200 today). */
const MAX_REQUESTS = 4_500;
/** The whole test, setup included, stays under four minutes even on a busy machine. */
const TEST_TIMEOUT_MS = 235_000;
/** When each part must stop sending, counted from the start of the test (later parts get what earlier ones leave). */
const PART_ENDS_MS = { hosts: 30_000, routes: 120_000, actions: 215_000 };

const { routes, actions } = readBuild(path.resolve(import.meta.dirname, '..'));

type IdentityName = 'guest' | 'buyer' | 'non-owner seller' | 'officer elsewhere';
interface Identity {
  name: IdentityName;
  phone?: string;
  cookie: string;
}
type Job = { identity: Identity; request: FuzzRequest };

interface Outcome {
  identity: IdentityName;
  request: FuzzRequest;
  status: number;
  /** Network failure or timeout: counted with the 5xx, the server did not answer properly. */
  error?: string;
  snippet?: string;
}

// ---------------------------------------------------------------------------------------------
// Sending and counting

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
/** Set when the server refuses connections: it is gone, and thousands more refusals would say nothing new. */
let serverGone = false;
let sent = 0;

function send(request: FuzzRequest, cookie: string): Promise<Pick<Outcome, 'status' | 'error' | 'snippet'>> {
  sent++;
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.host !== null) headers.Host = request.host ?? OWN_HOST;
    if (cookie) headers.Cookie = cookie;
    if (request.body) headers['Content-Length'] = String(request.body.length);
    // A long URL comes back in response headers (over 40 KB for a 10 KB path); read them anyway.
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
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') serverGone = true;
      resolve({ status: 0, error: e.message });
    });
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

/** Runs jobs four at a time until done, the deadline or the server's end; returns how many never started. */
async function pool<T>(jobs: T[], run: (job: T) => Promise<void>, deadline: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length && Date.now() < deadline && !serverGone && sent < MAX_REQUESTS) await run(jobs[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return jobs.length - next;
}

async function runJobs(jobs: Job[], deadline: number, outcomes: Outcome[]): Promise<number> {
  return pool(jobs, async ({ identity, request }) => void outcomes.push({ identity: identity.name, request, ...(await send(request, identity.cookie)) }), deadline);
}

const cut = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

function report(outcomes: Outcome[]): string {
  const lines = outcomes.filter(failed).map(
    (o) =>
      `  [${o.identity}] ${o.request.method} ${cut(o.request.path)}${o.request.host !== undefined ? ` Host: ${JSON.stringify(cut(o.request.host ?? '(none)', 60))}` : ''}` +
      `${o.request.bodySummary ? ` body: ${o.request.bodySummary}` : ''} → ${o.error ?? o.status}${o.snippet ? ` «${o.snippet}»` : ''}\n      (${o.request.what})`,
  );
  const byStatus = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.error ? 'no answer' : String(o.status);
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const summary = [...byStatus].sort().map(([s, n]) => `${s}: ${n}`).join(', ');
  return `${lines.length} of ${outcomes.length} requests answered 500+ or not at all (${summary})${lines.length ? `:\n${lines.join('\n')}` : ''}`;
}

/** Prints the summary, keeps the failures in the test's output folder, and asserts (softly: every part runs) there are none. */
function finish(part: string, outcomes: Outcome[], unsent: number, total: number) {
  const message = report(outcomes);
  console.log(`[fuzz] ${part}: ${message.split('\n')[0]}`);
  if (unsent) {
    const why = serverGone ? 'the server stopped answering' : sent >= MAX_REQUESTS ? `the cap of ${MAX_REQUESTS} requests` : 'the deadline';
    const note = `${part}: ${unsent} of ${total} not sent (${why})`;
    console.warn(`[fuzz] ${note}`);
    test.info().annotations.push({ type: 'incomplete', description: note });
  }
  const bad = outcomes.filter(failed).map((o) => ({ identity: o.identity, method: o.request.method, path: o.request.path, host: o.request.host, body: o.request.bodySummary, what: o.request.what, status: o.status, error: o.error, answer: o.snippet }));
  writeFileSync(test.info().outputPath(`${part}-failures.json`), JSON.stringify(bad, null, 1));
  expect.soft(bad.length, `${part}: ${message}`).toBe(0);
  expect.soft(serverGone, `${part}: the server stopped accepting connections`).toBe(false);
}

// ---------------------------------------------------------------------------------------------
// Who asks, and with what real values

const identities: Identity[] = [];
/** Real values by segment name, or by "<template> <name>" where the name alone is ambiguous. */
const real: Record<string, string> = {};
/** Real values for the bound parameters of actions (checkoutAction's slug, an order's token…). */
const boundReal: Record<string, unknown> = {};

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

async function signedIn(name: IdentityName, phone: string, earlier = ''): Promise<Identity> {
  // Signing in again, the identity brings the device cookie of its first sign-in, as a person's own
  // phone would: the fuzz's wrong guesses for its number from this address must not lock it out.
  const device = /(?:^|; )haat\.device=([^;]+)/.exec(earlier)?.[1];
  const context = await playwrightRequest.newContext({
    baseURL: ORIGIN,
    storageState: { cookies: device ? [{ name: 'haat.device', value: device, domain: BASE.hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }] : [], origins: [] },
  });
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
  if (!identity.phone || serverGone) return;
  const session = await fetch(`${ORIGIN}/api/auth/session`, { headers: { Cookie: identity.cookie } })
    .then((res) => res.json() as Promise<{ user?: unknown } | null>)
    .catch(() => null);
  if (session?.user) return;
  // The fuzz's own malformed sign-ins may have used up this number's allowance; it is not what this test is about.
  await sql(`DELETE FROM "RateLimit" WHERE key LIKE 'signin:%' AND key LIKE '%' || $1 || '%'`, [`+880${identity.phone.slice(1)}`]);
  try {
    Object.assign(identity, await signedIn(identity.name, identity.phone, identity.cookie));
  } catch (error) {
    // Some action this identity was fuzzed with may have ended its account's sign-in (that is no
    // 500): the rest of its requests still run, signed out, and still must not end in a 500.
    console.log(`[fuzz] ${identity.name} could not sign in again (${(error as Error).message.split('\n')[0]}); its remaining requests run signed out`);
    identity.cookie = '';
  }
}

async function prepare() {
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
  // A finished order: its token lets anyone cancel or review, and the fuzz must not change demo orders other specs read.
  const [order] = await sql<{ token: string }>(
    `SELECT o.token FROM "Order" o JOIN "Shop" s ON s.id = o."shopId" WHERE s.slug = 'pitha' ORDER BY (o.status = 'DELIVERED') DESC, o."createdAt" LIMIT 1`,
  );
  const [media] = await sql<{ key: string }>(`SELECT key FROM "Media" WHERE "isPublic" AND storage = 'LOCAL' LIMIT 1`);
  const [document] = await sql<{ id: string }>(`SELECT id FROM "VerificationDocument" LIMIT 1`);
  const [review] = await sql<{ id: string }>(`SELECT id FROM "Review" LIMIT 1`);
  expect(product && provider && order && media, 'demo data: a pitha product and order, a provider, an image').toBeTruthy();
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
  Object.assign(boundReal, { slug: 'pitha', token: order!.token, providerId: provider!.id, reviewId: review?.id ?? 'x', subject: { type: 'PROVIDER', id: provider!.id } });
}

const realValues = (template: string): Record<string, string> =>
  Object.fromEntries(dynamicNames(template).map((name) => [name, real[`${template} ${name}`] ?? real[name] ?? 'x']));

/** Console pages and actions are for officers; the other identities only need to be turned away there. */
const isConsole = (s: string) => s.startsWith('/[locale]/console') || s.startsWith('lib/console/');
const identitiesFor = (subject: string) => identities.filter((i) => i.name !== 'officer elsewhere' || isConsole(subject));

/** A shop's pages again on the shop's own host (the address buyers use in production), as a guest. */
function alsoOnShopHost(identity: Identity, request: FuzzRequest): Job[] {
  const jobs = [{ identity, request }];
  const m = /^(\/en)?\/s\/pitha(?=[/?]|$)(.*)$/.exec(request.path);
  if (m && identity.name === 'guest') {
    const rest = m[2]!.startsWith('/') ? m[2]! : `${m[1] ? '' : '/'}${m[2]!}`;
    jobs.push({ identity, request: { ...request, path: `${m[1] ?? ''}${rest}`, host: `pitha.localhost:${BASE.port}`, what: `${request.what}, on the shop's host` } });
  }
  return jobs;
}

// ---------------------------------------------------------------------------------------------
// The three parts

async function hostsPart(deadline: number) {
  const guest = identities[0]!;
  const port = Number(BASE.port);
  const pages = ['/', `/p/${real['/[locale]/p/[slug] slug']}`, '/cart', `/en/p/${real.product}`];
  const jobs: Job[] = [];
  for (const { label, host } of oddHosts(port)) for (const page of pages) jobs.push({ identity: guest, request: { method: 'GET', path: page, host, what: `Host: ${label}` } });
  // Signing out takes no arguments and works for anyone: whatever goes wrong is the host's or the Origin's doing.
  const action = actions.find((a) => a.name.endsWith('#signOutAction')) ?? actions[0]!;
  const target = pathFor(action.pageTemplate, realValues(action.pageTemplate));
  for (const [host, origin] of [
    [OWN_HOST, ORIGIN], // the control: this one works
    [OWN_HOST, `http://pitha.localhost:${port}`],
    [`pitha.localhost:${port}`, `http://pitha.localhost:${port}`],
    [`localhost:${port}.evil.com`, `http://localhost:${port}.evil.com`],
    ['evil.com', 'http://evil.com'],
  ] as const) {
    const [request] = actionRequests(action, target, origin);
    jobs.push({ identity: guest, request: { ...request!, host, what: `${request!.what}, Host ${host}, Origin ${origin}` } });
  }
  const outcomes: Outcome[] = [];
  finish('hosts', outcomes, await runJobs(jobs, deadline, outcomes), jobs.length);
}

async function routesPart(deadline: number) {
  const outcomes: Outcome[] = [];
  const get = (route: RouteInfo, p: string, what: string): FuzzRequest => ({ method: 'GET', path: p, what: `${route.template} ${what}` });

  // First the real address of each route, so the malformed ones go where an identity gets in.
  const firstJobs: Job[] = [];
  for (const route of routes) {
    if (!route.methods.includes('GET')) continue;
    for (const identity of identitiesFor(route.template)) firstJobs.push(...alsoOnShopHost(identity, get(route, pathFor(route.template, realValues(route.template)), 'real')));
  }
  let unsent = await runJobs(firstJobs, deadline, outcomes);
  const statusOf = new Map(outcomes.map((o) => [`${o.identity} ${o.request.what}`, o.status]));
  const gotIn = (identity: IdentityName, route: RouteInfo) => (statusOf.get(`${identity} ${route.template} real`) ?? 0) < 300;

  const jobs: Job[] = [];
  for (const route of routes) {
    const values = realValues(route.template);
    const base = pathFor(route.template, values);
    for (const identity of identitiesFor(route.template)) {
      // The whole matrix where this identity reaches code the guest does not; a sample elsewhere.
      const full = gotIn(identity.name, route) && (identity.name === 'guest' || !gotIn('guest', route));
      const requests: FuzzRequest[] = [];
      if (route.methods.includes('GET')) {
        if (route.template.startsWith('/[locale]')) requests.push(get(route, `/en${base === '/' ? '' : base}`, 'real, English'));
        for (const name of dynamicNames(route.template)) {
          // The locale's malformed values belong to the home route; elsewhere they would only repeat it.
          if (name === 'locale' && route.template !== '/[locale]') continue;
          for (const m of full ? MALFORMED : MALFORMED.slice(0, 1)) requests.push(get(route, pathFor(route.template, { ...values, [name]: m.raw }), `[${name}] = ${m.label}`));
        }
        const queries = malformedQueries(route.namedQuery);
        for (const q of full ? queries : queries.slice(0, 1)) requests.push(get(route, `${base}?${q.query}`, q.label));
      }
      if (route.methods.includes('POST')) {
        for (const b of routePostBodies()) {
          const headers = { Origin: ORIGIN, ...(b.contentType ? { 'Content-Type': b.contentType } : {}) };
          requests.push({ method: 'POST', path: base, headers, body: b.body, what: `${route.template} POST ${b.label}`, bodySummary: b.label });
        }
      }
      for (const request of requests) jobs.push(...alsoOnShopHost(identity, request));
    }
  }
  unsent += await runJobs(jobs, deadline, outcomes);
  finish('routes', outcomes, unsent, firstJobs.length + jobs.length);
}

async function actionsPart(deadline: number) {
  const outcomes: Outcome[] = [];
  // Identity by identity across all actions, so a run cut short still tried every action as someone.
  const units = identities.flatMap((identity) =>
    actions
      .filter((action) => identitiesFor(action.name).includes(identity))
      .map((action) => ({ identity, requests: actionRequests(action, pathFor(action.pageTemplate, realValues(action.pageTemplate)), ORIGIN, (name) => boundReal[name]) })),
  );
  // One action and identity at a time per worker, its requests in order, then a session check.
  await pool(
    units,
    async ({ identity, requests }) => {
      for (const request of requests) {
        if (Date.now() > deadline || serverGone || sent >= MAX_REQUESTS) return;
        outcomes.push({ identity: identity.name, request, ...(await send(request, identity.cookie)) });
      }
      await stillSignedIn(identity);
    },
    deadline,
  );
  const total = units.reduce((n, u) => n + u.requests.length, 0);
  finish('actions', outcomes, total - outcomes.length, total);
}

test('every route, server action and odd Host, as guest, buyer, non-owner seller and officer elsewhere, never gets a 500', async () => {
  test.setTimeout(TEST_TIMEOUT_MS);
  const start = Date.now();
  await test.step('sign in the identities and read real ids', prepare);
  await test.step('odd Host headers and shop-subdomain Origins', () => hostsPart(start + PART_ENDS_MS.hosts));
  await test.step('every route: real and malformed segments and query strings', () => routesPart(start + PART_ENDS_MS.routes));
  await test.step('every server action: malformed arguments and no-JavaScript form posts', () => actionsPart(start + PART_ENDS_MS.actions));
});
