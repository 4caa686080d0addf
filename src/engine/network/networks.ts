/**
 * Networks and endpoints: the three predefined networks, looking networks up,
 * and attaching a running container (address, MAC, endpoint id) and releasing
 * that attachment when it stops.
 */
import { randomId, randomMac, rfc3339Nano } from '../env.ts';
import { notFound, systemError } from '../errors.ts';
import type { ContainerRecord, EndpointSettings, EngineState, NetworkRecord } from '../state.ts';
import { firstFree, firstHost, subnetRange } from './ipam.ts';

export const DEFAULT_BRIDGE_SUBNET = '172.17.0.0/16';

function baseNetwork(state: EngineState, name: string, driver: string): NetworkRecord {
  return {
    Name: name,
    Id: randomId(state.env),
    Created: rfc3339Nano(state.env.clock, 123456),
    Scope: 'local',
    Driver: driver,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: null, Config: null },
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Options: {},
    Labels: {},
    allocated: [],
  };
}

/** bridge (docker0), host and none, as a fresh daemon creates them. */
export function createPredefinedNetworks(state: EngineState): void {
  const bridge = baseNetwork(state, 'bridge', 'bridge');
  bridge.IPAM.Config = [{ Subnet: DEFAULT_BRIDGE_SUBNET, Gateway: '172.17.0.1' }];
  bridge.Options = {
    'com.docker.network.bridge.default_bridge': 'true',
    'com.docker.network.bridge.enable_icc': 'true',
    'com.docker.network.bridge.enable_ip_masquerade': 'true',
    'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
    'com.docker.network.bridge.name': 'docker0',
    'com.docker.network.driver.mtu': '1500',
  };
  bridge.bridge = 'docker0';
  const host = baseNetwork(state, 'host', 'host');
  const none = baseNetwork(state, 'none', 'null');
  for (const n of [bridge, host, none]) state.networks[n.Id] = n;
}

/** By full id, exact name, or unique id prefix, as the daemon resolves network references. */
export function findNetwork(state: EngineState, ref: string): NetworkRecord | undefined {
  const all = Object.values(state.networks);
  return (
    all.find((n) => n.Id === ref) ??
    all.find((n) => n.Name === ref) ??
    (() => {
      const byPrefix = all.filter((n) => n.Id.startsWith(ref));
      return byPrefix.length === 1 ? byPrefix[0] : undefined;
    })()
  );
}

export function getNetwork(state: EngineState, ref: string): NetworkRecord {
  const n = findNetwork(state, ref);
  if (!n) throw notFound(`network ${ref} not found`);
  return n;
}

export function emptyEndpoint(): EndpointSettings {
  return {
    IPAMConfig: null,
    Links: null,
    Aliases: null,
    MacAddress: '',
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: '',
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
  };
}

function usedAddresses(network: NetworkRecord): Set<string> {
  const used = new Set(network.allocated);
  for (const cfg of network.IPAM.Config ?? []) {
    if (cfg.Gateway) used.add(cfg.Gateway);
    for (const aux of Object.values(cfg.AuxiliaryAddresses ?? {})) used.add(aux);
  }
  return used;
}

/** Gives a starting container its address on one network (IPAM first-free). */
export function attachEndpoint(state: EngineState, container: ContainerRecord, networkName: string): EndpointSettings {
  const network = getNetwork(state, networkName);
  const ep = container.Networks[networkName] ?? emptyEndpoint();
  ep.NetworkID = network.Id;
  ep.EndpointID = randomId(state.env);
  if (network.Driver === 'host' || network.Driver === 'null') {
    container.Networks[networkName] = ep;
    return ep;
  }
  const cfg = network.IPAM.Config?.[0];
  if (!cfg) throw systemError(`network ${network.Name} has no IPAM configuration`);
  const wanted = ep.IPAMConfig?.IPv4Address;
  const ip = wanted ?? firstFree(cfg.Subnet, usedAddresses(network), cfg.IPRange);
  if (!ip) throw systemError(`no available IPv4 addresses on this network's address pools: ${network.Name} (${network.Id})`);
  if (wanted && network.allocated.includes(wanted)) throw systemError('Address already in use');
  network.allocated.push(ip);
  ep.IPAddress = ip;
  ep.IPPrefixLen = subnetRange(cfg.Subnet).prefix;
  ep.Gateway = cfg.Gateway ?? firstHost(cfg.Subnet);
  ep.MacAddress = container.Config.MacAddress || randomMac(state.env);
  container.Networks[networkName] = ep;
  return ep;
}

/** A stopped container gives its addresses back; the entry keeps only its configuration. */
export function releaseEndpoints(state: EngineState, container: ContainerRecord): void {
  for (const ep of Object.values(container.Networks)) {
    const network = state.networks[ep.NetworkID];
    if (network) network.allocated = network.allocated.filter((ip) => ip !== ep.IPAddress);
    Object.assign(ep, {
      MacAddress: '',
      EndpointID: '',
      Gateway: '',
      IPAddress: '',
      IPPrefixLen: 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: null,
    });
  }
}

/** The 12-hex bridge name suffix for a user-defined bridge: br-<network id prefix>. */
export function bridgeNameFor(network: NetworkRecord): string {
  return network.bridge ?? `br-${network.Id.slice(0, 12)}`;
}

