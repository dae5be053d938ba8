// What every server action answers a form with, and the one mapper from failures to translated
// messages: zod issues go beside their fields, the data layer's AppErrors become a message from the
// form's own namespace (falling back to the shared Errors namespace). Someone else's id is
// "notFound", a refusal without its own message "forbidden".
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';

export interface ActionResult {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
  /** A further step the form must show, e.g. "code" after an SMS code was sent. */
  step?: string;
  /** What was typed (never secrets), so a form that re-renders after an error loses nothing. */
  values?: Record<string, string>;
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
  | 'Reviews';

/** A translator for one namespace whose missing keys fall back to Errors.<key>, then Errors.generic. */
export async function translator(namespace: FormNamespace) {
  const t = await getTranslations();
  const has = (key: string) => t.has(`${namespace}.${key}` as never);
  const translate = (key: string, values?: Record<string, string | number>) => {
    const full = has(key) ? `${namespace}.${key}` : t.has(`Errors.${key}` as never) ? `Errors.${key}` : t.has(key as never) ? key : `${namespace}.generic`;
    return t((t.has(full as never) ? full : 'Errors.generic') as never, values as never);
  };
  return Object.assign(translate, { has });
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
export async function failed(namespace: FormNamespace, error: z.ZodError | AppError, fieldOf: Record<string, string> = {}): Promise<ActionResult> {
  const t = await translator(namespace);
  if (error instanceof AppError) {
    const key =
      error.code === 'notFound' ? 'notFound' : t.has(error.message) || error.message.includes('.') ? error.message : error.code === 'forbidden' ? 'forbidden' : error.code === 'rateLimited' ? 'rateLimited' : 'generic';
    const message = t(key, error.retryAfterSeconds ? { seconds: error.retryAfterSeconds } : undefined);
    const field = fieldOf[key] ?? fieldOf[error.message];
    return { ok: false, message, errors: field ? { [field]: message } : {} };
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

// ─── being replaced by lib/forms/action.ts (every action goes through formAction) ───
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

type Done = { key: string; values?: Record<string, string | number> };

/** @deprecated use formAction from lib/forms/action.ts */
export async function attempt(namespace: FormNamespace, run: () => Promise<Done>, fieldOf: Record<string, string> = {}, thenGo?: string): Promise<ActionResult> {
  let done: Done;
  try {
    done = await run();
  } catch (error) {
    if (expected(error)) return failed(namespace, error, fieldOf);
    throw error;
  }
  revalidatePath('/', 'layout');
  if (thenGo) {
    const query = Object.fromEntries(Object.entries({ done: done.key, ...done.values }).map(([k, v]) => [k, String(v)]));
    redirect(localizeHref({ pathname: thenGo, query }, (await getLocale()) as AppLocale));
  }
  return { ok: true, message: (await translator(namespace))(done.key, done.values) };
}
