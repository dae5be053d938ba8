'use client';

// An input that shows how many characters it holds of the most it may ("১২/৩০"), red beyond it.
// It never cuts what is typed or pasted: the server refuses too long with a message, so nothing is
// shortened without a word. Without JavaScript it is a plain input (the hint states the limit).
import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { formatNumber, type Locale } from '@/lib/i18n/format';

export function CountedInput({ limit, locale, ...input }: { limit: number; locale: Locale } & Omit<InputHTMLAttributes<HTMLInputElement>, 'maxLength'>) {
  const ref = useRef<HTMLInputElement>(null);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    // What the browser kept in the field (a back navigation) counts from the start.
    const field = ref.current;
    if (field) setCount(field.value.length);
  }, []);
  const over = count !== null && count > limit;
  return (
    <>
      <input ref={ref} {...input} onInput={(event) => setCount(event.currentTarget.value.length)} />
      {count !== null && (
        <span aria-hidden="true" data-testid={`${input.name}-count`} className={`flex items-center px-2 text-sm tabular-nums ${over ? 'font-bold text-red-700' : 'text-stone-500'}`}>
          {formatNumber(count, locale)}/{formatNumber(limit, locale)}
        </span>
      )}
    </>
  );
}
