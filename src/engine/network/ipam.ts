/**
 * Address arithmetic for Docker's default IPAM driver, on ip-address.
 * Local networks hand out the first free address of the range (not serially:
 * a stopped container's address goes back to the pool and the next container
 * to start takes it), skipping the network address, the gateway, auxiliary
 * addresses and the broadcast address.
 */
import { Address4 } from 'ip-address';

export function parseSubnet(cidr: string): Address4 | null {
  if (!Address4.isValid(cidr) || !cidr.includes('/')) return null;
  return new Address4(cidr);
}

export function isValidIPv4(ip: string): boolean {
  return Address4.isValid(ip) && !ip.includes('/');
}

export function ipToInt(ip: string): number {
  return Number(new Address4(ip).bigInt());
}

export function intToIp(n: number): string {
  return Address4.fromBigInt(BigInt(n >>> 0)).correctForm();
}

/** "172.17.0.0/16" -> { first, last, prefix } as integers. */
export function subnetRange(cidr: string): { first: number; last: number; prefix: number } {
  const a = new Address4(cidr);
  return { first: Number(a.startAddress().bigInt()), last: Number(a.endAddress().bigInt()), prefix: a.subnetMask };
}

/** The canonical form Docker stores: "172.18.5.0/16" -> "172.18.0.0/16". */
export function canonicalSubnet(cidr: string): string {
  const a = new Address4(cidr);
  return `${a.startAddress().correctForm()}/${a.subnetMask}`;
}

export function subnetContains(cidr: string, ip: string): boolean {
  return new Address4(ip).isInSubnet(new Address4(cidr));
}

export function subnetsOverlap(a: string, b: string): boolean {
  const x = subnetRange(a);
  const y = subnetRange(b);
  return x.first <= y.last && y.first <= x.last;
}

/** The first address of the subnet after the network address: Docker's default gateway. */
export function firstHost(cidr: string): string {
  return intToIp(subnetRange(cidr).first + 1);
}

/**
 * The first free address in `range` (defaults to the subnet) that is not in
 * `used`; null when the pool is exhausted.
 */
export function firstFree(subnet: string, used: Set<string>, range?: string): string | null {
  const net = subnetRange(subnet);
  const r = range ? subnetRange(range) : net;
  const start = Math.max(r.first, net.first + 1);
  const end = Math.min(r.last, net.prefix >= 31 ? net.last : net.last - 1);
  for (let n = start; n <= end; n++) {
    const ip = intToIp(n);
    if (!used.has(ip)) return ip;
  }
  return null;
}
