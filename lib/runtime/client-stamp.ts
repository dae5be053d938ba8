// Stamps each incoming request with its client address as the server sees it (lib/security/client.ts),
// before Next.js handles it. Next.js copies the peer address into X-Forwarded-For only when the
// client sent none, so past that point a forged header and a real one look alike: the TCP socket
// is read here, where it is still at hand. Installed once per server process by instrumentation.ts,
// so it holds however the server was started (npm start, next start, a container's node server.js).
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { CLIENT_HEADER, PEER_HEADER, parseTrustedProxies, resolveClientAddress, type TrustedProxies } from '@/lib/security/client';

const INSTALLED = Symbol.for('haat.clientStamp');

export function stampRequest(request: IncomingMessage, trusted: TrustedProxies): void {
  const peer = request.socket?.remoteAddress ?? null;
  const forwarded = request.headers['x-forwarded-for'];
  request.headers[CLIENT_HEADER] = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trusted);
  request.headers[PEER_HEADER] = peer ?? 'unknown';
}

export function installClientStamp(trustedSetting: string | undefined): void {
  const trusted = parseTrustedProxies(trustedSetting);
  for (const proto of [http.Server.prototype, https.Server.prototype] as (http.Server & { [INSTALLED]?: boolean })[]) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit;
    proto.emit = function emitWithClient(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request' && args[0]) stampRequest(args[0] as IncomingMessage, trusted);
      return (emit as (...a: unknown[]) => boolean).apply(this, [event, ...args]);
    } as typeof proto.emit;
    proto[INSTALLED] = true;
  }
}
