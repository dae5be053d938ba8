// How server actions answer a form: zod issues and the data layer's AppErrors become translated
// messages from the form's own namespace, beside the field they are about where there is one.
// Someone else's id is "notFound", a refusal without its own message "forbidden". Errors nobody
// typed (faults) go on to the error page.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { ActionResult } from '@/components/forms/form-shell';
import { fieldErrors } from '@/lib/auth/schemas';
import { AppError } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

export type FormNamespace = 'ConsoleCases' | 'ConsoleContacts' | 'ConsoleAdmin' | 'ConsoleActions' | 'Appeal' | 'ShopErrors' | 'OrderErrors';

async function translator(namespace: FormNamespace) {
  const t = await getTranslations();
  const has = (key: string) => t.has(`${namespace}.${key}` as never);
  const translate = (key: string, values?: Record<string, string | number>) => t(`${namespace}.${has(key) ? key : 'generic'}` as never, values as never);
  return Object.assign(translate, { has });
}

/** Translates a parse failure or an expected AppError; `fieldOf` puts a data-layer message beside its field. */
export async function failed(namespace: FormNamespace, error: z.ZodError | AppError, fieldOf: Record<string, string> = {}): Promise<ActionResult> {
  const t = await translator(namespace);
  if (error instanceof AppError) {
    // Outside the scope is "not found"; a refusal without its own message is a plain "not allowed".
    const key = error.code === 'notFound' ? 'notFound' : t.has(error.message) ? error.message : error.code === 'forbidden' ? 'forbidden' : 'generic';
    const message = t(key);
    const field = fieldOf[key];
    return { ok: false, message, errors: field ? { [field]: message } : {} };
  }
  const errors = Object.fromEntries(Object.entries(fieldErrors(error)).map(([field, key]) => [field, t(key)]));
  return { ok: false, errors, message: t('checkFields') };
}

export const expected = (error: unknown): error is AppError => error instanceof AppError && error.code !== 'unauthenticated';

type Done = { key: string; values?: Record<string, string | number> };

/**
 * Runs a change and answers with its success message or its translated failure. With `thenGo`,
 * success goes to that page instead, with the message's key and values in the query (for queues
 * whose decided item leaves the page together with its form).
 */
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

export const one = (form: FormData, name: string) => String(form.get(name) ?? '');
