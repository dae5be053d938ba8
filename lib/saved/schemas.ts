// What the saved-list actions accept (lib/saved/actions.ts): a kind and a record id, or the phone's
// whole list (kinds and ids only: what the server shows comes from the database, never the phone).
import { z } from 'zod';
import { recordId } from '@/lib/forms/action-result';
import { SAVED_KINDS } from './entry';

export const savedKindSchema = z.enum(SAVED_KINDS);
export const savedRefSchema = z.strictObject({ kind: savedKindSchema, id: recordId });
/** At most this many on one list: a phone's list past it is cut, the newest kept. */
export const SAVED_MAX = 200;
export const savedRefsSchema = z.array(savedRefSchema).max(SAVED_MAX);
export type SavedRef = z.infer<typeof savedRefSchema>;
