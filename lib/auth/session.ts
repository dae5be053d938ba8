import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { auth, resolveSessionUser, type SessionUser } from './auth';
import { signingSecret } from './secret';
import { SHOP_COOKIE, stillFits, verifyBuyerToken } from './shop-session';

/** Auth.js's session cookie (with `__Secure-` on https; `.0`, `.1`… when it is split). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** The signed-in account for this request (checked against the database), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // No session cookie, no session: a guest (most visitors of a per-visitor page such as /blood)
  // costs no pass through Auth.js.
  if (!(await cookies()).getAll().some((c) => SESSION_COOKIE.test(c.name))) return null;
  const session = await auth();
  return session?.user?.id ? session.user : null;
});

/**
 * The buyer signed in on the root host, as seen from a shop subdomain (only the buyer cookie
 * reaches it). Null for guests, for tokens whose account was suspended or signed out everywhere
 * since, and for tokens issued before any change of the account's roles (or to an officer/admin).
 */
export const getShopBuyer = cache(async (): Promise<SessionUser | null> => {
  const token = verifyBuyerToken((await cookies()).get(SHOP_COOKIE)?.value, signingSecret());
  const user = token ? await resolveSessionUser(token) : null;
  return user && token && stillFits(token, user.roles) ? user : null;
});
