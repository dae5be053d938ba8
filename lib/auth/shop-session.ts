// One sign-in for buyers across the shops' subdomains, without ever sending an officer's or
// admin's session there. The Auth.js session cookie stays host-only (root host alone, where the
// dashboard and console live); a second, buyer-only cookie — scoped to the root domain so every
// <shop>.<root> receives it — carries a signed {uid, sv} and is checked against the database like
// the session itself. Officers and admins never get it, and it carries a digest of the roles it
// was issued for: any role change (a buyer appointed officer) ends it on the shop hosts, while
// her session on the root host goes on.
import { readToken, signToken } from '@/lib/security/signed-token';
import { createHash } from 'node:crypto';
import type { Role } from '@/lib/generated/prisma/enums';

export const SHOP_COOKIE = 'haat.buyer';
export const SHOP_COOKIE_MAX_AGE = 30 * 24 * 3600;

export interface BuyerToken {
  uid: string;
  sv: number;
  /** rolesDigest() of the account's roles when the token was issued. */
  rd: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export const mayShareWithShops = (roles: readonly Role[]) => !roles.includes('OFFICER') && !roles.includes('ADMIN');

/** A short digest of a set of roles (order does not matter). */
export const rolesDigest = (roles: readonly Role[]) => createHash('sha256').update([...new Set(roles)].sort().join(',')).digest('base64url').slice(0, 16);

/** Whether a verified token still fits the account as it is now: same roles, and none that must stay off shop hosts. */
export const stillFits = (token: Pick<BuyerToken, 'rd'>, roles: readonly Role[]) => mayShareWithShops(roles) && token.rd === rolesDigest(roles);

/** The Domain attribute for the buyer cookie: the root host, or none where browsers refuse one. */
export function shopCookieDomain(rootDomain: string): string | undefined {
  const host = rootDomain.toLowerCase().replace(/:\d+$/, '');
  if (host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':')) return undefined;
  return host;
}

export const signBuyerToken = (token: BuyerToken, secret: string): string => signToken('haat.buyer', { ...token }, secret);

export function verifyBuyerToken(value: string | undefined, secret: string, now = Date.now()): Omit<BuyerToken, 'exp'> | null {
  const token = readToken('haat.buyer', value, secret, now);
  if (!token || typeof token.uid !== 'string' || typeof token.sv !== 'number' || typeof token.rd !== 'string') return null;
  return { uid: token.uid, sv: token.sv, rd: token.rd };
}
