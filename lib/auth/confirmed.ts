// Who may post what the public will call: an active account whose number was confirmed by SMS.
// Shared by the notices people post under their account (rentals, livestock).
import 'server-only';
import { db } from '@/lib/db';
import { forbidden } from '@/lib/errors';
import { isActiveAccount } from './status';

/** Refuses (forbidden, `phoneUnconfirmed`) an account whose number is not confirmed or that is not active. */
export async function assertPhoneConfirmed(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { phoneVerifiedAt: true, status: true } });
  if (!user?.phoneVerifiedAt || !isActiveAccount(user)) throw forbidden('phoneUnconfirmed');
}
