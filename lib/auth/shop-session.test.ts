import { describe, expect, it } from 'vitest';
import { mayShareWithShops, shopCookieDomain, signBuyerToken, verifyBuyerToken } from './shop-session';

const secret = 's'.repeat(32);
const later = Math.floor(Date.now() / 1000) + 3600;

describe('buyer cookie for shop subdomains', () => {
  it('goes to every shop of the root domain, but has no Domain on localhost', () => {
    expect(shopCookieDomain('haat-bogura.gov.bd')).toBe('haat-bogura.gov.bd');
    expect(shopCookieDomain('localhost:3000')).toBeUndefined();
    expect(shopCookieDomain('127.0.0.1:3000')).toBeUndefined();
  });

  it('is never given to officers or admins', () => {
    expect(mayShareWithShops(['BUYER'])).toBe(true);
    expect(mayShareWithShops(['SELLER', 'BUYER'])).toBe(true);
    expect(mayShareWithShops(['OFFICER', 'BUYER'])).toBe(false);
    expect(mayShareWithShops(['ADMIN'])).toBe(false);
  });

  it('is signed: altered, foreign-secret or expired tokens are refused', () => {
    const token = signBuyerToken({ uid: 'u1', sv: 2, exp: later }, secret);
    expect(verifyBuyerToken(token, secret)).toEqual({ uid: 'u1', sv: 2 });
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ uid: 'admin', sv: 2, exp: later })).toString('base64url');
    expect(verifyBuyerToken(`${forged}.${sig}`, secret)).toBeNull();
    expect(verifyBuyerToken(`${body}.${sig}x`, secret)).toBeNull();
    expect(verifyBuyerToken(token, 'x'.repeat(32))).toBeNull();
    expect(verifyBuyerToken(signBuyerToken({ uid: 'u1', sv: 2, exp: 1 }, secret), secret)).toBeNull();
    expect(verifyBuyerToken(undefined, secret)).toBeNull();
    expect(verifyBuyerToken('garbage', secret)).toBeNull();
  });
});
