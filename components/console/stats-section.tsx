// One block of the console's numbers: a heading, a line on how to read it, the figures, and the
// same table as a CSV download (a plain link to the route handler, so no JavaScript).
import type { ReactNode } from 'react';

export function StatsSection({ id, title, hint, download, children }: { id: string; title: string; hint?: ReactNode; download?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-4 space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm print:break-inside-avoid print:shadow-none">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`${id}-title`} className="text-xl font-bold">
          {title}
        </h2>
        {download && (
          <a href={download.href} download className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 px-3 font-semibold text-brand-800 hover:border-brand-600 print:hidden" data-testid={`download-${id}`}>
            {download.label}
          </a>
        )}
      </div>
      {hint && <p className="text-stone-700">{hint}</p>}
      {children}
    </section>
  );
}

/** Shared classes for the numbers tables, so they read alike. */
export const statsTable = {
  table: 'w-full border-collapse',
  head: 'border-b border-stone-300 px-2 pb-1 text-sm font-semibold text-stone-600',
  rowHead: 'py-2 pr-2 text-left font-semibold',
  cell: 'px-2 py-2 text-right whitespace-nowrap',
  row: 'border-t border-stone-200',
} as const;
