import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, maskPhones } from '@/lib/log';
import { metrics } from '@/lib/metrics/registry';
import { requestId } from './request-log';
import { appRoutePatterns, routeOf, routeTable } from './routes';
import { installServerGate } from './server-gate';

const PHONE = '01711987654';
const routes = routeTable(appRoutePatterns(path.resolve(import.meta.dirname, '../../app')));

describe('route patterns', () => {
  it.each([
    ['/', 'localhost:3000', '/[locale]'],
    ['/en', 'localhost:3000', '/[locale]'],
    ['/p/electrician-bishalpur', 'localhost:3000', '/[locale]/p/[slug]'],
    [`/search?q=${PHONE}`, 'localhost:3000', '/[locale]/search'],
    ['/en/c/electrician/bogura/verified', 'localhost:3000', '/[locale]/c/[slug]/[[...filters]]'],
    ['/c/electrician', 'localhost:3000', '/[locale]/c/[slug]/[[...filters]]'],
    ['/dashboard/products/clx0abc', 'localhost:3000', '/[locale]/dashboard/products/[id]'],
    ['/haat/farm/u123', 'localhost:3000', '/[locale]/haat/farm/[sellerId]'],
    ['/haat/bogura', 'localhost:3000', '/[locale]/haat/[[...filters]]'],
    ['/p/cake', 'mitu-pitha.localhost:3000', '/[locale]/s/[shop]/p/[product]'],
    ['/en', 'mitu-pitha.localhost:3000', '/[locale]/s/[shop]'],
    ['/s/mitu-pitha/cart', 'localhost:3000', '/[locale]/s/[shop]/cart'],
    ['/api/health', 'localhost:3000', '/api/health'],
    ['/api/contact/abc123?via=call', 'localhost:3000', '/api/contact/[provider]'],
    ['/api/nothing-here', 'localhost:3000', '(unmatched)'],
    ['/media/ab/cd.webp', 'localhost:3000', '/media/[...key]'],
    ['/_next/static/chunks/app.js', 'localhost:3000', '/_next/static'],
    ['/favicon.svg', 'localhost:3000', '(file)'],
    ['/manifest.webmanifest', 'localhost:3000', '/manifest.webmanifest'],
    [`/no/such/page/${PHONE}`, 'localhost:3000', '/[locale]/[...rest]'],
  ])('%s on %s is %s', (url, host, pattern) => {
    expect(routeOf(routes, url, host, 'localhost:3000')).toBe(pattern);
  });
});

describe('request ids', () => {
  it('keeps an id a proxy sent when it looks like one', () => {
    expect(requestId('9f1c2b7e-3d4a-4b5c-8d9e-0f1a2b3c4d5e')).toBe('9f1c2b7e-3d4a-4b5c-8d9e-0f1a2b3c4d5e');
    expect(requestId('Root=1-67891233-abcdef012345678912345678')).not.toBe('Root=1-67891233-abcdef012345678912345678');
    expect(requestId('req_01HZX3K9ABCD')).toBe('req_01HZX3K9ABCD');
  });

  it.each([`+880${PHONE.slice(1)}`, PHONE, 'req01712345678', '123456', 'short', 'has space in it', 'x'.repeat(200), 'line\nbreak-0001'])('makes a new one instead of %j', (given) => {
    const id = requestId(given);
    expect(id).not.toBe(given);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('phone numbers in log text', () => {
  it.each(['01712345678', '+8801712345678', '০১৭১২৩৪৫৬৭৮', '+880 1712-345678', '+880 17 1234 5678', '01712 345678', '%2B880%201712345678', '０１７১২৩৪৫৬৭৮'.normalize(), '０１７１２３４５６７８'])('masks %j, keeping its last two digits', (phone) => {
    const masked = maskPhones(`sms to ${phone} failed`);
    expect(masked).toBe(`sms to ${'•'.repeat(phone.length - 2)}${phone.slice(-2)} failed`);
  });

  it('leaves other numbers alone', () => {
    for (const text of ['order 123456789012', 'on 2026-12-07', 'ids 02712345678 and 0171234567']) expect(maskPhones(text)).toBe(text);
  });
});

describe('one log line per request, through the server gate', () => {
  const lines: string[] = [];
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    const logger = createLogger({ write: (line: string) => void lines.push(line) }, { level: 'info' });
    installServerGate('0', undefined, { logger, routes: () => routes, rootDomain: 'localhost:3000' });
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/api/search')) return void res.writeHead(429).end('{}');
      // What the app sees: the id, to put in its own lines.
      res.end(JSON.stringify({ id: req.headers['x-request-id'] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`http://localhost:${port}${url}`, { headers });
    return { status: res.status, id: res.headers.get('x-request-id'), body: await res.text() };
  };
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it('logs the id, method, route pattern, status and duration, and sends the id back', async () => {
    lines.length = 0;
    const res = await get('/p/electrician-bishalpur', { 'x-request-id': 'req_0123456789abcdef' });
    expect(res.id).toBe('req_0123456789abcdef');
    expect(JSON.parse(res.body)).toEqual({ id: 'req_0123456789abcdef' });
    await expect.poll(() => lines.length, { timeout: 15_000 }).toBe(1);
    const [line] = logged();
    expect(line).toMatchObject({ level: 'info', msg: 'request', requestId: 'req_0123456789abcdef', method: 'GET', route: '/[locale]/p/[slug]', status: 200 });
    expect(typeof line!.durationMs).toBe('number');
    expect(typeof line!.time).toBe('string');
  });

  it('never logs the phone number, code, token or cookie a request carries', async () => {
    lines.length = 0;
    const before = metrics.httpRequests.get({ method: 'GET', route: '/api/search', status: '429' });
    const requests = [
      get(`/search?q=${PHONE}&code=123456`, { cookie: 'authjs.session-token=very-secret-session', 'x-request-id': `+880${PHONE.slice(1)}` }),
      get(`/orders/tok_abcdefghijklmnop?phone=%2B880${PHONE.slice(1)}`, { authorization: 'Bearer sk_live_abcdef' }),
      get(`/api/search?q=${PHONE}`),
      get(`/en/no/such/${PHONE}`),
    ];
    const answers = await Promise.all(requests);
    await expect.poll(() => lines.length, { timeout: 15_000 }).toBe(requests.length);
    const text = lines.join('');
    for (const secret of [PHONE.slice(1), '123456', 'very-secret-session', 'tok_abcdefghijklmnop', 'sk_live_abcdef', '?', 'q=']) expect(text).not.toContain(secret);
    expect(logged().map((l) => l.route)).toEqual(expect.arrayContaining(['/[locale]/search', '/[locale]/orders/[token]', '/api/search', '/[locale]/[...rest]']));
    // The number given as an id was refused: each answer has a fresh id, and its line that id.
    expect(new Set(answers.map((a) => a.id)).size).toBe(requests.length);
    expect(logged().map((l) => l.requestId).sort()).toEqual(answers.map((a) => a.id).sort());
    expect(metrics.httpRequests.get({ method: 'GET', route: '/api/search', status: '429' })).toBe(before + 1);
  });

  it('masks a phone number in a message and redacts personal fields wherever they are', () => {
    const out: string[] = [];
    const logger = createLogger({ write: (line: string) => void out.push(line) }, { level: 'info' });
    logger.error({ phone: `+880${PHONE.slice(1)}`, job: { to: PHONE, code: '482913' }, err: new Error(`gateway refused 880${PHONE.slice(1)}`) }, `SMS to +880${PHONE.slice(1)} failed`);
    const text = out.join('');
    expect(text).not.toContain(PHONE.slice(1, -2));
    expect(text).not.toContain('482913');
    expect(JSON.parse(text)).toMatchObject({ phone: '[redacted]', job: { to: '[redacted]', code: '[redacted]' }, msg: expect.stringMatching(/^SMS to •+54 failed$/) });
  });
});
