// One labelled input with its error line beneath: the common case of every dashboard form.
import type { InputHTMLAttributes } from 'react';
import { FieldError } from './form-shell';

export const inputClass = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';

export function TextField({ label, name, hint, ...input }: { label: string; name: string; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  return (
    <>
      <label className="block font-semibold">
        {label}
        <input name={name} className={inputClass} aria-describedby={hint ? `${name}-hint` : undefined} {...input} />
      </label>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <FieldError name={name} />
    </>
  );
}
