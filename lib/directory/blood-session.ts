// Who is asking to see donors' numbers, for this request: a person who confirmed a mobile number
// by SMS in the last two hours (the signed haat.donor cookie), or a signed-in account whose number
// is verified. Everyone else is an unconfirmed asker and sees masked numbers. The same query gives a
// signed-in visitor's own donor record, so /blood costs a guest no query and a signed-in one one.
import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { signingSecret } from '@/lib/auth/secret';
import { BLOOD_CATEGORY, ownDonorSelect, REVEAL_COOKIE, REVEAL_TTL_SECONDS, signRevealToken, verifyRevealToken, type Asker, type OwnDonorProfile } from './blood';

export type DonorAsker = (NonNullable<Asker> & { via: 'sms' | 'account' }) | null;

export interface DonorVisitor {
  asker: DonorAsker;
  /** The signed-in account's own donor record (null when she has none, or for a guest). */
  own: OwnDonorProfile | null;
  /** Signed in with a number confirmed by SMS: may register as a donor. */
  confirmed: boolean;
}

/** Who is looking at /blood, in one query for a signed-in account and none for a guest. */
export const getDonorVisitor = cache(async (): Promise<DonorVisitor> => {
  const user = await getCurrentUser();
  if (user) {
    const account = await db.user.findUnique({
      where: { id: user.id },
      select: { phone: true, phoneVerifiedAt: true, provider: { select: { ...ownDonorSelect, categories: { where: { category: { slug: BLOOD_CATEGORY } }, select: { categoryId: true } } } } },
    });
    const own = account?.provider?.categories.length ? account.provider : null;
    if (account?.phoneVerifiedAt) return { asker: { phone: account.phone, via: 'account' }, own, confirmed: true };
    return { asker: await smsAsker(), own, confirmed: false };
  }
  return { asker: await smsAsker(), own: null, confirmed: false };
});

async function smsAsker(): Promise<DonorAsker> {
  const phone = verifyRevealToken((await cookies()).get(REVEAL_COOKIE)?.value, signingSecret());
  return phone ? { phone, via: 'sms' } : null;
}


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
