// Category and UI icons by name: a tiny inline <svg> that points into one cached sprite
// (public/icons.svg, drawn from components/ui/icon-set.ts), so a page carries a name per icon
// instead of its paths, and no icon code runs in the browser. Unknown names show a dot.
import { ICON_NAMES } from './icon-names';

export function Icon({ name, className = 'size-6', label }: { name: string; className?: string; label?: string }) {
  // The stroke and fill come from the `icon` class (app/globals.css), the scale from the symbol's
  // own viewBox: a page carries two attributes per icon. No undefined props either: each would be
  // written into the page's data for the browser.
  const a11y = label ? { 'aria-label': label, role: 'img' } : { 'aria-hidden': true };
  return (
    <svg className={`icon ${className}`} {...a11y}>
      <use href={`/icons.svg#${ICON_NAMES.has(name) ? name : 'circle'}`} />
    </svg>
  );
}
