import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authenticate, consumeLoginToken, hashLoginToken, loginTokenIdentifier, resolveSessionUser } from './auth';
import { hashPassword } from './passwords';

let serial = 0;
async function account(status: 'ACTIVE' | 'PENDING' | 'SUSPENDED' = 'ACTIVE') {
  const phone = `+88018${String(10000000 + ++serial * 31 + Math.floor(Math.random() * 10000) * 1000).slice(0, 8)}`;
  const user = await db.user.create({ data: { phone, name: 'পরীক্ষা', passwordHash: await hashPassword('shorshe-ilish-42'), status, roles: ['BUYER'] } });
  return { ...user, phone };
}

describe('signing in', () => {
  it('accepts the number in any common form with the right password', async () => {
    const user = await account();
    const local = user.phone.replace('+880', '0');
    for (const form of [local, user.phone, `${local.slice(0, 5)}-${local.slice(5)}`, local.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)]!)]) {
      expect(await authenticate({ phone: form, password: 'shorshe-ilish-42' }, 'c1')).toEqual({ id: user.id, sv: 0 });
    }
  });

  it('answers an unknown number exactly like a wrong password', async () => {
    const user = await account();
    const wrong = await authenticate({ phone: user.phone, password: 'not-the-password' }, 'c2');
    const unknown = await authenticate({ phone: '+8801999999999', password: 'shorshe-ilish-42' }, 'c2');
    expect(wrong).toBeNull();
    expect(unknown).toBeNull();
  });

  it('refuses unconfirmed and suspended accounts', async () => {
    expect(await authenticate({ phone: (await account('PENDING')).phone, password: 'shorshe-ilish-42' }, 'c3')).toBeNull();
    expect(await authenticate({ phone: (await account('SUSPENDED')).phone, password: 'shorshe-ilish-42' }, 'c3')).toBeNull();
  });

  it('throttles guessing on one number, even with the right password afterwards', async () => {
    const user = await account();
    let refused = 0;
    for (let i = 0; i < 12; i++) {
      try {
        await authenticate({ phone: user.phone, password: `guess-${i}-xx` }, `c4-${i}`);
      } catch (e) {
        expect((e as { code?: string }).code).toBe('throttled');
        refused++;
      }
    }
    expect(refused).toBe(2);
    await expect(authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, 'c4-x')).rejects.toMatchObject({ code: 'throttled' });
  });
});

describe('sessions', () => {
  it('end on the next request after a suspension, a password change or "sign out everywhere"', async () => {
    const user = await account();
    const token = { uid: user.id, sv: 0 };
    expect(await resolveSessionUser(token)).toMatchObject({ id: user.id, roles: ['BUYER'] });

    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await resolveSessionUser(token)).toBeNull();
    expect(await resolveSessionUser({ uid: user.id, sv: 1 })).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { status: 'SUSPENDED' } });
    expect(await resolveSessionUser({ uid: user.id, sv: 1 })).toBeNull();
  });

  it('ignore malformed tokens', async () => {
    expect(await resolveSessionUser({})).toBeNull();
    expect(await resolveSessionUser({ uid: 'x', sv: '0' })).toBeNull();
  });

  it('start from a one-time login token only once', async () => {
    const user = await account();
    const token = 'a'.repeat(43);
    await db.verificationToken.create({ data: { identifier: loginTokenIdentifier(user.phone), token: hashLoginToken(token), expires: new Date(Date.now() + 60_000) } });
    expect(await consumeLoginToken(user.phone, 'b'.repeat(43))).toBeNull();
    expect(await consumeLoginToken(user.phone, token)).toEqual({ id: user.id, sv: 0 });
    expect(await consumeLoginToken(user.phone, token)).toBeNull();
  });
});
