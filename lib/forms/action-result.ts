// What every server action answers a form with, and the one mapper from failures to translated
// messages: zod issues go beside their fields, the data layer's AppErrors become a message from the
// form's own namespace (falling back to the shared Errors namespace). Someone else's id is
// "notFound", a refusal without its own message "forbidden".
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { AppError, notFound } from '@/lib/errors';

export interface ActionResult {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  /** A further step the form must show, e.g. "code" after an SMS code was sent. */
  step?: string;
  /** What was typed (never secrets), so a form that re-renders after an error loses nothing. */
  values?: Record<string, string>;
  /** Seconds until the same request may be made again (a rate limit's wait; a resend button counts it down). */
  retryAfter?: number;
  /** What an action called from client code answers with (lib/saved/actions.ts: the saved list). */
  data?: unknown;
}

export type FormNamespace =
  | 'Errors'
  | 'AuthErrors'
  | 'ProfileErrors'
  | 'ConsoleCases'
  | 'ConsoleContacts'
  | 'ConsoleAdmin'
  | 'ConsoleActions'
  | 'Appeal'
  | 'ShopErrors'
  | 'OrderErrors'
  | 'Blood'
  | 'Blood.errors'
  | 'Papers'
  | 'ReviewErrors'
  | 'MyRentals'
  | 'MyLivestock'
  | 'LivestockErrors'
  | 'Saved'
  | 'Training'
  | 'TrainingPublic'
  | 'TrainingInvites'
  | 'TrainingCompletion'
  | 'ConsoleHaat'
  | 'Udc';

/**
 * A translator for a form's namespace (or several, first match wins) whose missing keys fall back
 * to Errors.<key>, then to a full key ("ShopDashboard.saved"), then to generic.
 */
export async function translator(namespace: FormNamespace | readonly FormNamespace[]) {
  const t = await getTranslations();
  const spaces = [...(typeof namespace === 'string' ? [namespace] : namespace), 'Errors'];
  const find = (key: string) => spaces.map((ns) => `${ns}.${key}`).find((full) => t.has(full as never)) ?? (t.has(key as never) ? key : undefined);
  /** Whether the key has a message of its own (in the namespaces or Errors). */
  const has = (key: string) => spaces.some((ns) => t.has(`${ns}.${key}` as never));
  const translate = (key: string, values?: Record<string, string | number>) => t((find(key) ?? find('generic') ?? 'Errors.generic') as never, values as never);
  return Object.assign(translate, { has });
}

/** The answer to a first press of a DeleteButton (components/forms/delete-button.tsx): its warning, and the confirming button. */
export async function askToConfirmDelete(): Promise<ActionResult> {
  return { ok: false, step: 'confirmDelete', message: (await translator('Errors'))('confirmDelete') };
}

/** zod issues → { field: messageKey }, the first issue per field ("form" for issues without a path). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}

/** Translates a parse failure or an expected AppError; `fieldOf` puts a data-layer message beside its field. */
export async function failed(namespace: FormNamespace | readonly FormNamespace[], error: z.ZodError | AppError, fieldOf: Record<string, string> = {}): Promise<ActionResult> {
  const t = await translator(namespace);
  if (error instanceof AppError) {
    const key =
      error.code === 'notFound' ? 'notFound' : t.has(error.message) || error.message.includes('.') ? error.message : error.code === 'forbidden' ? 'forbidden' : error.code === 'rateLimited' ? 'rateLimited' : 'generic';
    const message = t(key, error.retryAfterSeconds ? { seconds: error.retryAfterSeconds } : undefined);
    const field = fieldOf[key] ?? fieldOf[error.message];
    return { ok: false, message, errors: field ? { [field]: message } : {}, ...(error.retryAfterSeconds ? { retryAfter: error.retryAfterSeconds } : {}) };
  }
  const errors = Object.fromEntries(Object.entries(fieldErrors(error)).map(([field, key]) => [field, t(key)]));
  return { ok: false, errors, message: t('checkFields') };
}

/** An AppError a person can act on (anything else is a fault and goes to the error page). */
export const expected = (error: unknown): error is AppError => error instanceof AppError && error.code !== 'unauthenticated';

export const one = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
export const all = (form: FormData, name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');

/** A record's id as our tables make them (cuid); for bound arguments and hidden id fields. */
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A hidden id field of the form; missing or malformed is "not found" (a tampered form). */
export function idIn(form: FormData, name: string): string {
  const value = one(form, name);
  if (!recordId.safeParse(value).success) throw notFound();
  return value;
}

/** A hidden numeric id field (categories); missing or malformed is "not found". */
export function numberIn(form: FormData, name: string): number {
  const value = one(form, name);
  if (!/^\d{1,9}$/.test(value)) throw notFound();
  return Number(value);
}

/** The named fields of a form as strings ('' when missing), for a schema to parse. */
export const fieldsOf = <K extends string>(form: FormData, ...names: K[]) => Object.fromEntries(names.map((name) => [name, one(form, name)])) as Record<K, string>;
