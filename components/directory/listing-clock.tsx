'use client';

// A cached list of providers, made current in the browser: each card's "open now / closed" badge
// from its hours (lib/directory/open-hours.ts) at the moment the visitor looks, "only open now",
// and "near me first" by the visitor's upazila or union (kept on this phone). The page itself stays
// the same static HTML for everyone; without JavaScript the list shows as rendered.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { noSubscription } from '@/components/layout/visitor-hints';
import { formatClock, type Locale } from '@/lib/i18n/format';
import { dhakaClock, nearness, openState, readHours, type OpenState } from '@/lib/directory/open-hours';

export interface ClockLabels {
  /** "খোলা · {time} পর্যন্ত" */
  openUntil: string;
  open: string;
  /** "বন্ধ · খুলবে {time}" */
  opensAt: string;
  /** "বন্ধ · খুলবে {day} {time}" */
  opensOn: string;
  /** "বন্ধ · খুলবে {day}" (open all day on the days given) */
  opensDay: string;
  closed: string;
  onlyOpen: string;
  near: string;
  nearAny: string;
  /** Sunday first, as Date.getDay() counts. */
  days: string[];
}

export interface Place {
  path: string;
  name: string;
}

const NEAR_KEY = 'haat.near';
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

export function badgeText(state: OpenState, labels: ClockLabels, locale: Locale, now: Date): string | null {
  if (state.kind === 'open') return state.closes ? fill(labels.openUntil, { time: formatClock(state.closes, locale) }) : labels.open;
  if (state.kind !== 'closed') return null;
  if (state.day === null) return labels.closed;
  const day = labels.days[state.day] ?? '';
  if (!state.opens) return fill(labels.opensDay, { day });
  const time = formatClock(state.opens, locale);
  return state.day === dhakaClock(now).day ? fill(labels.opensAt, { time }) : fill(labels.opensOn, { day, time });
}

/** The most specific of `places` that holds `path` (a union remembered on an upazila-wide page: its upazila). */
function placeFor(places: Place[], path: string): string {
  return places.filter((p) => path.startsWith(p.path)).sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '';
}

export function ListingClock({ listId, labels, places, locale, onlyOpenAtStart = false }: { listId: string; labels: ClockLabels; places: Place[]; locale: Locale; onlyOpenAtStart?: boolean }) {
  // False in the server's HTML (the controls stay invisible without JavaScript), true in the browser.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const saved = useSyncExternalStore(noSubscription, () => localStorage.getItem(NEAR_KEY) ?? '', () => '');
  const [onlyOpen, setOnlyOpen] = useState(onlyOpenAtStart);
  const [picked, setPicked] = useState<string | null>(null);
  const near = picked ?? placeFor(places, saved);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const apply = () => {
      const now = new Date();
      const items = [...list.querySelectorAll<HTMLElement>('[data-listing]')];
      items.forEach((item, index) => {
        const state = openState(readHours(safeJson(item.dataset.hours)), item.dataset.available === '1', now);
        const badge = item.querySelector<HTMLElement>('[data-open-badge]');
        const text = badgeText(state, labels, locale, now);
        if (badge) {
          badge.textContent = text ?? '';
          badge.hidden = text === null;
          badge.dataset.state = state.kind;
        }
        const row = item.closest('li') ?? item;
        row.hidden = onlyOpen && state.kind !== 'open' && state.kind !== 'unknown';
        // Reordered with CSS only (the list is a flex column): React keeps owning the elements.
        row.style.order = near ? String(nearness(item.dataset.path ?? '', near) * 1000 + index) : '';
      });
    };
    apply();
    const timer = window.setInterval(apply, 60_000);
    return () => window.clearInterval(timer);
  }, [listId, labels, locale, onlyOpen, near]);

  const pick = (path: string) => {
    setPicked(path);
    if (path) localStorage.setItem(NEAR_KEY, path);
    else localStorage.removeItem(NEAR_KEY);
  };

  return (
    // Laid out from the first paint but invisible until the browser can work them (visibility keeps
    // their room): showing them later would push the list down as it is being read.
    <div aria-hidden={!ready || undefined} className={`mt-3 flex flex-wrap items-center gap-3 ${ready ? '' : 'invisible'}`}>
      <label className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 font-semibold">
        <input type="checkbox" className="size-5" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
        {labels.onlyOpen}
      </label>
      {places.length > 0 && (
        <label className="inline-flex min-h-12 max-w-full flex-wrap items-center gap-2">
          <span className="font-semibold">{labels.near}</span>
          <select className="min-h-12 max-w-full min-w-0 rounded-lg border border-stone-300 bg-white px-2" value={near} onChange={(e) => pick(e.target.value)}>
            <option value="">{labels.nearAny}</option>
            {places.map((p) => (
              <option key={p.path} value={p.path}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

function safeJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
