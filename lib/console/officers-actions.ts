'use server';

// Server actions of the admins' officers page, on the one action pipeline (lib/forms/action.ts)
// with admin access; the functions in officers.ts refuse anyone else again.
import { formAction } from '@/lib/forms/action';
import { fieldsOf, idIn } from '@/lib/forms/action-result';
import { appointOfficer, officerSchema, rescopeOfficer, rescopeSchema, retireOfficer, retireSchema } from './officers';

const fieldOf = { nameRequired: 'name', officerAreaInvalid: 'areaId' };

/** Appoints an officer; a new account's temporary password is shown once, in the answer. */
export const appointOfficerAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: officerSchema, read: (form) => fieldsOf(form, 'phone', 'name', 'areaId'), fieldOf },
  async ({ scope, input }) => {
    const result = await appointOfficer(scope, input);
    return result.temporaryPassword ? { done: 'officerCreated', values: { password: result.temporaryPassword } } : { done: 'officerAppointed' };
  },
);

export const rescopeOfficerAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: rescopeSchema, read: (form) => fieldsOf(form, 'areaId'), fieldOf },
  async ({ scope, input, form }) => {
    await rescopeOfficer(scope, idIn(form, 'userId'), input);
    return { done: 'officerRescoped' };
  },
);

export const retireOfficerAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: retireSchema, read: (form) => fieldsOf(form, 'reason') },
  async ({ scope, input, form }) => {
    await retireOfficer(scope, idIn(form, 'userId'), input);
    return { done: 'officerRetired' };
  },
);
