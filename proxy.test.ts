import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Proxy = (request: NextRequest) => Response;

/** proxy.ts under these settings (lib/env reads them once per module instance). */
async function proxyWith(settings: Record<string, string>): Promise<Proxy> {
  vi.resetModules();
  for (const [key, value] of Object.entries(settings)) vi.stubEnv(key, value);
  return (await import('./proxy')).default as Proxy;
}
const development = { HAAT_ENV: 'embedded', ROOT_DOMAIN: 'localhost:3000' };
const production = { HAAT_ENV: 'production', ROOT_DOMAIN: 'haat-bogura.gov.bd', DATABASE_URL: 'postgresql://x', AUTH_SECRET: 'x'.repeat(32), SMS_GATEWAY_URL: 'https://sms.example.com/api', SMS_GATEWAY_KEY: 'k', TRUSTED_PROXIES: '0' };

function send(proxy: Proxy, url: string, init: { method?: string; host?: string; origin?: string; headers?: Record<string, string>; body?: BodyInit } = {}) {
  const { host = new URL(url).host, origin, method = 'GET', headers = {}, body } = init;
  return proxy(new NextRequest(url, { method, body, headers: { host, ...(origin ? { origin } : {}), ...headers } }));
}
/** The CSP the proxy handed on to Next.js in the request (which reads its nonce from there). */
const forwardedPolicy = (res: Response) => res.headers.get('x-middleware-request-content-security-policy');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('proxy.ts', () => {
  it('gives a per-request page a CSP with a fresh nonce and hands it on to Next.js; a cached page one without', async () => {
    const proxy = await proxyWith(development);
    const [a, b] = [send(proxy, 'http://localhost:3000/sign-in'), send(proxy, 'http://pitha.localhost:3000/cart')];
    for (const res of [a, b]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
      expect(forwardedPolicy(res)).toBe(res.headers.get('content-security-policy'));
    }
    expect(a.headers.get('content-security-policy')).not.toBe(b.headers.get('content-security-policy'));
    for (const url of ['http://localhost:3000/', 'http://localhost:3000/en/c/tailor/sherpur-bogura', 'http://localhost:3000/p/x', 'http://pitha.localhost:3000/p/cake', 'http://localhost:3000/s/pitha']) {
      const res = send(proxy, url);
      expect(res.headers.get('content-security-policy'), url).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
      expect(forwardedPolicy(res), url).toBeNull();
    }
  });

  it('routes the language: Bengali unprefixed (served from /bn), English under /en, /bn/… redirected', async () => {
    const proxy = await proxyWith(development);
    expect(send(proxy, 'http://localhost:3000/c/tailor?x=1').headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/bn/c/tailor?x=1');
    expect(send(proxy, 'http://localhost:3000/').headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/bn');
    const en = send(proxy, 'http://localhost:3000/en/shops');
    expect(en.headers.get('x-middleware-rewrite')).toBeNull();
    expect(en.headers.get('x-middleware-next')).toBe('1');
    const bn = send(proxy, 'http://localhost:3000/bn/shops');
    expect([307, 308]).toContain(bn.status);
    expect(bn.headers.get('location')).toBe('http://localhost:3000/shops');
  });

  it('leads old query addresses of cached pages to their paths, and drops the hint of an ended session', async () => {
    const proxy = await proxyWith(development);
    const old = send(proxy, 'http://localhost:3000/en/c/tailor?area=sherpur-bogura&verified=1');
    expect(old.status).toBe(308);
    expect(old.headers.get('location')).toBe('http://localhost:3000/en/c/tailor/sherpur-bogura/verified');
    expect(send(proxy, 'http://localhost:3000/c/blood-donor/sherpur-bogura').headers.get('location')).toBe('http://localhost:3000/blood?area=sherpur-bogura');
    const stale = send(proxy, 'http://localhost:3000/', { headers: { cookie: 'haat.hint=u1.x' } });
    expect(stale.headers.get('set-cookie')).toMatch(/haat\.hint=;/);
    const live = send(proxy, 'http://localhost:3000/', { headers: { cookie: 'haat.hint=u1.x; authjs.session-token=abc' } });
    expect(live.headers.get('set-cookie')).toBeNull();
  });

  it.each(['localhost:3000.evil.com', 'evil.example', '10.0.0.5', 'pitha.localhost:3000.evil.com', 'haat bogura'])('answers 400 to the Host %s', async (host) => {
    const proxy = await proxyWith(development);
    const res = send(proxy, 'http://localhost:3000/', { host });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-middleware-rewrite')).toBeNull();
  });

  it.each([
    ['no Origin, with the server-action header', { headers: { 'next-action': 'abc' } }],
    ['no Origin, as a multipart form', { body: (() => { const f = new FormData(); f.set('$ACTION_ID_abc', ''); return f; })() }],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['a shop subdomain’s Origin on the root host', { origin: 'http://pitha.localhost:3000' }],
    ['the root’s Origin on a shop host', { origin: 'http://localhost:3000', host: 'pitha.localhost:3000' }],
    ['another port’s Origin', { origin: 'http://localhost:3001' }],
  ])('refuses a POST with %s (403, before any page runs)', async (_, init) => {
    const proxy = await proxyWith(development);
    const res = send(proxy, 'http://localhost:3000/sign-in', { method: 'POST', ...init });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-middleware-rewrite')).toBeNull();
    expect(res.headers.get('x-middleware-next')).toBeNull();
  });

  it('refuses PUT, PATCH and DELETE the same way, and lets a same-origin POST through', async () => {
    const proxy = await proxyWith(development);
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect(send(proxy, 'http://localhost:3000/', { method }).status, method).toBe(403);
    expect(send(proxy, 'http://localhost:3000/sign-in', { method: 'POST', origin: 'http://localhost:3000' }).status).toBe(200);
    expect(send(proxy, 'http://pitha.localhost:3000/cart', { method: 'POST', origin: 'http://pitha.localhost:3000' }).status).toBe(200);
  });

  it('answers 404 to malformed addresses before any page looks them up', async () => {
    const proxy = await proxyWith(development);
    const long = 'x'.repeat(10_000);
    for (const path of ['/p/%00', '/p/%E0%A4', '/p/%', '/p/%zz', '/console/records?q=%00', `/console/records/provider/${long}`, `/search?q=${long}`, '/bn/p/%00.png', '/orders/%E0%A4']) {
      const res = send(proxy, `http://localhost:3000${path}`);
      expect(res.status, path.slice(0, 40)).toBe(404);
      expect(res.headers.get('x-middleware-rewrite')).toBeNull();
    }
    expect(send(proxy, 'http://pitha.localhost:3000/p/%00').status).toBe(404);
  });

  it('checks the encoding of API, media and Next.js paths too, and otherwise leaves them alone', async () => {
    const proxy = await proxyWith(development);
    for (const path of ['/media/%E0%A4', '/api/auth/%zz', '/_next/static/%', '/api/%E0%A4']) expect(send(proxy, `http://localhost:3000${path}`).status, path).toBe(404);
    const fine = send(proxy, 'http://localhost:3000/api/search?q=%E0%A6%95', { method: 'POST' });
    expect(fine.status).toBe(200);
    expect(fine.headers.get('x-middleware-next')).toBe('1');
    expect(fine.headers.get('content-security-policy')).toBeNull();
  });

  it('serves /dev outside production, and answers 404 for it in production on every host', async () => {
    expect(send(await proxyWith(development), 'http://localhost:3000/dev/sms').status).toBe(200);
    const proxy = await proxyWith(production);
    for (const [host, path] of [['haat-bogura.gov.bd', '/dev/sms'], ['haat-bogura.gov.bd', '/en/dev/sms?to=1'], ['pitha.haat-bogura.gov.bd', '/dev/sms'], ['localhost:3000', '/dev']]) {
      expect(send(proxy, `https://${host}${path}`, { host }).status, `${host}${path}`).toBe(404);
    }
  });

  it('builds redirects from ROOT_DOMAIN and the shop’s slug, never from the Host header', async () => {
    const proxy = await proxyWith(production);
    const res = send(proxy, 'https://pitha.haat-bogura.gov.bd/bn/p/cake?x=1', { host: 'PITHA.haat-bogura.gov.bd:443' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('https://pitha.haat-bogura.gov.bd/p/cake?x=1');
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self' https://haat-bogura.gov.bd");
    expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('serves a district-less list from the remembered district’s page (the slow path), and remembers /d/<district>', async () => {
    const proxy = await proxyWith({ ...development, HAAT_DISTRICTS: 'bogura,kishoreganj' });
    const rewritten = (path: string, cookie?: string) => send(proxy, `http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} }).headers.get('x-middleware-rewrite');
    const kishoreganj = 'haat.hint=u.n; haat-district=kishoreganj';
    expect(rewritten('/', kishoreganj)).toBe('http://localhost:3000/bn/d/kishoreganj');
    expect(rewritten('/c/tailor/verified?x=1', kishoreganj)).toBe('http://localhost:3000/bn/c/tailor/kishoreganj/verified?x=1');
    expect(rewritten('/en/shops', kishoreganj)).toBe('http://localhost:3000/en/shops/kishoreganj');
    expect(rewritten('/a/sherpur-bogura', kishoreganj)).toBe('http://localhost:3000/bn/a/sherpur-bogura');
    expect(rewritten('/en/search', kishoreganj)).toBeNull();
    // An unserved district is ignored; none at all: the address as it is.
    expect(rewritten('/shops', 'haat-district=dhaka')).toBe('http://localhost:3000/bn/shops');
    expect(rewritten('/')).toBe('http://localhost:3000/bn');
    const chosen = send(proxy, 'http://localhost:3000/d/kishoreganj');
    expect(chosen.headers.get('x-middleware-rewrite')).toBe('http://localhost:3000/bn/d/kishoreganj');
    expect(chosen.headers.get('set-cookie')).toMatch(/^haat-district=kishoreganj; Path=\/; Expires=[^;]+; Max-Age=31536000; SameSite=lax$/i);
    expect(send(proxy, 'http://localhost:3000/d/dhaka').headers.get('set-cookie')).toBeNull();
  });
});
