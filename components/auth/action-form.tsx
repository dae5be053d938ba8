'use client';

// One small client component for every account form: it submits to a server action, shows each
// field's error beside it, keeps what was typed, and cannot be sent twice while one is on its way.
// It also works without JavaScript (the action runs as a normal form post).
import { useActionState, useId } from 'react';
import type { FormState } from '@/lib/auth/actions';

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'tel' | 'password' | 'hidden';
  inputMode?: 'numeric' | 'tel' | 'text';
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
  maxLength?: number;
}

export function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel = '…',
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: Field[];
  submitLabel: string;
  pendingLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  return (
    <form action={formAction} noValidate className="space-y-4">
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={`rounded-lg p-3 ${state.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-800'}`}>
          {state.message}
        </p>
      )}
      {fields.map((f) => {
        const error = state.errors?.[f.name];
        const value = f.type === 'password' ? undefined : (state.values?.[f.name] ?? f.defaultValue);
        if (f.type === 'hidden') return <input key={f.name} type="hidden" name={f.name} value={value ?? ''} />;
        const inputId = `${id}-${f.name}`;
        return (
          <div key={f.name}>
            <label htmlFor={inputId} className="block font-semibold">
              {f.label}
            </label>
            {f.hint && (
              <p id={`${inputId}-hint`} className="text-sm text-stone-600">
                {f.hint}
              </p>
            )}
            <input
              id={inputId}
              name={f.name}
              type={f.type ?? 'text'}
              inputMode={f.inputMode}
              autoComplete={f.autoComplete}
              defaultValue={value}
              // Re-mount with the returned values after an error so nothing typed is lost.
              key={`${f.name}:${value ?? ''}`}
              maxLength={f.maxLength}
              aria-invalid={error ? true : undefined}
              aria-describedby={[f.hint && `${inputId}-hint`, error && `${inputId}-error`].filter(Boolean).join(' ') || undefined}
              className={`mt-1 block min-h-12 w-full rounded-lg border bg-white px-3 text-lg ${error ? 'border-red-600' : 'border-stone-300'}`}
            />
            {error && (
              <p id={`${inputId}-error`} className="mt-1 text-sm font-semibold text-red-700">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
