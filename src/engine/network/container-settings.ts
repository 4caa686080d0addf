/**
 * A container's networking at create time (moby runconfig validateNetMode,
 * daemon validateNetworkingConfig, updateContainerNetworkSettings,
 * registerLinks): the conflicts between a network mode and other options,
 * the endpoint configurations (--network-alias, --ip, --ip6, more
 * --network), the legacy links, and the daemon's warnings.
 */
import { invalidParameter, notFound } from '../errors.ts';
import { findContainerRef } from './sandbox.ts';
import type { ContainerConfig, EndpointSettings, EngineState, HostConfig } from '../state.ts';
import { joinErrors, validateEndpoint } from './endpoints.ts';
import { registerLinks } from './links.ts';
import { emptyEndpoint, findNetwork, isContainerMode, isHostMode, isUserDefinedMode } from './networks.ts';

/** runconfig errors (runconfig/errors.go), as the daemon returns them. */
export const NETWORK_MODE_ERRORS = {
  containerFormat: 'Invalid network mode: invalid container format container:<name|id>',
  hostname: 'conflicting options: hostname and the network mode',
  containerLinks: "conflicting options: container type network can't be used with links. This would result in undefined behavior",
  hostLinks: "conflicting options: host type networking can't be used with links. This would result in undefined behavior",
  dns: 'conflicting options: dns and the network mode',
  extraHosts: 'conflicting options: custom host-to-IP mapping and the network mode',
  publish: 'conflicting options: port publishing and the container type network mode',
  expose: 'conflicting options: port exposing and the container type network mode',
  mac: 'conflicting options: mac-address and the network mode',
} as const;

/** What the user asked for, before the image's config is merged in. */
export interface RequestedNetworking {
  Config: Partial<ContainerConfig>;
  HostConfig: Partial<HostConfig>;
  endpoint?: { aliases: string[]; ipv4?: string; ipv6?: string; extraNetworks: string[] };
}

/** validateNetMode: options a shared network namespace (container:<x>, host) rules out. */
export function validateNetworkMode(req: RequestedNetworking): void {
  const hc = req.HostConfig;
  const mode = hc.NetworkMode ?? 'default';
  if (isContainerMode(mode)) {
    if (mode.slice('container:'.length) === '') throw invalidParameter(NETWORK_MODE_ERRORS.containerFormat);
    if (req.Config.Hostname) throw invalidParameter(NETWORK_MODE_ERRORS.hostname);
    if (hc.Links?.length) throw invalidParameter(NETWORK_MODE_ERRORS.containerLinks);
    if (hc.Dns?.length) throw invalidParameter(NETWORK_MODE_ERRORS.dns);
    if (hc.ExtraHosts?.length) throw invalidParameter(NETWORK_MODE_ERRORS.extraHosts);
    if (Object.keys(hc.PortBindings ?? {}).length || hc.PublishAllPorts) throw invalidParameter(NETWORK_MODE_ERRORS.publish);
    if (Object.keys(req.Config.ExposedPorts ?? {}).length) throw invalidParameter(NETWORK_MODE_ERRORS.expose);
  }
  if (isHostMode(mode) && hc.Links?.length) throw invalidParameter(NETWORK_MODE_ERRORS.hostLinks);
  if ((isContainerMode(mode) || isHostMode(mode)) && req.Config.MacAddress) throw invalidParameter(NETWORK_MODE_ERRORS.mac);
}

/** The daemon's create warnings about networking (printed by the CLI as "WARNING: ..."). */
export function networkWarnings(hostConfig: Partial<HostConfig>): string[] {
  const mode = hostConfig.NetworkMode ?? 'default';
  if (isHostMode(mode) && (Object.keys(hostConfig.PortBindings ?? {}).length > 0 || hostConfig.PublishAllPorts)) {
    return ['Published ports are discarded when using host network mode'];
  }
  return [];
}

/**
 * container:<name|id> names an existing container, stored by its full id
 * (HostConfig.NetworkMode "container:<id>"), as the daemon does at create.
 */
export function resolveContainerMode(state: EngineState, mode: string): string {
  if (!isContainerMode(mode)) return mode;
  const ref = mode.slice('container:'.length);
  const other = findContainerRef(state, ref);
  if (!other) throw notFound(`No such container: ${ref}`);
  return `container:${other.Id}`;
}

/** The network a mode names as container.Networks keys it: its name when it exists. */
function keyFor(state: EngineState, ref: string): string {
  if (ref === 'default') return 'bridge';
  return findNetwork(state, ref)?.Name ?? ref;
}

/**
 * The endpoint configurations of a new container (NetworkSettings.Networks
 * before start), after validateNetworkingConfig. A network that does not
 * exist is not an error yet: starting the container fails.
 */
export function initialEndpoints(state: EngineState, req: RequestedNetworking, mode: string): Record<string, EndpointSettings> {
  const networks: Record<string, EndpointSettings> = {};
  if (isContainerMode(mode)) return networks;
  const primary = emptyEndpoint();
  const e = req.endpoint;
  if (e?.aliases.length) primary.Aliases = [...e.aliases];
  if (e?.ipv4 || e?.ipv6) {
    primary.IPAMConfig = {};
    if (e.ipv4) primary.IPAMConfig.IPv4Address = e.ipv4;
    if (e.ipv6) primary.IPAMConfig.IPv6Address = e.ipv6;
  }
  if (isUserDefinedMode(mode) && req.HostConfig.Links?.length) primary.Links = [...req.HostConfig.Links];
  const configs: [string, EndpointSettings][] = [[mode, primary], ...(e?.extraNetworks ?? []).map((n) => [n, emptyEndpoint()] as [string, EndpointSettings])];
  const errs: string[] = [];
  for (const [ref, ep] of configs) {
    // the daemon keys the default network's endpoint config as "bridge"
    const key = ref === 'default' ? 'bridge' : ref;
    const invalid = validateEndpoint(findNetwork(state, key), key, ep);
    if (invalid) errs.push(`invalid config for network ${key}: ${invalid}`);
  }
  if (errs.length) throw invalidParameter(joinErrors(errs));
  for (const [ref, ep] of configs) networks[keyFor(state, ref)] = ep;
  return networks;
}

/** Legacy links in the daemon's form, checked at create ("could not get container for x"). */
export function createLinks(state: EngineState, name: string, mode: string, links: readonly string[] | null): string[] | null {
  if (!links || links.length === 0) return links as string[] | null;
  return registerLinks(state, name, mode, links);
}
