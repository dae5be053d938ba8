// Appeals against a suspension: the owner of a suspended provider profile, shop, product or rental
// sends one per suspension, and officers decide them on the appeals page. Appeals carry no area: an
// appeal is in an officer's scope when its subject is, also when an id comes typed into a form. A
// decision is a conditional update from OPEN (the second of two officers is told it was already
// decided), written to the audit log in the same transaction; RESOLVED reinstates the record.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CaseStatus } from '@/lib/generated/prisma/enums';
import { plainText } from '@/lib/i18n/text-input';
import { sendSms } from '@/lib/notify/sms';
import { audit } from './audit';
import { isRecordSubject, recordHref, reinstateRecord, type RecordSubject } from './records';
import { assertAreaInScope, type Scope } from './scope';
import { describeSubjects, OUTCOMES, smsQuote, subjectInScope, subjectKey, type Client, type Outcome, type SubjectInfo, type SubjectRef } from './subjects';

export const appealDecisionSchema = z.object({
  outcome: z.enum(OUTCOMES, { error: 'outcomeRequired' }),
  decision: plainText(500, 'decisionTooLong').pipe(z.string().min(1, 'decisionRequired')),
});

export const APPEAL_MIN_LENGTH = 10;
export const appealSchema = z.object({
  text: plainText(1000, 'appealTooLong').pipe(z.string().min(1, 'appealRequired').min(APPEAL_MIN_LENGTH, 'appealTooShort')),
});

// ───────────────────────────── the owner's side ─────────────────────────────

/**
 * When the subject's current suspension began: the newest audit entry about it whose `after`
 * says SUSPENDED (records.ts writes one with every suspension). Null when there is none
 * (e.g. a record suspended before the audit log existed).
 */
export async function suspendedSince(subject: RecordSubject, subjectId: string, client: Client = db): Promise<Date | null> {
  const entry = await client.auditLog.findFirst({
    where: { subject, subjectId, after: { path: ['status'], equals: 'SUSPENDED' } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  return entry?.createdAt ?? null;
}

/**
 * The appeal against the current suspension, if one was sent: an open one, or any sent since the
 * suspension began. Without a known start, any earlier appeal counts — one appeal, never two.
 */
async function appealOfThisSuspension(subject: RecordSubject, subjectId: string, client: Client) {
  const since = await suspendedSince(subject, subjectId, client);
  return client.appeal.findFirst({
    where: { subject, subjectId, ...(since ? { OR: [{ status: 'OPEN' }, { createdAt: { gte: since } }] } : {}) },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, text: true, decision: true, createdAt: true, decidedAt: true },
  });
}

async function ownSubject(userId: string, subject: RecordSubject, subjectId: string, client: Client): Promise<SubjectInfo> {
  const info = (await describeSubjects([{ subject, subjectId }], client)).get(subjectKey({ subject, subjectId }));
  if (!info || info.ownerId !== userId) throw notFound();
  return info;
}

export interface AppealBoxState {
  /** Why the officer suspended it, as they wrote it. */
  reason: string | null;
  appeal: { status: CaseStatus; text: string; decision: string | null; createdAt: Date; decidedAt: Date | null } | null;
  canAppeal: boolean;
}

/** What the owner of a suspended record sees: the reason, their appeal and whether they may still send one. Null when it is not suspended. */
export async function getAppealBox(userId: string, subject: RecordSubject, subjectId: string): Promise<AppealBoxState | null> {
  const info = await ownSubject(userId, subject, subjectId, db).catch(() => null);
  if (!info || info.status !== 'SUSPENDED') return null;
  const appeal = await appealOfThisSuspension(subject, subjectId, db);
  return { reason: info.statusReason, appeal: appeal && { status: appeal.status, text: appeal.text, decision: appeal.decision, createdAt: appeal.createdAt, decidedAt: appeal.decidedAt }, canAppeal: !appeal };
}

/** The owner's one appeal against the current suspension of their provider profile, shop or product. */
export async function fileAppeal(user: { id: string }, subject: RecordSubject, subjectId: string, text: string) {
  if (text.trim().length < APPEAL_MIN_LENGTH) throw new AppError('invalid', 'appealTooShort');
  return db.$transaction(async (tx) => {
    // Two taps on "send" (or two phones) must not make two appeals.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`appeal:${subject}:${subjectId}`}))`;
    const info = await ownSubject(user.id, subject, subjectId, tx);
    if (info.status !== 'SUSPENDED') throw new AppError('conflict', 'notSuspended');
    if (await appealOfThisSuspension(subject, subjectId, tx)) throw new AppError('conflict', 'alreadyAppealed');
    return tx.appeal.create({ data: { subject, subjectId, userId: user.id, text: text.trim() }, select: { id: true } });
  });
}

// ───────────────────────────── the officer's side ─────────────────────────────

export interface AppealItem extends SubjectRef {
  id: string;
  href: string | null;
  text: string;
  status: CaseStatus;
  decision: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  appellant: { name: string; phone: string };
  decidedBy: string | null;
  info: SubjectInfo | null;
}

const appealSelect = {
  id: true,
  subject: true,
  subjectId: true,
  text: true,
  status: true,
  decision: true,
  createdAt: true,
  decidedAt: true,
  user: { select: { name: true, phone: true } },
  decidedBy: { select: { name: true } },
} as const;

async function appealsInScope(scope: Scope, rows: Prisma.AppealGetPayload<{ select: typeof appealSelect }>[]): Promise<AppealItem[]> {
  const infos = await describeSubjects(rows);
  return rows
    .filter((a) => subjectInScope(scope, infos.get(subjectKey(a))))
    .map((a) => ({
      id: a.id,
      subject: a.subject,
      subjectId: a.subjectId,
      href: recordHref(a.subject, a.subjectId),
      text: a.text,
      status: a.status,
      decision: a.decision,
      createdAt: a.createdAt,
      decidedAt: a.decidedAt,
      appellant: a.user,
      decidedBy: a.decidedBy?.name ?? null,
      info: infos.get(subjectKey(a)) ?? null,
    }));
}

/** Open appeals in scope, oldest first. Appeals carry no area, so the scope is their subject's. */
export async function listOpenAppeals(scope: Scope): Promise<AppealItem[]> {
  const rows = await db.appeal.findMany({ where: { status: 'OPEN' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: 1000, select: appealSelect });
  return appealsInScope(scope, rows);
}

/** The latest decided appeals in scope, newest first (from the last 200 decided anywhere). */
export async function listDecidedAppeals(scope: Scope, take = 20): Promise<AppealItem[]> {
  const rows = await db.appeal.findMany({ where: { status: { not: 'OPEN' } }, orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }], take: 200, select: appealSelect });
  return (await appealsInScope(scope, rows)).slice(0, take);
}

/** Reinstates a suspended record with its own audit entry (lib/console/records.ts; tests pass a failing one). */
export type ReinstateRecord = (scope: Scope, subject: RecordSubject, subjectId: string, reason: string, opts?: { notify?: boolean }) => Promise<unknown>;

export function appealDecisionSms(name: string, outcome: Outcome, decision: string): string {
  const said = smsQuote(decision);
  return outcome === 'RESOLVED'
    ? `হাট: আপনার আপিল গ্রহণ করা হয়েছে, "${name}" আবার চালু। অফিসার লিখেছেন: ${said}`
    : `হাট: আপনার আপিল গ্রহণ করা হয়নি, "${name}" বন্ধ থাকবে। অফিসার লিখেছেন: ${said}`;
}

/**
 * Decides an appeal: RESOLVED reinstates the record, DISMISSED keeps it suspended; the owner gets
 * an SMS either way. The decision is claimed first (so a second officer is told "already decided"),
 * then the record is reinstated; if that fails while the record is still suspended, the claim is
 * undone (with its own audit entry) and the appeal is back in the queue.
 */
export async function decideAppeal(scope: Scope, appealId: string, input: { outcome: Outcome; decision: string }, reinstate: ReinstateRecord = reinstateRecord): Promise<void> {
  const decision = input.decision.trim();
  if (!decision) throw new AppError('invalid', 'decisionRequired');
  const appeal = await db.appeal.findUnique({ where: { id: appealId }, select: { id: true, subject: true, subjectId: true, text: true, user: { select: { phone: true } } } });
  if (!appeal || !isRecordSubject(appeal.subject)) throw notFound();
  const subject = appeal.subject;
  const info = (await describeSubjects([appeal])).get(subjectKey(appeal));
  if (!info) throw notFound();
  await assertAreaInScope(scope, info.areaId);

  const decidedAt = new Date();
  await db.$transaction(async (tx) => {
    const { count } = await tx.appeal.updateMany({ where: { id: appeal.id, status: 'OPEN' }, data: { status: input.outcome, decision, decidedById: scope.user.id, decidedAt } });
    if (!count) throw new AppError('conflict', 'alreadyDecided');
    await audit(tx, {
      actorId: scope.user.id,
      action: input.outcome === 'RESOLVED' ? 'appeal.resolve' : 'appeal.dismiss',
      subject: 'APPEAL',
      subjectId: appeal.id,
      areaId: info.areaId,
      before: { status: 'OPEN', subject, subjectId: appeal.subjectId, text: appeal.text },
      after: { status: input.outcome, decision },
      reason: decision,
    });
  });

  if (input.outcome === 'RESOLVED' && info.status === 'SUSPENDED') {
    try {
      await reinstate(scope, subject, appeal.subjectId, decision, { notify: false });
    } catch (error) {
      const now = (await describeSubjects([appeal])).get(subjectKey(appeal));
      if (now?.status === 'SUSPENDED') {
        await db.$transaction(async (tx) => {
          await tx.appeal.updateMany({ where: { id: appeal.id, status: 'RESOLVED', decidedAt }, data: { status: 'OPEN', decision: null, decidedById: null, decidedAt: null } });
          await audit(tx, {
            actorId: scope.user.id,
            action: 'appeal.reopen',
            subject: 'APPEAL',
            subjectId: appeal.id,
            areaId: info.areaId,
            before: { status: 'RESOLVED', decision },
            after: { status: 'OPEN' },
            reason: 'reinstating the record failed',
          });
        });
        throw error;
      }
      // Someone reinstated it meanwhile: the decision stands.
    }
  }

  await sendSms(appeal.user.phone, appealDecisionSms(info.name, input.outcome, decision), 'appeal-decision').catch((error: unknown) =>
    console.error('[console] appeal decision SMS failed', { appealId: appeal.id, error }),
  );
}
