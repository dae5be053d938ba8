// The saved list on this phone (localStorage), read after hydration so the cached pages stay the
// same for everyone. A signed-in visitor's list is also kept in her account: the first time a page
// with a save button or the list opens while she is signed in, the phone's list is merged into the
// account's and the merged list comes back (lib/saved/actions.ts); each save or removal then goes
// to both. Nothing here is trusted by the server: it reads kinds and ids only.
import { useSyncExternalStore } from 'react';
import { isSavedEntry, savedKey, type SavedEntry } from '@/lib/saved/entry';
import { removeItemAction, saveItemAction, syncSavedAction } from '@/lib/saved/actions';
import { cookieValue, decodeHint, HINT_COOKIE } from '@/lib/visitor-hint';

const KEY = 'haat.saved';
/** The account the phone's list was last merged with. */
const SYNCED_KEY = 'haat.saved.account';
const CHANGED = 'haat-saved';

let cache: { raw: string | null; list: SavedEntry[] } = { raw: null, list: [] };

function read(): SavedEntry[] {
  const raw = storedItem(KEY);
  if (raw === cache.raw) return cache.list;
  let list: SavedEntry[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    list = Array.isArray(parsed) ? parsed.filter(isSavedEntry) : [];
  } catch {
    list = [];
  }
  cache = { raw, list };
  return list;
}

function write(list: SavedEntry[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...list].sort((a, b) => b.savedAt - a.savedAt)));
  } catch {
    // Storage full or refused (private mode): the list stays as it was.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** The phone's list; null while rendering on the server (and the first paint after it). */
export function useSavedList(): SavedEntry[] | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

function storedItem(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const signedInId = () => decodeHint(cookieValue(document.cookie, HINT_COOKIE))?.id ?? null;

let syncing: Promise<void> | null = null;

/** Merges the phone's list with a signed-in visitor's account, once per account on this phone. */
export function syncWithAccount(): Promise<void> {
  const id = signedInId();
  if (!id || storedItem(SYNCED_KEY) === id) return Promise.resolve();
  syncing ??= (async () => {
    try {
      const phone = read();
      const result = await syncSavedAction(phone.slice(0, 200).map((e) => ({ kind: e.kind, id: e.id })));
      if (result.ok && Array.isArray(result.data)) {
        const account = result.data.filter(isSavedEntry);
        const kept = new Map(phone.map((e) => [savedKey(e), e.savedAt]));
        // The account's entries are fresher (names, numbers); the phone keeps when it saved them.
        write(account.map((e) => ({ ...e, savedAt: kept.get(savedKey(e)) ?? e.savedAt })));
        try {
          localStorage.setItem(SYNCED_KEY, id);
        } catch {
          // Refused storage: the next page merges again (nothing is added twice).
        }
      }
    } catch {
      // Offline or the server away: the phone's list stands; the next page tries again.
    } finally {
      syncing = null;
    }
  })();
  return syncing;
}

export function isSaved(list: SavedEntry[] | null, entry: { kind: string; id: string }): boolean {
  return Boolean(list?.some((e) => e.kind === entry.kind && e.id === entry.id));
}

/** Saves on the phone at once, and in the account when she is signed in. */
export function saveEntry(entry: SavedEntry): void {
  write([{ ...entry, savedAt: Date.now() }, ...read().filter((e) => savedKey(e) !== savedKey(entry))]);
  if (signedInId()) saveItemAction(entry.kind, entry.id).catch(() => {});
}

export function removeEntry(entry: { kind: SavedEntry['kind']; id: string }): void {
  write(read().filter((e) => savedKey(e) !== savedKey(entry)));
  if (signedInId()) removeItemAction(entry.kind, entry.id).catch(() => {});
}
