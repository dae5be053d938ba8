// Seats of a training programme: who holds one, how many are free, and the lock every change of a
// trainee's place takes first. A seat is held by someone invited (until she answers or the link
// expires), accepted or completed; the waitlist moves up in the order people joined it.
// No server-only guard: the worker (plain Node) expires invitations and moves the waitlist up too.
import type { Prisma, TraineeStatus } from '@/lib/generated/prisma/client';

/** The statuses that hold one of the programme's seats. */
export const HOLDS_SEAT: readonly TraineeStatus[] = ['INVITED', 'ACCEPTED', 'COMPLETED'];

/**
 * Locks the programme's row for the rest of the transaction, so two answers, invitations or
 * decisions at once can never give the same last seat twice. Returns its seats, status and start,
 * or null when there is no such programme.
 */
export async function lockProgramme(tx: Prisma.TransactionClient, programmeId: string) {
  const rows = await tx.$queryRaw<{ seats: number; status: string; startsAt: Date }[]>`
    SELECT "seats", "status"::text AS "status", "startsAt" FROM "TrainingProgramme" WHERE "id" = ${programmeId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** How many seats are held now (call inside the transaction that took `lockProgramme`). */
export async function seatsTaken(tx: Prisma.TransactionClient, programmeId: string): Promise<number> {
  return tx.trainee.count({ where: { programmeId, status: { in: [...HOLDS_SEAT] } } });
}

/** Seats still free: never below zero (an officer may lower the seats below those already held). */
export async function seatsFree(tx: Prisma.TransactionClient, programmeId: string, seats: number): Promise<number> {
  return Math.max(0, seats - (await seatsTaken(tx, programmeId)));
}
