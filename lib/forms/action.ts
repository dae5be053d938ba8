// The one pipeline every server action goes through, in the spirit of dub's authActionClient:
//   Origin (same origin only) → session and role → zod parsing of bound arguments and of the form
//   → the domain call → one mapper from AppError/zod to a field or form message.
// A guest is sent to sign in, a non-owner gets "not found" (the data layer throws it), malformed
// input gets a message — never a 500. Anything else is a fault: logged, then the error page.
//
//   export const saveThingAction = formAction(
//     { namespace: 'ShopErrors', access: 'user', schema: thingSchema, read: (form) => ({ name: one(form, 'name') }) },
//     async ({ user, input }) => { await saveThing(user, input); return { done: 'saved' }; },
//   );
//
// formAction answers useActionState forms `(state, form)`; voidAction plain `<form action>` buttons
// `(form)`; callAction is called from client code with arguments only. Bound arguments
// (`action.bind(null, slug)`) come first and are parsed by `bound` (a z.tuple).
import 'server-only';
import { refresh, updateTag } from 'next/cache';
import { headers } from 'next/headers';
import { forbidden as forbiddenPage, notFound as notFoundPage, redirect, unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { ZodError, type z } from 'zod';
import type { SessionUser } from '@/lib/auth/auth';
import { changeMark, settle } from '@/lib/cache/broadcast';
import { PASSWORD_CHANGE_PATH } from '@/lib/auth/page-guards';
import { getCurrentUser, getShopBuyer } from '@/lib/auth/session';
import { scopeOf, type Scope } from '@/lib/console/scope';
import { AppError, forbidden } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import { recordOwnSignIn } from '@/lib/udc/sign-in';
import type { AppLocale } from '@/lib/i18n/routing';
import { isAllowedOrigin } from '@/lib/security/origin';
import { failed, translator, type ActionResult, type FormNamespace } from './action-result';

/**
 * Who may run the action: `anyone` (guests too; `user` is whoever is signed in, or null), `buyer`
 * (like anyone, but on a shop's host the buyer cookie counts), `user` (signed in), `console`
 * (an officer or admin; `scope` is theirs), `admin`.
 */
export type Access = 'anyone' | 'buyer' | 'user' | 'console' | 'admin';

type UserOf<A extends Access> = A extends 'anyone' | 'buyer' ? SessionUser | null : SessionUser;
type ScopeOf<A extends Access> = A extends 'console' | 'admin' ? Scope : undefined;

export interface ActionSpec<A extends Access, S extends z.ZodType | undefined, B extends z.ZodTuple | undefined> {
  /** Where the form's messages live, or several places, first match wins (falls back to Errors.*). */
  namespace: FormNamespace | readonly FormNamespace[];
  access: A;
  /** The schema of what the form sends, applied to `read(form)`. */
  schema?: S;
  /** Picks the raw fields out of the form (default: every single-valued field as a string). */
  read?: (form: FormData) => unknown;
  /** The schema of bound arguments, e.g. z.tuple([slugSchema]). A mismatch is "not found". */
  bound?: B;
  /** A data-layer message key → the field it is shown beside. */
  fieldOf?: Record<string, string>;
  /** Fields never echoed back (passwords). */
  secret?: string[];
  /** Read-only or purely personal: skip waiting for changes and refreshing the page after success. */
  pure?: boolean;
  /** Open to an account still on a temporary password (choosing its own, signing out); others send it to choose one first. */
  beforePasswordChange?: boolean;
}

export type Outcome = ActionResult | { done: string; values?: Record<string, string | number> } | void;

export interface ActionContext<A extends Access, S extends z.ZodType | undefined, B extends z.ZodTuple | undefined> {
  user: UserOf<A>;
  scope: ScopeOf<A>;
  input: S extends z.ZodType ? z.output<S> : undefined;
  args: B extends z.ZodTuple ? z.output<B> : [];
  form: FormData;
  locale: AppLocale;
  /** The translator of the spec's namespace. */
  t: Awaited<ReturnType<typeof translator>>;
}

type BoundIn<B> = B extends z.ZodTuple ? z.input<B> : [];

class Refused {
  constructor(readonly result: 'signIn' | 'passwordChange' | 'origin' | 'notFound' | 'forbidden') {}
}

function defaultRead(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && !key.startsWith('$')) out[key] ??= value;
  return out;
}

function typedValues(form: FormData, secret: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$') && !secret.includes(key) && !/password/i.test(key)) values[key] = value.slice(0, 5_000);
  }
  return values;
}

/** Same origin: the Origin header's host must be this request's Host (a shop subdomain is another origin). */
async function checkOrigin(): Promise<void> {
  const request = await headers();
  if (!isAllowedOrigin(request.get('origin'), request.get('host'))) throw new Refused('origin');
}

async function signInPath(locale: AppLocale): Promise<string> {
  // Back to the page the form was on, when the browser said which one and it is ours.
  const request = await headers();
  let next: string | undefined;
  try {
    const referer = new URL(request.get('referer') ?? '');
    if (referer.host === request.get('host')) next = referer.pathname.replace(/^\/en(?=\/|$)/, '') || '/';
  } catch {
    // no usable referer
  }
  return localizeHref({ pathname: '/sign-in', query: { next } }, locale);
}

/** Runs the pipeline and returns the handler's outcome; refusals and expected errors are thrown as Refused/AppError. */
async function runPipeline<A extends Access, S extends z.ZodType | undefined, B extends z.ZodTuple | undefined>(
  spec: ActionSpec<A, S, B>,
  handler: (ctx: ActionContext<A, S, B>) => Promise<Outcome>,
  raw: unknown[],
  form: FormData,
): Promise<Outcome | z.ZodError> {
  await checkOrigin();
  const locale = ((await getLocale()) ?? 'bn') as AppLocale;
  let user: SessionUser | null = spec.access === 'buyer' ? ((await getCurrentUser()) ?? (await getShopBuyer())) : await getCurrentUser();
  let scope: Scope | undefined;
  if (spec.access !== 'anyone' && spec.access !== 'buyer') {
    if (!user) throw new Refused('signIn');
    if (user.mustChangePassword && !spec.beforePasswordChange) throw new Refused('passwordChange');
    if (spec.access === 'console' || spec.access === 'admin') scope = await scopeOf(user);
    if (spec.access === 'admin' && !scope?.isAdmin) throw forbidden('admins only');
    // Her own action closes a centre operator's edit window on what was registered for her.
    await recordOwnSignIn(user.id);
  }
  const nBound = spec.bound?.def.items.length ?? 0;
  let args: unknown = [];
  if (spec.bound) {
    const parsed = spec.bound.safeParse(raw.slice(0, nBound));
    if (!parsed.success) throw new Refused('notFound');
    args = parsed.data;
  }
  let input: unknown;
  if (spec.schema) {
    let source: unknown;
    try {
      source = (spec.read ?? defaultRead)(form);
    } catch {
      throw new Refused('notFound');
    }
    const parsed = spec.schema.safeParse(source);
    if (!parsed.success) return parsed.error;
    input = parsed.data;
  }
  user ??= null;
  return handler({ user: user as UserOf<A>, scope: scope as ScopeOf<A>, input: input as never, args: args as never, form, locale, t: await translator(spec.namespace) });
}

const isZodError = (value: unknown): value is z.ZodError => value instanceof ZodError;

type Reason = 'origin' | 'notFound' | 'forbidden' | 'invalid' | 'conflict' | 'rateLimited';

/** Turns the pipeline's outcome or failure into what a form shows, and why it failed. */
async function answer<A extends Access, S extends z.ZodType | undefined, B extends z.ZodTuple | undefined>(
  spec: ActionSpec<A, S, B>,
  handler: (ctx: ActionContext<A, S, B>) => Promise<Outcome>,
  raw: unknown[],
): Promise<{ result: ActionResult; reason?: Reason }> {
  const nBound = spec.bound?.def.items.length ?? 0;
  const form = (raw.slice(nBound).find((a) => a instanceof FormData) as FormData | undefined) ?? new FormData();
  const keep = () => typedValues(form, spec.secret);
  let outcome: Outcome | z.ZodError;
  const mark = changeMark();
  try {
    outcome = await runPipeline(spec, handler, raw, form);
  } catch (error) {
    await refreshAfterRedirect(error, spec, mark);
    unstable_rethrow(error);
    if (error instanceof Refused) {
      if (error.result === 'signIn') redirect(await signInPath(((await getLocale()) ?? 'bn') as AppLocale));
      if (error.result === 'passwordChange') redirect(localizeHref(PASSWORD_CHANGE_PATH, ((await getLocale()) ?? 'bn') as AppLocale));
      const t = await translator(spec.namespace);
      return { result: { ok: false, message: t(error.result === 'origin' ? 'badOrigin' : error.result), values: keep() }, reason: error.result };
    }
    if (error instanceof AppError) {
      if (error.code === 'unauthenticated') redirect(await signInPath(((await getLocale()) ?? 'bn') as AppLocale));
      return { result: { ...(await failed(spec.namespace, error, spec.fieldOf)), values: keep() }, reason: error.code };
    }
    console.error('[action] fault', error);
    throw error;
  }
  if (isZodError(outcome)) return { result: { ...(await failed(spec.namespace, outcome)), values: keep() }, reason: 'invalid' };
  if (!spec.pure) await refreshChanged(mark);
  if (!outcome) return { result: { ok: true } };
  if ('done' in outcome) return { result: { ok: true, message: (await translator(spec.namespace))(outcome.done, outcome.values) } };
  if (outcome.ok === false) return { result: { ...outcome, values: outcome.values ?? keep() }, reason: 'invalid' };
  return { result: outcome };
}

/**
 * After a change: waits until the database has named what it changed (lib/cache/broadcast.ts),
 * expires exactly those cached pages through Next.js, so the visitor's next view is fresh, and
 * re-renders the page the action answers on (its own lists, counts and forms).
 */
async function refreshChanged(mark: number): Promise<void> {
  for (const tag of await settle(mark)) updateTag(tag);
  refresh();
}

/** A redirect after a change (sign-in, a new shop) refreshes what changed first. */
async function refreshAfterRedirect(error: unknown, spec: { pure?: boolean }, mark: number): Promise<void> {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT') && !spec.pure) await refreshChanged(mark);
}

/** An action for a form with useActionState: `(…bound, state, form) => ActionResult`. */
export function formAction<A extends Access, S extends z.ZodType | undefined = undefined, B extends z.ZodTuple | undefined = undefined>(
  spec: ActionSpec<A, S, B>,
  handler: (ctx: ActionContext<A, S, B>) => Promise<Outcome>,
): (...args: [...BoundIn<B>, ActionResult, FormData]) => Promise<ActionResult> {
  return async (...raw: unknown[]) => (await answer(spec, handler, raw)).result;
}

/** An action called from client code with arguments only (no form): `(…bound) => ActionResult`. */
export function callAction<A extends Access, B extends z.ZodTuple, S extends z.ZodType | undefined = undefined>(
  spec: ActionSpec<A, S, B> & { bound: B },
  handler: (ctx: ActionContext<A, S, B>) => Promise<Outcome>,
): (...args: BoundIn<B>) => Promise<ActionResult> {
  return async (...raw: unknown[]) => (await answer(spec, handler, raw)).result;
}

/**
 * An action for a plain `<form action>` (small buttons: publish, hide, mark available). There is
 * no state to show a message in, so a guest goes to sign in, an unknown or foreign id or a
 * tampered form gets the 404 page, a refusal the 403 page; a conflict (already done) changes nothing.
 */
export function voidAction<A extends Access, S extends z.ZodType | undefined = undefined, B extends z.ZodTuple | undefined = undefined>(
  spec: ActionSpec<A, S, B>,
  handler: (ctx: ActionContext<A, S, B>) => Promise<Outcome>,
): (...args: [...BoundIn<B>, FormData]) => Promise<void> {
  return async (...raw: unknown[]) => {
    const { reason } = await answer(spec, handler, raw);
    if (!reason || reason === 'conflict' || reason === 'rateLimited') return;
    if (reason === 'forbidden' || reason === 'origin') forbiddenPage();
    notFoundPage();
  };
}
