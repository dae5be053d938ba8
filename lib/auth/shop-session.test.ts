import { describe, expect, it } from 'vitest';
import { mayShareWithShops, rolesDigest, shopCookieDomain, signBuyerToken, stillFits, verifyBuyerToken } from './shop-session';

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
    const rd = rolesDigest(['BUYER']);
    const token = signBuyerToken({ uid: 'u1', sv: 2, rd, exp: later }, secret);
    expect(verifyBuyerToken(token, secret)).toEqual({ uid: 'u1', sv: 2, rd });
    const [body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ uid: 'admin', sv: 2, rd, exp: later })).toString('base64url');
    expect(verifyBuyerToken(`${forged}.${sig}`, secret)).toBeNull();
    expect(verifyBuyerToken(`${body}.${sig}x`, secret)).toBeNull();
    expect(verifyBuyerToken(token, 'x'.repeat(32))).toBeNull();
    expect(verifyBuyerToken(signBuyerToken({ uid: 'u1', sv: 2, rd, exp: 1 }, secret), secret)).toBeNull();
    expect(verifyBuyerToken(undefined, secret)).toBeNull();
    expect(verifyBuyerToken('garbage', secret)).toBeNull();
  });

  it('carries a digest of the roles it was issued for: any change of roles makes it stale', () => {
    expect(rolesDigest(['SELLER', 'BUYER'])).toBe(rolesDigest(['BUYER', 'SELLER']));
    expect(stillFits({ rd: rolesDigest(['BUYER']) }, ['BUYER'])).toBe(true);
    expect(stillFits({ rd: rolesDigest(['BUYER']) }, ['BUYER', 'SELLER'])).toBe(false);
    expect(stillFits({ rd: rolesDigest(['BUYER']) }, ['BUYER', 'OFFICER'])).toBe(false);
    expect(stillFits({ rd: rolesDigest(['BUYER', 'ADMIN']) }, ['BUYER', 'ADMIN'])).toBe(false);
  });
});
