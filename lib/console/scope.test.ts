// The one scope rule: an officer acts inside the area they were appointed to and everything below
// it, an admin everywhere, anyone else is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { assertAreaInScope, inScope, scopeOf } from './scope';
import { account, areaId, consoleScopes } from './test-fixtures';

let scopes: Awaited<ReturnType<typeof consoleScopes>>;
let mirzapur: number, sherpur: number, kahaloo: number, kishoreganj: number;

beforeAll(async () => {
  scopes = await consoleScopes();
  [mirzapur, sherpur, kahaloo, kishoreganj] = await Promise.all([areaId('mirzapur-sherpur-bogura'), areaId('sherpur-bogura'), areaId('kahaloo'), areaId('kishoreganj')]);
});

describe('an officer’s scope', () => {
  it('is refused while the officer is still on a temporary password', async () => {
    await expect(scopeOf({ ...scopes.sherpur.user, mustChangePassword: true })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(scopeOf({ ...scopes.sherpur.user, mustChangePassword: false })).resolves.toMatchObject({ areaId: sherpur });
  });

  it('covers the officer’s upazila and every area below it', async () => {
    await expect(assertAreaInScope(scopes.sherpur, sherpur)).resolves.toBeUndefined();
    await expect(assertAreaInScope(scopes.sherpur, mirzapur)).resolves.toBeUndefined();
  });

  it('answers "not found" for an area outside it, a missing area and none', async () => {
    await expect(assertAreaInScope(scopes.kahaloo, mirzapur)).rejects.toMatchObject({ code: 'notFound' });
    await expect(assertAreaInScope(scopes.sherpur, kishoreganj)).rejects.toMatchObject({ code: 'notFound' });
    await expect(assertAreaInScope(scopes.sherpur, kahaloo)).rejects.toMatchObject({ code: 'notFound' });
    await expect(assertAreaInScope(scopes.sherpur, 999_999_999)).rejects.toMatchObject({ code: 'notFound' });
    await expect(assertAreaInScope(scopes.sherpur, null)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('filters lists to the same areas', async () => {
    const inSherpur = await db.area.count({ where: { id: { in: [mirzapur, kahaloo, kishoreganj] }, ...(inScope(scopes.sherpur).area ? { path: inScope(scopes.sherpur).area!.path } : {}) } });
    expect(inSherpur).toBe(1);
    expect(inScope(scopes.adminScope)).toEqual({});
  });

  it('lets an admin act everywhere', async () => {
    expect(scopes.adminScope).toMatchObject({ isAdmin: true, path: '' });
    await expect(assertAreaInScope(scopes.adminScope, kishoreganj)).resolves.toBeUndefined();
    await expect(assertAreaInScope(scopes.adminScope, null)).resolves.toBeUndefined();
  });

  it('refuses a buyer, a seller and an officer without an area', async () => {
    await expect(scopeOf(await account(['BUYER']))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(scopeOf(await account(['BUYER', 'SELLER']))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(scopeOf({ ...(await account(['BUYER', 'OFFICER'])), officerAreaId: null })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
