/**
 * A network as `docker network inspect` (and `docker inspect`) prints it with
 * a Docker 28 daemon: moby api/types/network Inspect, in its field order.
 * Differences from the 20.10 reference engine, taken from current Docker:
 * - EnableIPv4 (v28) comes before EnableIPv6;
 * - host and none have "Config": null in their IPAM (v28; [] before).
 * Values are marked as Go values so `-f` templates print them as Go does.
 */
import type { Engine } from '../../engine/engine.ts';
import { enableIPv4 } from '../../engine/network/ext-state.ts';
import { networkEndpoints } from '../../engine/network/networks.ts';
import type { IpamConfig, NetworkRecord } from '../../engine/state.ts';
import { GO_MARSHAL_JSON, GO_STRING, goMap, goNil, goSlice, goStruct } from '../format/govalue.ts';

/** time.Time: prints as Go's Time.String() ("2026-11-22 07:00:00.123456 +0000 UTC"), marshals as RFC 3339 with nanoseconds. */
export function goTime(rfc3339: string): object {
  const t = goStruct('time.Time', {});
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(rfc3339);
  const frac = (m?.[3] ?? '').replace(/0+$/, '');
  const text = m ? `${m[1]} ${m[2]}${frac ? '.' + frac : ''} +0000 UTC` : rfc3339;
  const json = m ? `${m[1]}T${m[2]}${frac ? '.' + frac : ''}Z` : rfc3339;
  Object.defineProperty(t, GO_STRING, { value: () => text, enumerable: false });
  Object.defineProperty(t, GO_MARSHAL_JSON, { value: () => JSON.stringify(json), enumerable: false });
  return t;
}

const stringMap = (m: Record<string, string> | null) => (m ? goMap('map[string]string', { ...m }) : goNil('map', 'map[string]string'));

function ipamConfig(cfg: IpamConfig): object {
  const out: Record<string, unknown> = {};
  if (cfg.Subnet) out.Subnet = cfg.Subnet;
  if (cfg.IPRange) out.IPRange = cfg.IPRange;
  if (cfg.Gateway) out.Gateway = cfg.Gateway;
  if (cfg.AuxiliaryAddresses && Object.keys(cfg.AuxiliaryAddresses).length) out.AuxiliaryAddresses = stringMap(cfg.AuxiliaryAddresses);
  // the template sees every field of network.IPAMConfig, JSON only the non-empty ones (omitempty)
  const typed = goStruct('network.IPAMConfig', {
    Subnet: cfg.Subnet ?? '',
    IPRange: cfg.IPRange ?? '',
    Gateway: cfg.Gateway ?? '',
    AuxAddress: stringMap(cfg.AuxiliaryAddresses ?? null),
  });
  Object.defineProperty(typed, GO_MARSHAL_JSON, {
    value: () => JSON.stringify(out),
    enumerable: false,
  });
  return typed;
}

/** The IPAM config as stored for inspect: the default bridge has no Gateway recorded. */
function ipamConfigs(network: NetworkRecord): unknown {
  if (network.Driver === 'host' || network.Driver === 'null') return goNil('slice', '[]network.IPAMConfig');
  return goSlice('[]network.IPAMConfig', (network.IPAM.Config ?? []).map(ipamConfig));
}

/** `{"Name": ..., "Id": ..., ...}`: one element of `docker network inspect`. */
export function networkJson(engine: Engine, network: NetworkRecord): object {
  const containers: Record<string, unknown> = {};
  for (const { container, endpoint } of networkEndpoints(engine.state, network)) {
    containers[container.Id] = goStruct('network.EndpointResource', {
      Name: container.Name,
      EndpointID: endpoint.EndpointID,
      MacAddress: endpoint.MacAddress,
      IPv4Address: endpoint.IPAddress ? `${endpoint.IPAddress}/${endpoint.IPPrefixLen}` : '',
      IPv6Address: endpoint.GlobalIPv6Address ? `${endpoint.GlobalIPv6Address}/${endpoint.GlobalIPv6PrefixLen}` : '',
    });
  }
  const fields: Record<string, unknown> = {
    Name: network.Name,
    Id: network.Id,
    Created: goTime(network.Created),
    Scope: network.Scope,
    Driver: network.Driver,
    EnableIPv4: enableIPv4(network),
    EnableIPv6: network.EnableIPv6,
    IPAM: goStruct('network.IPAM', {
      Driver: network.IPAM.Driver,
      Options: stringMap(network.IPAM.Options),
      Config: ipamConfigs(network),
    }),
    Internal: network.Internal,
    Attachable: network.Attachable,
    Ingress: network.Ingress,
    ConfigFrom: goStruct('network.ConfigReference', { Network: network.ConfigFrom.Network }),
    ConfigOnly: network.ConfigOnly,
    Containers: goMap('map[string]network.EndpointResource', containers),
    Options: stringMap(network.Options),
    Labels: stringMap(network.Labels),
  };
  return goStruct('network.Inspect', fields);
}
