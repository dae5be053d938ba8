// Invitations and answers. An officer invites candidates of an OPEN programme: while seats are
// free each is INVITED (and holds a seat until she answers or the link expires at the start),
// after that WAITLISTED in the order invited. Each gets one SMS with her own link. She answers on
// /training/invite/<token>, signed in as herself or with an SMS code to her number; a decline
// gives the seat back and the waitlist moves up (waitlist.ts). Officers also decide applications
// and withdraw invitations. Every change locks the programme first (seats.ts) and is audited.
import 'server-only';
import { audit } from '@/lib/console/audit';
import type { Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sendSms } from '@/lib/notify/sms';
import { hit } from '@/lib/security/rate-limit';
import { programmeInScope } from './access';
import { realCandidates } from './candidates';
import { hashInviteToken, inviteLink, isInviteToken, newInviteToken, SMS_PROVIDER_SELECT, smsTarget, TRAINING_SMS } from './invite-sms';
import { MAX_INVITES } from './invite-schemas';
import { HOLDS_SEAT, lockProgramme, seatsFree } from './seats';
import { moveUp } from './waitlist';

const refuse = (key: string) => new AppError('conflict', key);

export interface InviteResult {
  invited: number;
  waitlisted: number;
  /** Already had a place in the programme (invited, applied, declined…): nothing new for them. */
  already: number;
}

/** Invitations (SMS) one officer's account may send in a day, across her programmes. */
export const INVITE_QUOTA = { max: 500, windowMs: 24 * 3_600_000 };

/**
 * Invites providers to an OPEN programme. Every id is checked again here: one that is not a
 * candidate of this programme in the officer's scope (an id edited into the form) refuses the
 * whole request with "not found", and nothing is written.
 */
export async function invite(scope: Scope, programmeId: string, providerIds: string[], now = new Date()): Promise<InviteResult> {
  const programme = await programmeInScope(scope, programmeId);
  const ids = [...new Set(providerIds)];
  if (ids.length === 0) throw new AppError('invalid', 'nothingChosen');
  if (ids.length > MAX_INVITES) throw new AppError('invalid', 'tooMany');
  if (programme.status !== 'OPEN') throw refuse('notOpen');
  if (programme.startsAt <= now) throw refuse('started');
  const real = await realCandidates(scope, programme, ids);
  if (ids.some((id) => !real.has(id))) throw notFound();

  return db.$transaction(async (tx) => {
    const locked = await lockProgramme(tx, programme.id);
    if (!locked || locked.status !== 'OPEN') throw refuse('notOpen');
    if (locked.startsAt <= now) throw refuse('started');
    const existing = new Set((await tx.trainee.findMany({ where: { programmeId: programme.id, providerId: { in: ids } }, select: { providerId: true } })).map((t) => t.providerId));
    let free = await seatsFree(tx, programme.id, locked.seats);
    const providers = await tx.provider.findMany({ where: { id: { in: ids.filter((id) => !existing.has(id)) } }, select: { id: true, ...SMS_PROVIDER_SELECT } });
    // Each invitation is an SMS in Haat's name: an officer's account sends at most so many a day.
    const quota = await hit(`training:invite:${scope.user.id}`, INVITE_QUOTA, Math.max(1, providers.length));
    if (!quota.allowed) throw new AppError('rateLimited', 'inviteQuota', quota.retryAfterSeconds);
    // In the order the officer chose them: the first chosen get the seats, the rest wait in that order.
    providers.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    const result: InviteResult = { invited: 0, waitlisted: 0, already: existing.size };
    for (const [i, provider] of providers.entries()) {
      const seat = free > 0;
      const { token, hash } = newInviteToken();
      const trainee = await tx.trainee.create({
        data: {
          programmeId: programme.id,
          providerId: provider.id,
          source: 'INVITED',
          status: seat ? 'INVITED' : 'WAITLISTED',
          invitedAt: now,
          waitlistedAt: seat ? null : new Date(now.getTime() + i),
          inviteTokenHash: hash,
          inviteExpiresAt: locked.startsAt,
        },
      });
      const { to, locale } = smsTarget(provider);
      const text = seat ? TRAINING_SMS.invited(programme, locale, inviteLink(token, locale)) : TRAINING_SMS.waitlisted(programme, locale, inviteLink(token, locale));
      await sendSms(to, text, `training:${seat ? 'invite' : 'waitlist'}:${trainee.id}`, { tx });
      if (seat) {
        free--;
        result.invited++;
      } else result.waitlisted++;
    }
    await audit(tx, {
      actorId: scope.user.id,
      action: 'training.invite',
      subject: 'TrainingProgramme',
      subjectId: programme.id,
      areaId: programme.areaId,
      after: { invited: result.invited, waitlisted: result.waitlisted, already: result.already, providers: providers.map((p) => p.id) },
    });
    return result;
  });
}

// ─────────────────────────────── the provider's answer ───────────────────────────────

const INVITE_SELECT = {
  id: true,
  status: true,
  source: true,
  inviteExpiresAt: true,
  respondedAt: true,
  waitlistedAt: true,
  programme: {
    select: {
      id: true,
      titleBn: true,
      titleEn: true,
      office: true,
      description: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      venue: true,
      /** Shown on her invitation page once she has a firm place, never on public pages. */
      onlineLink: true,
      costPoisha: true,
      allowancePoisha: true,
      eligibility: true,
      status: true,
      seats: true,
      area: { select: { nameBn: true, nameEn: true } },
      sessions: { orderBy: { startsAt: 'asc' }, select: { startsAt: true, endsAt: true, topic: true } },
    },
  },
  provider: { select: { id: true, nameBn: true, userId: true, ...SMS_PROVIDER_SELECT } },
} satisfies Prisma.TraineeSelect;

/** The invitation behind a link, or null (a malformed or unknown token). */
export async function inviteByToken(token: string) {
  if (!isInviteToken(token)) return null;
  return db.trainee.findUnique({ where: { inviteTokenHash: hashInviteToken(token) }, select: INVITE_SELECT });
}

export type Invitation = NonNullable<Awaited<ReturnType<typeof inviteByToken>>>;

/** Whether the link still works at `now`: until the programme starts, and not once it is over. */
export const inviteOpen = (invitation: Pick<Invitation, 'inviteExpiresAt' | 'programme'>, now = new Date()) =>
  (invitation.inviteExpiresAt ?? invitation.programme.startsAt) > now && invitation.programme.startsAt > now && (invitation.programme.status === 'OPEN' || invitation.programme.status === 'CLOSED');

/** Where a code for this invitation goes: the provider's own number. */
export const invitationPhone = (invitation: Invitation) => smsTarget(invitation.provider).to;

export type Answer = 'accept' | 'decline';

/**
 * Records her answer. `asUser` is the signed-in account (it must be the provider's own); null
 * means she proved the number with a code (the action checked it). Refusals are "conflict" with
 * the reason as the message key: expired, alreadyAccepted, alreadyDeclined, waitlisted, noSeat, closed.
 */
export async function answerInvite(token: string, answer: Answer, asUser: { id: string } | null, now = new Date()): Promise<'accepted' | 'declined'> {
  const invitation = await inviteByToken(token);
  if (!invitation) throw notFound();
  if (asUser && invitation.provider.userId !== asUser.id) throw new AppError('forbidden', 'notYours');
  return recordAnswer(invitation, answer, now);
}

/**
 * The same answer from her own dashboard, signed in: her place in a programme, found by its id and
 * her account (anyone else's place is "not found").
 */
export async function answerOwnPlace(userId: string, traineeId: string, answer: Answer, now = new Date()): Promise<'accepted' | 'declined'> {
  if (typeof traineeId !== 'string' || traineeId.length > 40) throw notFound();
  const invitation = await db.trainee.findFirst({ where: { id: traineeId, provider: { userId } }, select: INVITE_SELECT });
  if (!invitation) throw notFound();
  return recordAnswer(invitation, answer, now);
}

async function recordAnswer(invitation: Invitation, answer: Answer, now: Date): Promise<'accepted' | 'declined'> {
  return db.$transaction(async (tx) => {
    const locked = await lockProgramme(tx, invitation.programme.id);
    const current = await tx.trainee.findUniqueOrThrow({ where: { id: invitation.id }, select: { status: true, inviteExpiresAt: true } });
    if (!locked || !inviteOpen({ inviteExpiresAt: current.inviteExpiresAt, programme: { ...invitation.programme, status: locked.status as Invitation['programme']['status'], startsAt: locked.startsAt } }, now)) throw refuse('expired');
    if (answer === 'accept') {
      if (current.status === 'ACCEPTED' || current.status === 'COMPLETED') throw refuse('alreadyAccepted');
      if (current.status === 'WAITLISTED') throw refuse('waitlisted');
      if (current.status === 'DECLINED') throw refuse('alreadyDeclined');
      if (current.status !== 'INVITED') throw refuse('closed');
      // Her invitation holds a seat; but if the seats were lowered since, the firm places come first.
      const firm = await tx.trainee.count({ where: { programmeId: invitation.programme.id, status: { in: ['ACCEPTED', 'COMPLETED'] } } });
      if (firm >= locked.seats) throw refuse('noSeat');
      await tx.trainee.update({ where: { id: invitation.id }, data: { status: 'ACCEPTED', respondedAt: now } });
      return 'accepted';
    }
    if (current.status === 'DECLINED') throw refuse('alreadyDeclined');
    if (!(['INVITED', 'WAITLISTED', 'ACCEPTED'] as string[]).includes(current.status)) throw refuse('closed');
    await tx.trainee.update({ where: { id: invitation.id }, data: { status: 'DECLINED', respondedAt: now, waitlistedAt: null } });
    if (HOLDS_SEAT.includes(current.status)) await moveUp(tx, invitation.programme.id, now);
    return 'declined';
  });
}

// ─────────────────────────────── the officer's decisions ───────────────────────────────

async function traineeOf(tx: Prisma.TransactionClient, programmeId: string, traineeId: string) {
  const trainee = await tx.trainee.findFirst({ where: { id: traineeId, programmeId }, select: { id: true, status: true, source: true, provider: { select: SMS_PROVIDER_SELECT } } });
  if (!trainee) throw notFound();
  return trainee;
}

/**
 * An officer takes an application (ACCEPTED while a seat is free, else WAITLISTED) or refuses it
 * (REJECTED; a seat it held goes to the waitlist). The applicant is told by SMS.
 */
export async function decideApplication(scope: Scope, programmeId: string, traineeId: string, decision: 'accept' | 'refuse', now = new Date()): Promise<'ACCEPTED' | 'WAITLISTED' | 'REJECTED'> {
  const programme = await programmeInScope(scope, programmeId);
  return db.$transaction(async (tx) => {
    const locked = await lockProgramme(tx, programme.id);
    if (!locked) throw notFound();
    const trainee = await traineeOf(tx, programme.id, traineeId);
    if (trainee.source !== 'APPLIED') throw notFound();
    const { to, locale } = smsTarget(trainee.provider);
    let status: 'ACCEPTED' | 'WAITLISTED' | 'REJECTED';
    // The same decision again (a double tap, a second officer at once): already done, nothing changes.
    if (decision === 'accept' && (trainee.status === 'ACCEPTED' || trainee.status === 'WAITLISTED')) return trainee.status;
    if (decision === 'refuse' && trainee.status === 'REJECTED') return trainee.status;
    if (decision === 'accept') {
      if (trainee.status !== 'APPLIED') throw refuse('alreadyDecided');
      if (locked.status !== 'OPEN' && locked.status !== 'CLOSED') throw refuse('notOpen');
      if (locked.startsAt <= now) throw refuse('started');
      const seat = (await seatsFree(tx, programme.id, locked.seats)) > 0;
      status = seat ? 'ACCEPTED' : 'WAITLISTED';
      const { token, hash } = newInviteToken();
      await tx.trainee.update({
        where: { id: trainee.id },
        // A link for her too: to see her place and give it back if she cannot come.
        data: { status, waitlistedAt: seat ? null : now, decidedById: scope.user.id, decidedAt: now, inviteTokenHash: hash, inviteExpiresAt: locked.startsAt },
      });
      await sendSms(to, seat ? TRAINING_SMS.seatConfirmed(programme, locale) : TRAINING_SMS.waitlisted(programme, locale, inviteLink(token, locale)), `training:application:${trainee.id}`, { tx });
    } else {
      if (!(['APPLIED', 'WAITLISTED', 'ACCEPTED'] as string[]).includes(trainee.status)) throw refuse('alreadyDecided');
      status = 'REJECTED';
      await tx.trainee.update({ where: { id: trainee.id }, data: { status, waitlistedAt: null, decidedById: scope.user.id, decidedAt: now } });
      await sendSms(to, TRAINING_SMS.applicationRefused(programme, locale), `training:refused:${trainee.id}`, { tx });
      if (HOLDS_SEAT.includes(trainee.status)) await moveUp(tx, programme.id, now);
    }
    await audit(tx, {
      actorId: scope.user.id,
      action: decision === 'accept' ? 'training.application.accept' : 'training.application.refuse',
      subject: 'Trainee',
      subjectId: trainee.id,
      areaId: programme.areaId,
      before: { status: trainee.status },
      after: { status },
    });
    return status;
  });
}

/** An officer withdraws an invitation (invited, waitlisted or accepted): she is told, the seat moves on. */
export async function withdrawInvitation(scope: Scope, programmeId: string, traineeId: string, now = new Date()): Promise<void> {
  const programme = await programmeInScope(scope, programmeId);
  await db.$transaction(async (tx) => {
    await lockProgramme(tx, programme.id);
    const trainee = await traineeOf(tx, programme.id, traineeId);
    if (trainee.source !== 'INVITED') throw notFound();
    if (!(['INVITED', 'WAITLISTED', 'ACCEPTED'] as string[]).includes(trainee.status)) throw refuse('alreadyDecided');
    await tx.trainee.update({ where: { id: trainee.id }, data: { status: 'WITHDRAWN', waitlistedAt: null, decidedById: scope.user.id, decidedAt: now } });
    const { to, locale } = smsTarget(trainee.provider);
    await sendSms(to, TRAINING_SMS.withdrawn(programme, locale), `training:withdrawn:${trainee.id}`, { tx });
    if (HOLDS_SEAT.includes(trainee.status)) await moveUp(tx, programme.id, now);
    await audit(tx, { actorId: scope.user.id, action: 'training.invitation.withdraw', subject: 'Trainee', subjectId: trainee.id, areaId: programme.areaId, before: { status: trainee.status }, after: { status: 'WITHDRAWN' } });
  });
}

// ─────────────────────────────── the trainees tab ───────────────────────────────

export const TRAINEE_TABS = ['all', 'INVITED', 'ACCEPTED', 'APPLIED', 'WAITLISTED', 'DECLINED'] as const;
export type TraineeTab = (typeof TRAINEE_TABS)[number];

/** The programme's people for the trainees tab: counts by status and the rows of one tab. */
export async function programmeTrainees(scope: Scope, programmeId: string, tab: TraineeTab) {
  const programme = await programmeInScope(scope, programmeId);
  const grouped = await db.trainee.groupBy({ by: ['status'], where: { programmeId: programme.id }, _count: { _all: true } });
  const counts = Object.fromEntries(grouped.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>;
  const trainees = await db.trainee.findMany({
    where: { programmeId: programme.id, ...(tab === 'all' ? {} : { status: tab }) },
    orderBy: [{ status: 'asc' }, { waitlistedAt: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: {
      id: true,
      status: true,
      source: true,
      invitedAt: true,
      respondedAt: true,
      waitlistedAt: true,
      createdAt: true,
      provider: { select: { id: true, nameBn: true, phone: true, experienceYears: true, verification: true, area: { select: { nameBn: true, nameEn: true } } } },
    },
  });
  const held = HOLDS_SEAT.reduce((n, s) => n + (counts[s] ?? 0), 0);
  return { programme, counts, trainees, held };
}
