import { describe, expect, it } from 'vitest';
import { DISTRICT_COOKIE, districtCookie, districtRouting, districtRewrite, keepDistrictSlugs, rememberedDistrict, routeDistrict } from './districts';

const two = districtRouting('bogura,kishoreganj');
const cookie = (slug: string, others = 'haat.hint=u.n') => `${others}; ${DISTRICT_COOKIE}=${slug}`;

describe('the remembered district', () => {
  it('is read from the cookie only when it names a served district', () => {
    expect(rememberedDistrict(cookie('kishoreganj'), two)).toBe('kishoreganj');
    expect(rememberedDistrict(`${DISTRICT_COOKIE}=bogura`, two)).toBe('bogura');
    for (const junk of ['dhaka', 'Kishoreganj', '../x', '', 'kishoreganj%00']) expect(rememberedDistrict(cookie(junk), two), junk).toBeNull();
    expect(rememberedDistrict(undefined, two)).toBeNull();
    expect(rememberedDistrict('x-haat-district=kishoreganj', two)).toBeNull();
    // One district: nothing to remember.
    expect(rememberedDistrict(cookie('bogura'), districtRouting('bogura'))).toBeNull();
  });

  it('with every district served, is any district the server read at start, and nothing before', () => {
    const all = districtRouting('all');
    expect(rememberedDistrict(cookie('dhaka'), all)).toBeNull();
    keepDistrictSlugs(['bogura', 'dhaka', 'kishoreganj']);
    expect(rememberedDistrict(cookie('dhaka'), all)).toBe('dhaka');
    expect(rememberedDistrict(cookie('sherpur-bogura'), all)).toBeNull();
    expect(routeDistrict('/shops', cookie('dhaka'), all).url).toBe('/shops/dhaka');
    // The first named is the default: its lists are the district-less addresses.
    expect(routeDistrict('/shops', cookie('bogura'), districtRouting('bogura,all')).url).toBeNull();
  });

  it('is set for a year, readable, SameSite=Lax, Secure in production', () => {
    expect(districtCookie('kishoreganj', false)).toBe('haat-district=kishoreganj; Path=/; Max-Age=31536000; SameSite=Lax');
    expect(districtCookie('kishoreganj', true)).toMatch(/; Secure$/);
    expect(districtCookie('bogura', false)).not.toMatch(/HttpOnly/i);
  });
});

describe('routing a district-less list to the remembered district’s page', () => {
  it.each([
    ['/', '/d/kishoreganj'],
    ['/shops', '/shops/kishoreganj'],
    ['/services', '/services/kishoreganj'],
    ['/emergency', '/emergency/kishoreganj'],
    ['/offices', '/offices/kishoreganj'],
    ['/rentals', '/rentals/kishoreganj'],
    ['/rentals/house', '/rentals/house/kishoreganj'],
    ['/c/electrician', '/c/electrician/kishoreganj'],
    ['/c/electrician/verified', '/c/electrician/kishoreganj/verified'],
    ['/c/electrician/verified/now/p/2', '/c/electrician/kishoreganj/verified/now/p/2'],
    ['/c/electrician/p/3', '/c/electrician/kishoreganj/p/3'],
    ['/haat', '/haat/kishoreganj'],
    ['/haat/bull/kg-500-/sort-weight', '/haat/bull/kishoreganj/kg-500-/sort-weight'],
  ])('%s → %s', (rest, target) => {
    expect(districtRewrite(rest, 'kishoreganj', two)).toBe(target);
  });

  it.each([
    '/c/electrician/sherpur-bogura',
    '/c/electrician/bogura/verified',
    '/c/blood-donor',
    '/offices/sherpur-bogura',
    '/rentals/house/sherpur-bogura',
    '/rentals/sherpur-bogura',
    '/shops/bogura',
    '/emergency/bogura',
    '/a/sherpur-bogura',
    '/p/electrician-x',
    '/d/bogura',
    '/d',
    '/search',
    '/blood',
    '/s/pitha',
    '/account',
    '/haat/bull/sherpur-bogura',
    '/haat/l/cabc12345678',
    '/haat/farm/cabc12345678',
    '/haat/markets',
    '/haat/kg-1-2',
  ])('leaves %s as it is: it names its place, or is no district list', (rest) => {
    expect(districtRewrite(rest, 'kishoreganj', two)).toBeNull();
  });

  it('sends the default district’s visitor from "/" to its page without the chooser, and leaves its lists alone', () => {
    expect(districtRewrite('/', 'bogura', two)).toBe('/d/bogura');
    expect(districtRewrite('/shops', 'bogura', two)).toBeNull();
    expect(districtRewrite('/c/electrician', 'bogura', two)).toBeNull();
  });

  it('keeps the language and the query, ignores an unserved cookie, and remembers /d/<district>', () => {
    expect(routeDistrict('/en/shops?utm=fb', cookie('kishoreganj'), two)).toEqual({ url: '/en/shops/kishoreganj?utm=fb', choose: null });
    expect(routeDistrict('/en', cookie('kishoreganj'), two)).toEqual({ url: '/en/d/kishoreganj', choose: null });
    expect(routeDistrict('/', cookie('dhaka'), two)).toEqual({ url: null, choose: null });
    expect(routeDistrict('/', undefined, two)).toEqual({ url: null, choose: null });
    expect(routeDistrict('/d/kishoreganj', undefined, two)).toEqual({ url: null, choose: 'kishoreganj' });
    expect(routeDistrict('/en/d/bogura', cookie('kishoreganj'), two)).toEqual({ url: null, choose: 'bogura' });
    // Already remembered: nothing to set. Not served: nothing to remember (its page is a 404).
    expect(routeDistrict('/d/kishoreganj', cookie('kishoreganj'), two).choose).toBeNull();
    expect(routeDistrict('/d/dhaka', undefined, two).choose).toBeNull();
    // One district: nothing routed, nothing remembered.
    expect(routeDistrict('/', cookie('bogura'), districtRouting('bogura'))).toEqual({ url: null, choose: null });
  });
});
