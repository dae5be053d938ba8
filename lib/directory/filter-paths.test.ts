import { describe, expect, it } from 'vitest';
import { haatPath, parseHaatFilters } from '@/lib/livestock/paths';
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

describe('the cattle market’s paths (/haat…)', () => {
  const q = (s: string) => new URLSearchParams(s);

  it('round-trip every filter in one canonical order, and refuse anything else', () => {
    const full = { animal: 'BULL' as const, area: 'sherpur-bogura', breed: 'RED_CHITTAGONG', weight: [200, 300] as const, price: [100_000, 200_000] as const, haat: 'clh0aat0000001', sort: 'perkg' as const, page: 3 };
    const path = haatPath(full);
    expect(path).toBe('/haat/bull/sherpur-bogura/breed-red-chittagong/kg-200-300/tk-100000-200000/at-clh0aat0000001/sort-perkg/page-3');
    expect(parseHaatFilters(path.split('/').slice(2))).toEqual(full);
    expect(haatPath({ weight: [500, null] })).toBe('/haat/kg-500-');
    expect(parseHaatFilters(['kg-500-'])).toMatchObject({ weight: [500, null] });
    expect(parseHaatFilters([])).toEqual({ sort: 'new', page: 1 });
    // Out of order, unknown bands or sorts, page 1 spelt out, repeated: no page.
    for (const bad of [['kg-100-200', 'bull'], ['kg-100-150'], ['sort-new'], ['sort-cheap'], ['page-1'], ['tk-0-50000', 'tk-0-50000'], ['BULL'], ['breed-unicorn']]) expect(parseHaatFilters(bad), bad.join('/')).toBeNull();
  });

  it('turn the plain GET filter form into its path, dropping what does not fit', () => {
    expect(queryToPath('/haat', q('animal=bull&breed=shahiwal&area=sherpur-bogura&kg=300-500&tk=200000-500000&at=&sort=perkg'))).toBe('/haat/bull/sherpur-bogura/breed-shahiwal/kg-300-500/tk-200000-500000/sort-perkg');
    // Everything left at "any": the whole list.
    expect(queryToPath('/haat', q('animal=&breed=&area=&kg=&tk=&sort=new'))).toBe('/haat');
    // A goat's breed on a bull, an unknown band, a script for an area, a bad sort: dropped.
    expect(queryToPath('/haat', q('animal=bull&breed=black-bengal&kg=1-2&area=<b>&sort=evil'))).toBe('/haat/bull');
    expect(queryToPath('/haat', q('tk=0-50000&page=২'))).toBe('/haat/tk-0-50000/page-2');
    expect(queryToPath('/haat', q('at=clh0aat0000001'))).toBe('/haat/at-clh0aat0000001');
    expect(queryToPath('/haat', q('utm_source=fb'))).toBeNull();
    expect(queryToPath('/haat/bull', q('kg=100-200'))).toBeNull();
  });
});

