import type { ReactNode } from 'react';

/**
 * One printed A4 page, previewed at the screen's width: the controls above it (never printed),
 * then the sheet. Lengths inside are in cqw (1 % of the sheet's width), so the preview is the
 * printed page scaled. The site's own header and footer are hidden in print, and so is any
 * <header> or <footer> inside the sheet: use plain elements there.
 */
export function PrintSheet({ controls, testId, children }: { controls: ReactNode; testId: string; children: ReactNode }) {
  return (
    <div className="px-4 py-4 print:p-0">
      {/* No margins of our own (the sheet has its padding), no browser header. */}
      <style>{'@page { size: A4 portrait; margin: 0; } @media print { html, body { background: #fff !important; } header, footer { display: none !important; } }'}</style>
      <div className="mx-auto mb-4 max-w-xl space-y-3 print:hidden">{controls}</div>
      <div className="mx-auto shadow-lg [container-type:inline-size] print:shadow-none" style={{ width: 'min(100%, 210mm)' }} data-testid={testId}>
        {/* The frame stays clear of the paper's edge, which most printers cannot reach. */}
        <article className="overflow-hidden bg-white text-stone-900 [print-color-adjust:exact]" style={{ aspectRatio: '210 / 296.5', padding: '3.5cqw' }}>
          {children}
        </article>
      </div>
    </div>
  );
}
