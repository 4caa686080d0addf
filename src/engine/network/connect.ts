/**
 * `docker network connect` / `disconnect` (moby daemon ConnectToNetwork,
 * DisconnectFromNetwork): a running container gets (or loses) an endpoint at
 * once, with its /etc/hosts and resolv.conf updated; a stopped one only has
 * the configuration recorded for its next start.
 */
import { conflict, DockerError, forbidden, invalidParameter, notFound } from '../errors.ts';
import type { ContainerRecord, EndpointSettings, EngineState, NetworkRecord } from '../state.ts';
import { attachEndpoint, buildDNSNames, releaseEndpoint, validateEndpoint } from './endpoints.ts';
import { endpointJoined, endpointLeft } from './etc-files.ts';
import { emptyEndpoint, getNetwork, isContainerMode, isHostMode, isUserDefinedNetwork } from './networks.ts';
import { findContainerRef } from './sandbox.ts';

export interface ConnectRequest {
  aliases?: string[];
  ipv4?: string;
  ipv6?: string;
  links?: string[];
  driverOpts?: Record<string, string>;
  gwPriority?: number;
}

export const SHARED_NAMESPACE_ERROR = 'container sharing network namespace with another container or host cannot be connected to any other network';
export const HOST_NETWORK_ERROR = 'container cannot be disconnected from host network or connected to host network';
export const NONE_NETWORK_ERROR = 'container cannot be connected to multiple networks with one of the networks in private (none) mode';

function getContainerRef(state: EngineState, ref: string): ContainerRecord {
  const c = findContainerRef(state, ref);
  if (!c) throw notFound(`No such container: ${ref}`);
  return c;
}

/** The endpoint configuration the CLI sends (always an IPAMConfig and an Aliases list). */
function endpointConfig(req: ConnectRequest): EndpointSettings {
  const ep = emptyEndpoint();
  ep.IPAMConfig = {};
  if (req.ipv4) ep.IPAMConfig.IPv4Address = req.ipv4;
  if (req.ipv6) ep.IPAMConfig.IPv6Address = req.ipv6;
  ep.Aliases = [...(req.aliases ?? [])];
  if (req.links?.length) ep.Links = [...req.links];
  // the CLI always sends a driver-options map, empty when none was given
  ep.DriverOpts = { ...(req.driverOpts ?? {}) };
  ep.GwPriority = req.gwPriority ?? 0;
  return ep;
}

/** updateNetworkSettings' rules for a container already on other networks. */
function checkCompatible(state: EngineState, container: ContainerRecord, networkName: string, driver: string): 'duplicate' | undefined {
  if (!isHostMode(container.HostConfig.NetworkMode) && driver === 'host') throw forbidden(HOST_NETWORK_ERROR);
  for (const [name, ep] of Object.entries(container.Networks)) {
    const other = state.networks[ep.NetworkID] ?? Object.values(state.networks).find((n) => n.Name === name);
    if (!other) continue;
    if (other.Name === networkName) return 'duplicate';
    if (other.Driver === 'host' || driver === 'host') throw forbidden(SHARED_NAMESPACE_ERROR);
    if (other.Name === 'none' || networkName === 'none') throw forbidden(NONE_NETWORK_ERROR);
  }
  return undefined;
}

export function connectNetwork(state: EngineState, networkRef: string, containerRef: string, req: ConnectRequest = {}): void {
  const network = getNetwork(state, networkRef);
  const container = getContainerRef(state, containerRef);
  const config = endpointConfig(req);
  if (network.Driver === 'overlay' && !network.Attachable) {
    throw forbidden(`Could not attach to network ${network.Name}: rpc error: code = PermissionDenied desc = network ${network.Name} not manually attachable`);
  }
  if (!container.State.Running) {
    if (checkCompatible(state, container, network.Name, network.Driver) === 'duplicate') return;
    const invalid = validateEndpoint(network, network.Name, config);
    if (invalid) throw invalidParameter(invalid);
    if (isUserDefinedNetwork(network)) config.DNSNames = buildDNSNames(container, config.Aliases);
    container.Networks[network.Name] = config;
    return;
  }
  if (isContainerMode(container.HostConfig.NetworkMode)) throw forbidden(SHARED_NAMESPACE_ERROR);
  const invalid = validateEndpoint(network, network.Name, config);
  if (invalid) throw invalidParameter(invalid);
  const duplicate = checkCompatible(state, container, network.Name, network.Driver);
  if (duplicate) throw forbidden(`endpoint with name ${container.Name} already exists in network ${network.Name}`);
  container.Networks[network.Name] = config;
  try {
    attachEndpoint(state, container, network.Name);
  } catch (e) {
    delete container.Networks[network.Name];
    throw e;
  }
  const ep = container.Networks[network.Name];
  endpointJoined(state, container, [ep.IPAddress, ep.GlobalIPv6Address].filter(Boolean));
}

export function disconnectNetwork(state: EngineState, networkRef: string, containerRef: string, force = false): void {
  const container = findContainerRef(state, containerRef);
  if (!container) {
    if (force) {
      // ForceEndpointDelete: only an endpoint of that name would go; there is none without its container
      getNetwork(state, networkRef);
      throw notFound(`endpoint ${containerRef} not found`);
    }
    throw notFound(`No such container: ${containerRef}`);
  }
  let network: NetworkRecord | undefined;
  try {
    network = getNetwork(state, networkRef);
  } catch (e) {
    if (!(e instanceof DockerError) || !force || container.State.Running) throw e;
  }
  if (!container.State.Running || !network) {
    const key = network?.Name ?? networkRef;
    if (!(key in container.Networks)) {
      const byId = Object.entries(container.Networks).find(([, ep]) => ep.NetworkID && ep.NetworkID === network?.Id);
      if (!byId) throw conflict(`container ${container.Id} is not connected to the network ${networkRef}`);
      delete container.Networks[byId[0]];
      return;
    }
    delete container.Networks[key];
    return;
  }
  if (isHostMode(container.HostConfig.NetworkMode) && network.Driver === 'host') throw forbidden(HOST_NETWORK_ERROR);
  const ep = container.Networks[network.Name];
  if (!ep || !ep.EndpointID) throw forbidden(`container ${container.Id} is not connected to network ${network.Name}`);
  const ips = [ep.IPAddress, ep.GlobalIPv6Address].filter(Boolean);
  releaseEndpoint(state, ep);
  delete container.Networks[network.Name];
  if (network.Driver === 'bridge') container.Ports = Object.values(container.Networks).some((e) => e.EndpointID && state.networks[e.NetworkID]?.Driver === 'bridge') ? container.Ports : [];
  endpointLeft(state, container, ips);
}
