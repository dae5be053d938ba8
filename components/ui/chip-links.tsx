// A row of big pill links (area pickers, filters): scrolls sideways on a phone, wraps on wider
// screens; the chosen one is filled and marked aria-current. A fade at the edge says there is more
// to swipe to (.scroll-hint in app/globals.css).
import type { Href } from '@/lib/i18n/href';
import { Link } from './link';

export interface Chip {
  key: string | number;
  href: Href;
  label: React.ReactNode;
  note?: React.ReactNode;
  active: boolean;
}

export function ChipLinks({ chips, label }: { chips: Chip[]; label?: string }) {
  return (
    <ul aria-label={label} className="scroll-hint relative flex gap-2 overflow-x-auto pb-2 sm:flex-wrap">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.href}
            aria-current={chip.active ? 'true' : undefined}
            className={`inline-flex min-h-12 items-center gap-1 whitespace-nowrap rounded-full border px-4 ${chip.active ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white'}`}
          >
            {chip.label}
            {chip.note !== undefined && <span className="text-sm opacity-75">({chip.note})</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
