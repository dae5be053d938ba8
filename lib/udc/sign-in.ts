// The owner's first own sign-in after an operator registered something for her closes the
// operator's edit window (lib/udc/register.ts). Called by both ways of signing in (lib/auth/auth.ts).
import { db } from '@/lib/db';

export async function recordOwnSignIn(userId: string, at = new Date()): Promise<void> {
  await db.udcRegistration.updateMany({ where: { personId: userId, status: 'CONFIRMED', ownerSignedInAt: null }, data: { ownerSignedInAt: at } });
}
