/**
 * reachable(state, from, toIp): whether a packet from a container (or the
 * host) gets to an address, and who answers, as Docker's bridges, routes and
 * iptables rules decide:
 *
 * - containers on the same network reach each other (unless the bridge has
 *   enable_icc=false); a container's own addresses and loopback always work;
 * - there is no traffic between two bridge networks (DOCKER-ISOLATION), so a
 *   container can't reach one on another bridge, though it can reach the
 *   host (every bridge's gateway address is the host's);
 * - the host reaches containers on any bridge, but not macvlan/ipvlan ones
 *   (the parent interface never talks to its children), nor can those reach
 *   the host;
 * - an --internal network has no default route: nothing off the subnet;
 * - the outside world: the LAN's router 192.168.1.1 and the internet (NAT).
 */
import { HOST_GATEWAY } from '../host.ts';
import type { ContainerRecord, EndpointSettings, EngineState, NetworkRecord } from '../state.ts';
import { v4Configs, gatewayOf } from './endpoints.ts';
import { isValidIPv6, parsePrefix, prefixContains } from './ipam.ts';
import { containerRoutes, HOST_LAN, hostInterfaces, namespaceOwner } from './interfaces.ts';

export type Target =
  | { kind: 'container'; container: ContainerRecord }
  | { kind: 'host' }
  | { kind: 'router' }
  | { kind: 'external' };

export type Reachability =
  | { ok: true; target: Target }
  /**
   * network-unreachable: no route (busybox ping: "sendto: Network is unreachable");
   * host-unreachable: nobody has the address on a directly attached network;
   * filtered: dropped on the way (silence, 100% packet loss).
   */
  | { ok: false; reason: 'network-unreachable' | 'host-unreachable' | 'filtered' };

const OK = (target: Target): Reachability => ({ ok: true, target });
const NO = (reason: 'network-unreachable' | 'host-unreachable' | 'filtered'): Reachability => ({ ok: false, reason });

const isLoopback = (ip: string) => ip === '::1' || /^127\./.test(ip);

/** Where an address lives: a running container's endpoint, the host, the LAN router, or elsewhere. */
export function ownerOfAddress(
  state: EngineState,
  ip: string,
): { kind: 'container'; container: ContainerRecord; endpoint: EndpointSettings; network: NetworkRecord } | { kind: 'host' } | { kind: 'router' } | { kind: 'unknown' } {
  for (const c of Object.values(state.containers)) {
    if (!c.State.Running) continue;
    for (const ep of Object.values(c.Networks)) {
      if (ep.EndpointID && (ep.IPAddress === ip || ep.GlobalIPv6Address === ip)) {
        return { kind: 'container', container: c, endpoint: ep, network: state.networks[ep.NetworkID] };
      }
    }
  }
  if (hostInterfaces(state).some((i) => i.addresses.some((a) => a.ip === ip))) return { kind: 'host' };
  if (ip === HOST_GATEWAY) return { kind: 'router' };
  return { kind: 'unknown' };
}

const onLan = (ip: string) => prefixContains(HOST_LAN, ip);

/** The host's view: its own addresses, bridge containers, the LAN, the internet. */
function fromHost(state: EngineState, ip: string): Reachability {
  if (isLoopback(ip)) return OK({ kind: 'host' });
  const owner = ownerOfAddress(state, ip);
  if (owner.kind === 'host') return OK({ kind: 'host' });
  if (owner.kind === 'router') return OK({ kind: 'router' });
  if (owner.kind === 'container') {
    return owner.network.Driver === 'bridge' ? OK({ kind: 'container', container: owner.container }) : NO('filtered');
  }
  const onBridge = Object.values(state.networks).some(
    (n) => n.Driver === 'bridge' && v4Configs(n).some((c) => prefixContains(c.Subnet, ip)),
  );
  if (onBridge || onLan(ip)) return NO('host-unreachable');
  return isValidIPv6(ip) ? NO('network-unreachable') : OK({ kind: 'external' });
}

/** Where traffic for `ip` goes once it leaves a container by its default route through `net`. */
function viaGateway(state: EngineState, net: NetworkRecord, ip: string): Reachability {
  const owner = ownerOfAddress(state, ip);
  if (net.Driver === 'bridge') {
    // the packet is routed by the host
    if (owner.kind === 'host') return OK({ kind: 'host' });
    if (owner.kind === 'router') return OK({ kind: 'router' });
    if (owner.kind === 'container') return NO('filtered'); // another bridge (isolation) or a macvlan child
    if (onLan(ip)) return NO('host-unreachable');
    return OK({ kind: 'external' });
  }
  // macvlan / ipvlan: straight onto the LAN (when there is a real parent)
  if (!net.Options.parent) return NO('network-unreachable');
  if (owner.kind === 'router') return OK({ kind: 'router' });
  if (owner.kind === 'host' || owner.kind === 'container') return NO('filtered');
  if (onLan(ip)) return NO('host-unreachable');
  return OK({ kind: 'external' });
}

/**
 * reachable(state, from, toIp): a container (its network namespace, so
 * --network host containers are the host and container:<x> ones are x) or
 * 'host' sending to an IP address.
 */
export function reachable(state: EngineState, from: ContainerRecord | 'host', toIp: string): Reachability {
  const ns = from === 'host' ? 'host' : namespaceOwner(state, from);
  if (ns === 'host') return fromHost(state, toIp);
  if (isLoopback(toIp)) return OK({ kind: 'container', container: ns });
  if (!ns.State.Running) return NO('network-unreachable');
  const endpoints = Object.values(ns.Networks).filter((ep) => ep.EndpointID && state.networks[ep.NetworkID]);
  if (endpoints.some((ep) => ep.IPAddress === toIp || ep.GlobalIPv6Address === toIp)) return OK({ kind: 'container', container: ns });
  const owner = ownerOfAddress(state, toIp);
  // on-link: a network the container is attached to
  for (const ep of endpoints) {
    const net = state.networks[ep.NetworkID];
    const cfg = v4Configs(net).find((c) => prefixContains(c.Subnet, toIp));
    if (!cfg && !(net.EnableIPv6 && (net.IPAM.Config ?? []).some((c) => parsePrefix(c.Subnet)?.v6 && prefixContains(c.Subnet, toIp)))) continue;
    if (owner.kind === 'container' && owner.network === net) {
      if (net.Driver === 'bridge' && net.Options['com.docker.network.bridge.enable_icc'] === 'false') return NO('filtered');
      return OK({ kind: 'container', container: owner.container });
    }
    if (net.Driver === 'bridge') {
      if (cfg && toIp === gatewayOf(net, cfg)) return OK({ kind: 'host' });
      return NO('host-unreachable');
    }
    // macvlan/ipvlan: the LAN behind the parent, minus the host itself
    if (!net.Options.parent) return NO('host-unreachable');
    if (owner.kind === 'router') return OK({ kind: 'router' });
    if (owner.kind === 'host') return NO('filtered');
    return NO('host-unreachable');
  }
  const routes = containerRoutes(state, ns);
  const def = routes.find((r) => r.destination === 'default');
  if (!def || isValidIPv6(toIp)) return NO('network-unreachable');
  const ep = endpoints.find((e) => e.Gateway === def.gateway) ?? endpoints.find((e) => state.networks[e.NetworkID].Driver === 'ipvlan');
  if (!ep) return NO('network-unreachable');
  return viaGateway(state, state.networks[ep.NetworkID], toIp);
}
