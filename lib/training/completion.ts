// Completion of a training programme. Once its last session has started the officer ticks the
// trainees who completed it (the page shows each one's attendance next to the box: the officer
// decides, no fixed share is required): each ACCEPTED trainee becomes COMPLETED with the date, the
// officer and a certificate code, and gets an SMS with her certificate's link. One audit entry per
// save; a trainee already completed is left as she is, so saving twice changes nothing. A completed
// trainee shows "প্রশিক্ষণপ্রাপ্ত — <programme>, <office>, <month year>" on her public profile unless
// she hides it (the Trainee row's trigger names her profile's cache tag, lib/cache/install.ts).
import 'server-only';
import { z } from 'zod';
import { audit } from '@/lib/console/audit';
import type { Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { TraineeStatus } from '@/lib/generated/prisma/enums';
import { sendSms } from '@/lib/notify/sms';
import type { Locale } from '@/lib/i18n/format';
import { rootOrigin } from '@/lib/tenancy/urls';
import { programmeInScope, type ScopedProgramme } from './access';
import { certificatePath, unusedCertificateCode } from './certificate';
import { SMS_PROVIDER_SELECT, smsTarget } from './invite-sms';
import { lockProgramme } from './seats';

const ID = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

export const completionSchema = z.object({ trainees: z.array(ID).min(1, 'nothingChosen').max(500) });
export const readCompletionForm = (form: FormData) => ({ trainees: form.getAll('trainee') });

/** When completion may be marked: from the start of the programme's last session (its start when it has none). */
export const completionOpensAt = (programme: Pick<ScopedProgramme, 'sessions' | 'startsAt'>) => programme.sessions.at(-1)?.startsAt ?? programme.startsAt;

/** The certificate SMS: short, Bengali, with the link (she signs in to open it). */
/** To her own number (her account's, else the listing's), in her language. */
export const completionSms = (title: string, code: string, locale: Locale = 'bn') =>
  locale === 'en'
    ? `Haat: Congratulations! You have completed the training "${title.slice(0, 60)}". Certificate: ${rootOrigin()}${certificatePath(code)}`
    : `হাট: অভিনন্দন! আপনি "${title.slice(0, 60)}" প্রশিক্ষণ শেষ করেছেন। সনদ: ${rootOrigin()}${certificatePath(code)}`;

/**
 * Marks the chosen trainees of a programme in scope as completed. Trainees of another programme
 * (ids edited into the form) are "not found"; one without an accepted place is refused; those
 * already completed are skipped. Returns how many were newly completed.
 */
export async function markCompletion(scope: Scope, programmeId: string, traineeIds: string[], now = new Date()): Promise<{ completed: number; already: number }> {
  const programme = await programmeInScope(scope, programmeId);
  const ids = [...new Set(traineeIds)];
  if (ids.length === 0) throw new AppError('invalid', 'nothingChosen');
  if (completionOpensAt(programme) > now) throw new AppError('conflict', 'notYetEnded');

  return db.$transaction(async (tx) => {
    await lockProgramme(tx, programme.id);
    const trainees = await tx.trainee.findMany({
      where: { id: { in: ids }, programmeId: programme.id },
      select: { id: true, status: true, provider: { select: SMS_PROVIDER_SELECT } },
    });
    if (trainees.length !== ids.length) throw notFound();
    if (trainees.some((t) => t.status !== 'ACCEPTED' && t.status !== 'COMPLETED')) throw new AppError('conflict', 'notAccepted');
    const done: { id: string; code: string }[] = [];
    for (const trainee of trainees) {
      if (trainee.status !== 'ACCEPTED') continue;
      const code = await unusedCertificateCode(tx);
      const { count } = await tx.trainee.updateMany({
        where: { id: trainee.id, status: 'ACCEPTED' },
        data: { status: 'COMPLETED', completedAt: now, decidedById: scope.user.id, decidedAt: now, certificateCode: code },
      });
      if (count === 0) continue;
      done.push({ id: trainee.id, code });
      const target = smsTarget(trainee.provider);
      await sendSms(target.to, completionSms(target.locale === 'en' && programme.titleEn ? programme.titleEn : programme.titleBn, code, target.locale), 'training:completed', { tx });
    }
    if (done.length) {
      await audit(tx, {
        actorId: scope.user.id,
        action: 'training.trainees.complete',
        subject: 'TRAINING_PROGRAMME',
        subjectId: programme.id,
        areaId: programme.areaId,
        after: { completed: done.length, trainees: done.map((d) => d.id), certificates: done.map((d) => d.code) },
      });
    }
    return { completed: done.length, already: trainees.length - done.length };
  });
}

// ───────────────────────────── the provider's side ─────────────────────────────

export interface TrainedLine {
  traineeId: string;
  programmeId: string;
  programme: string;
  programmeEn: string | null;
  office: string;
  completedAt: Date;
}

/** The "trained" lines of a provider's public profile: completed programmes she has not hidden, newest first. */
export async function trainedLines(providerId: string): Promise<TrainedLine[]> {
  const rows = await db.trainee.findMany({
    where: { providerId, status: 'COMPLETED', hideOnProfile: false, completedAt: { not: null } },
    select: { id: true, completedAt: true, programme: { select: { id: true, titleBn: true, titleEn: true, office: true } } },
    orderBy: { completedAt: 'desc' },
  });
  return rows.map((r) => ({ traineeId: r.id, programmeId: r.programme.id, programme: r.programme.titleBn, programmeEn: r.programme.titleEn, office: r.programme.office, completedAt: r.completedAt! }));
}

export interface MyTraining {
  id: string;
  status: TraineeStatus;
  hideOnProfile: boolean;
  completedAt: Date | null;
  certificateCode: string | null;
  programme: { id: string; titleBn: string; titleEn: string | null; office: string; startsAt: Date; endsAt: Date };
}

/** The programmes of the signed-in provider (every status), newest first: /dashboard/training. */
export async function myTrainings(userId: string): Promise<MyTraining[]> {
  return db.trainee.findMany({
    where: { provider: { userId } },
    select: {
      id: true,
      status: true,
      hideOnProfile: true,
      completedAt: true,
      certificateCode: true,
      programme: { select: { id: true, titleBn: true, titleEn: true, office: true, startsAt: true, endsAt: true } },
    },
    orderBy: [{ programme: { startsAt: 'desc' } }, { id: 'asc' }],
  });
}

export const hideSchema = z.object({ hidden: z.enum(['0', '1']).transform((v) => v === '1') });

/** Hides (or shows again) the "trained" line of one of her own completed programmes. */
export async function setTrainingHidden(userId: string, traineeId: string, hidden: boolean): Promise<void> {
  const { count } = await db.trainee.updateMany({ where: { id: traineeId, status: 'COMPLETED', provider: { userId } }, data: { hideOnProfile: hidden } });
  if (count === 0) throw notFound();
}
