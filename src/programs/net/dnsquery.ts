/**
 * A DNS query from a place to a nameserver, on the engine's name model: the
 * embedded server 127.0.0.11 of a container on a user-defined network, or
 * the nameserver beyond (the host's resolver, which knows no container).
 * nslookup and host ask the server directly, without /etc/hosts.
 */
import { queryDns, reverseLookup } from '../../engine/network/dns.ts';
import { INTERNAL_NAMESERVER, parseResolvConf } from '../../engine/network/etc-files.ts';
import { reachable } from '../../engine/network/reach.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { type NetPlace, isIPv4, isIPv6 } from './common.ts';

export type RType = 'A' | 'AAAA' | 'PTR' | 'CNAME' | 'MX' | 'NS' | 'SOA' | 'TXT' | 'SRV' | 'ANY';

export interface DnsReply {
  /** NOERROR, NXDOMAIN, SERVFAIL, REFUSED */
  rcode: 'NOERROR' | 'NXDOMAIN';
  /** answer records: addresses for A/AAAA, names for PTR */
  answers: string[];
}

/** The nameservers of the place's /etc/resolv.conf (the first is asked). */
export function nameservers(fs: FileSystem): string[] {
  try {
    return parseResolvConf(fs.readFile('/etc/resolv.conf')).nameservers;
  } catch {
    return [];
  }
}

/** "2.0.18.172.in-addr.arpa" for 172.18.0.2 (and the ip6.arpa form for IPv6). */
export function ptrName(ip: string): string | undefined {
  if (isIPv4(ip)) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (isIPv6(ip)) {
    const parts = ip.split('::');
    const head = parts[0] ? parts[0].split(':') : [];
    const tail = parts.length > 1 && parts[1] ? parts[1].split(':') : [];
    const groups = parts.length > 1 ? [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail] : head;
    const nibbles = groups.map((g) => g.padStart(4, '0')).join('');
    return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
  }
  return undefined;
}

/** The address a PTR name stands for. */
function ptrAddress(name: string): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.?$/i.exec(name);
  return m ? `${m[4]}.${m[3]}.${m[2]}.${m[1]}` : undefined;
}

/** Whether a place can reach a nameserver at all (a --network none container cannot). */
export function serverReachable(place: NetPlace, server: string): boolean {
  const r = reachable(place.state, place.from, server);
  return r.ok;
}

/** Asks `server` about `name`. */
export function ask(place: NetPlace, server: string, name: string, type: RType): DnsReply {
  const clean = name.replace(/\.$/, '');
  const embedded = server === INTERNAL_NAMESERVER && place.from !== 'host';
  if (type === 'PTR') {
    const ip = ptrAddress(clean);
    const found = embedded && ip && place.from !== 'host' ? reverseLookup(place.state, place.from, ip) : undefined;
    return found ? { rcode: 'NOERROR', answers: [found] } : { rcode: 'NXDOMAIN', answers: [] };
  }
  if (type !== 'A' && type !== 'AAAA') {
    // the embedded server answers A/AAAA/PTR for containers; anything else goes upstream, which has nothing
    if (embedded && place.from !== 'host') {
      const a = queryDns(place.state, place.from, clean, { type: 'A' });
      if (a.found && a.source === 'embedded') return { rcode: 'NOERROR', answers: [] };
    }
    return { rcode: 'NXDOMAIN', answers: [] };
  }
  if (!embedded || place.from === 'host') return { rcode: 'NXDOMAIN', answers: [] };
  // the embedded server rotates multi-address answers per query; an AAAA query that has no list to
  // rotate (the usual NODATA) leaves the turn to the next A query, so `nslookup` shows the round robin
  const turn = place.state.dnsQueries;
  const r = queryDns(place.state, place.from, clean, { type });
  if (type === 'AAAA' && r.addresses.length < 2) place.state.dnsQueries = turn;
  return r.found ? { rcode: 'NOERROR', answers: r.addresses } : { rcode: 'NXDOMAIN', answers: [] };
}
