'use server';

// Server actions of attendance, completion and the provider's own training list, on the one action
// pipeline (lib/forms/action.ts). attendance.ts and completion.ts check the scope (or ownership) again.
import { z } from 'zod';
import { formAction, voidAction } from '@/lib/forms/action';
import { recordId } from '@/lib/forms/action-result';
import { formatNumber } from '@/lib/i18n/format';
import { attendanceSchema, markAttendance, readAttendanceForm } from './attendance';
import { completionSchema, hideSchema, markCompletion, readCompletionForm, setTrainingHidden } from './completion';

const programme = z.tuple([recordId]);

export const saveAttendanceAction = formAction(
  { namespace: 'TrainingCompletion', access: 'console', bound: programme, schema: attendanceSchema, read: readAttendanceForm },
  async ({ scope, args: [programmeId], input, locale }) => {
    const { present, absent } = await markAttendance(scope, programmeId, input);
    return { done: 'attendanceSaved', values: { present: formatNumber(present, locale), absent: formatNumber(absent, locale) } };
  },
);

export const completeTraineesAction = formAction(
  { namespace: 'TrainingCompletion', access: 'console', bound: programme, schema: completionSchema, read: readCompletionForm },
  async ({ scope, args: [programmeId], input, locale }) => {
    const { completed } = await markCompletion(scope, programmeId, input.trainees);
    return { done: 'completionSaved', values: { completed: formatNumber(completed, locale) } };
  },
);

/** The provider's "hide from my profile" / "show on my profile" button. */
export const hideTrainingAction = voidAction(
  { namespace: 'TrainingCompletion', access: 'user', bound: z.tuple([recordId]), schema: hideSchema },
  async ({ user, args: [traineeId], input }) => {
    await setTrainingHidden(user.id, traineeId, input.hidden);
  },
);
