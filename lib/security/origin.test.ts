import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isStateChanging } from './origin';

describe('isAllowedOrigin: same host only', () => {
  it.each([
    ['https://haat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['https://pitha.haat-bogura.gov.bd', 'pitha.haat-bogura.gov.bd'],
    ['https://haat-bogura.gov.bd', 'HAAT-Bogura.gov.bd:443'],
    ['http://localhost:3000', 'localhost:3000'],
    ['http://pitha.localhost:3000', 'pitha.localhost:3000'],
    ['http://127.0.0.1:41234', '127.0.0.1:41234'],
  ])('allows %s posting to %s', (origin, host) => {
    expect(isAllowedOrigin(origin, host)).toBe(true);
  });

  it.each([
    ['missing', null, 'haat-bogura.gov.bd'],
    ['empty', '', 'haat-bogura.gov.bd'],
    ['"null" (sandboxed frame, file://)', 'null', 'haat-bogura.gov.bd'],
    ['foreign', 'https://evil.example', 'haat-bogura.gov.bd'],
    ['look-alike suffix', 'https://evilhaat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['look-alike prefix', 'https://haat-bogura.gov.bd.evil.example', 'haat-bogura.gov.bd'],
    ['shop subdomain posting to the root', 'https://pitha.haat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['root posting to a shop', 'https://haat-bogura.gov.bd', 'pitha.haat-bogura.gov.bd'],
    ['other shop', 'https://cake.haat-bogura.gov.bd', 'pitha.haat-bogura.gov.bd'],
    ['development shop posting to the root', 'http://pitha.localhost:3000', 'localhost:3000'],
    ['other port', 'http://localhost:3001', 'localhost:3000'],
    ['https on a non-default port vs none', 'https://haat-bogura.gov.bd:8443', 'haat-bogura.gov.bd'],
    ['other scheme', 'ftp://haat-bogura.gov.bd', 'haat-bogura.gov.bd'],
    ['garbage', 'not a url', 'haat-bogura.gov.bd'],
    ['no Host', 'https://haat-bogura.gov.bd', null],
    ['a Host with a path', 'https://haat-bogura.gov.bd', 'haat-bogura.gov.bd/x'],
    ['a Host with credentials', 'https://haat-bogura.gov.bd', 'me@haat-bogura.gov.bd'],
  ])('refuses a %s Origin', (_, origin, host) => {
    expect(isAllowedOrigin(origin, host)).toBe(false);
  });

  it('checks the methods that may change something', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) expect(isStateChanging(method), method).toBe(true);
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(isStateChanging(method), method).toBe(false);
  });
});
