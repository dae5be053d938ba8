import { Icon } from '@/components/ui/icon';

/**
 * The one "verified" mark of a result row: a small check in a circle, its words for screen readers
 * and as a tooltip. The same on every kind of result, once per row (never a repeated sentence).
 */
export function VerifiedBadge({ label }: { label: string }) {
  return (
    <span role="img" aria-label={label} title={label} data-testid="verified-badge" className="inline-flex size-5 shrink-0 items-center justify-center rounded-full bg-brand-700 align-middle text-white">
      <Icon name="badge-check" className="size-3.5" />
    </span>
  );
}
