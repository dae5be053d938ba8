// Device cookies (OWASP, "Blocking Brute Force Attacks"): after a successful sign-in the browser
// keeps a signed, long-lived, httpOnly token naming the account it signed in to. A sign-in that
// brings a valid one for the number it tries is counted on its own per-device allowance instead of
// the number's, so guesses from elsewhere — the same address even — can never lock the owner out
// on a phone she signed in with before. The token grants nothing else: the password is still
// needed. One cookie keeps tokens for a few accounts (a family shares a phone).
import { readToken, signToken } from '@/lib/security/signed-token';
import { randomBytes } from 'node:crypto';

export const DEVICE_COOKIE = 'haat.device';
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 3600;
/** Accounts one browser remembers at most (the newest kept). */
export const DEVICE_ACCOUNTS = 5;

export interface DeviceToken {
  uid: string;
  /** This device's random id: its own allowance is counted under it. */
  did: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const signDeviceToken = (token: DeviceToken, secret: string): string => signToken('haat.device', { ...token }, secret);

function verifyOne(value: string, secret: string, now: number): DeviceToken | null {
  const token = readToken('haat.device', value, secret, now);
  if (!token || typeof token.uid !== 'string' || typeof token.did !== 'string') return null;
  return { uid: token.uid, did: token.did, exp: token.exp as number };
}

/** The valid tokens in a cookie value (tokens joined by "~"); forged, expired or malformed ones are dropped. */
export function readDeviceCookie(value: string | undefined, secret: string, now = Date.now()): DeviceToken[] {
  if (!value || value.length > 4_096) return [];
  return value
    .split('~')
    .slice(0, DEVICE_ACCOUNTS)
    .map((part) => verifyOne(part, secret, now))
    .filter((t): t is DeviceToken => t !== null);
}

/** This device's token for an account, if the cookie holds a valid one. */
export function deviceTokenFor(value: string | undefined, uid: string, secret: string, now = Date.now()): DeviceToken | null {
  return readDeviceCookie(value, secret, now).find((t) => t.uid === uid) ?? null;
}

/** The cookie value after `uid` signed in on this device: its token renewed (same device id) and put first. */
export function rememberDevice(value: string | undefined, uid: string, secret: string, now = Date.now()): string {
  const tokens = readDeviceCookie(value, secret, now);
  const did = tokens.find((t) => t.uid === uid)?.did ?? randomBytes(16).toString('base64url');
  const fresh = { uid, did, exp: Math.floor(now / 1000) + DEVICE_COOKIE_MAX_AGE };
  return [fresh, ...tokens.filter((t) => t.uid !== uid)]
    .slice(0, DEVICE_ACCOUNTS)
    .map((t) => signDeviceToken(t, secret))
    .join('~');
}

/** One cookie from a Cookie request header (for Auth.js's authorize, which gets a plain Request). */
export function cookieFrom(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
