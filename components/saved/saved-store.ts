// The saved list on this phone (localStorage), read after hydration so the cached pages stay the
// same for everyone. Two lists are kept apart, so a shared phone shows nobody another's list:
// - the guest's own ("haat.saved"), shown while nobody is signed in;
// - a signed-in visitor's account copy ("haat.saved.user.<id>", the id from the hint cookie), shown
//   only while that same account is signed in, and removed as soon as a page sees the hint gone or
//   another account's.
// On sign-in the guest's own list is merged into the account once (lib/saved/actions.ts) and then
// leaves the guest side: it lives in the account from then on. An account's copy is never merged
// into another account. Every entry stored comes from the server (kinds and ids go up, the public
// entry comes back), never from a link or another origin.
import { useSyncExternalStore } from 'react';
import { isSavedEntry, savedKey, type SavedEntry } from '@/lib/saved/entry';
import { removeItemAction, saveItemAction, savedEntriesAction, syncSavedAction } from '@/lib/saved/actions';
import { cookieValue, decodeHint, HINT_COOKIE } from '@/lib/visitor-hint';

const GUEST_KEY = 'haat.saved';
const USER_PREFIX = 'haat.saved.user.';
/** Left by an earlier version, when "haat.saved" could hold an account's list: that list is dropped. */
const LEGACY_SYNCED_KEY = 'haat.saved.account';
const CHANGED = 'haat-saved';
const MAX = 200;

const signedInId = () => decodeHint(cookieValue(document.cookie, HINT_COOKIE))?.id ?? null;
const keyFor = (id: string | null) => (id ? `${USER_PREFIX}${id}` : GUEST_KEY);
const fromServer = (v: unknown): v is SavedEntry => isSavedEntry(v, location.origin);

let cache: { key: string; raw: string | null; list: SavedEntry[] } = { key: '', raw: null, list: [] };

function readKey(key: string): SavedEntry[] {
  const raw = storedItem(key);
  if (key === cache.key && raw === cache.raw) return cache.list;
  let list: SavedEntry[] = [];
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    list = Array.isArray(parsed) ? parsed.filter(fromServer) : [];
  } catch {
    list = [];
  }
  cache = { key, raw, list };
  return list;
}

/** The list shown now: the signed-in account's copy, or the guest's own. */
const read = (): SavedEntry[] => readKey(keyFor(signedInId()));

function writeKey(key: string, list: SavedEntry[]): void {
  try {
    if (list.length || key !== GUEST_KEY) localStorage.setItem(key, JSON.stringify([...list].sort((a, b) => b.savedAt - a.savedAt).slice(0, MAX)));
    else localStorage.removeItem(key);
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

/** Removes the account copies of everyone but `keep` (and the earlier version's shared list). */
function forgetOtherAccounts(keep: string | null): void {
  try {
    if (localStorage.getItem(LEGACY_SYNCED_KEY) !== null) {
      localStorage.removeItem(LEGACY_SYNCED_KEY);
      localStorage.removeItem(GUEST_KEY);
    }
    const others = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k): k is string => Boolean(k?.startsWith(USER_PREFIX)) && k !== keyFor(keep));
    for (const k of others) localStorage.removeItem(k);
    if (others.length) window.dispatchEvent(new Event(CHANGED));
  } catch {
    // Refused storage: nothing is kept to forget.
  }
}

let syncing: Promise<void> | null = null;
/** The visitor (an account id, or null for the guest) whose list was last brought in step on this page. */
let checkedFor: string | null | undefined;
/** What she took off the list while a sync was on its way: its answer must not bring them back. */
const removedWhileSyncing = new Set<string>();

/**
 * Brings the list shown in step with the server, once per page: a signed-in visitor's account copy
 * is fetched (with the guest's own list merged in, once, and then taken off the guest side); a
 * guest's entries are re-checked (the server's public entries replace them, ones it no longer
 * shows are dropped). Offline nothing changes.
 */
export function syncWithAccount(): Promise<void> {
  const id = signedInId();
  forgetOtherAccounts(id);
  if (checkedFor === id) return syncing ?? Promise.resolve();
  syncing ??= (async () => {
    const began = Date.now();
    try {
      const key = keyFor(id);
      const guest = readKey(GUEST_KEY);
      const refs = (id ? guest : readKey(key)).slice(0, MAX).map((e) => ({ kind: e.kind, id: e.id }));
      if (!id && !refs.length) {
        checkedFor = id;
        return;
      }
      const result = id ? await syncSavedAction(refs) : await savedEntriesAction(refs);
      if (!result.ok || !Array.isArray(result.data) || signedInId() !== id) return;
      // The list may have changed while the answer was on its way (she can tap as soon as it shows):
      // what she took off stays off, and what she saved meanwhile stays on.
      const fresh = result.data.filter(fromServer).filter((e) => !removedWhileSyncing.has(savedKey(e)));
      const now = readKey(key);
      const freshKeys = new Set(fresh.map(savedKey));
      const savedMeanwhile = now.filter((e) => e.savedAt >= began && !freshKeys.has(savedKey(e)));
      const kept = new Map([...guest, ...now].map((e) => [savedKey(e), e.savedAt]));
      // The server's entries are fresher (names, numbers); the phone keeps when it saved them.
      writeKey(key, [...savedMeanwhile, ...fresh.map((e) => ({ ...e, savedAt: kept.get(savedKey(e)) ?? e.savedAt }))]);
      if (id) writeKey(GUEST_KEY, []);
      checkedFor = id;
    } catch {
      // Offline or the server away: the list stands; the next page tries again.
    } finally {
      syncing = null;
      removedWhileSyncing.clear();
    }
  })();
  return syncing;
}

export function isSaved(list: SavedEntry[] | null, entry: { kind: string; id: string }): boolean {
  return Boolean(list?.some((e) => e.kind === entry.kind && e.id === entry.id));
}

/** Puts an entry the server gave on the list shown (an existing one is refreshed with the server's data). */
function keep(entry: SavedEntry): void {
  const key = keyFor(signedInId());
  writeKey(key, [{ ...entry, savedAt: Date.now() }, ...readKey(key).filter((e) => savedKey(e) !== savedKey(entry))]);
}

/**
 * Saves on the phone at once (the page's own entry, rendered by the server for this origin), and
 * in the account when she is signed in.
 */
export function saveEntry(entry: SavedEntry): void {
  keep(entry);
  if (signedInId()) saveItemAction(entry.kind, entry.id).catch(() => {});
}

/**
 * Saves what a link names (kind and id only: /saved#add=…) with the entry the server gives for it.
 * Answers whether it was kept; unknown, hidden or offline: nothing changes.
 */
export async function saveFromServer(ref: { kind: SavedEntry['kind']; id: string }): Promise<boolean> {
  try {
    const result = await saveItemAction(ref.kind, ref.id);
    if (!result.ok || !fromServer(result.data) || savedKey(result.data) !== savedKey(ref)) return false;
    keep(result.data);
    return true;
  } catch {
    return false;
  }
}

export function removeEntry(entry: { kind: SavedEntry['kind']; id: string }): void {
  if (syncing) removedWhileSyncing.add(savedKey(entry));
  const key = keyFor(signedInId());
  writeKey(key, readKey(key).filter((e) => savedKey(e) !== savedKey(entry)));
  if (signedInId()) removeItemAction(entry.kind, entry.id).catch(() => {});
}
