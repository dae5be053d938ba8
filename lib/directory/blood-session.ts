// Who is asking to see donors' numbers, for this request: a person who confirmed a mobile number
// by SMS in the last two hours (the signed haat.donor cookie), or a signed-in account whose number
// is verified. Everyone else is an unconfirmed asker and sees masked numbers.
import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { signingSecret } from '@/lib/auth/secret';
import { REVEAL_COOKIE, REVEAL_TTL_SECONDS, signRevealToken, verifyRevealToken, type Asker } from './blood';

export type DonorAsker = (NonNullable<Asker> & { via: 'sms' | 'account' }) | null;

export const getDonorAsker = cache(async (): Promise<DonorAsker> => {
  const user = await getCurrentUser();
  if (user) {
    const account = await db.user.findUnique({ where: { id: user.id }, select: { phone: true, phoneVerifiedAt: true } });
    if (account?.phoneVerifiedAt) return { phone: account.phone, via: 'account' };
  }
  const phone = verifyRevealToken((await cookies()).get(REVEAL_COOKIE)?.value, signingSecret());
  return phone ? { phone, via: 'sms' } : null;
});

const isLocalHost = (host: string) => /^(localhost|[\d.]+|\[[\d:a-f]+\])(:\d+)?$/i.test(host);

/** Remembers, for two hours on this browser only, that it confirmed `phone` by SMS. */
export async function rememberConfirmedAsker(phone: string): Promise<void> {
  (await cookies()).set(REVEAL_COOKIE, signRevealToken(phone, signingSecret()), {
    httpOnly: true,
    sameSite: 'lax',
    secure: !isLocalHost(env().ROOT_DOMAIN),
    path: '/',
    maxAge: REVEAL_TTL_SECONDS,
  });
}
