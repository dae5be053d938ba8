// One labelled input with its error line beneath: the common case of every dashboard form.
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { FieldError } from './form-shell';

export const inputClass = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';

export function TextField({ label, name, hint, ...input }: { label: string; name: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <>
      <label className="block font-semibold">
        {label}
        <input name={name} className={inputClass} aria-describedby={hint ? `${name}-hint` : undefined} {...input} />
      </label>
      <HintAndError name={name} hint={hint} />
    </>
  );
}

/** The same for a few lines of text: a review, a reason, a description. */
export function TextArea({ label, name, hint, ...area }: { label: string; name: string; hint?: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  return (
    <>
      <label className="block font-semibold">
        {label}
        <textarea name={name} className="mt-1 block w-full rounded-lg border border-stone-300 bg-white p-2 font-normal" aria-describedby={hint ? `${name}-hint` : undefined} {...area} />
      </label>
      <HintAndError name={name} hint={hint} />
    </>
  );
}

/** The field's hint (what aria-describedby names) and its error line. */
function HintAndError({ name, hint }: { name: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldError name={name} />
    </>
  );
}
