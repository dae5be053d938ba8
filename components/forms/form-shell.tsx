'use client';

// A form whose fields are rendered on the server (any inputs, selects, checkboxes) and whose
// result comes back from a server action: <FieldError name> shows each field's message beside it,
// the status line says what happened, and nothing typed is cleared (React resets a form after a
// form action, so with JavaScript the action is dispatched by hand; without it the form still
// posts normally).
import { createContext, startTransition, useActionState, useContext } from 'react';

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
  return (
    <ResultContext.Provider value={state}>
      <form
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
          <p role={state.ok ? 'status' : 'alert'} className={`rounded-lg p-3 ${state.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-800'}`}>
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
    <p id={`${name}-error`} role="alert" className="mt-1 text-sm font-semibold text-red-700">
      {error}
    </p>
  );
}
