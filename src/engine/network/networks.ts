/**
 * Networks: the three predefined ones, looking networks up as the daemon
 * does (FindNetwork: full id, then name, then id prefix), the network modes
 * of HostConfig.NetworkMode, and which running containers are attached.
 * Endpoints (attach at start, release at stop) live in endpoints.ts.
 */
import { randomId, rfc3339Nano } from '../env.ts';
import { invalidParameter, notFound } from '../errors.ts';
import type { ContainerRecord, EndpointSettings, EngineState, NetworkRecord } from '../state.ts';

export { attachEndpoint, releaseEndpoints } from './endpoints.ts';

export const DEFAULT_BRIDGE_SUBNET = '172.17.0.0/16';
export const DEFAULT_BRIDGE_GATEWAY = '172.17.0.1';
export const PREDEFINED_NETWORKS = ['bridge', 'host', 'none'];

export function baseNetwork(state: EngineState, name: string, driver: string): NetworkRecord {
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
  // initBridgeDriver takes the pool and gateway from docker0's address, as on any
  // host where the daemon has run before (a daemon creating docker0 records no Gateway)
  bridge.IPAM.Config = [{ Subnet: DEFAULT_BRIDGE_SUBNET, Gateway: DEFAULT_BRIDGE_GATEWAY }];
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

/** runconfig.IsPreDefinedNetwork */
export function isPredefinedNetwork(name: string): boolean {
  return PREDEFINED_NETWORKS.includes(name) || name === 'default';
}

/**
 * daemon.FindNetwork: an exact id, else a unique exact name, else a unique id
 * prefix; ambiguity is an error, nothing found is undefined.
 */
export function lookupNetwork(state: EngineState, term: string): NetworkRecord | undefined {
  const all = Object.values(state.networks);
  const byId = all.find((n) => n.Id === term);
  if (byId) return byId;
  const byName = all.filter((n) => n.Name === term);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) throw invalidParameter(`network ${term} is ambiguous (${byName.length} matches found on name)`);
  const byPrefix = all.filter((n) => n.Id.startsWith(term));
  if (byPrefix.length === 1) return byPrefix[0];
  if (byPrefix.length > 1) throw invalidParameter(`network ${term} is ambiguous (${byPrefix.length} matches found based on ID prefix)`);
  return undefined;
}

/** Like lookupNetwork, without the ambiguity errors (undefined then). */
export function findNetwork(state: EngineState, ref: string): NetworkRecord | undefined {
  try {
    return lookupNetwork(state, ref);
  } catch {
    return undefined;
  }
}

export function getNetwork(state: EngineState, ref: string): NetworkRecord {
  const n = lookupNetwork(state, ref);
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

// --- network modes (container.NetworkMode) ----------------------------------------

export const isHostMode = (mode: string) => mode === 'host';
export const isNoneMode = (mode: string) => mode === 'none';
export const isContainerMode = (mode: string) => mode.startsWith('container:');
export const isBridgeMode = (mode: string) => mode === 'bridge' || mode === 'default';
/** NetworkMode.IsUserDefined: anything but default, bridge, host, none and container:. */
export const isUserDefinedMode = (mode: string) =>
  !isBridgeMode(mode) && !isHostMode(mode) && !isNoneMode(mode) && !isContainerMode(mode);

/** The network a driver type stands for when it is "private" (neither host nor container-shared). */
export function isPrivateDriver(driver: string): boolean {
  return driver !== 'host';
}

/** A network's "user-defined"-ness as a network mode name (bridge/host/none are not). */
export function isUserDefinedNetwork(network: NetworkRecord): boolean {
  return isUserDefinedMode(network.Name);
}

export interface AttachedEndpoint {
  container: ContainerRecord;
  endpoint: EndpointSettings;
}

/** The active endpoints of a network: running containers attached to it, in creation order. */
export function networkEndpoints(state: EngineState, network: NetworkRecord): AttachedEndpoint[] {
  const out: AttachedEndpoint[] = [];
  for (const c of Object.values(state.containers)) {
    const ep = c.Networks[network.Name];
    if (ep && ep.EndpointID && ep.NetworkID === network.Id) out.push({ container: c, endpoint: ep });
  }
  return out;
}

/** The Linux bridge of a bridge network on the host: docker0 or br-<12 hex>. */
export function bridgeNameFor(network: NetworkRecord): string {
  return network.bridge ?? network.Options['com.docker.network.bridge.name'] ?? `br-${network.Id.slice(0, 12)}`;
}
