// A small signing relay for SMS gateways that can only post with a shared key and cannot sign: it
// checks the key, signs the raw body as /api/sms/inbound wants (lib/notify/inbound/signature.ts)
// and passes the post on, answering with Haat's answer.
//
//   SMS_INBOUND_SECRET=… SMS_RELAY_KEY=… HAAT_INBOUND_URL=https://haat-bogura.gov.bd/api/sms/inbound \
//     node --import tsx scripts/sms-relay.ts            (listens on 127.0.0.1:PORT, default 8787)
//
// The gateway then posts to https://<relay host>/ with the key in the header X-Relay-Key — only
// there: a key in the URL (?key=) is refused, since URLs end up in proxy and gateway logs.
// SMS_RELAY_ALLOWED_IPS (optional: addresses and CIDR ranges, comma-separated) takes posts only
// from the gateway's own addresses; behind a proxy, TRUSTED_PROXIES (as the app reads it:
// lib/security/client.ts) says whose X-Forwarded-For to believe. Run it behind the same TLS proxy
// as the app, or on the app's machine.
import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { MAX_BODY_BYTES } from '../lib/notify/inbound/message';
import { inAddressList, parseAddressList, parseTrustedProxies, resolveClientAddress } from '../lib/security/client';
import { SIGNATURE_HEADER, signInbound } from '../lib/notify/inbound/signature';

const secret = process.env.SMS_INBOUND_SECRET ?? '';
const key = process.env.SMS_RELAY_KEY ?? '';
const target = process.env.HAAT_INBOUND_URL ?? 'http://localhost:3000/api/sms/inbound';
const port = Number(process.env.PORT ?? 8787);
if (secret.length < 16 || key.length < 16) {
  console.error('sms-relay: set SMS_INBOUND_SECRET (as the app has it) and SMS_RELAY_KEY (the key the gateway sends), each at least 16 characters');
  process.exit(1);
}

let allowed: ReturnType<typeof parseAddressList> | null = null;
let proxies: ReturnType<typeof parseTrustedProxies>;
try {
  allowed = process.env.SMS_RELAY_ALLOWED_IPS?.trim() ? parseAddressList(process.env.SMS_RELAY_ALLOWED_IPS) : null;
  proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`sms-relay: SMS_RELAY_ALLOWED_IPS or TRUSTED_PROXIES ${(error as Error).message}`);
  process.exit(1);
}

const sameKey = (given: string | null) => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
};

createServer(async (req, res) => {
  if (allowed) {
    const forwarded = req.headers['x-forwarded-for'];
    const from = resolveClientAddress(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, proxies);
    if (from === 'unknown' || !inAddressList(allowed, from)) return res.writeHead(403).end();
  }
  // The key only in its header: a post with a key in the URL is refused even when the header is right.
  const url = new URL(req.url ?? '/', 'http://relay');
  if (url.searchParams.has('key')) return res.writeHead(401).end();
  const given = req.headers['x-relay-key'];
  if (req.method !== 'POST' || !sameKey(typeof given === 'string' ? given : null)) return res.writeHead(401).end();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return res.writeHead(413).end();
    chunks.push(chunk as Buffer);
  }
  const body = Buffer.concat(chunks).toString('utf8');
  try {
    const answer = await fetch(target, {
      method: 'POST',
      body,
      headers: { 'content-type': req.headers['content-type'] ?? 'application/x-www-form-urlencoded', [SIGNATURE_HEADER]: signInbound(body, secret) },
      signal: AbortSignal.timeout(20_000),
    });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  } catch {
    // Haat did not answer: the gateway tries again later (the message id makes it count once).
    res.writeHead(502).end();
  }
}).listen(port, '127.0.0.1', () => console.log(`sms-relay: listening on 127.0.0.1:${port}, posting to ${target}${allowed ? ', from the allowed addresses only' : ''}`));
