/**
 * Name resolution as a container sees it, as pure functions over the state
 * (plus the DNS query counter that rotates multi-address answers):
 *
 * - /etc/hosts first (the file as written, with --add-host, legacy links
 *   and the container's own hostname; edits made inside the container count);
 * - then the nameserver of its resolv.conf: on a user-defined network the
 *   embedded DNS server 127.0.0.11 (libnetwork Sandbox.ResolveName), which
 *   answers the DNSNames of the endpoints on the networks the container is
 *   attached to (container names, --network-alias, short ids, hostnames),
 *   "name.network", and the container's own link aliases; everything else is
 *   forwarded upstream. On the default bridge there is no embedded server:
 *   the host's nameserver is asked, and it knows no container.
 *
 * Programs (ping, nslookup, wget, curl, getent) build their output on these.
 */
import type { ContainerRecord, EngineState, NetworkRecord } from '../state.ts';
import { LayeredFs } from '../../vfs/layered-fs.ts';
import { buildDNSNames } from './endpoints.ts';
import { containerFilesDir, INTERNAL_NAMESERVER, upstreamNameservers, usesInternalResolver } from './etc-files.ts';
import { nextDnsQuery } from './ext-state.ts';
import { isValidIPv4, isValidIPv6 } from './ipam.ts';
import { namespaceOwner } from './interfaces.ts';
import { isUserDefinedNetwork } from './networks.ts';
import { parseLink } from './links.ts';

export type QueryType = 'A' | 'AAAA';

export interface DnsAnswer {
  /** "hosts": /etc/hosts; "embedded": Docker's DNS server; "upstream": the nameserver beyond it */
  source: 'hosts' | 'embedded' | 'upstream';
  /** the DNS server that answered (absent for /etc/hosts) */
  server?: string;
  /** the name as asked, without a trailing dot */
  name: string;
  /** addresses in answer order; empty when the name has none of that type */
  addresses: string[];
  /** the name exists (NOERROR) even when it has no address of the type asked (NODATA); false is NXDOMAIN */
  found: boolean;
}

/** Names the world beyond the host knows: a lab may pass its own (default: none). */
export type ExternalResolver = (name: string, type: QueryType) => string[];

export interface ResolveOptions {
  type?: QueryType;
  external?: ExternalResolver;
}

const hostFs = (state: EngineState) => new LayeredFs(state.host, undefined, () => state.env.clock);

function matchesType(ip: string, type: QueryType): boolean {
  return type === 'A' ? isValidIPv4(ip) : isValidIPv6(ip);
}

/** Looks a name up in a hosts file's text: the first line naming it (case-insensitive), of the type asked. */
export function lookupHostsText(text: string, name: string, type: QueryType = 'A'): string | undefined {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [ip, ...names] = line.split(/\s+/);
    if (!matchesType(ip, type)) continue;
    if (names.some((n) => n.toLowerCase() === wanted)) return ip;
  }
  return undefined;
}

/** The /etc/hosts a container's processes read (its own, or the host's for --network host). */
export function hostsTextOf(state: EngineState, container: ContainerRecord | 'host'): string {
  const path = container === 'host' ? '/etc/hosts' : `${containerFilesDir(container.Id)}/hosts`;
  try {
    return hostFs(state).readFile(path);
  } catch {
    return '127.0.0.1\tlocalhost\n';
  }
}

/** The networks a container's namespace is attached to, in attachment order. */
function attachedNetworks(state: EngineState, c: ContainerRecord): { net: NetworkRecord; links: string[] | null }[] {
  const out: { net: NetworkRecord; links: string[] | null }[] = [];
  for (const ep of Object.values(c.Networks)) {
    const net = ep.EndpointID ? state.networks[ep.NetworkID] : undefined;
    if (net) out.push({ net, links: ep.Links });
  }
  return out;
}

/** network.ResolveName: the addresses registered for a DNS name on a network, in join order. */
export function networkRecords(state: EngineState, net: NetworkRecord, name: string, type: QueryType): { found: boolean; addresses: string[] } {
  const wanted = name.toLowerCase();
  let found = false;
  const addresses: string[] = [];
  for (const c of Object.values(state.containers)) {
    const ep = Object.values(c.Networks).find((e) => e.NetworkID === net.Id && e.EndpointID);
    // the names as they are now (a renamed container answers to its new name: Sandbox.Rename)
    if (!ep || !buildDNSNames(c, ep.Aliases).some((n) => n.toLowerCase() === wanted)) continue;
    found = true;
    const ip = type === 'A' ? ep.IPAddress : ep.GlobalIPv6Address;
    if (ip) addresses.push(ip);
  }
  return { found, addresses };
}

/** Sandbox.ResolveName: link aliases first, then names; "name" and "name.network". */
function embeddedLookup(state: EngineState, c: ContainerRecord, name: string, type: QueryType): { found: boolean; addresses: string[] } {
  const nets = attachedNetworks(state, c).filter((n) => isUserDefinedNetwork(n.net));
  const candidates: [string, string][] = [[name, '']];
  let rest = name;
  let offset = 0;
  for (let i = rest.indexOf('.'); i >= 0; i = rest.indexOf('.')) {
    candidates.push([name.slice(0, offset + i), name.slice(offset + i + 1)]);
    offset += i + 1;
    rest = rest.slice(i + 1);
  }
  for (const [req, netName] of candidates) {
    for (const aliasPass of [true, false]) {
      for (const { net, links } of nets) {
        if (netName && netName !== net.Name) continue;
        let target = req;
        if (aliasPass) {
          const alias = (links ?? []).map(parseLink).find((l) => l.alias.toLowerCase() === req.toLowerCase());
          if (!alias) continue;
          target = alias.name;
        }
        const r = networkRecords(state, net, target, type);
        if (r.found) return r;
      }
    }
  }
  return { found: false, addresses: [] };
}

/** Rotates a multi-address answer by the query counter (Docker shuffles; deterministic here). */
function rotate(state: EngineState, addresses: string[]): string[] {
  const n = nextDnsQuery(state);
  if (addresses.length < 2) return addresses;
  const k = n % addresses.length;
  return [...addresses.slice(k), ...addresses.slice(0, k)];
}

/**
 * What the container's DNS server answers for a name (nslookup/dig, which do
 * not read /etc/hosts): the embedded server on user-defined networks, the
 * upstream nameserver otherwise.
 */
export function queryDns(state: EngineState, from: ContainerRecord, name: string, options: ResolveOptions = {}): DnsAnswer {
  const type = options.type ?? 'A';
  const clean = name.replace(/\.$/, '');
  const owner = namespaceOwner(state, from);
  const upstream = (server: string): DnsAnswer => {
    const addresses = options.external?.(clean, type) ?? [];
    return { source: 'upstream', server, name: clean, addresses, found: addresses.length > 0 };
  };
  if (owner === 'host') return upstream(upstreamNameservers(state, from)[0]);
  if (usesInternalResolver(state, owner)) {
    const r = embeddedLookup(state, owner, clean, type);
    if (r.found) return { source: 'embedded', server: INTERNAL_NAMESERVER, name: clean, addresses: rotate(state, r.addresses), found: true };
    const fwd = upstream(INTERNAL_NAMESERVER);
    return { ...fwd, source: 'embedded' };
  }
  return upstream(upstreamNameservers(state, owner)[0]);
}

/**
 * resolveName(state, fromContainer, name): what getaddrinfo gives a process in
 * the container (ping, wget, curl): /etc/hosts, then DNS. An IP literal
 * resolves to itself.
 */
export function resolveName(state: EngineState, from: ContainerRecord | 'host', name: string, options: ResolveOptions = {}): DnsAnswer {
  const type = options.type ?? 'A';
  const clean = name.replace(/\.$/, '');
  if (matchesType(clean, type)) return { source: 'hosts', name: clean, addresses: [clean], found: true };
  const owner = from === 'host' ? 'host' : namespaceOwner(state, from);
  const hostsText = hostsTextOf(state, owner === 'host' || from === 'host' ? 'host' : from);
  const fromHosts = lookupHostsText(hostsText, clean, type);
  if (fromHosts) return { source: 'hosts', name: clean, addresses: [fromHosts], found: true };
  if (from === 'host') {
    const addresses = options.external?.(clean, type) ?? [];
    return { source: 'upstream', server: upstreamNameservers(state, 'host')[0], name: clean, addresses, found: addresses.length > 0 };
  }
  return queryDns(state, from, clean, options);
}

/** PTR: the name the embedded DNS gives an address ("web.mynet"), from a container on that network. */
export function reverseLookup(state: EngineState, from: ContainerRecord, ip: string): string | undefined {
  const owner = namespaceOwner(state, from);
  if (owner === 'host' || !usesInternalResolver(state, owner)) return undefined;
  for (const { net } of attachedNetworks(state, owner).filter((n) => isUserDefinedNetwork(n.net))) {
    for (const c of Object.values(state.containers)) {
      const ep = Object.values(c.Networks).find((e) => e.NetworkID === net.Id && e.EndpointID);
      if (ep && (ep.IPAddress === ip || ep.GlobalIPv6Address === ip)) return `${c.Name}.${net.Name}`;
    }
  }
  return undefined;
}
