/**
 * A container's endpoint on one network: its address from the network's IPAM
 * pool (first free, or the static --ip), its MAC, gateway and DNS names, and
 * giving the address back when the container stops (moby daemon
 * connectToNetwork / releaseNetwork, libnetwork endpoint.assignAddress).
 */
import { randomId, randomMac } from '../env.ts';
import { forbidden, invalidParameter, systemError, DockerError } from '../errors.ts';
import type { ContainerRecord, EndpointSettings, EngineState, IpamConfig, NetworkRecord } from '../state.ts';
import { enableIPv4 } from './ext-state.ts';
import { firstFree, firstHost, isValidIP, isValidIPv4, isValidIPv6, parsePrefix, prefixContains } from './ipam.ts';
import { emptyEndpoint, getNetwork, isUserDefinedNetwork } from './networks.ts';

export const v4Configs = (n: NetworkRecord): IpamConfig[] => (n.IPAM.Config ?? []).filter((c) => parsePrefix(c.Subnet)?.v6 === false);
export const v6Configs = (n: NetworkRecord): IpamConfig[] => (n.IPAM.Config ?? []).filter((c) => parsePrefix(c.Subnet)?.v6 === true);

/** The network's gateway: the configured one, else the one IPAM allocated, else the subnet's first address. */
export function gatewayOf(network: NetworkRecord, cfg: IpamConfig): string {
  return cfg.Gateway || network.ipamGateways?.[cfg.Subnet] || firstHost(cfg.Subnet);
}

/** Whether containers get a default route through the gateway (not on --internal, ipvlan l3 or null/host). */
export function hasGatewayRoute(network: NetworkRecord): boolean {
  if (network.Internal) return false;
  if (network.Driver === 'ipvlan' && network.Options.ipvlan_mode === 'l3') return false;
  return network.Driver !== 'host' && network.Driver !== 'null';
}

/** Addresses of a pool nobody may take: the gateway, auxiliary addresses and the addresses in use. */
export function usedAddresses(network: NetworkRecord, cfg: IpamConfig): Set<string> {
  const used = new Set(network.allocated.filter((ip) => prefixContains(cfg.Subnet, ip)));
  used.add(gatewayOf(network, cfg));
  for (const aux of Object.values(cfg.AuxiliaryAddresses ?? {})) used.add(aux);
  return used;
}

/** Takes one address from a pool: `wanted`, or the first free one in the --ip-range. */
export function requestAddress(network: NetworkRecord, cfg: IpamConfig, wanted: string | undefined): string {
  const used = usedAddresses(network, cfg);
  if (wanted) {
    if (!prefixContains(cfg.Subnet, wanted)) throw invalidParameter('requested address is out of range');
    if (used.has(wanted)) throw forbidden('Address already in use');
    return wanted;
  }
  const ip = firstFree(cfg.Subnet, used, cfg.IPRange);
  if (!ip) {
    const v = parsePrefix(cfg.Subnet)!.v6 ? 6 : 4;
    throw new DockerError('unavailable', `no available IPv${v} addresses on this network's address pools: ${network.Name} (${network.Id})`);
  }
  return ip;
}

/**
 * buildEndpointDNSNames: the names the embedded DNS answers for the endpoint
 * on a user-defined network, the first one used for PTR records.
 */
export function buildDNSNames(container: ContainerRecord, aliases: readonly string[] | null): string[] {
  const names = [container.Name, ...(aliases ?? []), container.Id.slice(0, 12)];
  if (container.Config.Hostname) names.push(container.Config.Hostname);
  return [...new Set(names.filter((n) => n !== ''))];
}

/**
 * validateEndpointSettings (daemon/container_operations.go): static addresses
 * and aliases against the network; the errors, joined as moby's multierror does.
 */
export function endpointSettingsErrors(network: NetworkRecord | undefined, name: string, ep: EndpointSettings): string[] {
  const errs: string[] = [];
  const ipv4 = ep.IPAMConfig?.IPv4Address ?? '';
  const ipv6 = ep.IPAMConfig?.IPv6Address ?? '';
  const userDefined = network ? isUserDefinedNetwork(network) : !['bridge', 'default', 'host', 'none'].includes(name) && !name.startsWith('container:');
  if (!userDefined) {
    if (ipv4 || ipv6) errs.push('user specified IP address is supported on user defined networks only');
    if (ep.Aliases && ep.Aliases.length > 0) errs.push('network-scoped alias is supported only for containers in user defined networks');
  }
  if (ipv4 && (!isValidIPv4(ipv4) || ipv4 === '0.0.0.0')) errs.push(`invalid IPv4 address: ${ipv4}`);
  if (ipv6 && (!isValidIPv6(ipv6) || ipv6 === '::')) errs.push(`invalid IPv6 address: ${ipv6}`);
  if (network) {
    for (const [addr, configs] of [
      [ipv4, v4Configs(network)],
      [ipv6, v6Configs(network)],
    ] as const) {
      if (!addr || !isValidIP(addr)) continue;
      const statics = configs.filter((c) => userSubnet(network, c));
      if (statics.some((c) => prefixContains(c.IPRange ?? c.Subnet, addr))) continue;
      errs.push(
        statics.length > 0
          ? `no configured subnet or ip-range contain the IP address ${addr}`
          : 'user specified IP address is supported only when connecting to networks with user configured subnets',
      );
    }
  }
  return errs;
}

/** moby's multierror.Join: one error as itself, several as a bulleted list. */
export function joinErrors(errs: readonly string[]): string {
  if (errs.length === 1) return errs[0].trim();
  return '* ' + errs.map((e) => e.replaceAll('\n', '\n\t')).join('\n* ');
}

/** "invalid endpoint settings:\n..." or null. */
export function validateEndpoint(network: NetworkRecord | undefined, name: string, ep: EndpointSettings): string | null {
  const errs = endpointSettingsErrors(network, name, ep);
  return errs.length ? `invalid endpoint settings:\n${joinErrors(errs)}` : null;
}

/** Subnets given with --subnet (as opposed to taken from the default pools) are "static". */
function userSubnet(network: NetworkRecord, cfg: IpamConfig): boolean {
  return !(network.dynamicSubnets ?? []).includes(cfg.Subnet);
}

/**
 * Gives a starting container its endpoint on a network: id, addresses from
 * the pools, MAC, gateway, DNS names. Returns the endpoint settings, stored
 * under the network's name.
 */
export function attachEndpoint(state: EngineState, container: ContainerRecord, networkRef: string, primary = false): EndpointSettings {
  const network = getNetwork(state, networkRef);
  if (network.Driver === 'overlay' && !network.Attachable) {
    throw forbidden(`Could not attach to network ${network.Name}: rpc error: code = PermissionDenied desc = network ${network.Name} not manually attachable`);
  }
  const ep = container.Networks[networkRef] ?? container.Networks[network.Name] ?? emptyEndpoint();
  if (networkRef !== network.Name) rekey(container, networkRef, network.Name);
  container.Networks[network.Name] = ep;
  ep.NetworkID = network.Id;
  ep.EndpointID = randomId(state.env);
  if (network.Driver === 'host' || network.Driver === 'null') return ep;
  const taken: string[] = [];
  try {
    const v4 = v4Configs(network)[0];
    if (v4 && enableIPv4(network)) {
      const ip = requestAddress(network, v4, ep.IPAMConfig?.IPv4Address || undefined);
      network.allocated.push(ip);
      taken.push(ip);
      ep.IPAddress = ip;
      ep.IPPrefixLen = parsePrefix(v4.Subnet)!.bits;
      ep.Gateway = hasGatewayRoute(network) ? gatewayOf(network, v4) : '';
    } else if (!v4 && enableIPv4(network)) {
      throw systemError(`network ${network.Name} has no IPAM configuration`);
    }
    const v6 = v6Configs(network)[0];
    if (v6 && network.EnableIPv6) {
      const ip = requestAddress(network, v6, ep.IPAMConfig?.IPv6Address || undefined);
      network.allocated.push(ip);
      taken.push(ip);
      ep.GlobalIPv6Address = ip;
      ep.GlobalIPv6PrefixLen = parsePrefix(v6.Subnet)!.bits;
      ep.IPv6Gateway = hasGatewayRoute(network) ? gatewayOf(network, v6) : '';
    }
  } catch (e) {
    network.allocated = network.allocated.filter((ip) => !taken.includes(ip));
    clearOperational(ep);
    throw e;
  }
  const wantedMac = primary ? container.Config.MacAddress : undefined;
  ep.MacAddress = network.Driver === 'ipvlan' ? '' : wantedMac || randomMac(state.env);
  if (isUserDefinedNetwork(network)) ep.DNSNames = buildDNSNames(container, ep.Aliases);
  return ep;
}

/** Renames a key of container.Networks in place, keeping the order. */
function rekey(container: ContainerRecord, from: string, to: string): void {
  if (!(from in container.Networks)) return;
  const entries = Object.entries(container.Networks).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const k of Object.keys(container.Networks)) delete container.Networks[k];
  for (const [k, v] of entries) container.Networks[k] = v;
}

/** cleanOperationalData: what only exists while the endpoint does. */
export function clearOperational(ep: EndpointSettings): void {
  Object.assign(ep, {
    MacAddress: '',
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
  });
}

/** Gives one endpoint's addresses back to its network. */
export function releaseEndpoint(state: EngineState, ep: EndpointSettings): void {
  const network = state.networks[ep.NetworkID];
  if (network) network.allocated = network.allocated.filter((ip) => ip !== ep.IPAddress && ip !== ep.GlobalIPv6Address);
  clearOperational(ep);
}

/** A stopped container gives its addresses back; the entries keep their configuration. */
export function releaseEndpoints(state: EngineState, container: ContainerRecord): void {
  for (const ep of Object.values(container.Networks)) if (ep.EndpointID) releaseEndpoint(state, ep);
  container.Ports = [];
}
