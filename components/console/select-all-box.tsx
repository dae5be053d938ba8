'use client';

// "Choose everyone on this page": without JavaScript a plain tick box the server reads (it then
// takes every id on the page); with it, it also ticks and unticks the boxes themselves, and
// unticking one of them unticks it, so what is sent is always what the officer sees ticked.
import { useEffect, useRef } from 'react';

export function SelectAllBox({ name, value, boxes, label }: { name: string; value: string; boxes: string; label: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement;
      if (target === ref.current) {
        for (const box of form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${boxes}"]:not(:disabled)`)) box.checked = target.checked;
      } else if (target.name === boxes && !target.checked && ref.current) ref.current.checked = false;
    };
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, [boxes]);
  return (
    <label className="flex min-h-12 items-center gap-3 rounded-xl bg-stone-100 px-3 font-semibold">
      <input ref={ref} type="checkbox" name={name} value={value} className="size-6 accent-brand-700" />
      {label}
    </label>
  );
}
