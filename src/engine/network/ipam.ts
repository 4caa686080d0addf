/**
 * Address arithmetic for Docker's default IPAM driver, on ip-address, for
 * IPv4 and IPv6 alike (addresses as BigInt inside).
 * Local networks hand out the first free address of the range (not serially:
 * a stopped container's address goes back to the pool and the next container
 * to start takes it), skipping the network address, the gateway, auxiliary
 * addresses and, for IPv4, the broadcast address.
 */
import { Address4, Address6 } from 'ip-address';

export interface Prefix {
  v6: boolean;
  /** first and last address of the block */
  first: bigint;
  last: bigint;
  bits: number;
}

/**
 * Parsing with ip-address is the slow part of a network operation and the
 * same few addresses come back every time: remember recent answers.
 */
function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = fn(key);
    if (cache.size > 4096) cache.clear();
    cache.set(key, value);
    return value;
  };
}

export const isValidIPv4 = memo((ip: string): boolean => Address4.isValid(ip) && !ip.includes('/'));

export function isValidIPv6(ip: string): boolean {
  return ip.includes(':') && !ip.includes('/') && !ip.includes('%') && Address6.isValid(ip);
}

export function isValidIP(ip: string): boolean {
  return isValidIPv4(ip) || isValidIPv6(ip);
}

/** netip.ParsePrefix: "a.b.c.d/n" or "x::/n"; null when it is not CIDR notation. */
export const parsePrefix = memo(parsePrefixUncached);

function parsePrefixUncached(cidr: string): Prefix | null {
  const slash = cidr.indexOf('/');
  if (slash < 0 || !/^\d{1,3}$/.test(cidr.slice(slash + 1))) return null;
  const addr = cidr.slice(0, slash);
  if (isValidIPv4(addr) && Address4.isValid(cidr)) {
    const a = new Address4(cidr);
    return { v6: false, first: a.startAddress().bigInt(), last: a.endAddress().bigInt(), bits: a.subnetMask };
  }
  if (isValidIPv6(addr) && Address6.isValid(cidr)) {
    const a = new Address6(cidr);
    return { v6: true, first: a.startAddress().bigInt(), last: a.endAddress().bigInt(), bits: a.subnetMask };
  }
  return null;
}

export const addrToBig = memo((ip: string): bigint => (isValidIPv4(ip) ? new Address4(ip).bigInt() : new Address6(ip).bigInt()));

const big4 = memo((n: bigint): string => Address4.fromBigInt(n).correctForm());
const big6 = memo((n: bigint): string => Address6.fromBigInt(n).correctForm());

export function bigToAddr(n: bigint, v6: boolean): string {
  return v6 ? big6(n) : big4(n);
}

/** The canonical form Docker stores: "172.18.5.0/16" -> "172.18.0.0/16". */
export function canonicalSubnet(cidr: string): string {
  const p = parsePrefix(cidr);
  if (!p) throw new Error(`not a prefix: ${cidr}`);
  return `${bigToAddr(p.first, p.v6)}/${p.bits}`;
}

/** Whether the prefix has host bits set ("10.10.10.0/8"). */
export function isCanonical(cidr: string): boolean {
  const p = parsePrefix(cidr);
  return !!p && addrToBig(cidr.slice(0, cidr.indexOf('/'))) === p.first;
}

export function prefixContains(cidr: string, ip: string): boolean {
  const p = parsePrefix(cidr);
  if (!p || !isValidIP(ip) || isValidIPv6(ip) !== p.v6) return false;
  const n = addrToBig(ip);
  return n >= p.first && n <= p.last;
}

export function prefixesOverlap(a: string, b: string): boolean {
  const x = parsePrefix(a);
  const y = parsePrefix(b);
  if (!x || !y || x.v6 !== y.v6) return false;
  return x.first <= y.last && y.first <= x.last;
}

// --- IPv4 helpers kept for callers that only deal in IPv4 ------------------------

export function parseSubnet(cidr: string): Address4 | null {
  if (!Address4.isValid(cidr) || !cidr.includes('/')) return null;
  return new Address4(cidr);
}

export function ipToInt(ip: string): number {
  return Number(addrToBig(ip));
}

export function intToIp(n: number): string {
  return big4(BigInt(n >>> 0));
}

/** "172.17.0.0/16" -> { first, last, prefix } as integers. */
export function subnetRange(cidr: string): { first: number; last: number; prefix: number } {
  const a = new Address4(cidr);
  return { first: Number(a.startAddress().bigInt()), last: Number(a.endAddress().bigInt()), prefix: a.subnetMask };
}

export function subnetContains(cidr: string, ip: string): boolean {
  return prefixContains(cidr, ip);
}

export function subnetsOverlap(a: string, b: string): boolean {
  return prefixesOverlap(a, b);
}

/** The first address of the subnet after the network address. */
export function firstHost(cidr: string): string {
  const p = parsePrefix(cidr)!;
  return bigToAddr(p.first + 1n, p.v6);
}

/** The IPv4 broadcast address of a subnet. */
export function broadcastOf(cidr: string): string {
  const p = parsePrefix(cidr)!;
  return bigToAddr(p.last, p.v6);
}

/** "255.255.0.0" for a /16. */
export function netmaskOf(bits: number): string {
  return intToIp(bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0);
}

/**
 * The first free address in `range` (defaults to the subnet) that is not in
 * `used`; null when the pool is exhausted. The subnet's first address (IPv4
 * network address, IPv6 subnet-router anycast) and the IPv4 broadcast address
 * are never handed out (except in an IPv4 /31 or /32).
 */
export function firstFree(subnet: string, used: Set<string>, range?: string): string | null {
  const net = parsePrefix(subnet);
  if (!net) return null;
  const r = (range ? parsePrefix(range) : null) ?? net;
  const hostBits = (net.v6 ? 128 : 32) - net.bits;
  let start = r.first > net.first ? r.first : net.first;
  let end = r.last < net.last ? r.last : net.last;
  if (net.v6 || hostBits > 1) {
    if (start === net.first) start += 1n;
  }
  if (!net.v6 && hostBits > 1 && end === net.last) end -= 1n;
  for (let n = start; n <= end; n++) {
    const ip = bigToAddr(n, net.v6);
    if (!used.has(ip)) return ip;
  }
  return null;
}
