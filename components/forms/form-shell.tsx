'use client';

// A form whose fields are rendered on the server (any inputs, selects, checkboxes) and whose
// result comes back from a server action: <FieldError name> shows each field's message beside it,
// the status line says what happened, and nothing typed is cleared (React resets a form after a
// form action, so with JavaScript the action is dispatched by hand; without it the form still
// posts normally).
import { createContext, startTransition, useActionState, useContext, useEffect, useRef } from 'react';

import type { ActionResult } from '@/lib/forms/action-result';

/** @deprecated import ActionResult from lib/forms/action-result (kept until lib/orders/actions.ts moves). */
export type { ActionResult };

const ResultContext = createContext<ActionResult>({});

export function FormShell({
  action,
  children,
  className,
  submitLabel,
  pendingLabel = '…',
  formId,
  submitClassName = 'bg-brand-700 text-white hover:bg-brand-800',
}: {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  children?: React.ReactNode;
  className?: string;
  /** Without it the form brings its own buttons (name="command" value="…"). */
  submitLabel?: string;
  pendingLabel?: string;
  formId?: string;
  /** The submit button's colours (a storefront's checkout uses the shop's). */
  submitClassName?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  // On a long form on a phone the pressed button is far below what went wrong: bring the first
  // field's error (in the form's order) into view and put the cursor in that field, or else show
  // the status line (as after a success). Fields with an error are marked invalid for screen readers.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    if (state.ok) {
      // "Saved" is said at the top of the form: make sure it is seen.
      form.querySelector<HTMLElement>('[data-form-status]')?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const names = new Set(Object.keys(state.errors ?? {}));
    for (const el of form.querySelectorAll<HTMLInputElement>('input, select, textarea')) {
      if (names.has(el.name) && el.type !== 'hidden') el.setAttribute('aria-invalid', 'true');
      else el.removeAttribute('aria-invalid');
    }
    const first = form.querySelector<HTMLElement>('[data-field-error]') ?? (state.message ? form.querySelector<HTMLElement>('[data-form-status]') : null);
    if (!first) return;
    first.scrollIntoView({ block: 'center' });
    const name = first.dataset.fieldError;
    const field = name ? [...form.querySelectorAll<HTMLInputElement>('input, select, textarea')].find((el) => el.name === name && el.type !== 'hidden') : undefined;
    field?.focus({ preventScroll: true });
  }, [state]);
  return (
    <ResultContext.Provider value={state}>
      <form
        ref={formRef}
        id={formId}
        action={formAction}
        noValidate
        className={className ?? 'space-y-4'}
        onSubmit={(event) => {
          event.preventDefault();
          // The button pressed is part of what is sent (forms with several commands).
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => formAction(data));
        }}
      >
        {state.message && (
          <p role={state.ok ? 'status' : 'alert'} data-form-status className={`rounded-lg p-3 ${state.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-800'}`}>
            {state.message}
          </p>
        )}
        {children}
        {submitLabel && (
          <button
            type="submit"
            disabled={pending}
            className={`inline-flex min-h-12 w-full items-center justify-center rounded-lg px-4 text-lg font-semibold disabled:opacity-60 ${submitClassName}`}
          >
            {pending ? pendingLabel : submitLabel}
          </button>
        )}
      </form>
    </ResultContext.Provider>
  );
}

/** Renders its children only once the action asked for this step (e.g. the SMS code field). */
export function WhenStep({ step, children }: { step: string; children: React.ReactNode }) {
  return useContext(ResultContext).step === step ? children : null;
}

export function FieldError({ name }: { name: string }) {
  const error = useContext(ResultContext).errors?.[name];
  if (!error) return null;
  return (
    <p id={`${name}-error`} role="alert" data-field-error={name} className="mt-1 text-sm font-semibold text-red-700">
      {error}
    </p>
  );
}
