// The waitlist moves up whenever a seat is given back: a declined or expired invitation, a refused
// application, someone the officer removed. Every one of those places calls moveUp inside its own
// transaction, after its change, so the seat is offered on in the same commit (and its SMS is
// queued only if that commit happens). Plain Node: the worker's expiry uses it too.
import type { Prisma } from '@/lib/generated/prisma/client';
import { sendSms } from '@/lib/notify/sms';
import { inviteLink, newInviteToken, SMS_PROVIDER_SELECT, smsTarget, TRAINING_SMS } from './invite-sms';
import { lockProgramme, seatsFree } from './seats';

/**
 * Offers the programme's free seats to the waitlist, earliest first: an invited person gets a
 * fresh link (status INVITED, SMS); someone whose application the officer already took gets the
 * seat outright (ACCEPTED, SMS). Nothing moves once the programme has started or is over.
 * Returns the trainees moved up.
 */
export async function moveUp(tx: Prisma.TransactionClient, programmeId: string, now = new Date()): Promise<string[]> {
  const locked = await lockProgramme(tx, programmeId);
  if (!locked || locked.startsAt <= now || (locked.status !== 'OPEN' && locked.status !== 'CLOSED')) return [];
  const free = await seatsFree(tx, programmeId, locked.seats);
  if (free === 0) return [];
  const programme = await tx.trainingProgramme.findUniqueOrThrow({ where: { id: programmeId }, select: { titleBn: true, titleEn: true, startsAt: true, venue: true } });
  const next = await tx.trainee.findMany({
    where: { programmeId, status: 'WAITLISTED' },
    orderBy: [{ waitlistedAt: 'asc' }, { createdAt: 'asc' }],
    take: free,
    select: { id: true, source: true, provider: { select: SMS_PROVIDER_SELECT } },
  });
  for (const trainee of next) {
    const { to, locale } = smsTarget(trainee.provider);
    if (trainee.source === 'APPLIED') {
      await tx.trainee.update({ where: { id: trainee.id }, data: { status: 'ACCEPTED', waitlistedAt: null } });
      await sendSms(to, TRAINING_SMS.seatConfirmed(programme, locale), `training:seat:${trainee.id}`, { tx });
    } else {
      const { token, hash } = newInviteToken();
      await tx.trainee.update({ where: { id: trainee.id }, data: { status: 'INVITED', waitlistedAt: null, invitedAt: now, inviteTokenHash: hash, inviteExpiresAt: programme.startsAt } });
      await sendSms(to, TRAINING_SMS.movedUp(programme, locale, inviteLink(token, locale)), `training:moved-up:${trainee.id}`, { tx });
    }
  }
  return next.map((t) => t.id);
}
