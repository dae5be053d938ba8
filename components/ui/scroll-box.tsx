// A table wider than a phone scrolls inside this box, never the page: a labelled region that a
// keyboard can focus and scroll with the arrow keys, with the fade at the edge that says there is
// more to the side (.scroll-hint in app/globals.css).
export function ScrollBox({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // tabIndex: a scrolling region must take focus to be scrolled without a pointer (WCAG 2.1.1).
    <div role="region" aria-label={label} tabIndex={0} className="scroll-hint relative max-w-full min-w-0 overflow-x-auto">
      {children}
    </div>
  );
}
