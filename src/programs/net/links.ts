/**
 * The interfaces a place sees, with what the link layer tools print about
 * them: flags, state, qdisc, queue length, the peer of a veth, the netns id
 * of the other end. Shared by ip, ifconfig, bridge and brctl.
 */
import { activeEndpoints, containerInterfaces, containerRoutes, hostInterfaces, hostRoutes, type NetInterface, type Route } from '../../engine/network/interfaces.ts';
import { addrToBig, parsePrefix } from '../../engine/network/ipam.ts';
import type { NetPlace } from './common.ts';

export interface LinkView extends NetInterface {
  /** "eth0@if7" / "veth1a2b3c4@if6" / "lo" */
  label: string;
  flags: string[];
  state: 'UP' | 'DOWN' | 'UNKNOWN';
  qdisc: string;
  qlen: number;
  /** the other end of a veth or the parent of a macvlan lives in another namespace */
  peerElsewhere: boolean;
  /** iproute2's link-netnsid of the other end */
  netnsid?: number;
}

export function interfacesOf(place: NetPlace): NetInterface[] {
  return place.from === 'host' ? hostInterfaces(place.state) : containerInterfaces(place.state, place.from);
}

export function routesOf(place: NetPlace): Route[] {
  const routes = place.from === 'host' ? hostRoutes(place.state) : containerRoutes(place.state, place.from);
  const key = (r: Route) => {
    if (r.destination === 'default') return -1n;
    const p = parsePrefix(r.destination);
    return p ? p.first : 0n;
  };
  return [...routes].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The netns ids the host gives containers' namespaces, in the order they came up. */
function netnsIds(place: NetPlace): Map<string, number> {
  const ids = new Map<string, number>();
  for (const e of activeEndpoints(place.state)) if (!ids.has(e.container.Id)) ids.set(e.container.Id, ids.size);
  return ids;
}

export function linkViews(place: NetPlace): LinkView[] {
  const onHost = place.from === 'host' || interfacesOf(place).some((i) => i.kind === 'bridge' || i.name === 'docker0');
  const ids = onHost ? netnsIds(place) : new Map<string, number>();
  const endpointOwner = new Map<string, string>();
  if (onHost) for (const e of activeEndpoints(place.state)) endpointOwner.set(`veth${e.endpoint.EndpointID.slice(0, 7)}`, e.container.Id);
  return interfacesOf(place).map((i) => {
    const loop = i.kind === 'loopback';
    let flags: string[];
    if (loop) flags = ['LOOPBACK', 'UP', 'LOWER_UP'];
    else if (i.kind === 'bridge' && i.noCarrier) flags = ['NO-CARRIER', 'BROADCAST', 'MULTICAST', 'UP'];
    else flags = ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'];
    const hasPeer = i.peerIndex !== undefined;
    const label = hasPeer ? `${i.name}@if${i.peerIndex}` : i.name;
    const state = loop ? 'UNKNOWN' : i.kind === 'bridge' && i.noCarrier ? 'DOWN' : 'UP';
    const hostNic = !loop && i.kind === 'ether';
    let netnsid: number | undefined;
    if (hasPeer) netnsid = onHost && i.kind === 'veth' ? ids.get(endpointOwner.get(i.name) ?? '') ?? 0 : 0;
    return {
      ...i,
      label,
      flags,
      state,
      qdisc: hostNic ? 'fq_codel' : 'noqueue',
      qlen: loop || hostNic ? 1000 : 0,
      peerElsewhere: hasPeer,
      netnsid,
    };
  });
}

/** Numeric order of IPv4 addresses (for sorting). */
export function ipOrder(ip: string): bigint {
  try {
    return addrToBig(ip);
  } catch {
    return 0n;
  }
}
