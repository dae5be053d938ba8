// Responses that leave in one piece — a cached page's HTML or RSC payload, which Next.js ends with
// one string — are encoded once per version of the page, not once per request: the UTF-8 bytes, the
// ETag and the gzip / Brotli bytes are kept (by the text itself, so a page's new version is a new
// entry and the old one ages out), and each request answers from them.
//
// Measured on the 2-core machine (scripts/bench-pages.latest.md), per request of a 120 KB Bengali
// home page, before this: Node.js encoding the string to UTF-8 on the way out took ~1.2 ms (its
// path for a string handed to `end()` with the headers is slow for non-Latin text), Next.js's ETag
// (a JavaScript hash over every character) ~0.6 ms, and gzip, for every browser, ~1–2 ms more.
//
// So next.config.mjs turns off Next.js's own ETags and compression, and the server gate
// (server-gate.ts) puts the same compression middleware Next.js uses (`compress`) on every
// response, with this layer over it: a whole body this layer keeps bypasses the middleware,
// already encoded; everything else (streamed pages, API answers, files, anything made for one
// visitor: Cache-Control private or no-store) goes through it as before.
import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
// The middleware `next start` applies itself when compression is on (next.config.mjs `compress`).
import compression from 'next/dist/compiled/compression';
import { releaseCompressionStream } from 'next/dist/server/lib/release-compression-stream';

/** Bodies at least this long (string length or bytes) are kept; shorter ones cost little anyway. */
export const KEEP_FROM = 8_192;
/** What the kept encodings may take in memory; the least recently sent go first. */
export const KEEP_BYTES = 48 * 1024 * 1024;

type Coding = 'br' | 'gzip';

export interface Encoded {
  identity: Buffer;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
  /** Counted in the memory budget (kept by its text; a buffer's entry lives as long as the buffer). */
  counted: boolean;
  brotliStarted?: boolean;
}

const kept = new Map<string, Encoded>();
const keptBuffers = new WeakMap<Uint8Array, Encoded>();
let keptBytes = 0;

const size = (entry: Encoded) => entry.identity.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0);

function entryFor(bytes: Buffer, counted: boolean): Encoded {
  return { identity: bytes, etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`, counted };
}

/** The kept encodings of a whole body, made on first use. */
export function encodedBody(body: string | Uint8Array): Encoded {
  if (typeof body !== 'string') {
    let entry = keptBuffers.get(body);
    if (!entry) keptBuffers.set(body, (entry = entryFor(Buffer.from(body.buffer, body.byteOffset, body.byteLength), false)));
    return entry;
  }
  let entry = kept.get(body);
  if (entry) {
    // Most recently sent last: the Map's order is the eviction order.
    kept.delete(body);
    kept.set(body, entry);
    return entry;
  }
  entry = entryFor(Buffer.from(body, 'utf8'), true);
  kept.set(body, entry);
  keptBytes += size(entry);
  evict();
  return entry;
}

function evict(): void {
  for (const [text, entry] of kept) {
    if (keptBytes <= KEEP_BYTES || kept.size <= 1) break;
    kept.delete(text);
    keptBytes -= size(entry);
  }
}

/**
 * The body compressed, once per version: gzip at once (a couple of milliseconds), Brotli at its best
 * in the background (over 100 ms for a large page, off the event loop); until it is ready, Brotli
 * readers get gzip. Null when the wanted form is not ready and there is nothing else it takes.
 */
export function compressed(entry: Encoded, accepts: Set<Coding>): { coding: Coding; bytes: Buffer } | null {
  if (accepts.has('br')) {
    if (entry.br) return { coding: 'br', bytes: entry.br };
    if (!entry.brotliStarted) {
      entry.brotliStarted = true;
      zlib.brotliCompress(entry.identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.identity.length } }, (error, bytes) => {
        if (error) return;
        entry.br = bytes;
        count(entry, bytes.length);
      });
    }
  }
  if (!accepts.has('gzip')) return null;
  if (!entry.gzip) {
    entry.gzip = zlib.gzipSync(entry.identity, { level: 9 });
    count(entry, entry.gzip.length);
  }
  return { coding: 'gzip', bytes: entry.gzip };
}

function count(entry: Encoded, bytes: number): void {
  if (!entry.counted) return;
  keptBytes += bytes;
  evict();
}

/** The codings of ours that Accept-Encoding takes (q above 0; `*` counts). */
export function acceptedCodings(accept: string | string[] | undefined): Set<Coding> {
  const taken = new Set<Coding>();
  if (!accept) return taken;
  const offered = new Map<string, number>();
  for (const part of (Array.isArray(accept) ? accept.join(',') : accept).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name) offered.set(name, Number.isFinite(weight) ? weight : 0);
  }
  for (const coding of ['br', 'gzip'] as const) if ((offered.get(coding) ?? offered.get('*') ?? 0) > 0) taken.add(coding);
  return taken;
}

/** True when If-None-Match names this ETag (or any: `*`). */
export function matches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch)
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;
const rawEnd = http.ServerResponse.prototype.end as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
const compress = compression();
const noop = () => {};

/**
 * Puts compression on a response, and over it the layer that answers whole bodies from what is kept.
 * Called by the server gate for every request, before Next.js sees it.
 */
export function encodeResponses(request: http.IncomingMessage, response: http.ServerResponse): void {
  compress(request, response, noop);
  // As `next start` does: a client that leaves mid-response must not leak the middleware's zlib stream.
  response.once('close', () => {
    if (!response.writableFinished) releaseCompressionStream(response);
  });
  const compressingEnd = response.end as (...args: unknown[]) => http.ServerResponse;
  response.end = function endWhole(this: http.ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    // Only what may be kept: a page cached for everyone, not one made for this visitor (no-store, private).
    const shared = !/\b(no-store|private)\b/i.test(String(this.getHeader('cache-control') ?? ''));
    const whole = shared && (typeof chunk === 'string' ? chunk.length >= KEEP_FROM && (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || typeof encoding === 'function') : chunk instanceof Uint8Array && chunk.byteLength >= KEEP_FROM);
    if (!whole || this.headersSent || this.statusCode !== 200 || (request.method !== 'GET' && request.method !== 'HEAD') || this.hasHeader('content-encoding')) {
      return compressingEnd.call(this, chunk, encoding, callback);
    }
    const done = typeof encoding === 'function' ? encoding : callback;
    const entry = encodedBody(chunk as string | Uint8Array);
    if (!this.hasHeader('etag')) this.setHeader('ETag', entry.etag);
    if (matches(request.headers['if-none-match'], String(this.getHeader('etag')))) {
      this.statusCode = 304;
      for (const name of ['content-type', 'content-length', 'transfer-encoding']) this.removeHeader(name);
      return rawEnd.call(this, done);
    }
    const type = String(this.getHeader('content-type') ?? '');
    const encoded = COMPRESSIBLE.test(type) && !/no-transform/i.test(String(this.getHeader('cache-control') ?? '')) ? compressed(entry, acceptedCodings(request.headers['accept-encoding'])) : null;
    const vary = String(this.getHeader('vary') ?? '');
    if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) this.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    // Not wanted compressed (or not a type kept compressed): the middleware sees the bytes and decides.
    // (It drops the length when it compresses.)
    if (!encoded) {
      this.setHeader('Content-Length', entry.identity.length);
      return compressingEnd.call(this, entry.identity, done);
    }
    this.setHeader('Content-Encoding', encoded.coding);
    this.setHeader('Content-Length', encoded.bytes.length);
    // Past the middleware (it stands aside for a body already encoded): these bytes go on the wire.
    return rawEnd.call(this, encoded.bytes, done);
  } as typeof response.end;
}
