'use server';

// The saved list's server actions ("আমার তালিকা"), on the one pipeline (lib/forms/action.ts). The
// list lives on the phone for everyone; these keep a signed-in visitor's account copy in step and
// give anyone the public entry of a provider or shop (the phone keeps what the server says, never
// what a link carried). A guest's sync gets `data: null`: no redirect to sign-in from a save
// button. Purely personal: no cached page changes.
import { z } from 'zod';
import { callAction } from '@/lib/forms/action';
import { entriesOf, mergeSaved, removeItem, saveItem } from './saved';
import { savedKindSchema, savedRefsSchema } from './schemas';
import { recordId } from '@/lib/forms/action-result';

const one = z.tuple([savedKindSchema, recordId]);

/** Saves one to her account when she is signed in; answers with its public entry either way (unknown or hidden: not found). */
export const saveItemAction = callAction({ namespace: 'Saved', access: 'anyone', bound: one, pure: true }, async ({ user, args: [kind, id] }) => ({
  ok: true,
  data: await saveItem(user, { kind, id }),
}));

/** Read only: the public entries among these kinds and ids (at most SAVED_MAX), for a guest's phone to re-check its list. */
export const savedEntriesAction = callAction({ namespace: 'Saved', access: 'anyone', bound: z.tuple([savedRefsSchema]), pure: true }, async ({ args: [refs] }) => ({
  ok: true,
  data: await entriesOf(refs),
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
