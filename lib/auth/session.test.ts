// The buyer cookie as a shop host reads it (getShopBuyer), with only the cookie jar stood in for.
import { beforeAll, describe, expect, it, vi } from 'vitest';

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock('next/headers', () => ({ cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }) }));

import { appointOfficer, officerSchema } from '@/lib/console/officers';
import { account, areaId, consoleScopes } from '@/lib/console/test-fixtures';
import { resolveSessionUser } from './auth';
import { db } from '@/lib/db';
import { signingSecret } from './secret';
import { getShopBuyer } from './session';
import { SHOP_COOKIE, rolesDigest, signBuyerToken } from './shop-session';
import type { Role } from '@/lib/generated/prisma/enums';

const later = () => Math.floor(Date.now() / 1000) + 3600;
const holdCookieFor = (user: { id: string; roles: Role[] }, sv = 0) =>
  jar.set(SHOP_COOKIE, signBuyerToken({ uid: user.id, sv, rd: rolesDigest(user.roles), exp: later() }, signingSecret()));

let s: Awaited<ReturnType<typeof consoleScopes>>;
beforeAll(async () => {
  s = await consoleScopes();
});

describe('the buyer cookie on shop hosts', () => {
  it('is honoured while the account keeps the roles it was issued for', async () => {
    const buyer = await account(['BUYER']);
    holdCookieFor(buyer);
    expect(await getShopBuyer()).toMatchObject({ id: buyer.id });
  });

  it('ends when the buyer is appointed officer (her root-host session goes on)', async () => {
    const buyer = await account(['BUYER']);
    holdCookieFor(buyer);
    await appointOfficer(s.adminScope, officerSchema.parse({ phone: buyer.phone, name: buyer.name, areaId: String(await areaId('sherpur-bogura')) }));
    expect(await getShopBuyer()).toBeNull();
    expect(await resolveSessionUser({ uid: buyer.id, sv: 0 })).toMatchObject({ id: buyer.id, roles: ['BUYER', 'OFFICER'] });
  });

  it('ends on any role change, e.g. a buyer who becomes a seller', async () => {
    const buyer = await account(['BUYER']);
    holdCookieFor(buyer);
    await db.user.update({ where: { id: buyer.id }, data: { roles: { set: ['BUYER', 'SELLER'] } } });
    expect(await getShopBuyer()).toBeNull();
  });

  it('is always refused to an officer or admin, even one signed for their roles', async () => {
    const officer = await account(['BUYER', 'OFFICER']);
    holdCookieFor(officer);
    expect(await getShopBuyer()).toBeNull();
  });

  it('refuses tokens without a roles digest (issued before this rule)', async () => {
    const buyer = await account(['BUYER']);
    const body = Buffer.from(JSON.stringify({ uid: buyer.id, sv: 0, exp: later() })).toString('base64url');
    const { createHmac } = await import('node:crypto');
    jar.set(SHOP_COOKIE, `${body}.${createHmac('sha256', signingSecret()).update(`haat.buyer:${body}`).digest('base64url')}`);
    expect(await getShopBuyer()).toBeNull();
  });
});
