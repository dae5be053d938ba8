// The owner's own sign-in, or any action of her own, closes the operator's edit window on what an
// operator registered for her (lib/udc/register.ts): the rows made on her account and any still
// waiting for a code to her number (confirmRegistration keeps the mark). Called by both ways of
// signing in (lib/auth/auth.ts) and by the action pipeline for every signed-in action
// (lib/forms/action.ts); an operator acting for her goes through her own account, never this.
import { db } from '@/lib/db';

export async function recordOwnSignIn(userId: string, at = new Date()): Promise<void> {
  await db.$executeRaw`
    UPDATE "UdcRegistration" SET "ownerSignedInAt" = ${at}
    WHERE "ownerSignedInAt" IS NULL
      AND ("personId" = ${userId} OR ("status" = 'PENDING' AND "phone" = (SELECT phone FROM "User" WHERE id = ${userId})))`;
}
