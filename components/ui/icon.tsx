// Category and UI icons by name: a tiny inline <svg> that points into one cached sprite
// (public/icons.svg, drawn from components/ui/icon-set.ts), so a page carries a name per icon
// instead of its paths, and no icon code runs in the browser. Unknown names show a dot.
import { ICON_NAMES } from './icon-names';

export function Icon({ name, className = 'size-6', label }: { name: string; className?: string; label?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? 'img' : undefined}
    >
      <use href={`/icons.svg#${ICON_NAMES.has(name) ? name : 'circle'}`} />
    </svg>
  );
}
