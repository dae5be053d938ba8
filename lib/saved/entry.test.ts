// What the phone accepts as a saved entry (lib/saved/entry.ts): the shape, and an address that is
// one of ours — a path on this host, the directory's root, or a storefront's own host.
import { describe, expect, it } from 'vitest';
import { isSavedEntry, isSavedUrl, parseSavedRef, type SavedEntry } from './entry';

const ROOT = 'https://haat-bogura.gov.bd';
const entry: SavedEntry = {
  kind: 'provider',
  id: 'p_123',
  name: { bn: 'করিম ইলেকট্রিক', en: 'Karim Electric' },
  line: { bn: 'ইলেকট্রিশিয়ান' },
  area: { bn: 'মির্জাপুর, শেরপুর' },
  phone: '+8801711000111',
  whatsapp: null,
  url: '/p/karim',
  savedAt: 1,
};

describe('a saved entry’s address', () => {
  it('is a path on this host, the root origin or a storefront host under the root', () => {
    for (const url of ['/p/karim', '/s/pitha', '/en/p/karim', `${ROOT}/p/karim`, 'https://pitha.haat-bogura.gov.bd', 'https://pitha.haat-bogura.gov.bd/en']) {
      expect(isSavedUrl(url, ROOT), url).toBe(true);
    }
    // Development: http root with a port, shops on <slug>.localhost:<port>.
    expect(isSavedUrl('http://pitha.localhost:3000', 'http://localhost:3000')).toBe(true);
    expect(isSavedUrl('http://localhost:3000/p/x', 'http://localhost:3000')).toBe(true);
  });

  it('is never another host, however it is dressed', () => {
    for (const url of [
      '//evil.example',
      '/\\evil.example',
      '/\\/evil.example',
      '/p/x\\y',
      'https://evil.example',
      'http://haat-bogura.gov.bd/p/x',
      'https://haat-bogura.gov.bd.evil.example',
      'https://evilhaat-bogura.gov.bd',
      'https://a.b.haat-bogura.gov.bd',
      'https://pitha.haat-bogura.gov.bd:8443',
      'https://user@haat-bogura.gov.bd',
      'https://haat-bogura.gov.bd@evil.example',
      'javascript:alert(1)',
      'p/karim',
      '',
    ]) {
      expect(isSavedUrl(url, ROOT), url).toBe(false);
    }
  });

  it('must be ours for the entry to be one, with a phone and an id of the right form', () => {
    expect(isSavedEntry(entry, ROOT)).toBe(true);
    expect(isSavedEntry({ ...entry, url: '/\\evil.example' }, ROOT)).toBe(false);
    expect(isSavedEntry({ ...entry, url: 'https://evil.example/p/karim' }, ROOT)).toBe(false);
    expect(isSavedEntry({ ...entry, phone: '+88017 1100' }, ROOT)).toBe(false);
    expect(isSavedEntry({ ...entry, id: '../x' }, ROOT)).toBe(false);
    expect(isSavedEntry({ ...entry, name: { en: 'x' } }, ROOT)).toBe(false);
    expect(isSavedEntry(null, ROOT)).toBe(false);
  });
});

describe('what an #add= link names', () => {
  it('is a kind and an id, nothing else', () => {
    expect(parseSavedRef('provider:p_123')).toEqual({ kind: 'provider', id: 'p_123' });
    expect(parseSavedRef('shop:abc-1')).toEqual({ kind: 'shop', id: 'abc-1' });
    for (const junk of ['person:abc', 'provider:', 'provider:../x', encodeURIComponent(JSON.stringify(entry)), 'provider:a:b', 'shop:' + 'x'.repeat(65)]) {
      expect(parseSavedRef(junk), junk).toBeNull();
    }
  });
});
