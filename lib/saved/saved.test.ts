// The saved list's account side, run through the server actions as Next.js runs them (the request
// stood in for) on the real database: each list is its owner's alone, bad ids get a clear answer.
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/lib/testing/action-request').then((m) => m.headersModule));
vi.mock('next/cache', () => import('@/lib/testing/action-request').then((m) => m.cacheModule));
vi.mock('@/lib/auth/session', () => import('@/lib/testing/action-request').then((m) => m.sessionModule));
vi.mock('next-intl/server', () => import('@/lib/testing/action-request').then((m) => m.intlModule));

import { db } from '@/lib/db';
import { account, provider, shop } from '@/lib/console/test-fixtures';
import { request as state } from '@/lib/testing/action-request';
import { isSavedEntry, type SavedEntry } from './entry';
import { removeItemAction, saveItemAction, savedEntriesAction, syncSavedAction } from './actions';
import { rootOrigin } from '@/lib/tenancy/urls';
import { SAVED_MAX } from './schemas';
import { listSaved } from './saved';

const signedIn = async () => {
  const user = await account();
  state.user = { id: user.id, name: user.name, phone: user.phone, roles: user.roles, officerAreaId: null, locale: 'bn' };
  return user;
};

beforeEach(() => state.reset());

describe('saved providers and shops in the account', () => {
  it('are saved from the database’s public record, listed newest first, and kept once', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    await db.provider.update({ where: { id: p.id }, data: { whatsapp: '+8801711000111' } });
    const s = await shop('mirzapur-sherpur-bogura');
    const me = await signedIn();

    const saved = await saveItemAction('provider', p.id);
    expect(saved.ok).toBe(true);
    expect(saved.data).toMatchObject({ kind: 'provider', id: p.id, name: { bn: 'করিম ইলেকট্রিক' }, phone: p.phone, whatsapp: '+8801711000111', url: `/p/${p.slug}` });
    expect(isSavedEntry(saved.data, rootOrigin())).toBe(true);
    expect((saved.data as SavedEntry).area.bn).toContain('মির্জাপুর');
    expect((await saveItemAction('shop', s.id)).ok).toBe(true);
    expect((await saveItemAction('provider', p.id)).ok).toBe(true);

    const list = await listSaved(me);
    expect(list.map((e) => [e.kind, e.id])).toEqual([['shop', s.id], ['provider', p.id]]);
    expect(await db.savedItem.count({ where: { userId: me.id } })).toBe(2);
    // A record that stops being public drops off the list shown (her row stays for when it returns).
    await db.provider.update({ where: { id: p.id }, data: { status: 'SUSPENDED' } });
    expect((await listSaved(me)).map((e) => e.id)).toEqual([s.id]);
  });

  it('are nobody else’s to read or remove', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const alice = await signedIn();
    await saveItemAction('provider', p.id);

    const bob = await signedIn();
    expect(await listSaved(bob)).toEqual([]);
    // Bob syncing an empty phone list gets his own (empty) list back, never Alice's.
    expect((await syncSavedAction([])).data).toEqual([]);
    // Removing what is on Alice's list, as Bob: not found, and hers is untouched.
    expect(await removeItemAction('provider', p.id)).toMatchObject({ ok: false, message: 'Saved.notFound' });
    expect(await db.savedItem.count({ where: { userId: alice.id } })).toBe(1);

    state.user = { id: alice.id, name: alice.name, phone: alice.phone, roles: alice.roles, officerAreaId: null };
    expect((await removeItemAction('provider', p.id)).ok).toBe(true);
    expect(await db.savedItem.count({ where: { userId: alice.id } })).toBe(0);
  });

  it('refuse bad ids and kinds with a clear message, and unknown records as not found', async () => {
    await signedIn();
    for (const result of [
      await saveItemAction('provider', "x'; DROP TABLE"),
      await saveItemAction('person' as 'provider', 'abc'),
      await removeItemAction('shop', ''),
      await syncSavedAction([{ kind: 'provider', id: '../../etc' }]),
      await syncSavedAction('nope' as never),
    ]) {
      expect(result).toMatchObject({ ok: false, message: 'Saved.notFound' });
    }
    expect(await saveItemAction('provider', 'no-such-provider')).toMatchObject({ ok: false, message: 'Saved.notFound' });
    expect(await saveItemAction('shop', 'no-such-shop')).toMatchObject({ ok: false, message: 'Saved.notFound' });
  });

  it('merge the phone’s list into the account, skipping what is gone, and leave a guest’s phone alone', async () => {
    const [p1, p2] = [await provider('mirzapur-sherpur-bogura'), await provider('mirzapur-sherpur-bogura')];
    const s = await shop('mirzapur-sherpur-bogura');
    const hidden = await shop('mirzapur-sherpur-bogura', { status: 'SUSPENDED' });

    // A guest: nothing is written anywhere, her phone keeps its list (a save answers with the public entry for it).
    expect(await syncSavedAction([{ kind: 'provider', id: p1.id }])).toEqual({ ok: true, data: null });
    expect(await saveItemAction('provider', p1.id)).toMatchObject({ ok: true, data: { kind: 'provider', id: p1.id, phone: p1.phone } });
    expect(await db.savedItem.count({ where: { targetId: p1.id } })).toBe(0);

    const me = await signedIn();
    await saveItemAction('provider', p2.id);
    const merged = await syncSavedAction([
      { kind: 'provider', id: p1.id },
      { kind: 'shop', id: s.id },
      { kind: 'shop', id: hidden.id },
      { kind: 'provider', id: 'gone-since' },
      { kind: 'provider', id: p2.id },
    ]);
    expect(merged.ok).toBe(true);
    expect((merged.data as SavedEntry[]).map((e) => e.id).sort()).toEqual([p1.id, p2.id, s.id].sort());
    expect(await db.savedItem.count({ where: { userId: me.id } })).toBe(3);
    // Again: nothing new.
    await syncSavedAction([{ kind: 'provider', id: p1.id }]);
    expect(await db.savedItem.count({ where: { userId: me.id } })).toBe(3);
  });

  it('give anyone the public entries of a list, from the database (never what the phone or a link says)', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const s = await shop('mirzapur-sherpur-bogura');
    const suspended = await provider('mirzapur-sherpur-bogura');
    await db.provider.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED' } });
    const closed = await shop('mirzapur-sherpur-bogura', { status: 'SUSPENDED' });

    // A guest (nobody signed in): read only, nothing written.
    const before = await db.savedItem.count();
    const read = await savedEntriesAction([
      { kind: 'shop', id: s.id },
      { kind: 'provider', id: suspended.id },
      { kind: 'provider', id: p.id },
      { kind: 'shop', id: closed.id },
      { kind: 'provider', id: 'gone-since' },
      { kind: 'shop', id: p.id },
    ]);
    expect(read.ok).toBe(true);
    const entries = read.data as SavedEntry[];
    expect(entries.map((e) => [e.kind, e.id])).toEqual([['shop', s.id], ['provider', p.id]]);
    expect(entries.every((e) => isSavedEntry(e, rootOrigin()))).toBe(true);
    expect(entries[1]).toMatchObject({ phone: p.phone, url: `/p/${p.slug}` });
    expect(await db.savedItem.count()).toBe(before);

    // A crafted #add= link names a real provider: the entry kept is the server's, with her own number.
    const saved = await saveItemAction('provider', p.id);
    expect((saved.data as SavedEntry).phone).toBe(p.phone);
    expect(await saveItemAction('provider', suspended.id)).toMatchObject({ ok: false, message: 'Saved.notFound' });
    expect(await saveItemAction('shop', closed.id)).toMatchObject({ ok: false, message: 'Saved.notFound' });
    expect(await db.savedItem.count()).toBe(before);
  });

  it('read at most a whole list, and refuse bad ids with a clear message', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const full = Array.from({ length: SAVED_MAX }, () => ({ kind: 'provider' as const, id: p.id }));
    expect((await savedEntriesAction(full)).ok).toBe(true);
    for (const result of [
      await savedEntriesAction([...full, { kind: 'provider', id: p.id }]),
      await savedEntriesAction([{ kind: 'provider', id: "x'; DROP TABLE" }]),
      await savedEntriesAction([{ kind: 'person' as 'provider', id: p.id }]),
      await savedEntriesAction([{ kind: 'provider', id: p.id, phone: '+8801999999999' } as never]),
      await savedEntriesAction('nope' as never),
    ]) {
      expect(result).toMatchObject({ ok: false, message: 'Saved.notFound' });
    }
    expect(await savedEntriesAction([])).toEqual({ ok: true, data: [] });
  });
});
