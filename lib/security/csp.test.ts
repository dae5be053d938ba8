import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce } from './csp';

/** "a b c; d e" → { a: ['b', 'c'], d: ['e'] } */
const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
const base = { nonce: 'abc123==', production: false, stripe: false, uploadthing: false, rootOrigin: 'http://localhost:3000' };

describe('contentSecurityPolicy', () => {
  it('lets only our own scripts with this request’s nonce run, and nothing frame the page', () => {
    const policy = directives(contentSecurityPolicy(base));
    expect(policy).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'nonce-abc123=='", "'strict-dynamic'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'form-action': ["'self'", 'http://localhost:3000'],
      'frame-ancestors': ["'none'"],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    });
  });

  it('gives a cached public page (no nonce) scripts from our own origin and inline only', () => {
    const policy = directives(contentSecurityPolicy({ ...base, nonce: null }));
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'self'", 'http://localhost:3000']);
  });

  it('adds what the configured services need, and only then', () => {
    const policy = directives(contentSecurityPolicy({ ...base, production: true, stripe: true, uploadthing: true, rootOrigin: 'https://haat-bogura.gov.bd' }));
    expect(policy['form-action']).toEqual(["'self'", 'https://haat-bogura.gov.bd', 'https://checkout.stripe.com']);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://*.ufs.sh', 'https://utfs.io']);
    expect(policy['upgrade-insecure-requests']).toEqual([]);
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ ...base, development: true }))['script-src']).toContain("'unsafe-eval'");
  });

  it('makes a fresh nonce each time, in the form Next.js reads back', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
