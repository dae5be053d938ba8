// Creating accounts. One number, one account: a single INSERT … ON CONFLICT makes sending the
// sign-up form twice (or from two phones at once) create exactly one, and an unconfirmed account
// is simply refreshed with the newest name and password.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';

export type Registration = 'pending' | 'taken';

export async function registerPendingAccount(input: { name: string; phone: string; passwordHash: string }): Promise<Registration> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "User" (id, phone, name, "passwordHash", status, roles, "updatedAt")
    VALUES (${randomUUID()}, ${input.phone}, ${input.name}, ${input.passwordHash}, 'PENDING', '{BUYER}', now())
    ON CONFLICT (phone) DO UPDATE SET name = EXCLUDED.name, "passwordHash" = EXCLUDED."passwordHash", "updatedAt" = now()
      WHERE "User".status = 'PENDING'
    RETURNING id`;
  return rows.length === 1 ? 'pending' : 'taken';
}
