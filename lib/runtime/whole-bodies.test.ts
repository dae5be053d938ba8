import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCodings, encodedBody, encodeResponses, KEEP_FROM, matches } from './whole-bodies';

// A Bengali page as Next.js ends it: one string, well past KEEP_FROM.
const page = `<!DOCTYPE html><html lang="bn"><body>${'<p>হাট — শেরপুরের সব সেবা এক জায়গায়। ইলেকট্রিশিয়ান, রাজমিস্ত্রি, দর্জি।</p>'.repeat(300)}</body></html>`;
const small = '<p>ছোট</p>';

describe('whole bodies', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      encodeResponses(req, res);
      res.setHeader('Content-Type', req.url === '/binary' ? 'application/octet-stream' : 'text/html; charset=utf-8');
      if (req.url === '/streamed') {
        res.write(page.slice(0, 5000));
        res.end(page.slice(5000));
      } else if (req.url === '/small') res.end(small);
      else if (req.url === '/private') {
        res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
        res.end(page);
      }
      else if (req.url === '/missing') {
        res.statusCode = 404;
        res.end(page);
      } else if (req.url === '/post') res.end(page);
      else if (req.url === '/binary') res.end(Buffer.from(page));
      else res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .request({ host: '127.0.0.1', port, path, headers, method }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject)
        .end();
    });

  it('sends a whole page as its UTF-8 bytes with an ETag and a length', async () => {
    const res = await request('/');
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toBe(page);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(page));
    expect(res.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('sends Brotli (once made, in the background; gzip until then) or gzip as the browser accepts, the same page each time', async () => {
    const first = await request('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(['br', 'gzip']).toContain(first.headers['content-encoding']);
    let br = first;
    for (let i = 0; i < 200 && br.headers['content-encoding'] !== 'br'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      br = await request('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    }
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(page);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(page) / 10);

    const gzip = await request('/', { 'Accept-Encoding': 'gzip;q=1, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(page);
    expect(gzip.headers.etag).toBe(br.headers.etag);

    // A client that only takes deflate gets it from the middleware, from the same bytes.
    const deflate = await request('/', { 'Accept-Encoding': 'deflate' });
    expect(deflate.headers['content-encoding']).toBe('deflate');
    expect(zlib.inflateSync(deflate.body).toString('utf8')).toBe(page);
  });

  it('answers 304 with no body when the browser already has this version', async () => {
    const first = await request('/');
    const again = await request('/', { 'If-None-Match': `W/"old", ${first.headers.etag}`, 'Accept-Encoding': 'br' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-encoding']).toBeUndefined();
    expect((await request('/', { 'If-None-Match': '"another"' })).status).toBe(200);
  });

  it('leaves alone what is not a whole successful page: streamed, small, an error, a POST', async () => {
    const streamed = await request('/streamed', { 'Accept-Encoding': 'gzip' });
    expect(zlib.gunzipSync(streamed.body).toString('utf8')).toBe(page);
    expect(streamed.headers.etag).toBeUndefined();

    const short = await request('/small');
    expect(short.body.toString('utf8')).toBe(small);
    expect(short.headers.etag).toBeUndefined();

    const missing = await request('/missing', { 'Accept-Encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    expect(zlib.gunzipSync(missing.body).toString('utf8')).toBe(page);

    // Made for one visitor: nothing kept, no ETag; compressed by the middleware as it goes.
    const personal = await request('/private', { 'Accept-Encoding': 'gzip' });
    expect(personal.headers.etag).toBeUndefined();
    expect(zlib.gunzipSync(personal.body).toString('utf8')).toBe(page);

    const posted = await request('/post', {}, 'POST');
    expect(posted.headers.etag).toBeUndefined();
    expect(posted.body.toString('utf8')).toBe(page);
  });

  it('does not compress what is not text, even when asked', async () => {
    const res = await request('/binary', { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(page);
    expect(res.headers.etag).toMatch(/^"/);
  });

  it('encodes a version once: the same text gives the same kept entry', () => {
    const a = encodedBody(page);
    expect(encodedBody(`${page}`)).toBe(a);
    expect(encodedBody(page.replace('হাট', 'হাঁট')).etag).not.toBe(a.etag);
    expect(page.length).toBeGreaterThanOrEqual(KEEP_FROM);
  });

  it.each([
    ['gzip, deflate, br', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=0, gzip', ['gzip']],
    ['*', ['br', 'gzip']],
    ['identity', []],
    ['gzip;q=0', []],
    [undefined, []],
  ])('Accept-Encoding %s → %j', (accept, codings) => {
    expect([...acceptedCodings(accept)]).toEqual(codings);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(matches('"a", "b"', '"b"')).toBe(true);
    expect(matches('W/"b"', '"b"')).toBe(true);
    expect(matches('*', '"b"')).toBe(true);
    expect(matches('"c"', '"b"')).toBe(false);
    expect(matches(undefined, '"b"')).toBe(false);
  });
});
