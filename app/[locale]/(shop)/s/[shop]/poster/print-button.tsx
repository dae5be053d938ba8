'use client';

// The poster's one piece of JavaScript: the browser's print dialog, which on a phone is otherwise
// buried in a menu. The page tells how to print without it too.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-12 items-center rounded-xl bg-stone-900 px-5 font-semibold text-white hover:bg-stone-700">
      {label}
    </button>
  );
}
