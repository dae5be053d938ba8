'use client';

// "তালিকায় রাখুন": one tap keeps a provider or shop on this phone (and in her account when she is
// signed in), so her list shows it offline with its call buttons. The page is cached and the same
// for everyone: whether this one is saved is read from the phone after hydration. On a shop's own
// host (another origin, with its own storage) the tap takes the entry to the list on the
// directory's host instead (/saved#add=<kind>:<id>: kind and id only), where the list asks the
// server for the entry and keeps that.
import { useEffect } from 'react';
import type { SavedEntry } from '@/lib/saved/entry';
import { isSaved, removeEntry, saveEntry, syncWithAccount, useSavedList } from './saved-store';

export const ADD_HASH = '#add=';

export function SaveButton({ entry, label, listHref, icon, className = '' }: { entry: SavedEntry; label: string; listHref: string; icon: React.ReactNode; className?: string }) {
  const list = useSavedList();
  const saved = isSaved(list, entry);
  useEffect(() => {
    void syncWithAccount();
  }, []);
  const onClick = () => {
    const list = new URL(listHref, location.href);
    if (list.origin !== location.origin) {
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- another origin (the directory's host)
      location.assign(`${list.href}${ADD_HASH}${entry.kind}:${entry.id}`);
      return;
    }
    if (saved) removeEntry(entry);
    else saveEntry(entry);
  };
  return (
    <button
      type="button"
      aria-pressed={saved}
      onClick={onClick}
      data-testid="save-button"
      className={`inline-flex min-h-12 min-w-12 items-center justify-center gap-2 rounded-lg border px-3 font-semibold aria-pressed:bg-amber-100 aria-pressed:text-stone-900 [&[aria-pressed=true]_svg]:fill-current ${className}`}
    >
      {icon}
      <span>{label}</span>
    </button>
  );
}
