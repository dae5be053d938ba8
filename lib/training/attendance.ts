// Attendance of a training programme: per session, present or absent for each trainee who holds
// her place (ACCEPTED, or COMPLETED when a session is corrected afterwards). One save is one
// session's column: every listed trainee is written (upsert, so saving twice changes nothing) with
// the officer who marked it, and one audit entry says how many were present. The programme is
// found through the officer's scope; a session or trainee id of another programme edited into the
// form is "not found" and nothing is written.
import 'server-only';
import { z } from 'zod';
import { audit } from '@/lib/console/audit';
import type { Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { TraineeStatus } from '@/lib/generated/prisma/enums';
import { programmeInScope, type ScopedProgramme } from './access';

/** Whose attendance is kept: the trainees with a place in the class. */
export const ATTENDING: readonly TraineeStatus[] = ['ACCEPTED', 'COMPLETED'];

const ID = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const MAX_TRAINEES = 500;

/** One session's column as the form sends it: every trainee listed, those present ticked. */
export const attendanceSchema = z.object({
  sessionId: ID,
  trainees: z.array(ID).min(1, 'noTrainees').max(MAX_TRAINEES),
  present: z.array(ID).max(MAX_TRAINEES),
});
export type AttendanceInput = z.infer<typeof attendanceSchema>;

/** Reads the form: `trainee` (hidden, one per row) and `present` (ticked boxes). */
export const readAttendanceForm = (form: FormData) => ({
  sessionId: form.get('sessionId'),
  trainees: form.getAll('trainee'),
  present: form.getAll('present'),
});

/** Sessions that have started by `now` (attendance can be marked for them). */
export const startedSessions = (programme: Pick<ScopedProgramme, 'sessions'>, now: Date) => programme.sessions.filter((s) => s.startsAt <= now);

/** Saves one session's attendance. Returns how many were present and absent. */
export async function markAttendance(scope: Scope, programmeId: string, input: AttendanceInput, now = new Date()): Promise<{ present: number; absent: number }> {
  const programme = await programmeInScope(scope, programmeId);
  const session = programme.sessions.find((s) => s.id === input.sessionId);
  if (!session) throw notFound();
  const listed = [...new Set(input.trainees)];
  const present = new Set(input.present);
  // A ticked box for someone not on the list is an edited form.
  if ([...present].some((id) => !listed.includes(id))) throw notFound();
  if (session.startsAt > now) throw new AppError('conflict', 'sessionNotStarted');

  return db.$transaction(async (tx) => {
    const trainees = await tx.trainee.findMany({ where: { id: { in: listed }, programmeId: programme.id }, select: { id: true, status: true } });
    // Another programme's trainee (or one that does not exist) edited into the form.
    if (trainees.length !== listed.length) throw notFound();
    if (trainees.some((t) => !ATTENDING.includes(t.status))) throw new AppError('conflict', 'notAttending');
    for (const id of listed) {
      const isPresent = present.has(id);
      await tx.trainingAttendance.upsert({
        where: { traineeId_sessionId: { traineeId: id, sessionId: session.id } },
        create: { traineeId: id, sessionId: session.id, present: isPresent, markedById: scope.user.id, markedAt: now },
        update: { present: isPresent, markedById: scope.user.id, markedAt: now },
      });
    }
    const counts = { present: present.size, absent: listed.length - present.size };
    await audit(tx, {
      actorId: scope.user.id,
      action: 'training.attendance',
      subject: 'TRAINING_PROGRAMME',
      subjectId: programme.id,
      areaId: programme.areaId,
      after: { session: session.startsAt.toISOString(), ...counts },
    });
    return counts;
  });
}

export interface AttendanceRow {
  id: string;
  status: TraineeStatus;
  completedAt: Date | null;
  certificateCode: string | null;
  provider: { id: string; nameBn: string; slug: string; phone: string; area: { nameBn: string; nameEn: string } };
  /** sessionId → present (absent when false; not marked when missing). */
  marks: Record<string, boolean>;
  /** Present at how many of the sessions started so far, and the share (null before any started). */
  attended: number;
  rate: number | null;
}

/** The grid of the attendance page: trainees with a place × sessions, and each one's attendance so far. */
export async function attendanceGrid(scope: Scope, programmeId: string, now = new Date()) {
  const programme = await programmeInScope(scope, programmeId);
  const started = startedSessions(programme, now);
  const trainees = await db.trainee.findMany({
    where: { programmeId: programme.id, status: { in: [...ATTENDING] } },
    select: {
      id: true,
      status: true,
      completedAt: true,
      certificateCode: true,
      provider: { select: { id: true, nameBn: true, slug: true, phone: true, area: { select: { nameBn: true, nameEn: true } } } },
      attendance: { select: { sessionId: true, present: true } },
    },
    orderBy: [{ provider: { nameBn: 'asc' } }, { id: 'asc' }],
  });
  const startedIds = new Set(started.map((s) => s.id));
  const rows: AttendanceRow[] = trainees.map(({ attendance, ...t }) => {
    const marks = Object.fromEntries(attendance.map((a) => [a.sessionId, a.present]));
    const attended = attendance.filter((a) => a.present && startedIds.has(a.sessionId)).length;
    return { ...t, marks, attended, rate: started.length ? attended / started.length : null };
  });
  return { programme, rows, started: started.length };
}
