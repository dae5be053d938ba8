import { describe, expect, it } from 'vitest';
import { categoryHref, categoryPath, officesPath, parseCategoryFilters, parseRentalsFilters, queryToPath, rentalsPath } from './filter-paths';

describe('filter paths', () => {
  it('writes and reads a category page’s filters in one canonical order', () => {
    expect(categoryPath('tailor')).toBe('/c/tailor');
    expect(categoryPath('tailor', { area: 'sherpur-bogura', verified: true, now: true, page: 3 })).toBe('/c/tailor/sherpur-bogura/verified/now/p/3');
    expect(categoryPath('tailor', { page: 1 })).toBe('/c/tailor');
    expect(parseCategoryFilters([])).toEqual({ verified: false, now: false, page: 1 });
    expect(parseCategoryFilters(['sherpur-bogura', 'verified', 'now', 'p', '3'])).toEqual({ area: 'sherpur-bogura', verified: true, now: true, page: 3 });
    expect(parseCategoryFilters(['now'])).toEqual({ verified: false, now: true, page: 1 });
  });

  it('has no page for another order, a repeat, page 1 or a page past the last one allowed', () => {
    for (const segments of [['now', 'verified'], ['verified', 'verified'], ['p', '1'], ['p', '501'], ['p', 'x'], ['p'], ['a', 'b'], ['sherpur', 'p', '2', 'now'], ['Bad Slug']]) {
      expect(parseCategoryFilters(segments), segments.join('/')).toBeNull();
    }
  });

  it('sends a category link to its list, and blood donors to /blood in the same place', () => {
    expect(categoryHref({ slug: 'electrician', kind: 'SERVICE' }, 'sherpur-bogura')).toBe('/c/electrician/sherpur-bogura');
    expect(categoryHref({ slug: 'electrician', kind: 'SERVICE' })).toBe('/c/electrician');
    expect(categoryHref({ slug: 'blood-donor', kind: 'BLOOD' }, 'sherpur-bogura')).toBe('/blood?area=sherpur-bogura');
    expect(categoryHref({ slug: 'blood-donor', kind: 'BLOOD' })).toBe('/blood');
  });

  it('writes and reads rentals and offices', () => {
    expect(rentalsPath({ kind: 'SHOP', area: 'sherpur-bogura' })).toBe('/rentals/shop/sherpur-bogura');
    expect(rentalsPath({})).toBe('/rentals');
    expect(parseRentalsFilters(['shop', 'sherpur-bogura'])).toEqual({ kind: 'SHOP', area: 'sherpur-bogura' });
    expect(parseRentalsFilters(['sherpur-bogura'])).toEqual({ kind: null, area: 'sherpur-bogura' });
    expect(parseRentalsFilters(['shop', 'a', 'b'])).toBeNull();
    expect(officesPath('sherpur-bogura')).toBe('/offices/sherpur-bogura');
  });

  it('leads old query addresses to their paths, and leaves others alone', () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(queryToPath('/c/tailor', q('area=sherpur-bogura&verified=1&now=1&page=২'))).toBe('/c/tailor/sherpur-bogura/verified/now/p/2');
    expect(queryToPath('/c/tailor', q('page=1'))).toBe('/c/tailor');
    expect(queryToPath('/c/tailor', q('area=<script>'))).toBe('/c/tailor');
    expect(queryToPath('/', q('area=sherpur-bogura'))).toBe('/a/sherpur-bogura');
    expect(queryToPath('/offices', q('area=sherpur-bogura'))).toBe('/offices/sherpur-bogura');
    expect(queryToPath('/rentals', q('kind=SHOP&area=sherpur-bogura'))).toBe('/rentals/shop/sherpur-bogura');
    expect(queryToPath('/rentals', q('kind=PALACE'))).toBe('/rentals');
    expect(queryToPath('/c/tailor', q('utm_source=fb'))).toBeNull();
    expect(queryToPath('/blood', q('area=sherpur-bogura'))).toBeNull();
    expect(queryToPath('/search', q('q=x&area=y'))).toBeNull();
  });
});
