// Auth.js: phone + password (the Credentials provider, fields `phone` and `password`, so
// POST /api/auth/callback/credentials works), plus a one-time login token used right after a
// number is confirmed by SMS. Sessions are JWTs that carry the user's sessionVersion; every read
// checks it and the account's status against the database, so suspending a user, changing or
// resetting a password, or "sign out everywhere" ends sessions on the very next request.
import { createHash } from 'node:crypto';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { cookies } from 'next/headers';
import { encodeHint, HINT_COOKIE } from '@/lib/visitor-hint';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/enums';
import { clientKey } from '@/lib/security/client';
import { giveBack, hit, type Limit } from '@/lib/security/rate-limit';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE, cookieFrom, deviceTokenFor, rememberDevice } from './device';
import { verifyPassword } from './passwords';
import { SHOP_COOKIE, SHOP_COOKIE_MAX_AGE, mayShareWithShops, rolesDigest, shopCookieDomain, signBuyerToken } from './shop-session';
import { signInSchema } from './schemas';
import { isActiveAccount } from './status';
import { signingSecret } from './secret';
import { recordOwnSignIn } from '@/lib/udc/sign-in';

/**
 * Wrong passwords are limited per (number, client) and per client across numbers, with a slower
 * limit per number whatever the client (a botnet). A browser that signed in to the account before
 * (a valid device cookie, see device.ts) skips all three and has its own per-device allowance, so
 * no one elsewhere can lock the owner out. Only failures count: a success gives its hits back.
 */
export const SIGN_IN_LIMITS = {
  perNumberClient: { max: 10, windowMs: 15 * 60_000 },
  // Generous: a mobile operator's shared address or a Union Digital Centre stands for many people.
  perClient: { max: 100, windowMs: 15 * 60_000 },
  perNumber: { max: 100, windowMs: 24 * 3_600_000 },
  perDevice: { max: 10, windowMs: 15 * 60_000 },
  /** A device cookie's allowance runs out for the day too (a shared computer keeps tokens after sign-out). */
  perDeviceDay: { max: 30, windowMs: 24 * 3_600_000 },
} as const;

class ThrottledSignIn extends CredentialsSignin {
  code = 'throttled';
}

export interface SessionUser {
  id: string;
  name: string;
  phone: string;
  roles: Role[];
  officerAreaId: number | null;
  locale: 'bn' | 'en';
  /** Signed in with a password someone else chose: only the change-password page until she picks her own. */
  mustChangePassword?: boolean;
}

/** The account behind a token, or null when it was suspended or its sessions were ended. */
export async function resolveSessionUser(token: { uid?: unknown; sv?: unknown }): Promise<SessionUser | null> {
  if (typeof token.uid !== 'string' || typeof token.sv !== 'number') return null;
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: { id: true, name: true, phone: true, roles: true, officerAreaId: true, locale: true, status: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !isActiveAccount(user) || user.sessionVersion !== token.sv) return null;
  const { status: _status, sessionVersion: _sv, ...rest } = user;
  return rest;
}

/** Where a sign-in attempt comes from: the client's limit key and the device cookie it brought, if any. */
export interface SignInSource {
  client: string;
  deviceCookie?: string;
}

/** Checks a phone and password under the limits above; null for any failure, ThrottledSignIn when limited. */
export async function authenticate(input: unknown, source: SignInSource): Promise<{ id: string; sv: number } | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { phone, password } = parsed.data;
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, status: true, sessionVersion: true, passwordHash: true } });
  const device = user && source.deviceCookie ? deviceTokenFor(source.deviceCookie, user.id, signingSecret()) : null;
  const counted: [string, Limit][] = device
    ? [
        [`signin:device:${phone}:${device.did}`, SIGN_IN_LIMITS.perDevice],
        [`signin:device-day:${phone}:${device.did}`, SIGN_IN_LIMITS.perDeviceDay],
      ]
    : [
        [`signin:pair:${phone}:${source.client}`, SIGN_IN_LIMITS.perNumberClient],
        [`signin:client:${source.client}`, SIGN_IN_LIMITS.perClient],
        [`signin:phone:${phone}`, SIGN_IN_LIMITS.perNumber],
      ];
  const hits = await Promise.all(counted.map(([key, limit]) => hit(key, limit)));
  if (hits.some((h) => !h.allowed)) throw new ThrottledSignIn();
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user || !isActiveAccount(user)) return null;
  await Promise.all(counted.map(([key]) => giveBack(key)));
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } });
  await recordOwnSignIn(user.id);
  return { id: user.id, sv: user.sessionVersion };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const loginTokenIdentifier = (phone: string) => `login:${phone}`;
export const hashLoginToken = sha256;

/** Uses up a one-time login token made when the number was just confirmed by SMS. */
export async function consumeLoginToken(phone: unknown, token: unknown): Promise<{ id: string; sv: number } | null> {
  if (typeof phone !== 'string' || typeof token !== 'string' || token.length < 32) return null;
  const removed = await db.verificationToken.deleteMany({ where: { identifier: loginTokenIdentifier(phone), token: sha256(token), expires: { gt: new Date() } } });
  if (removed.count !== 1) return null;
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, status: true, sessionVersion: true } });
  if (!user || !isActiveAccount(user)) return null;
  await recordOwnSignIn(user.id);
  return { id: user.id, sv: user.sessionVersion };
}

declare module 'next-auth' {
  interface Session {
    user: SessionUser & { email?: string | null; image?: string | null };
  }
  interface User {
    sv?: number;
  }
}

const SESSION_MAX_AGE = 30 * 24 * 3600;

/** The readable hint cached pages show her name from (lib/visitor-hint.ts); never trusted. */
export async function writeVisitorHint(account: { id: string; name: string; roles: readonly Role[] }): Promise<void> {
  const secure = Boolean(shopCookieDomain(env().ROOT_DOMAIN));
  (await cookies()).set(HINT_COOKIE, encodeHint(account), { httpOnly: false, sameSite: 'lax', secure, path: '/', maxAge: SESSION_MAX_AGE });
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      id: 'credentials',
      credentials: { phone: { label: 'Mobile number', type: 'tel' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const account = await authenticate(credentials, { client: clientKey(request.headers), deviceCookie: cookieFrom(request.headers.get('cookie'), DEVICE_COOKIE) });
        return account ? { id: account.id, sv: account.sv } : null;
      },
    }),
    Credentials({
      id: 'phone-token',
      credentials: { phone: {}, token: {} },
      async authorize(credentials) {
        const account = await consumeLoginToken(credentials.phone, credentials.token);
        return account ? { id: account.id, sv: account.sv } : null;
      },
    }),
  ],
  events: {
    // This browser is now a known device for the account (device.ts), and buyers get the cookie
    // that shop subdomains read (shop-session.ts).
    async signIn({ user }) {
      const jar = await cookies();
      const account = user.id ? await db.user.findUnique({ where: { id: user.id }, select: { id: true, name: true, roles: true, sessionVersion: true } }) : null;
      const domain = shopCookieDomain(env().ROOT_DOMAIN);
      if (account) {
        await writeVisitorHint(account);
        const remembered = rememberDevice(jar.get(DEVICE_COOKIE)?.value, account.id, signingSecret());
        jar.set(DEVICE_COOKIE, remembered, { httpOnly: true, sameSite: 'lax', secure: Boolean(domain), path: '/', maxAge: DEVICE_COOKIE_MAX_AGE });
      }
      if (!account || !mayShareWithShops(account.roles)) {
        jar.delete({ name: SHOP_COOKIE, domain });
        return;
      }
      const value = signBuyerToken({ uid: account.id, sv: account.sessionVersion, rd: rolesDigest(account.roles), exp: Math.floor(Date.now() / 1000) + SHOP_COOKIE_MAX_AGE }, signingSecret());
      jar.set(SHOP_COOKIE, value, { domain, httpOnly: true, sameSite: 'lax', secure: Boolean(domain), path: '/', maxAge: SHOP_COOKIE_MAX_AGE });
    },
    async signOut() {
      const jar = await cookies();
      jar.delete({ name: SHOP_COOKIE, domain: shopCookieDomain(env().ROOT_DOMAIN) });
      jar.delete(HINT_COOKIE);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sv ?? 0;
      }
      // Checked on every read: an ended session stops here, whatever the token's expiry says.
      const current = await resolveSessionUser(token as { uid?: unknown; sv?: unknown });
      if (!current) return null;
      token.name = current.name;
      token.user = current;
      return token;
    },
    session({ session, token }) {
      if (token.user) Object.assign(session.user, token.user as SessionUser);
      return session;
    },
  },
});
