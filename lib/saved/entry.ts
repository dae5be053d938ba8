// One saved provider or shop as the phone keeps it ("আমার তালিকা"): everything the saved list
// shows, so it renders offline with working call and WhatsApp links. Pure: the pages build an
// entry for their save buttons, the server builds the same from the database for a signed-in
// visitor's list, and the browser stores it in localStorage (components/saved/saved-store.ts).
// No zod here: this file ships to the browser (the save button and the list).

export const SAVED_KINDS = ['provider', 'shop'] as const;
export type SavedKindName = (typeof SAVED_KINDS)[number];

/** Both languages where the record has them; the list shows the page's. */
export interface SavedText {
  bn: string;
  en?: string;
}

export interface SavedEntry {
  kind: SavedKindName;
  id: string;
  name: SavedText;
  /** The categories (a provider) or "shop" line under the name. */
  line: SavedText;
  area: SavedText;
  /** +8801XXXXXXXXX (or a short number an office keeps). */
  phone: string;
  whatsapp: string | null;
  /** The page, without the language prefix: "/p/<slug>", "/s/<shop>" or a shop's own address. */
  url: string;
  /** When it was saved on this phone (ms), newest first in the list. */
  savedAt: number;
}

const isText = (v: unknown): v is SavedText => typeof v === 'object' && v !== null && typeof (v as SavedText).bn === 'string' && ['string', 'undefined'].includes(typeof (v as SavedText).en);

/**
 * Whether a saved entry's address is one of ours: a path on this host ("/p/…", never "//…" or
 * "/\\…", which browsers read as another host), the directory's root origin, or a storefront's
 * own host "<shop>.<root host>" (https, or http on a development root). `root` is the directory's
 * origin ("https://haat-bogura.gov.bd"; in the browser, the list's own location.origin).
 */
export function isSavedUrl(url: string, root: string): boolean {
  if (/^\/(?![/\\])/.test(url)) return !/[\\\s]/.test(url);
  if (!/^https?:\/\//.test(url) || /[\\\s@]/.test(url)) return false;
  let u: URL;
  let r: URL;
  try {
    u = new URL(url);
    r = new URL(root);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.origin === r.origin) return true;
  const shop = u.hostname.endsWith(`.${r.hostname}`) ? u.hostname.slice(0, -r.hostname.length - 1) : '';
  return /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(shop) && u.port === r.port && (u.protocol === 'https:' || u.protocol === r.protocol);
}

/**
 * Whether something read back from the phone's storage (or sent by the server) is an entry whose
 * address is one of ours (`root`: see isSavedUrl). Storage can hold anything.
 */
export function isSavedEntry(v: unknown, root: string): v is SavedEntry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    (SAVED_KINDS as readonly unknown[]).includes(e.kind) &&
    typeof e.id === 'string' &&
    /^[A-Za-z0-9_-]{1,64}$/.test(e.id) &&
    isText(e.name) &&
    isText(e.line) &&
    isText(e.area) &&
    typeof e.phone === 'string' &&
    /^\+?\d{3,15}$/.test(e.phone) &&
    (e.whatsapp === null || (typeof e.whatsapp === 'string' && /^\+?\d{6,15}$/.test(e.whatsapp))) &&
    typeof e.url === 'string' &&
    isSavedUrl(e.url, root) &&
    typeof e.savedAt === 'number'
  );
}

/** The kind and id a link or the phone names ("#add=provider:abc"), or null for anything else. */
export function parseSavedRef(text: string): { kind: SavedKindName; id: string } | null {
  const m = /^(provider|shop):([A-Za-z0-9_-]{1,64})$/.exec(text);
  return m ? { kind: m[1] as SavedKindName, id: m[2]! } : null;
}

/** The pair that names a saved record. */
export const savedKey = (e: { kind: SavedKindName; id: string }) => `${e.kind}:${e.id}`;

type Named = { nameBn: string; nameEn?: string | null };
type Place = { nameBn: string; nameEn: string; parent?: { nameBn: string; nameEn: string; level?: string } | null } | null;

const both = (bn: string, en?: string | null) => (en ? { bn, en } : { bn });

function placeText(area: Place) {
  const parts = [area, area?.parent && area.parent.level !== 'DIVISION' ? area.parent : null].filter((a): a is NonNullable<Place> => Boolean(a));
  return { bn: parts.map((a) => a.nameBn).join(', '), en: parts.map((a) => a.nameEn).join(', ') };
}

export function providerEntry(
  p: Named & { id: string; slug: string; phone: string; whatsapp: string | null; designation?: string | null; area: Place },
  categories: Named[] = [],
): SavedEntry {
  const line = categories.length
    ? both(categories.map((c) => c.nameBn).join(', '), categories.every((c) => c.nameEn) ? categories.map((c) => c.nameEn).join(', ') : null)
    : both(p.designation ?? '');
  return { kind: 'provider', id: p.id, name: both(p.nameBn, p.nameEn), line, area: placeText(p.area), phone: p.phone, whatsapp: p.whatsapp, url: `/p/${p.slug}`, savedAt: 0 };
}

export function shopEntry(s: Named & { id: string; phone: string; whatsapp: string | null; area: Place }, url: string, line: { bn: string; en: string }): SavedEntry {
  return { kind: 'shop', id: s.id, name: both(s.nameBn, s.nameEn), line, area: placeText(s.area), phone: s.phone, whatsapp: s.whatsapp, url, savedAt: 0 };
}
