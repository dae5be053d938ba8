import { describe, expect, it } from 'vitest';
import { fastPathLocale, storefrontFastPathLocale } from './cached-pages';

describe('the fast path to cached pages', () => {
  it('takes plain GETs of cached directory pages, in either language', () => {
    expect(fastPathLocale('GET', '/', undefined)).toBe('bn');
    expect(fastPathLocale('HEAD', '/c/tailor/sherpur-bogura?utm_source=fb', undefined)).toBe('bn');
    expect(fastPathLocale('GET', '/en/emergency', 'authjs.session-token=x; haat.hint=u.n')).toBe('en');
    // A district's home page and the chooser, and the lists naming their district.
    for (const url of ['/d/kishoreganj', '/en/d', '/shops/kishoreganj', '/services', '/services/kishoreganj', '/emergency/kishoreganj']) expect(fastPathLocale('GET', url, 'haat-district=bogura'), url).not.toBeNull();
    // Her list (drawn in the browser) and the service worker's offline page, the same for everyone.
    for (const url of ['/saved', '/en/saved', '/offline', '/en/offline']) expect(fastPathLocale('GET', url, undefined), url).not.toBeNull();
    for (const url of ['/saved/x', '/offline/', '/savedx']) expect(fastPathLocale('GET', url, undefined), url).toBeNull();
    // Training programmes: the list and each programme's page; invitations and certificate checks are per visitor.
    for (const url of ['/training', '/en/training', '/training/cm1abc', '/en/training/cm1abc']) expect(fastPathLocale('GET', url, undefined), url).not.toBeNull();
    for (const url of ['/training/invite/tok', '/training/verify/CODE', '/training/invite', '/training/a/b', '/trainingx']) expect(fastPathLocale('GET', url, undefined), url).toBeNull();
  });

  it('leaves to proxy.ts what needs it: writes, per-visitor pages, redirects, encodings and stale hints', () => {
    for (const [method, url, cookie] of [
      ['POST', '/c/tailor', undefined],
      ['GET', '/search?q=x', undefined],
      ['GET', '/blood', undefined],
      ['GET', '/dashboard', undefined],
      ['GET', '/bn/emergency', undefined],
      ['GET', '/c/tailor?area=sherpur-bogura', undefined],
      ['GET', '/c/blood-donor', undefined],
      ['GET', '/p/%E0%A6', undefined],
      ['GET', '/emergency/', undefined],
      ['GET', '/s/pitha', undefined],
      ['GET', '/', 'haat.hint=u.n'],
    ] as const) {
      expect(fastPathLocale(method, url, cookie), `${method} ${url}`).toBeNull();
    }
  });

  it('takes a storefront’s pages on the root host only where shops have no hosts of their own', () => {
    expect(fastPathLocale('GET', '/s/pitha', undefined, true)).toBe('bn');
    expect(fastPathLocale('GET', '/en/s/pitha/p/bhapa-pitha', undefined, true)).toBe('en');
    for (const url of ['/s/pitha/cart', '/s/pitha/poster', '/s/pitha/', '/s/pitha/p/a/b', '/s/Pitha']) expect(fastPathLocale('GET', url, undefined, true), url).toBeNull();
    // With shop hosts on, proxy.ts redirects /s/<shop> to the shop's own host.
    expect(fastPathLocale('GET', '/s/pitha', undefined, false)).toBeNull();
  });

  it('takes a storefront’s front page and product pages on its own host, and nothing else there', () => {
    expect(storefrontFastPathLocale('GET', '/')).toBe('bn');
    expect(storefrontFastPathLocale('GET', '/en/p/cake')).toBe('en');
    for (const url of ['/cart', '/poster', '/bn/p/cake', '/p/cake/x', '/s/pitha/p/cake', '/p/%00']) expect(storefrontFastPathLocale('GET', url), url).toBeNull();
    expect(storefrontFastPathLocale('POST', '/p/cake')).toBeNull();
  });
});
