// The worker's hourly training upkeep (plain Node, no server-only imports). The day before a
// programme starts (in Dhaka) each ACCEPTED trainee gets one reminder: `reminderSentAt` is set in
// the same transaction as the queued SMS, conditionally, so a rerun or a second worker never sends
// another. Invitations past their link's expiry become EXPIRED and their seats go to the waitlist
// (moveUp does nothing once the programme has started: then they simply expire).
import { db } from '@/lib/db/client';
import { sendSms } from '@/lib/notify/sms';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { SMS_PROVIDER_SELECT, smsTarget, TRAINING_SMS } from './invite-sms';
import { lockProgramme } from './seats';
import { moveUp } from './waitlist';

const DAY = 86_400_000;

export async function sendTrainingReminders(now = new Date()): Promise<number> {
  const tomorrow = addDays(dhakaDay(now), 1);
  const due = await db.trainee.findMany({
    where: { status: 'ACCEPTED', reminderSentAt: null, programme: { status: { in: ['OPEN', 'CLOSED'] }, startsAt: { gt: now, lt: new Date(now.getTime() + 2 * DAY) } } },
    select: { id: true, programme: { select: { titleBn: true, titleEn: true, startsAt: true, venue: true } }, provider: { select: SMS_PROVIDER_SELECT } },
  });
  let sent = 0;
  for (const trainee of due.filter((t) => dhakaDay(t.programme.startsAt) <= tomorrow)) {
    sent += await db.$transaction(async (tx) => {
      const marked = await tx.trainee.updateMany({ where: { id: trainee.id, status: 'ACCEPTED', reminderSentAt: null }, data: { reminderSentAt: now } });
      if (marked.count === 0) return 0;
      const { to, locale } = smsTarget(trainee.provider);
      await sendSms(to, TRAINING_SMS.reminder(trainee.programme, locale), `training:reminder:${trainee.id}`, { tx });
      return 1;
    });
  }
  return sent;
}

/** Invitations (and waitlist places) whose link ran out: EXPIRED, the seat offered on while it can be. */
export async function expireInvitations(now = new Date()): Promise<number> {
  const due = await db.trainee.findMany({ where: { status: { in: ['INVITED', 'WAITLISTED'] }, inviteExpiresAt: { lte: now } }, select: { programmeId: true }, distinct: ['programmeId'] });
  let expired = 0;
  for (const { programmeId } of due) {
    expired += await db.$transaction(async (tx) => {
      await lockProgramme(tx, programmeId);
      const changed = await tx.trainee.updateMany({ where: { programmeId, status: { in: ['INVITED', 'WAITLISTED'] }, inviteExpiresAt: { lte: now } }, data: { status: 'EXPIRED', waitlistedAt: null } });
      if (changed.count) await moveUp(tx, programmeId, now);
      return changed.count;
    });
  }
  return expired;
}

export async function trainingUpkeep(now = new Date()): Promise<{ reminded: number; expired: number }> {
  const expired = await expireInvitations(now);
  const reminded = await sendTrainingReminders(now);
  return { reminded, expired };
}
