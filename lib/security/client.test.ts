import { describe, expect, it } from 'vitest';
import { clientKeyOf, fromLoopback, normalizeAddress, parseTrustedProxies, resolveClientAddress } from './client';

const none = parseTrustedProxies(undefined);

describe('the client address', () => {
  it.each([
    ['no trusted proxy: the peer, whatever X-Forwarded-For says', '203.0.113.9', '1.2.3.4', undefined, '203.0.113.9'],
    ['no trusted proxy ("0")', '203.0.113.9', '1.2.3.4', '0', '203.0.113.9'],
    ['one hop: the address the proxy appended', '10.0.0.2', '6.6.6.6, 198.51.100.7', '1', '198.51.100.7'],
    ['one hop and a forged prefix: still the appended one', '10.0.0.2', 'forged, 1.1.1.1, 198.51.100.7', '1', '198.51.100.7'],
    ['two hops', '10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.9', '2', '198.51.100.7'],
    ['hops beyond the chain: the furthest known', '10.0.0.2', '198.51.100.7', '3', '198.51.100.7'],
    ['listed proxy: the first untrusted from the right', '10.0.0.2', '6.6.6.6, 198.51.100.7, 10.0.0.9', '10.0.0.0/8', '198.51.100.7'],
    ['listed proxies, but the peer is not one: the peer', '203.0.113.9', '1.2.3.4', '10.0.0.0/8', '203.0.113.9'],
    ['loopback keyword and IPv4-mapped peer', '::ffff:127.0.0.1', '198.51.100.7', 'loopback', '198.51.100.7'],
    ['a malformed entry stops the walk', '10.0.0.2', '198.51.100.7, not-an-ip', '10.0.0.0/8', '10.0.0.2'],
    ['IPv6 peer, no proxy', '2001:db8::1', '1.2.3.4', undefined, '2001:db8::1'],
  ])('%s', (_, peer, forwarded, setting, expected) => {
    expect(resolveClientAddress(peer, forwarded, parseTrustedProxies(setting))).toBe(expected);
  });

  it('is "unknown" without a peer and without trust', () => {
    expect(resolveClientAddress(undefined, '1.2.3.4', none)).toBe('unknown');
  });

  it.each(['10.0.0.0/33', '1.2.3', 'proxy.example', '11'])('refuses the setting %s', (setting) => {
    expect(() => parseTrustedProxies(setting)).toThrow();
  });

  it('normalises addresses as proxies write them', () => {
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(normalizeAddress('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('x')).toBeNull();
  });

  it('counts an IPv6 client by its /64, so rotating inside it buys nothing', () => {
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:0db8:0001:0002::/64');
    expect(clientKeyOf('2001:db8:1:2:bbbb::9')).toBe('2001:0db8:0001:0002::/64');
    expect(clientKeyOf('198.51.100.7')).toBe('198.51.100.7');
  });

  it('knows a loopback peer', () => {
    expect(fromLoopback(new Headers({ 'x-haat-peer': '::ffff:127.0.0.1' }))).toBe(true);
    expect(fromLoopback(new Headers({ 'x-haat-peer': '::1' }))).toBe(true);
    expect(fromLoopback(new Headers({ 'x-haat-peer': '192.168.1.5' }))).toBe(false);
    expect(fromLoopback(new Headers())).toBe(false);
  });
});
