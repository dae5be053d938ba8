// A small JSON client for Meilisearch over keep-alive HTTP. Node's built-in fetch stalled about
// 40 ms per request to Meilisearch here; a keep-alive node:http agent answers in ~2 ms.
import http from 'node:http';
import https from 'node:https';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 32 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 32 }),
};

export class MeiliUnavailable extends Error {}

export interface MeiliTarget {
  host: string;
  key?: string;
}

export function meiliRequest<T>(target: MeiliTarget, method: string, path: string, body?: unknown, timeoutMs = 2_000): Promise<T> {
  const url = new URL(path, target.host);
  const transport = url.protocol === 'https:' ? https : http;
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise<T>((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method,
        agent: agents[url.protocol as keyof typeof agents],
        headers: {
          ...(target.key ? { Authorization: `Bearer ${target.key}` } : {}),
          ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
        },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            resolve((text ? JSON.parse(text) : null) as T);
          } else {
            reject(new Error(`Meilisearch ${method} ${url.pathname} answered ${status}: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new MeiliUnavailable(`Meilisearch did not answer within ${timeoutMs} ms`)));
    req.on('error', (e) => reject(e instanceof MeiliUnavailable ? e : new MeiliUnavailable(e.message)));
    if (payload) req.write(payload);
    req.end();
  });
}

/** The configured Meilisearch, or null when search runs on the PostgreSQL fallback. */
export function meiliTarget(): MeiliTarget | null {
  const host = process.env.MEILI_HOST;
  return host ? { host, key: process.env.MEILI_MASTER_KEY } : null;
}
