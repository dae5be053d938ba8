'use server';

// The saved list's server actions ("আমার তালিকা"), on the one pipeline (lib/forms/action.ts). The
// list lives on the phone for everyone; these keep a signed-in visitor's account copy in step. A
// guest (or a hint left from an ended session) gets `data: null` and keeps her phone's list: no
// redirect to sign-in from a save button. Purely personal: no cached page changes.
import { z } from 'zod';
import { callAction } from '@/lib/forms/action';
import { mergeSaved, removeItem, saveItem } from './saved';
import { savedKindSchema, savedRefsSchema } from './schemas';
import { recordId } from '@/lib/forms/action-result';

const one = z.tuple([savedKindSchema, recordId]);

export const saveItemAction = callAction({ namespace: 'Saved', access: 'anyone', bound: one, pure: true }, async ({ user, args: [kind, id] }) => ({
  ok: true,
  data: user ? await saveItem(user, { kind, id }) : null,
}));

export const removeItemAction = callAction({ namespace: 'Saved', access: 'anyone', bound: one, pure: true }, async ({ user, args: [kind, id] }) => {
  if (user) await removeItem(user, { kind, id });
  return { ok: true, data: null };
});

/** The phone's list (kinds and ids) into the account; answers with the merged list. */
export const syncSavedAction = callAction({ namespace: 'Saved', access: 'anyone', bound: z.tuple([savedRefsSchema]), pure: true }, async ({ user, args: [refs] }) => ({
  ok: true,
  data: user ? await mergeSaved(user, refs) : null,
}));
