import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { auth, resolveSessionUser, type SessionUser } from './auth';
import { SHOP_COOKIE, verifyBuyerToken } from './shop-session';

/** The signed-in account for this request (checked against the database), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return session?.user?.id ? session.user : null;
});

/**
 * The buyer signed in on the root host, as seen from a shop subdomain (only the buyer cookie
 * reaches it). Null for guests, and for tokens whose account was suspended or signed out
 * everywhere since.
 */
export const getShopBuyer = cache(async (): Promise<SessionUser | null> => {
  const token = verifyBuyerToken((await cookies()).get(SHOP_COOKIE)?.value, process.env.AUTH_SECRET ?? '');
  return token ? resolveSessionUser(token) : null;
});
