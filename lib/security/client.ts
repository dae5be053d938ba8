// Who the client is, decided in one place. The TCP peer is the only address nobody can forge; a
// client-sent X-Forwarded-For is believed only for the hops TRUSTED_PROXIES names (a hop count or
// a list of addresses and CIDR ranges, as Express and Rails read it). The web server stamps the
// answer on each request as it arrives (lib/runtime/server-gate.ts, loaded by instrumentation.ts),
// replacing any header of that name the client sent; every limit reads it through clientKey().
import net from 'node:net';

/** The request header carrying the resolved client address; set by the server, never by a client. */
export const CLIENT_HEADER = 'x-haat-client';
/** The TCP peer's address, stamped beside it (for loopback-only pages). */
export const PEER_HEADER = 'x-haat-peer';
/**
 * The gate's per-process mark on the requests it stamped. Next.js starts serving (queueing
 * requests) a moment before instrumentation installs the gate: a request from that moment carries
 * no mark, and whatever it says under the two names above counts for nothing.
 */
export const GATE_HEADER = 'x-haat-gate';
export const GATE_MARKER = Symbol.for('haat.gateMarker');

/** Whether the gate stamped this request (always so where no gate runs in this process, as in unit tests). */
function stamped(headers: Headers): boolean {
  const marker = (globalThis as Record<symbol, string | undefined>)[GATE_MARKER];
  return marker === undefined || headers.get(GATE_HEADER) === marker;
}

export type TrustedProxies = { kind: 'hops'; hops: number } | { kind: 'list'; list: net.BlockList };

/** "127.0.0.1" for "::ffff:127.0.0.1"; brackets and zone ids removed; null when not an IP address. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.replace(/:\d+$/, '');
  address = address.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  return net.isIP(address) ? address : null;
}

const NAMED: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
  private: [['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'], ['fc00::', 7, 'ipv6']],
};

/** Parses TRUSTED_PROXIES; throws an Error saying what is wrong with it. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const value = setting?.trim() ?? '';
  if (value === '' || value === '0' || value === 'none') return { kind: 'hops', hops: 0 };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error('must be at most 10 hops');
    return { kind: 'hops', hops };
  }
  return { kind: 'list', list: parseAddressList(value) };
}

/**
 * A comma-separated list of IP addresses, CIDR ranges, "loopback" and "private" (TRUSTED_PROXIES's
 * list; the SMS relay's gateway allow-list) as a BlockList; throws an Error saying what is wrong.
 */
export function parseAddressList(value: string): net.BlockList {
  const list = new net.BlockList();
  for (const item of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const named = NAMED[item.toLowerCase()];
    if (named) {
      for (const [address, prefix, type] of named) list.addSubnet(address, prefix, type);
      continue;
    }
    const [addressPart, prefixPart, extra] = item.split('/');
    const address = normalizeAddress(addressPart);
    const type = address && net.isIPv6(address) ? 'ipv6' : 'ipv4';
    const max = type === 'ipv6' ? 128 : 32;
    const prefix = prefixPart === undefined ? max : Number(prefixPart);
    if (!address || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      throw new Error(`has "${item}", which is neither an IP address, a CIDR range, "loopback" nor "private"`);
    }
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Whether `address` (normalized) is in `list`. */
export const inAddressList = (list: net.BlockList, address: string) => list.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');

/**
 * The client's address from the TCP peer and the X-Forwarded-For chain. With no trusted proxy the
 * header is ignored. With N hops, the address N entries back from the peer; with a list, the first
 * address from the right that is not a trusted proxy. A malformed entry stops the walk there.
 */
export function resolveClientAddress(peer: string | null | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  const peerAddress = normalizeAddress(peer) ?? 'unknown';
  if (trusted.kind === 'hops' && trusted.hops === 0) return peerAddress;
  // Nearest first: the peer, then the forwarded entries from the right.
  const chain = [peerAddress, ...(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean).reverse()];
  let client = peerAddress;
  for (let i = 1; i < chain.length; i++) {
    const previous = chain[i - 1]!;
    const trustedHop = trusted.kind === 'hops' ? i <= trusted.hops : previous !== 'unknown' && inAddressList(trusted.list, previous);
    if (!trustedHop) break;
    const next = normalizeAddress(chain[i]);
    if (!next) break;
    client = next;
  }
  return client;
}

/**
 * The key limits count under: an IPv4 address as it is, an IPv6 address by its /64 (one home or
 * phone gets a whole /64, so rotating within it must not buy fresh allowances).
 */
export function clientKeyOf(address: string): string {
  if (!net.isIPv6(address)) return address;
  const sockaddr = new net.SocketAddress({ address, family: 'ipv6' });
  const expanded = expandIPv6(sockaddr.address);
  return `${expanded.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...fill, ...right].map((part) => part.padStart(4, '0'));
}

/** The client of this request as the server stamped it ("unknown" outside a real server, e.g. in tests). */
export function clientAddress(headers: Headers): string {
  return (stamped(headers) && normalizeAddress(headers.get(CLIENT_HEADER))) || 'unknown';
}

/** The limit key of this request's client (see clientKeyOf). */
export const clientKey = (headers: Headers): string => {
  const address = clientAddress(headers);
  return address === 'unknown' ? address : clientKeyOf(address);
};

const isLoopback = (address: string | null) => address !== null && (address === '::1' || address.startsWith('127.'));

/**
 * Whether the request came straight from this machine: the TCP peer is a loopback address and no
 * proxy relayed it (a reverse proxy on the same host connects from loopback too; the gate then
 * stamps the peer as "relayed").
 */
export function fromLoopback(headers: Headers): boolean {
  return stamped(headers) && isLoopback(normalizeAddress(headers.get(PEER_HEADER)));
}
