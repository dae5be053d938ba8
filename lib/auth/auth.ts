// Auth.js: phone + password (the Credentials provider, fields `phone` and `password`, so
// POST /api/auth/callback/credentials works), plus a one-time login token used right after a
// number is confirmed by SMS. Sessions are JWTs that carry the user's sessionVersion; every read
// checks it and the account's status against the database, so suspending a user, changing or
// resetting a password, or "sign out everywhere" ends sessions on the very next request.
import { createHash } from 'node:crypto';
import { PrismaAdapter } from '@auth/prisma-adapter';
import { cookies } from 'next/headers';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { clientKey } from '@/lib/security/client';
import { hit, reset } from '@/lib/security/rate-limit';
import { verifyPassword } from './passwords';
import { SHOP_COOKIE, SHOP_COOKIE_MAX_AGE, mayShareWithShops, shopCookieDomain, signBuyerToken } from './shop-session';
import { signInSchema } from './schemas';

export const SIGN_IN_LIMITS = {
  perNumber: { max: 10, windowMs: 15 * 60_000 },
  perClient: { max: 40, windowMs: 15 * 60_000 },
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
}

/** The account behind a token, or null when it was suspended or its sessions were ended. */
export async function resolveSessionUser(token: { uid?: unknown; sv?: unknown }): Promise<SessionUser | null> {
  if (typeof token.uid !== 'string' || typeof token.sv !== 'number') return null;
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: { id: true, name: true, phone: true, roles: true, officerAreaId: true, locale: true, status: true, sessionVersion: true },
  });
  if (!user || user.status !== 'ACTIVE' || user.sessionVersion !== token.sv) return null;
  const { status: _status, sessionVersion: _sv, ...rest } = user;
  return rest;
}

/** Checks a phone and password, throttled per number and per client; null for any failure. */
export async function authenticate(input: unknown, clientKey: string): Promise<{ id: string; sv: number } | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { phone, password } = parsed.data;
  const [byNumber, byClient] = await Promise.all([hit(`signin:phone:${phone}`, SIGN_IN_LIMITS.perNumber), hit(`signin:client:${clientKey}`, SIGN_IN_LIMITS.perClient)]);
  if (!byNumber.allowed || !byClient.allowed) throw new ThrottledSignIn();
  const user = await db.user.findUnique({ where: { phone }, select: { id: true, status: true, sessionVersion: true, passwordHash: true } });
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user || user.status !== 'ACTIVE') return null;
  await reset(`signin:phone:${phone}`);
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } });
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
  return user && user.status === 'ACTIVE' ? { id: user.id, sv: user.sessionVersion } : null;
}

declare module 'next-auth' {
  interface Session {
    user: SessionUser & { email?: string | null; image?: string | null };
  }
  interface User {
    sv?: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    Credentials({
      id: 'credentials',
      credentials: { phone: { label: 'Mobile number', type: 'tel' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const account = await authenticate(credentials, clientKey(request.headers));
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
    // The buyer-only cookie that shop subdomains read (see shop-session.ts).
    async signIn({ user }) {
      const jar = await cookies();
      const account = user.id ? await db.user.findUnique({ where: { id: user.id }, select: { id: true, roles: true, sessionVersion: true } }) : null;
      const domain = shopCookieDomain(process.env.ROOT_DOMAIN ?? 'localhost:3000');
      if (!account || !mayShareWithShops(account.roles)) {
        jar.delete({ name: SHOP_COOKIE, domain });
        return;
      }
      const value = signBuyerToken({ uid: account.id, sv: account.sessionVersion, exp: Math.floor(Date.now() / 1000) + SHOP_COOKIE_MAX_AGE }, process.env.AUTH_SECRET ?? '');
      jar.set(SHOP_COOKIE, value, { domain, httpOnly: true, sameSite: 'lax', secure: Boolean(domain), path: '/', maxAge: SHOP_COOKIE_MAX_AGE });
    },
    async signOut() {
      (await cookies()).delete({ name: SHOP_COOKIE, domain: shopCookieDomain(process.env.ROOT_DOMAIN ?? 'localhost:3000') });
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
