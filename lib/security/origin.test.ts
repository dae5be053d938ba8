import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin';

describe('isAllowedOrigin', () => {
  const root = 'haat-bogura.gov.bd';
  it.each([
    ['https://haat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['https://pitha.haat-bogura.gov.bd', 'pitha.haat-bogura.gov.bd'],
    ['https://pitha.haat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['http://localhost:3000', 'localhost:3000'],
    ['http://pitha.localhost:3000', 'pitha.localhost:3000'],
  ])('allows %s posting to %s', (origin, host) => {
    expect(isAllowedOrigin(origin, host, host.includes('localhost') ? 'localhost:3000' : root)).toBe(true);
  });

  it.each([
    ['missing', null, 'haat-bogura.gov.bd'],
    ['"null" (sandboxed frame, file://)', 'null', 'haat-bogura.gov.bd'],
    ['foreign', 'https://evil.example', 'haat-bogura.gov.bd'],
    ['look-alike suffix', 'https://evilhaat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['other scheme', 'ftp://haat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['garbage', 'not a url', 'haat-bogura.gov.bd'],
  ])('refuses a %s Origin', (_, origin, host) => {
    expect(isAllowedOrigin(origin, host, root)).toBe(false);
  });
});
