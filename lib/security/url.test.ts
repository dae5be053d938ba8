import { describe, expect, it } from 'vitest';
import { urlProblem, singleParams } from './url';

const problem = (address: string) => urlProblem(new URL(address, 'http://localhost:3000'));

describe('urlProblem', () => {
  it.each([
    '/',
    '/p/electrician-sherpur-1a2b',
    '/en/s/pitha/p/bhapa-pitha?quantity=2',
    '/c/%E0%A6%AA%E0%A6%BF%E0%A6%A0%E0%A6%BE',
    '/search?q=%E0%A6%AA%E0%A6%BF%E0%A6%A0%E0%A6%BE+%E0%A6%AE%E0%A6%BE%E0%A6%B2%E0%A6%BE&type=shop',
    '/sign-in?next=%2Fdashboard%3Ftab%3Dnew',
    '/search?q=100%25+pure',
    '/search?q=a+b&&x',
    `/search?q=${'ক'.repeat(1000)}`,
  ])('lets %s through', (address) => {
    expect(problem(address)).toBeNull();
  });

  it.each([
    ['/p/%00', 'malformed'],
    ['/p/abc%00def', 'malformed'],
    ['/orders/%E0%A4', 'malformed'],
    ['/p/%', 'malformed'],
    ['/p/%zz', 'malformed'],
    ['/p/%ED%A0%80', 'malformed'],
    ['/console/records?q=%00', 'malformed'],
    ['/console/records?q=%E0%A4', 'malformed'],
    ['/search?q=%', 'malformed'],
    ['/search?%zz=1', 'malformed'],
    [`/p/${'a'.repeat(10_000)}`, 'tooLong'],
    [`/console/records/provider/${'x'.repeat(201)}`, 'tooLong'],
    [`/console/records?q=${'x'.repeat(10_000)}`, 'tooLong'],
    [`/search?${'k'.repeat(201)}=1`, 'tooLong'],
  ])('refuses %s (%s)', (address, expected) => {
    expect(problem(address)).toBe(expected);
  });
});

describe('singleParams', () => {
  it('keeps the first value of a repeated name', () => {
    expect(singleParams({ page: ['1', '2'], q: 'x', none: undefined })).toEqual({ page: '1', q: 'x', none: undefined });
  });
});
