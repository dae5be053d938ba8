// A signed-in visitor's saved providers and shops, kept in her account (SavedItem) beside the copy
// on her phone. Every function takes the signed-in user from the action pipeline: a list is only
// ever its owner's, read or changed by her id, so nobody reaches another's. What is shown comes
// from the database (public records only), never from what the phone sent.
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { publicProviderWhere } from '@/lib/directory/visibility';
import { notFound } from '@/lib/errors';
import type { SavedKind } from '@/lib/generated/prisma/client';
import { shopLink } from '@/lib/tenancy/urls';
import { providerEntry, savedKey, shopEntry, type SavedEntry, type SavedKindName } from './entry';
import { SAVED_MAX, type SavedRef } from './schemas';

const KIND: Record<SavedKindName, SavedKind> = { provider: 'PROVIDER', shop: 'SHOP' };
const NAME: Record<SavedKind, SavedKindName> = { PROVIDER: 'provider', SHOP: 'shop' };

const areaSelect = { select: { nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true, level: true } } } } as const;
/** The "shop" line under a shop's name, in both languages (Saved.shopLine). */
export async function shopLine(): Promise<{ bn: string; en: string }> {
  const [bn, en] = await Promise.all([getTranslations({ locale: 'bn', namespace: 'Saved' }), getTranslations({ locale: 'en', namespace: 'Saved' })]);
  return { bn: bn('shopLine'), en: en('shopLine') };
}

/** The public records among these refs, as list entries (in the refs' order; missing, hidden or suspended ones left out). */
export async function entriesOf(refs: { kind: SavedKindName; id: string; savedAt?: number }[]): Promise<SavedEntry[]> {
  const ids = (kind: SavedKindName) => refs.filter((r) => r.kind === kind).map((r) => r.id);
  const [providers, shops, line] = await Promise.all([
    db.provider.findMany({
      where: { id: { in: ids('provider') }, ...publicProviderWhere },
      select: {
        id: true, slug: true, nameBn: true, nameEn: true, designation: true, phone: true, whatsapp: true, area: areaSelect,
        categories: { where: { category: { kind: { not: 'BLOOD' } } }, select: { category: { select: { nameBn: true, nameEn: true } } } },
      },
    }),
    db.shop.findMany({ where: { id: { in: ids('shop') }, status: 'ACTIVE' }, select: { id: true, slug: true, nameBn: true, nameEn: true, phone: true, whatsapp: true, area: areaSelect } }),
    shopLine(),
  ]);
  const found = new Map<string, SavedEntry>([
    ...providers.map((p) => [savedKey({ kind: 'provider', id: p.id }), providerEntry(p, p.categories.map((c) => c.category))] as const),
    ...shops.map((s) => [savedKey({ kind: 'shop', id: s.id }), shopEntry(s, shopLink(s.slug, 'bn'), line)] as const),
  ]);
  return refs.flatMap((r) => {
    const entry = found.get(savedKey(r));
    return entry ? [{ ...entry, savedAt: r.savedAt ?? 0 }] : [];
  });
}

/** Her saved list, newest first. */
export async function listSaved(user: { id: string }): Promise<SavedEntry[]> {
  const rows = await db.savedItem.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: SAVED_MAX });
  return entriesOf(rows.map((r) => ({ kind: NAME[r.kind], id: r.targetId, savedAt: r.createdAt.getTime() })));
}

/** Saves one public provider or shop to her list (again is no change); an unknown or hidden one is "not found". */
export async function saveItem(user: { id: string } | null, ref: SavedRef): Promise<SavedEntry> {
  const [entry] = await entriesOf([ref]);
  if (!entry) throw notFound();
  // A guest: the public entry alone, for her phone to keep (what she keeps comes from here, never from a link).
  if (!user) return { ...entry, savedAt: Date.now() };
  const row = await db.savedItem.upsert({
    where: { userId_kind_targetId: { userId: user.id, kind: KIND[ref.kind], targetId: ref.id } },
    create: { userId: user.id, kind: KIND[ref.kind], targetId: ref.id },
    update: {},
  });
  return { ...entry, savedAt: row.createdAt.getTime() };
}

/** Takes one off her list; one that is not on it (someone else's, or never saved) is "not found". */
export async function removeItem(user: { id: string }, ref: SavedRef): Promise<void> {
  const { count } = await db.savedItem.deleteMany({ where: { userId: user.id, kind: KIND[ref.kind], targetId: ref.id } });
  if (count === 0) throw notFound();
}

/**
 * The phone's list joins her account's (public records only; ones already there or gone are
 * skipped, never an error: the phone may remember a shop that has since closed), and the merged
 * list comes back for the phone to keep.
 */
export async function mergeSaved(user: { id: string }, refs: SavedRef[]): Promise<SavedEntry[]> {
  const known = (await entriesOf(refs)).slice(0, SAVED_MAX);
  if (known.length) {
    await db.savedItem.createMany({ data: known.map((e) => ({ userId: user.id, kind: KIND[e.kind], targetId: e.id })), skipDuplicates: true });
  }
  return listSaved(user);
}
