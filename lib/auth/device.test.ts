import { describe, expect, it } from 'vitest';
import { DEVICE_ACCOUNTS, cookieFrom, deviceTokenFor, readDeviceCookie, rememberDevice, signDeviceToken } from './device';

const secret = 'd'.repeat(32);

describe('device cookies', () => {
  it('name the account signed in to, keep the device id on renewal, and hold a few accounts', () => {
    const first = rememberDevice(undefined, 'u1', secret);
    const did = deviceTokenFor(first, 'u1', secret)!.did;
    expect(did).toMatch(/^[\w-]{22}$/);
    const both = rememberDevice(first, 'u2', secret);
    expect(deviceTokenFor(both, 'u1', secret)?.did).toBe(did);
    expect(deviceTokenFor(rememberDevice(both, 'u1', secret), 'u1', secret)?.did).toBe(did);
    let many = both;
    for (let i = 3; i < 10; i++) many = rememberDevice(many, `u${i}`, secret);
    expect(readDeviceCookie(many, secret)).toHaveLength(DEVICE_ACCOUNTS);
    expect(deviceTokenFor(many, 'u9', secret)).not.toBeNull();
  });

  it('are refused when altered, signed with another secret, expired or for another account', () => {
    const value = rememberDevice(undefined, 'u1', secret);
    const [body, sig] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ uid: 'u2', did: 'x', exp: 9e9 })).toString('base64url');
    expect(deviceTokenFor(`${forged}.${sig}`, 'u2', secret)).toBeNull();
    expect(deviceTokenFor(`${body}.${sig}x`, 'u1', secret)).toBeNull();
    expect(deviceTokenFor(value, 'u1', 'e'.repeat(32))).toBeNull();
    expect(deviceTokenFor(value, 'u2', secret)).toBeNull();
    expect(deviceTokenFor(signDeviceToken({ uid: 'u1', did: 'x', exp: 1 }, secret), 'u1', secret)).toBeNull();
    expect(readDeviceCookie('garbage~a.b.c', secret)).toEqual([]);
  });

  it('are read from a Cookie header', () => {
    expect(cookieFrom('a=1; haat.device=x%7Ey; b=2', 'haat.device')).toBe('x~y');
    expect(cookieFrom(null, 'haat.device')).toBeUndefined();
    expect(cookieFrom('haat.device=%E0%A4', 'haat.device')).toBeUndefined();
  });
});
