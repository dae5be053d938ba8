// One JSON line per request, when its answer is done, and the request metrics (lib/metrics):
// a request id (the caller's X-Request-Id when it looks like one, else a new one; sent back in
// the response's X-Request-Id and passed on to the app in the request's), the method, the route
// pattern (routes.ts; never the raw path or query, which can hold a phone number or a search),
// the status and the duration. The server gate (server-gate.ts) starts it for every request; all
// it adds to a request is synchronous work of a few microseconds (pino writes asynchronously).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { maskPhones, type Logger } from '@/lib/log';
import { metrics } from '@/lib/metrics/registry';
import { routeOf, type RouteTable } from './routes';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestLogging {
  logger: Logger;
  /** The app's routes, asked for on the first request (reading them is file work). */
  routes: () => RouteTable;
  rootDomain: string;
}

/**
 * An id from a proxy in front (letters, digits and . _ : -, 8–128 characters, at least one
 * letter: a phone number or a code is never taken for one); anything else gets a new id.
 */
export function requestId(incoming: string | string[] | undefined): string {
  const given = Array.isArray(incoming) ? incoming[0] : incoming;
  // Never one with a phone number in it.
  return given && /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/.test(given) && /[A-Za-z]/.test(given) && maskPhones(given) === given ? given : randomUUID();
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Gives the request its id now and logs it (and counts it) once its answer has ended or was cut off. */
export function logRequest(request: IncomingMessage, response: ServerResponse, logging: RequestLogging): void {
  const started = performance.now();
  const id = requestId(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = id;
  response.setHeader('X-Request-Id', id);
  // As received: the gate and Next.js may rewrite request.url on the way.
  const url = request.url;
  const host = request.headers.host;
  const method = METHODS.has(request.method ?? '') ? request.method! : 'OTHER';
  response.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    // A client that went away before the answer ended: 499, as proxies count it.
    const status = response.writableFinished ? response.statusCode : 499;
    const route = routeOf(logging.routes(), url, host, logging.rootDomain);
    metrics.httpRequests.inc({ method, route, status: String(status) });
    metrics.httpDuration.observe({ route, status: String(status) }, seconds);
    logging.logger.info({ requestId: id, method, route, status, durationMs: Math.round(seconds * 10_000) / 10 }, 'request');
  });
}
