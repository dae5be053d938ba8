import { describe, expect, it } from 'vitest';
import { pathInLocale } from './routing';

describe('pathInLocale', () => {
  it.each([
    ['/', 'en', '/en'],
    ['/c/tailor', 'en', '/en/c/tailor'],
    ['/en', 'bn', '/'],
    ['/en/c/tailor', 'bn', '/c/tailor'],
    ['/en/c/tailor', 'en', '/en/c/tailor'],
    ['/english-tutor', 'bn', '/english-tutor'],
  ] as const)('%s in %s is %s', (path, locale, expected) => {
    expect(pathInLocale(path, locale)).toBe(expected);
  });
});

describe('localizeHref', async () => {
  const { localizeHref } = await import('./href');
  it('adds the language prefix and keeps the query', () => {
    expect(localizeHref('/c/tailor', 'en')).toBe('/en/c/tailor');
    expect(localizeHref({ pathname: '/c/tailor', query: { area: 'sherpur-bogura', page: undefined } }, 'bn')).toBe('/c/tailor?area=sherpur-bogura');
    expect(localizeHref({ pathname: '/', query: { area: 'x y' } }, 'en')).toBe('/en?area=x+y');
  });
});
