import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { isValidShopSlug, parseHost } from './host';
import { shopLink, shopPublicUrl, storefrontBase } from './urls';

describe('which site a Host header is for', () => {
  const cases: [string | null, string, ReturnType<typeof parseHost>][] = [
    ['haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'root' }],
    ['HAAT-BOGURA.GOV.BD.', 'haat-bogura.gov.bd', { kind: 'root' }],
    ['pitha.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'shop', slug: 'pitha' }],
    ['Pitha.Haat-Bogura.gov.bd:443', 'haat-bogura.gov.bd', { kind: 'shop', slug: 'pitha' }],
    ['www.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'www' }],
    ['admin.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'none' }],
    ['api.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'none' }],
    ['a.b.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'none' }],
    ['-pitha.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'none' }],
    ['ab.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'none' }],
    ['xn--pitha.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'none' }],
    ['pitha.haat-bogura.gov.bd:80', 'haat-bogura.gov.bd', { kind: 'shop', slug: 'pitha' }],
    // Development: any port, and *.localhost even when ROOT_DOMAIN names another host.
    ['localhost:3000', 'localhost:3000', { kind: 'root' }],
    ['localhost:41234', 'localhost:3000', { kind: 'root' }],
    ['127.0.0.1:3000', 'localhost:3000', { kind: 'root' }],
    ['[::1]:3000', 'haat-bogura.gov.bd', { kind: 'root' }],
    ['localhost', 'haat-bogura.gov.bd', { kind: 'root' }],
    ['pitha.localhost:3000', 'localhost:3000', { kind: 'shop', slug: 'pitha' }],
    ['sherpur-cake.localhost:41234', 'localhost:3000', { kind: 'shop', slug: 'sherpur-cake' }],
    ['admin.localhost:3000', 'localhost:3000', { kind: 'none' }],
    ['www.localhost:3000', 'localhost:3000', { kind: 'www' }],
    ['pitha.localhost:3000', 'haat-bogura.gov.bd', { kind: 'shop', slug: 'pitha' }],
    ['haat.test:3000', 'haat.test:3000', { kind: 'root' }],
    ['pitha.haat.test:3000', 'haat.test:3000', { kind: 'shop', slug: 'pitha' }],
    // Anything else is not ours: refused, never treated as the directory.
    ['evil-haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['haat-bogura.gov.bd.evil.com', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['localhost:3000.evil.com', 'localhost:3000', { kind: 'foreign' }],
    ['pitha.localhost:3000.evil.com', 'localhost:3000', { kind: 'foreign' }],
    ['haat-bogura.gov.bd:8080', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['pitha.haat-bogura.gov.bd:8080', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['haat.test:4000', 'haat.test:3000', { kind: 'foreign' }],
    ['10.0.0.5:3000', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['127.0.0.2', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['haat-bogura.gov.bd/evil', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['user@haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['haat-bogura.gov.bd:', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['haat bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['পিঠা.haat-bogura.gov.bd', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['a'.repeat(300), 'haat-bogura.gov.bd', { kind: 'foreign' }],
    ['', 'haat-bogura.gov.bd', { kind: 'foreign' }],
    [null, 'haat-bogura.gov.bd', { kind: 'foreign' }],
  ];
  it.each(cases)('%s (root %s)', (host, root, expected) => {
    expect(parseHost(host, root)).toEqual(expected);
  });
});

describe('shop addresses', () => {
  it('takes 3–30 lowercase letters, digits and single inner hyphens, never a reserved name', () => {
    for (const ok of ['pitha', 'sherpur-cake', 'a1b', 'x'.repeat(30), '123']) expect(isValidShopSlug(ok), ok).toBe(true);
    for (const bad of ['ab', 'x'.repeat(31), 'Pitha', 'pi_tha', 'pitha-', '-pitha', 'pi--tha', 'পিঠা', 'www', 'admin', 'api', 'console', 'dashboard', 'mail', 'static', 'app', 'help', 'support', 'shop']) {
      expect(isValidShopSlug(bad), bad).toBe(false);
    }
  });

  const dev = parseEnv({});
  const live = parseEnv({ HAAT_ENV: 'production', DATABASE_URL: 'postgres://x', AUTH_SECRET: 'x'.repeat(32), ROOT_DOMAIN: 'haat-bogura.gov.bd', SMS_GATEWAY_URL: 'https://sms.example.com/api', SMS_GATEWAY_KEY: 'k', TRUSTED_PROXIES: '0' });

  it('links to /s/<shop> in development and to the subdomain in production', () => {
    expect(shopLink('pitha', 'bn', dev)).toBe('/s/pitha');
    expect(shopLink('pitha', 'en', dev)).toBe('/en/s/pitha');
    expect(shopPublicUrl('pitha', '/', 'bn', dev)).toBe('http://localhost:3000/s/pitha');
    expect(shopPublicUrl('pitha', '/p/cake', 'en', dev)).toBe('http://localhost:3000/en/s/pitha/p/cake');
    expect(shopLink('pitha', 'bn', live)).toBe('https://pitha.haat-bogura.gov.bd');
    expect(shopPublicUrl('pitha', '/p/cake', 'en', live)).toBe('https://pitha.haat-bogura.gov.bd/en/p/cake');
    expect(shopLink('pitha', 'bn', { ...dev, SHOP_SUBDOMAINS: 'on' })).toBe('http://pitha.localhost:3000');
  });

  it('gives storefront links one prefix for every host (so the page can be cached)', () => {
    expect(storefrontBase('pitha', dev)).toBe('/s/pitha');
    expect(storefrontBase('pitha', { ...dev, SHOP_SUBDOMAINS: 'on' })).toBe('');
  });
});
