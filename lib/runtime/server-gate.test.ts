import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, fromLoopback } from '@/lib/security/client';
import { districtRouting } from '@/lib/tenancy/districts';
import { badTarget, installServerGate, routeCachedPage, type FastPath } from './server-gate';

describe('the server gate', () => {
  it.each([
    ['/p/%zz', 400],
    ['/p/%', 400],
    ['/p/%E0%A4', 400],
    ['/api/health%zz', 400],
    ['/p/%00', 400],
    ['/console/records?q=%00', 400],
    ['/search?q=a%00b', 400],
    [`/p/${'x'.repeat(5000)}`, 414],
  ])('refuses %s with %i', (url, status) => {
    expect(badTarget(url)?.status).toBe(status);
  });

  it.each(['/', '/p/electrician-bishalpur', '/search?q=%E0%A6%AA%E0%A6%BF%E0%A6%A0%E0%A6%BE', '/search?q=100%25+sure', '/c/tailor?page=2'])('lets %s through', (url) => {
    expect(badTarget(url)).toBeNull();
  });

  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    installServerGate('1');
    server = http.createServer((req, res) => {
      const headers = new Headers(Object.entries(req.headers).map(([k, v]) => [k, String(v)] as [string, string]));
      res.end(JSON.stringify({ client: clientAddress(headers), peer: req.headers['x-haat-peer'], loopback: fromLoopback(headers) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, headers }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });

  it('stamps the client a real server sees, replacing whatever the client sent under that name', async () => {
    const res = await get('/', { 'X-Haat-Client': '6.6.6.6', 'X-Haat-Peer': '127.0.0.1', 'X-Haat-Gate': 'guess', 'X-Forwarded-For': '5.5.5.5, 198.51.100.7' });
    // One trusted hop (the setting above): the address that hop appended; a relayed request is not "from this machine".
    expect(JSON.parse(res.body)).toEqual({ client: '198.51.100.7', peer: 'relayed', loopback: false });
    expect(JSON.parse((await get('/')).body)).toEqual({ client: '127.0.0.1', peer: '127.0.0.1', loopback: true });
  });

  it('counts nothing a request says under the gate’s names unless the gate stamped it (requests queued before it was installed)', () => {
    const forged = new Headers({ 'x-haat-client': '6.6.6.6', 'x-haat-peer': '127.0.0.1', 'x-haat-gate': 'guess' });
    expect(clientAddress(forged)).toBe('unknown');
    expect(fromLoopback(forged)).toBe(false);
  });

  it('answers a malformed address itself, before the app', async () => {
    expect(await get('/p/%zz')).toMatchObject({ status: 400 });
  });
});

describe('the gate’s fast path', () => {
  const fast = { rootDomain: 'localhost', policy: "script-src 'self' 'unsafe-inline'", noncePolicy: (nonce: string) => `script-src 'nonce-${nonce}'` };
  const route = (url: string, headers: Record<string, string> = {}, options: Partial<FastPath> = {}) => {
    const request = { method: 'GET', url, headers: { host: 'localhost:3000', ...headers } } as unknown as http.IncomingMessage;
    const set: Record<string, string> = {};
    const response = { setHeader: (name: string, value: string) => (set[name.toLowerCase()] = value) } as unknown as http.ServerResponse;
    return { routed: routeCachedPage(request, response, { ...fast, ...options }), request: request.headers, response: set, url: request.url };
  };

  it('gives a search or blood page its nonce and language itself, skipping proxy.ts', () => {
    const a = route('/search?q=%E0%A6%AA%E0%A6%BF%E0%A6%A0%E0%A6%BE');
    const b = route('/en/blood', { cookie: 'authjs.session-token=x; haat.hint=u.n' });
    expect(a.routed && b.routed).toBe(true);
    expect(a.request['x-haat-cached']).toBe('bn');
    expect(b.request['x-next-intl-locale']).toBe('en');
    const nonce = /'nonce-([^']+)'/.exec(a.response['content-security-policy']!)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // Next.js reads the nonce from the request's CSP: the same one the browser is told.
    expect(a.request['content-security-policy']).toBe(a.response['content-security-policy']);
    expect(/'nonce-([^']+)'/.exec(b.response['content-security-policy']!)?.[1]).not.toBe(nonce);
  });

  it('a cached page gets the shared policy; a client’s own CSP, language or marks never reach the app', () => {
    const page = route('/c/tailor', { 'content-security-policy': "script-src 'nonce-chosen'", 'x-next-intl-locale': 'en', 'x-haat-cached': 'en' });
    expect(page.routed).toBe(true);
    expect(page.request['content-security-policy']).toBeUndefined();
    expect(page.request['x-next-intl-locale']).toBe('bn');
    expect(page.response['content-security-policy']).toBe(fast.policy);
    const other = route('/dashboard', { 'content-security-policy': "script-src 'nonce-chosen'", 'x-next-intl-locale': 'en', 'x-haat-cached': 'bn' });
    expect(other.routed).toBe(false);
    expect(other.request).not.toHaveProperty('content-security-policy');
    expect(other.request).not.toHaveProperty('x-next-intl-locale');
    expect(other.request).not.toHaveProperty('x-haat-cached');
    // A percent sign in the path, or an ended session's hint, still goes through proxy.ts.
    expect(route('/search%2F?q=x').routed).toBe(false);
    expect(route('/search?q=x', { cookie: 'haat.hint=u.n' }).routed).toBe(false);
  });

  it('serves a district-less list from the remembered district’s cached page, and remembers /d/<district>', () => {
    const districts = districtRouting('bogura,kishoreganj');
    const kishoreganj = { cookie: 'haat-district=kishoreganj' };
    // The same cached page for everyone who remembers Kishoreganj: an internal rewrite, still the fast path.
    for (const [url, target] of [['/', '/d/kishoreganj'], ['/en/shops', '/en/shops/kishoreganj'], ['/c/tailor/verified', '/c/tailor/kishoreganj/verified'], ['/c/tailor/sherpur-bogura', '/c/tailor/sherpur-bogura']] as const) {
      const page = route(url, kishoreganj, { districts });
      expect(page.routed, url).toBe(true);
      expect(page.url, url).toBe(target);
      expect(page.response, url).not.toHaveProperty('set-cookie');
    }
    // No district, or one not served: the address as it is (the default district; "/" has the chooser).
    expect(route('/', {}, { districts }).url).toBe('/');
    expect(route('/shops', { cookie: 'haat-district=dhaka' }, { districts }).url).toBe('/shops');
    // Per-visitor pages read the cookie themselves.
    expect(route('/search?q=x', kishoreganj, { districts }).url).toBe('/search?q=x');
    const chosen = route('/d/kishoreganj', {}, { districts, secureCookies: true });
    expect(chosen.routed).toBe(true);
    expect(chosen.response['set-cookie']).toBe('haat-district=kishoreganj; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    // A prefetch is no choice.
    expect(route('/d/kishoreganj', { 'next-router-prefetch': '1' }, { districts }).response).not.toHaveProperty('set-cookie');
    // Without the setting (tests, one district) nothing is routed.
    expect(route('/', kishoreganj).url).toBe('/');
  });

  it('tells a shared cache that an address the remembered district decides varies by cookie', async () => {
    const districts = districtRouting('bogura,kishoreganj');
    // A real response: Next.js sets its own Vary while rendering, after the gate has routed the request.
    const server = http.createServer((req, res) => {
      routeCachedPage(req, res, { ...fast, districts: req.url!.includes('one=1') ? districtRouting('bogura') : districts });
      res.setHeader('Vary', 'RSC, Next-Router-State-Tree');
      res.end('page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const vary = (path: string, cookie?: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        http.get({ host: '127.0.0.1', port, path, headers: { host: 'localhost:3000', ...(cookie ? { cookie } : {}) } }, (res) => resolve(res.headers.vary)).on('error', reject);
      });
    try {
      // With or without the cookie: a cache must key these by it.
      for (const path of ['/', '/en', '/shops', '/c/tailor', '/c/tailor/verified', '/rentals/house']) {
        expect(await vary(path), path).toBe('RSC, Next-Router-State-Tree, Cookie');
        expect(await vary(path, 'haat-district=kishoreganj'), path).toBe('RSC, Next-Router-State-Tree, Cookie');
      }
      // Addresses that name their place, pages of one district only, and a deployment of one district: no.
      for (const path of ['/d/kishoreganj', '/c/tailor/sherpur-bogura', '/p/electrician-bishalpur', '/shops/kishoreganj', '/?one=1']) expect(await vary(path), path).toBe('RSC, Next-Router-State-Tree');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
