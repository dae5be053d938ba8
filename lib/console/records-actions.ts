'use server';

// Server actions of the console's record pages (suspend, reinstate), on the one action pipeline
// (lib/forms/action.ts). The data layer checks the officer's scope again (lib/console/scope.ts).
import { z } from 'zod';
import { notFound } from '@/lib/errors';
import { formAction } from '@/lib/forms/action';
import { idIn } from '@/lib/forms/action-result';
import { isRecordSubject, reinstateRecord, suspendRecord } from './records';
import { noteField } from './schemas';

export const recordStatusAction = formAction(
  { namespace: 'ConsoleActions', access: 'console', schema: z.object({ reason: noteField.pipe(z.string().min(1, 'reasonRequired')) }) },
  async ({ scope, input, form }) => {
    const subject = String(form.get('subject'));
    if (!isRecordSubject(subject)) throw notFound();
    const suspend = form.get('command') === 'suspend';
    await (suspend ? suspendRecord : reinstateRecord)(scope, subject, idIn(form, 'id'), input.reason);
    return { done: suspend ? 'suspended' : 'reinstated' };
  },
);
