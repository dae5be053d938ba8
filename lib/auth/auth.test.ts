import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { SIGN_IN_LIMITS, authenticate, consumeLoginToken, hashLoginToken, loginTokenIdentifier, resolveSessionUser } from './auth';
import { rememberDevice } from './device';
import { signingSecret } from './secret';
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
      expect(await authenticate({ phone: form, password: 'shorshe-ilish-42' }, { client: 'c1' })).toEqual({ id: user.id, sv: 0 });
    }
  });

  it('answers an unknown number exactly like a wrong password', async () => {
    const user = await account();
    const wrong = await authenticate({ phone: user.phone, password: 'not-the-password' }, { client: 'c2' });
    const unknown = await authenticate({ phone: '+8801999999999', password: 'shorshe-ilish-42' }, { client: 'c2' });
    expect(wrong).toBeNull();
    expect(unknown).toBeNull();
  });

  it('refuses unconfirmed and suspended accounts', async () => {
    expect(await authenticate({ phone: (await account('PENDING')).phone, password: 'shorshe-ilish-42' }, { client: 'c3' })).toBeNull();
    expect(await authenticate({ phone: (await account('SUSPENDED')).phone, password: 'shorshe-ilish-42' }, { client: 'c3' })).toBeNull();
  });

  /** Tries `n` wrong passwords; how many were refused as throttled. */
  async function guess(phone: string, n: number, source: (i: number) => { client: string; deviceCookie?: string }) {
    let refused = 0;
    for (let i = 0; i < n; i += 10) {
      const batch = Array.from({ length: Math.min(10, n - i) }, (_, j) => authenticate({ phone, password: `guess-${i + j}-xx` }, source(i + j)).catch((e: { code?: string }) => e.code ?? 'error'));
      for (const r of await Promise.all(batch)) {
        if (r === 'throttled') refused++;
        else expect(r).toBeNull();
      }
    }
    return refused;
  }

  it('gives a device cookie a daily allowance as well, so a shared computer cannot guess for ever', async () => {
    const user = await account();
    const device = rememberDevice(undefined, user.id, signingSecret());
    let refused = 0;
    for (let i = 0; i < SIGN_IN_LIMITS.perDeviceDay.max + 3; i++) {
      // As if each guess came after the 15 minutes had passed.
      await db.rateLimit.deleteMany({ where: { key: { startsWith: `signin:device:${user.phone}:` } } });
      refused += await guess(user.phone, 1, () => ({ client: 'shared-pc', deviceCookie: device }));
    }
    expect(refused).toBe(3);
  });

  it('limits wrong passwords per number and client, and then refuses even the right one from there', async () => {
    const user = await account();
    expect(await guess(user.phone, 12, () => ({ client: 'c4' }))).toBe(2);
    await expect(authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, { client: 'c4' })).rejects.toMatchObject({ code: 'throttled' });
    // Another client is not held up by c4's guesses.
    expect(await authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, { client: 'c4-elsewhere' })).toMatchObject({ id: user.id });
  });

  it('limits one client trying many numbers', { timeout: 120_000 }, async () => {
    let refused = 0;
    for (let i = 0; i < SIGN_IN_LIMITS.perClient.max + 5; i++) refused += await guess(`+8801999${String(100000 + i * 7 + serial * 1000).slice(-6)}`, 1, () => ({ client: 'c5' }));
    expect(refused).toBe(5);
  });

  it('limits a number across rotating clients, but not the owner on a device she signed in with before', { timeout: 60_000 }, async () => {
    const user = await account();
    const device = rememberDevice(undefined, user.id, signingSecret());
    const n = SIGN_IN_LIMITS.perNumber.max + 5;
    expect(await guess(user.phone, n, (i) => ({ client: `botnet-${i}` }))).toBe(5);
    await expect(authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, { client: 'fresh' })).rejects.toMatchObject({ code: 'throttled' });
    expect(await authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, { client: 'botnet-1', deviceCookie: device })).toMatchObject({ id: user.id });
  });

  it('never lets ten wrong guesses from her own address lock the owner out on her device', async () => {
    const user = await account();
    const device = rememberDevice(undefined, user.id, signingSecret());
    expect(await guess(user.phone, 11, () => ({ client: 'shared-nat' }))).toBe(1);
    expect(await authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, { client: 'shared-nat', deviceCookie: device })).toMatchObject({ id: user.id });
  });

  it('gives a device cookie its own allowance, so a stolen one cannot brute-force', async () => {
    const user = await account();
    const device = rememberDevice(undefined, user.id, signingSecret());
    expect(await guess(user.phone, 12, (i) => ({ client: `thief-${i}`, deviceCookie: device }))).toBe(2);
    // Another device's cookie (or a forged one, or one for another account) counts as none.
    const other = await account();
    const foreign = rememberDevice(undefined, other.id, signingSecret());
    expect(await guess(user.phone, 1, () => ({ client: 'x1', deviceCookie: foreign }))).toBe(0);
    expect(await guess(user.phone, 1, () => ({ client: 'x1', deviceCookie: `${device}x` }))).toBe(0);
  });

  it('counts only failures: signing in often is never limited', async () => {
    const user = await account();
    for (let i = 0; i < 15; i++) expect(await authenticate({ phone: user.phone, password: 'shorshe-ilish-42' }, { client: 'daily' })).toMatchObject({ id: user.id });
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
