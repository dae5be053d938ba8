// Inbound SMS are signed as Stripe signs its webhooks: the header
//   X-Haat-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with SMS_INBOUND_SECRET>
// A post is taken only when a v1 matches (compared in constant time) and t is within
// SIGNATURE_TOLERANCE_SECONDS of now; the gateway message id then makes it count once (dispatch.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-haat-signature';
/** How far the signed time may be from ours, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const mac = (secret: string, timestamp: string, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/** The header value for `body` (the gateway's side: the signing relay and the tests use it). */
export function signInbound(body: string, secret: string, now = Date.now()): string {
  const t = String(Math.floor(now / 1000));
  return `t=${t},v1=${mac(secret, t, body)}`;
}

/** Whether `header` signs exactly `body` with `secret`, recently. Several v1 values may be given (a secret being rotated). */
export function verifyInbound(header: string | null, body: string, secret: string, now = Date.now()): boolean {
  if (!header || header.length > 1_000 || !secret) return false;
  const parts = header.split(',').map((part) => part.trim().split('=') as [string, string?]);
  const t = parts.find(([key]) => key === 't')?.[1];
  if (!t || !/^\d{1,12}$/.test(t) || Math.abs(now / 1000 - Number(t)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(mac(secret, t, body), 'hex');
  return parts
    .filter(([key, value]) => key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value))
    .some(([, value]) => timingSafeEqual(expected, Buffer.from(value!, 'hex')));
}
