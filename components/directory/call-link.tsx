// A big call button (a tel: link) that shows the number itself, in the page's digits. The whole
// button is the tap target; the number is there for people who want to note it down.
import { Icon } from '@/components/ui/icon';
import { formatPhone, type Locale } from '@/lib/i18n/format';

/** "01730-002211", "+8801711234567", "999" → a dialable tel: link. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function CallLink({ phone, locale, label, tone = 'brand', className = '' }: { phone: string; locale: Locale; label: string; tone?: 'brand' | 'red'; className?: string }) {
  const colours = tone === 'red' ? 'bg-red-700 hover:bg-red-800' : 'bg-brand-700 hover:bg-brand-800';
  return (
    <a href={telHref(phone)} className={`inline-flex min-h-12 shrink-0 items-center gap-2 rounded-lg px-4 font-semibold text-white ${colours} ${className}`}>
      <Icon name="phone" className="size-5" />
      <span className="sr-only">{label}:</span>
      <span className="whitespace-nowrap">{formatPhone(phone, locale)}</span>
    </a>
  );
}

/** "Mirzapur, Sherpur": an area and its parent (the division is left out). */
export function placeName(place: { nameBn: string; nameEn: string; parent?: { nameBn: string; nameEn: string; level?: string } | null } | null, locale: Locale): string {
  if (!place) return '';
  const parts = [place, place.parent && place.parent.level !== 'DIVISION' ? place.parent : null];
  return parts.filter((a): a is NonNullable<typeof a> => Boolean(a)).map((a) => (locale === 'bn' ? a.nameBn : a.nameEn)).join(', ');
}

/** A whole row that dials: name (and a note) on the left, the number on the right. */
export function CallRow({ phone, locale, name, note }: { phone: string; locale: Locale; name: string; note?: string | null }) {
  return (
    <a href={telHref(phone)} className="flex min-h-14 items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-3 py-2 shadow-sm hover:border-red-600">
      <span className="min-w-0">
        <span className="block font-semibold leading-snug">{name}</span>
        {note && <span className="block text-sm text-stone-600">{note}</span>}
      </span>
      <span className="inline-flex shrink-0 items-center gap-1 rounded-lg bg-red-700 px-3 py-2 font-bold text-white">
        <Icon name="phone" className="size-5" />
        <span className="whitespace-nowrap">{formatPhone(phone, locale)}</span>
      </span>
    </a>
  );
}
