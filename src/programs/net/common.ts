/**
 * What the networking programs share: where they run (the Docker host or a
 * container, read from `ctx.world`), name resolution as the C library of that
 * place does it, deterministic timings, and small formatting helpers.
 */
import type { Engine } from '../../engine/engine.ts';
import { type DnsAnswer, hostsTextOf, resolveName, reverseLookup } from '../../engine/network/dns.ts';
import { containerInterfaces, containerRoutes, hostInterfaces, hostRoutes, namespaceOwner } from '../../engine/network/interfaces.ts';
import { isValidIPv4, isValidIPv6, prefixContains } from '../../engine/network/ipam.ts';
import type { ContainerRecord, EngineState } from '../../engine/state.ts';
import type { ProgramContext } from '../../shell/types.ts';
import type { World } from '../world.ts';

/** The place a networking program runs in: the host, or a container's network namespace. */
export interface NetPlace {
  engine: Engine;
  state: EngineState;
  /** the container the program runs in; 'host' on the Docker host */
  from: ContainerRecord | 'host';
  /** the lab clock, ms since the epoch */
  now(): number;
}

/** The networking view of `ctx.world`, or undefined when the world has no engine (unit tests of bare programs). */
export function placeOf(ctx: ProgramContext): NetPlace | undefined {
  const w = ctx.world as Partial<World> | null | undefined;
  if (!w || typeof w !== 'object' || !w.engine) return undefined;
  const engine = w.engine;
  return {
    engine,
    state: engine.state,
    from: w.container ?? 'host',
    now: () => (typeof w.now === 'function' ? w.now() : engine.now()),
  };
}

export const isIPv4 = (s: string) => isValidIPv4(s);
export const isIPv6 = (s: string) => isValidIPv6(s);

/**
 * getaddrinfo/gethostbyname as a program in that place sees it: /etc/hosts,
 * then the nameserver. Returns the IPv4 addresses (IPv6 when only those).
 */
export function lookupHost(place: NetPlace, name: string): DnsAnswer {
  const a = resolveName(place.state, place.from, name, { type: 'A' });
  if (a.found && a.addresses.length) return a;
  const aaaa = resolveName(place.state, place.from, name, { type: 'AAAA' });
  if (aaaa.found && aaaa.addresses.length) return aaaa;
  return { ...a, addresses: [], found: false };
}

/** FNV-1a over a string: the seed of every made-up but repeatable number. */
export function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return h >>> 0;
}

/** A repeatable fraction in [0, 1) for a key. */
export function unit(key: string): number {
  return hash32(key) / 0x100000000;
}

/** `%u.%03u` of microseconds: 81 -> "0.081". */
export function msText(micros: number): string {
  const us = Math.max(0, Math.round(micros));
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
}

/** HTTP date of a time: "Sun, 22 Nov 2026 07:00:05 GMT". */
export function httpDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toUTCString();
}

/** Whether the program's caller asked to stop (Ctrl+C). */
export function aborted(ctx: ProgramContext): boolean {
  return ctx.signal.aborted;
}

/** Writes to stderr that the program needs the lab around it (never happens in the lab itself). */
export function noPlace(ctx: ProgramContext, name: string): number {
  ctx.stderr.write(`${name}: network unavailable\n`);
  return 1;
}

/**
 * getnameinfo for an address: the first name of its /etc/hosts line, else
 * the embedded DNS server's PTR answer ("web.mynet"); undefined when nobody
 * knows the address.
 */
export function reverseName(place: NetPlace, ip: string): string | undefined {
  const owner = place.from === 'host' ? 'host' : namespaceOwner(place.state, place.from);
  const text = hostsTextOf(place.state, place.from === 'host' || owner === 'host' ? 'host' : place.from);
  for (const raw of text.split('\n')) {
    const [addr, first] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (addr === ip && first) return first;
  }
  if (place.from === 'host') return undefined;
  return reverseLookup(place.state, place.from, ip);
}

/** The address a place sends from towards `ip`: the interface on the destination's subnet, else the default route's. */
export function sourceAddress(place: NetPlace, ip: string): string | undefined {
  const ifaces = place.from === 'host' ? hostInterfaces(place.state) : containerInterfaces(place.state, place.from);
  if (ip.startsWith('127.')) return '127.0.0.1';
  const v4 = ifaces.flatMap((i) => i.addresses.filter((a) => !a.v6 && i.kind !== 'loopback').map((a) => ({ a, i })));
  const onLink = v4.find(({ a }) => prefixContains(`${a.ip}/${a.prefixLen}`, ip));
  if (onLink) return onLink.a.ip;
  const routes = place.from === 'host' ? hostRoutes(place.state) : containerRoutes(place.state, place.from);
  const def = routes.find((r) => r.destination === 'default');
  return (def && v4.find(({ i }) => i.name === def.dev)?.a.ip) ?? v4[0]?.a.ip;
}
