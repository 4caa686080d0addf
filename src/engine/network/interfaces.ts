/**
 * The network interfaces and routes the state implies, for the programs that
 * show them (ip, ifconfig, hostname -i, bridge, route) and for reachability:
 * the host's lo, eth0 (the LAN), docker0 and one br-<id> per user bridge,
 * a veth per container endpoint on a bridge; a container's lo and one ethN
 * per network, in attachment order. Interface indexes are stable but made up
 * (the real ones count every interface the host ever created).
 */
import { HOST_GATEWAY, HOST_IP } from '../host.ts';
import type { ContainerRecord, EndpointSettings, EngineState, NetworkRecord } from '../state.ts';
import { v4Configs, v6Configs, gatewayOf } from './endpoints.ts';
import { broadcastOf, parsePrefix } from './ipam.ts';
import { bridgeNameFor, isContainerMode, isHostMode } from './networks.ts';

export interface InterfaceAddress {
  ip: string;
  prefixLen: number;
  v6: boolean;
  /** IPv4 broadcast address */
  broadcast?: string;
  scope: 'host' | 'link' | 'global';
}

export interface NetInterface {
  index: number;
  name: string;
  kind: 'loopback' | 'ether' | 'bridge' | 'veth' | 'macvlan' | 'ipvlan';
  mac: string;
  mtu: number;
  up: boolean;
  /** a bridge with no port attached: NO-CARRIER, state DOWN */
  noCarrier?: boolean;
  addresses: InterfaceAddress[];
  /** the bridge a veth is a port of */
  master?: string;
  /** the index of the other end of a veth pair (`@ifN`) */
  peerIndex?: number;
  /** the network this interface is on (containers and host bridges) */
  networkId?: string;
}

export interface Route {
  /** "default" or a CIDR */
  destination: string;
  gateway?: string;
  dev: string;
  /** preferred source for on-link routes */
  src?: string;
  scope?: 'link';
}

export const HOST_LAN = `${HOST_IP.split('.').slice(0, 3).join('.')}.0/24`;
export const HOST_MAC = '52:54:00:3c:1d:7e';

/** 02:42 followed by four bytes taken from an id: Docker's bridge MACs (locally administered). */
export function macFromId(id: string): string {
  const b = id.slice(0, 8).match(/../g)!;
  return ['02', '42', ...b].join(':');
}

/**
 * The host end of a veth: Docker creates the pair without choosing a MAC for
 * it, so the kernel gives it a random locally administered unicast address
 * (eth_random_addr: 82:e3:30:..., never Docker's 02:42 prefix). Here it comes
 * from the endpoint id, so it stays the same for the same seed.
 */
function vethMac(endpointId: string): string {
  const b = endpointId.slice(8, 20).match(/../g)!.map((h) => parseInt(h, 16));
  b[0] = (b[0] & 0xfc) | 0x02;
  if (b[0] === 0x02 && b[1] === 0x42) b[1] = 0x43;
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}

/** An IPv6 link-local address derived from a MAC (EUI-64), as the kernel forms it. */
export function linkLocalFor(mac: string): string {
  const b = mac.split(':').map((h) => parseInt(h, 16));
  b[0] ^= 0x02;
  const words = [(b[0] << 8) | b[1], (b[2] << 8) | 0xff, (0xfe << 8) | b[3], (b[4] << 8) | b[5]];
  return 'fe80::' + words.map((w) => w.toString(16)).join(':');
}

function v4Address(ip: string, subnet: string, scope: InterfaceAddress['scope'] = 'global'): InterfaceAddress {
  return { ip, prefixLen: parsePrefix(subnet)!.bits, v6: false, broadcast: broadcastOf(subnet), scope };
}

/** Running containers' endpoints, in container creation order then attachment order. */
export function activeEndpoints(state: EngineState): { container: ContainerRecord; name: string; endpoint: EndpointSettings; slot: number }[] {
  const out: { container: ContainerRecord; name: string; endpoint: EndpointSettings; slot: number }[] = [];
  for (const c of Object.values(state.containers)) {
    let slot = 0;
    for (const [name, ep] of Object.entries(c.Networks)) {
      if (!ep.EndpointID) continue;
      const net = state.networks[ep.NetworkID];
      if (!net || net.Driver === 'host' || net.Driver === 'null') continue;
      out.push({ container: c, name, endpoint: ep, slot: slot++ });
    }
  }
  return out;
}

const bridges = (state: EngineState) => Object.values(state.networks).filter((n) => n.Driver === 'bridge' && !n.ConfigOnly);

/** Host-side veth of an endpoint: "veth" + 7 hex, as Docker names them (random there, from the endpoint id here). */
export const vethName = (ep: EndpointSettings) => `veth${ep.EndpointID.slice(0, 7)}`;

/** `lo`, the same in every network namespace (the host's and each container's). */
const loopback = (): NetInterface => ({
  index: 1,
  name: 'lo',
  kind: 'loopback',
  mac: '00:00:00:00:00:00',
  mtu: 65536,
  up: true,
  addresses: [
    { ip: '127.0.0.1', prefixLen: 8, v6: false, scope: 'host' },
    { ip: '::1', prefixLen: 128, v6: true, scope: 'host' },
  ],
});

export function hostInterfaces(state: EngineState): NetInterface[] {
  const ifaces: NetInterface[] = [
    loopback(),
    {
      index: 2,
      name: 'eth0',
      kind: 'ether',
      mac: HOST_MAC,
      mtu: 1500,
      up: true,
      addresses: [v4Address(HOST_IP, HOST_LAN), { ip: linkLocalFor(HOST_MAC), prefixLen: 64, v6: true, scope: 'link' }],
    },
  ];
  const endpoints = activeEndpoints(state);
  let index = 3;
  for (const net of bridges(state)) {
    const cfg = v4Configs(net)[0];
    const mac = macFromId(net.Id);
    const ports = endpoints.filter((e) => e.endpoint.NetworkID === net.Id);
    const addresses: InterfaceAddress[] = [];
    if (cfg) addresses.push(v4Address(gatewayOf(net, cfg), cfg.Subnet));
    for (const c6 of net.EnableIPv6 ? v6Configs(net) : []) addresses.push({ ip: gatewayOf(net, c6), prefixLen: parsePrefix(c6.Subnet)!.bits, v6: true, scope: 'global' });
    addresses.push({ ip: linkLocalFor(mac), prefixLen: 64, v6: true, scope: 'link' });
    ifaces.push({ index: index++, name: bridgeNameFor(net), kind: 'bridge', mac, mtu: 1500, up: true, noCarrier: ports.length === 0, addresses, networkId: net.Id });
  }
  // creation order once for all endpoints (looking it up per endpoint made this quadratic)
  const order = new Map(Object.keys(state.containers).map((id, i) => [id, i]));
  for (const e of endpoints) {
    const net = state.networks[e.endpoint.NetworkID];
    if (net.Driver !== 'bridge') continue;
    const peer = containerIfIndex(state, e.container, e.slot, order);
    const mac = vethMac(e.endpoint.EndpointID);
    ifaces.push({
      index: peer + 1,
      name: vethName(e.endpoint),
      kind: 'veth',
      mac,
      mtu: 1500,
      up: true,
      addresses: [{ ip: linkLocalFor(mac), prefixLen: 64, v6: true, scope: 'link' }],
      master: bridgeNameFor(net),
      peerIndex: peer,
      networkId: net.Id,
    });
  }
  return ifaces;
}

/** The container side index of an endpoint: stable numbers above the host's own interfaces. */
function containerIfIndex(state: EngineState, container: ContainerRecord, slot: number, order?: Map<string, number>): number {
  const position = order ? (order.get(container.Id) ?? 0) : Object.keys(state.containers).indexOf(container.Id);
  return 100 + position * 20 + slot * 2;
}

/** Which of its namespaces a container is in: a new one at every start. */
export const namespaceKey = (c: ContainerRecord) => `${c.Id}:${c.pidCounter}`;

/**
 * The container whose network namespace a container uses (itself, or
 * container:<x>'s). One that joined x before x was started again is left in
 * x's old namespace, which has only lo: it is its own owner then, with no
 * endpoints.
 */
export function namespaceOwner(state: EngineState, container: ContainerRecord): ContainerRecord | 'host' {
  let c = container;
  for (let hops = 0; hops < 10; hops++) {
    const mode = c.HostConfig.NetworkMode;
    if (isHostMode(mode)) return 'host';
    if (!isContainerMode(mode)) return c;
    const ref = mode.slice('container:'.length);
    const other = state.containers[ref] ?? Object.values(state.containers).find((o) => o.Name === ref || o.Id.startsWith(ref));
    if (!other) return c;
    if (c.joinedNamespace !== undefined && other.State.Running && c.joinedNamespace !== namespaceKey(other)) return c;
    c = other;
  }
  return c;
}

export function containerInterfaces(state: EngineState, container: ContainerRecord): NetInterface[] {
  const owner = namespaceOwner(state, container);
  if (owner === 'host') return hostInterfaces(state);
  const lo = loopback();
  if (!owner.State.Running) return [lo];
  const out = [lo];
  let n = 0;
  for (const e of activeEndpoints(state).filter((x) => x.container === owner)) {
    const net = state.networks[e.endpoint.NetworkID];
    const ep = e.endpoint;
    const addresses: InterfaceAddress[] = [];
    const cfg = v4Configs(net)[0];
    if (ep.IPAddress && cfg) addresses.push(v4Address(ep.IPAddress, cfg.Subnet));
    if (ep.GlobalIPv6Address) addresses.push({ ip: ep.GlobalIPv6Address, prefixLen: ep.GlobalIPv6PrefixLen, v6: true, scope: 'global' });
    const index = containerIfIndex(state, owner, e.slot);
    out.push({
      index,
      name: `eth${n++}`,
      kind: net.Driver === 'macvlan' ? 'macvlan' : net.Driver === 'ipvlan' ? 'ipvlan' : 'veth',
      mac: ep.MacAddress || HOST_MAC,
      mtu: 1500,
      up: true,
      addresses,
      peerIndex: net.Driver === 'bridge' ? index + 1 : 2,
      networkId: net.Id,
    });
  }
  return out;
}

/** The routing table (`ip route`): the default route, then one on-link route per interface. */
export function containerRoutes(state: EngineState, container: ContainerRecord): Route[] {
  const owner = namespaceOwner(state, container);
  if (owner === 'host') return hostRoutes(state);
  const routes: Route[] = [];
  const ifaces = containerInterfaces(state, owner).filter((i) => i.name !== 'lo');
  const withGateway = ifaces.find((i) => {
    const ep = Object.values(owner.Networks).find((e) => e.NetworkID === i.networkId && e.EndpointID);
    return ep && (ep.Gateway || isL3(state.networks[i.networkId!]));
  });
  if (withGateway) {
    const ep = Object.values(owner.Networks).find((e) => e.NetworkID === withGateway.networkId && e.EndpointID)!;
    routes.push(ep.Gateway ? { destination: 'default', gateway: ep.Gateway, dev: withGateway.name } : { destination: 'default', dev: withGateway.name });
  }
  for (const i of ifaces) {
    for (const a of i.addresses.filter((x) => !x.v6)) {
      const net = state.networks[i.networkId!];
      const cfg = v4Configs(net)[0];
      routes.push({ destination: cfg.Subnet, dev: i.name, scope: 'link', src: a.ip });
    }
  }
  return routes;
}

const isL3 = (net: NetworkRecord | undefined) => !!net && net.Driver === 'ipvlan' && net.Options.ipvlan_mode === 'l3' && !net.Internal;

export function hostRoutes(state: EngineState): Route[] {
  const routes: Route[] = [{ destination: 'default', gateway: HOST_GATEWAY, dev: 'eth0' }];
  for (const i of hostInterfaces(state)) {
    if (i.kind === 'loopback' || i.kind === 'veth') continue;
    for (const a of i.addresses.filter((x) => !x.v6)) {
      const net = i.networkId ? state.networks[i.networkId] : undefined;
      const subnet = net ? v4Configs(net)[0].Subnet : HOST_LAN;
      routes.push({ destination: subnet, dev: i.name, scope: 'link', src: a.ip });
    }
  }
  return routes;
}

/** Whether an interface of that name exists on the host (macvlan/ipvlan parents). */
export function hostLinkExists(state: EngineState, name: string): boolean {
  return hostInterfaces(state).some((i) => i.name === name);
}
