/**
 * `docker network create` (docker/cli 28 cli/command/network/create.go):
 * the client groups --subnet/--ip-range/--gateway/--aux-address into IPAM
 * configs (with its own errors, printed without "Error response from
 * daemon"), the daemon creates the network, the id is printed.
 */
import { createNetwork } from '../../engine/network/create.ts';
import type { IpamConfig } from '../../engine/state.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { isValidIP, parsePrefix } from '../../engine/network/ipam.ts';
import { labelsOf, mapFlag, mapOpts, stringSlice, stringsFlag, validateLabel } from './opts.ts';

class ClientError extends Error {}

/** Go's net.ParseCIDR error ("invalid CIDR address: x"). */
function parseCIDR(s: string): ReturnType<typeof parsePrefix> {
  const p = parsePrefix(s);
  if (!p) throw new ClientError(`invalid CIDR address: ${s}`);
  return p;
}

/** subnetMatches: whether `data` (an address or a CIDR's address) is inside `subnet`. */
function subnetMatches(subnet: string, data: string): boolean {
  let s;
  try {
    s = parseCIDR(subnet)!;
  } catch (e) {
    throw new ClientError(`invalid subnet: ${(e as Error).message}`);
  }
  let ip: string;
  if (data.includes('/')) {
    parseCIDR(data);
    ip = data.slice(0, data.indexOf('/'));
  } else ip = data;
  if (!isValidIP(ip)) return false;
  const p = parsePrefix(`${ip}/${s.v6 ? 128 : 32}`);
  return !!p && p.v6 === s.v6 && p.first >= s.first && p.first <= s.last;
}

/** createIPAMConfig: one config per subnet, with its range, gateway and aux addresses. */
export function createIpamConfig(subnets: string[], ranges: string[], gateways: string[], aux: Record<string, string>): IpamConfig[] {
  if (subnets.length < ranges.length || subnets.length < gateways.length) {
    throw new ClientError('every ip-range or gateway must have a corresponding subnet');
  }
  const data = new Map<string, IpamConfig>();
  for (const s of subnets) {
    for (const k of data.keys()) {
      if (subnetMatches(s, k) || subnetMatches(k, s)) throw new ClientError('multiple overlapping subnet configuration is not supported');
    }
    data.set(s, { Subnet: s, AuxiliaryAddresses: {} });
  }
  for (const r of ranges) {
    let match = false;
    for (const s of subnets) {
      if (!subnetMatches(s, r)) continue;
      const d = data.get(s)!;
      if (d.IPRange) throw new ClientError(`cannot configure multiple ranges (${r}, ${d.IPRange}) on the same subnet (${s})`);
      d.IPRange = r;
      match = true;
    }
    if (!match) throw new ClientError(`no matching subnet for range ${r}`);
  }
  for (const g of gateways) {
    let match = false;
    for (const s of subnets) {
      if (!subnetMatches(s, g)) continue;
      const d = data.get(s)!;
      if (d.Gateway) throw new ClientError(`cannot configure multiple gateways (${g}, ${d.Gateway}) for the same subnet (${s})`);
      d.Gateway = g;
      match = true;
    }
    if (!match) throw new ClientError(`no matching subnet for gateway ${g}`);
  }
  for (const [key, a] of Object.entries(aux)) {
    let match = false;
    for (const s of subnets) {
      if (!subnetMatches(s, a)) continue;
      data.get(s)!.AuxiliaryAddresses![key] = a;
      match = true;
    }
    if (!match) throw new ClientError(`no matching subnet for aux-address ${a}`);
  }
  return [...data.values()].map((c) => {
    const out: IpamConfig = { Subnet: c.Subnet };
    if (c.IPRange) out.IPRange = c.IPRange;
    if (c.Gateway) out.Gateway = c.Gateway;
    if (c.AuxiliaryAddresses && Object.keys(c.AuxiliaryAddresses).length) out.AuxiliaryAddresses = c.AuxiliaryAddresses;
    return out;
  });
}

export const networkCreateCommand: Command = {
  path: 'docker network create',
  usage: '[OPTIONS] NETWORK',
  short: 'Create a network',
  args: { kind: 'exact', n: 1 },
  flags: [
    { name: 'driver', short: 'd', type: 'string', usage: 'Driver to manage the Network', default: 'bridge' },
    mapFlag('opt', 'Set driver specific options', 'o'),
    { name: 'label', type: 'list', usage: 'Set metadata on a network', validate: validateLabel },
    { name: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
    { name: 'ipv4', type: 'bool', usage: 'Enable or disable IPv4 address assignment', default: true },
    { name: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
    { name: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
    { name: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
    { name: 'scope', type: 'string', usage: "Control the network's scope" },
    { name: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
    { name: 'config-from', type: 'string', usage: 'The network from which to copy the configuration' },
    { name: 'ipam-driver', type: 'string', usage: 'IP Address Management Driver', default: 'default' },
    stringsFlag('subnet', 'Subnet in CIDR format that represents a network segment'),
    stringsFlag('ip-range', 'Allocate container ip from a sub-range'),
    stringsFlag('gateway', 'IPv4 or IPv6 Gateway for the master subnet'),
    mapFlag('aux-address', 'Auxiliary IPv4 or IPv6 addresses used by Network driver'),
    mapFlag('ipam-opt', 'Set IPAM driver specific options'),
  ],
  async run(ctx, p, args) {
    let config: IpamConfig[];
    try {
      config = createIpamConfig(stringSlice(p, 'subnet'), stringSlice(p, 'ip-range'), stringSlice(p, 'gateway'), mapOpts(p, 'aux-address'));
    } catch (e) {
      if (!(e instanceof ClientError)) throw e;
      ctx.stderr.write(e.message + '\n');
      return 1;
    }
    try {
      const network = createNetwork(ctx.engine.state, {
        Name: args[0],
        Driver: flag.str(p, 'driver'),
        Options: mapOpts(p, 'opt'),
        IPAM: { Driver: flag.str(p, 'ipam-driver'), Config: config, Options: mapOpts(p, 'ipam-opt') },
        Internal: flag.bool(p, 'internal'),
        EnableIPv4: p.changed.has('ipv4') ? flag.bool(p, 'ipv4') : undefined,
        EnableIPv6: p.changed.has('ipv6') ? flag.bool(p, 'ipv6') : undefined,
        Attachable: flag.bool(p, 'attachable'),
        Ingress: flag.bool(p, 'ingress'),
        Scope: flag.str(p, 'scope'),
        ConfigOnly: flag.bool(p, 'config-only'),
        ConfigFrom: flag.str(p, 'config-from') || undefined,
        Labels: labelsOf(flag.list(p, 'label')),
      });
      ctx.stdout.write(network.Id + '\n');
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};
