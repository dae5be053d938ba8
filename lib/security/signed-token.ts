// Small signed tokens for cookies (the buyer cookie on shop hosts, device cookies, the donor-reveal
// cookie): base64url(JSON) "." HMAC-SHA256 of "<purpose>:<body>", with an expiry in seconds. The
// purpose keeps a token made for one cookie from passing as another's.
import { createHmac, timingSafeEqual } from 'node:crypto';

const mac = (purpose: string, body: string, secret: string) => createHmac('sha256', secret).update(`${purpose}:${body}`).digest('base64url');

export function signToken(purpose: string, payload: Record<string, unknown> & { exp: number }, secret: string): string {
  if (!secret) throw new Error('a secret is required');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(purpose, body, secret)}`;
}

/** The payload of a token signed for this purpose and not yet expired; null for anything forged, altered, malformed or old. */
export function readToken(purpose: string, value: string | undefined | null, secret: string, now = Date.now(), maxLength = 4_096): Record<string, unknown> | null {
  if (!value || !secret || value.length > maxLength) return null;
  const [body, signature, extra] = value.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(purpose, body, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
    if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return null;
    const exp = (payload as { exp?: unknown }).exp;
    return typeof exp === 'number' && exp * 1000 > now ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
