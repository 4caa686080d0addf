/**
 * `POST /networks/create` (moby daemon/network.go createNetwork, libnetwork
 * controller.NewNetwork and the drivers' CreateNetwork): name and driver
 * checks, IPAM validation, address pools (--subnet or the default pools),
 * gateway and auxiliary addresses, and the per-driver options.
 */
import { conflict, forbidden, invalidParameter, notFound, systemError, DockerError } from '../errors.ts';
import type { EngineState, IpamConfig, NetworkRecord } from '../state.ts';
import { joinErrors } from './endpoints.ts';
import './ext-state.ts';
import { bigToAddr, canonicalSubnet, firstFree, isValidIP, isValidIPv6, parsePrefix, prefixContains } from './ipam.ts';
import { baseNetwork, isPredefinedNetwork } from './networks.ts';
import { allocatePredefinedPool, NO_MORE_SUBNETS, poolOverlaps } from './pools.ts';
import { hostLinkExists } from './interfaces.ts';

export interface NetworkCreateRequest {
  Name: string;
  Driver?: string;
  Scope?: string;
  /** undefined: the default (true) */
  EnableIPv4?: boolean;
  EnableIPv6?: boolean;
  IPAM?: { Driver?: string; Config?: IpamConfig[]; Options?: Record<string, string> };
  Internal?: boolean;
  Attachable?: boolean;
  Ingress?: boolean;
  ConfigOnly?: boolean;
  ConfigFrom?: string;
  Options?: Record<string, string>;
  Labels?: Record<string, string>;
}

export const SWARM_MANAGER_ERROR =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

const KNOWN_DRIVERS = ['bridge', 'host', 'null', 'macvlan', 'ipvlan', 'overlay'];

/** api/types/network ValidateIPAM (daemon/network.go validateIpamConfig). */
export function validateIpam(configs: readonly IpamConfig[], enableIPv6: boolean): string | null {
  const errs: string[] = [];
  const checkAddress = (addr: string, subnet: string, v6: boolean): string | null => {
    if (!isValidIP(addr)) return 'invalid address';
    if (isValidIPv6(addr) !== v6) return `parent subnet is an IPv${v6 ? 6 : 4} block`;
    if (!prefixContains(subnet, addr)) return `parent subnet ${subnet} doesn't contain this address`;
    return null;
  };
  for (const cfg of configs) {
    const subnet = parsePrefix(cfg.Subnet);
    if (!subnet) {
      errs.push(`invalid subnet ${cfg.Subnet}: invalid CIDR block notation`);
      continue;
    }
    if (subnet.v6 && !enableIPv6) continue; // moby#47202: discarded without an error
    const canonical = canonicalSubnet(cfg.Subnet);
    if (canonical !== cfg.Subnet) errs.push(`invalid subnet ${cfg.Subnet}: it should be ${canonical}`);
    if (cfg.IPRange) {
      const range = parsePrefix(cfg.IPRange);
      if (!range) errs.push(`invalid ip-range ${cfg.IPRange}: invalid CIDR block notation`);
      else if (range.v6 !== subnet.v6) errs.push(`invalid ip-range ${cfg.IPRange}: parent subnet is an IPv${subnet.v6 ? 6 : 4} block`);
      else {
        const rc = canonicalSubnet(cfg.IPRange);
        if (rc !== cfg.IPRange) errs.push(`invalid ip-range ${cfg.IPRange}: it should be ${rc}`);
        if (range.bits < subnet.bits) errs.push(`invalid ip-range ${cfg.IPRange}: CIDR block is bigger than its parent subnet ${canonical}`);
        else if (!prefixContains(canonical, bigToAddr(range.first, range.v6))) {
          errs.push(`invalid ip-range ${cfg.IPRange}: parent subnet ${canonical} doesn't contain ip-range`);
        }
      }
    }
    if (cfg.Gateway) {
      const err = checkAddress(cfg.Gateway, canonical, subnet.v6);
      if (err) errs.push(`invalid gateway ${cfg.Gateway}: ${err}`);
    }
    for (const [name, aux] of Object.entries(cfg.AuxiliaryAddresses ?? {})) {
      const err = checkAddress(aux, canonical, subnet.v6);
      if (err) errs.push(`invalid auxiliary address ${name}: ${err}`);
    }
  }
  return errs.length ? `invalid network config:\n${joinErrors(errs)}` : null;
}

/** A deterministic ULA /64 for --ipv6 without an IPv6 --subnet (v27+ takes one from fd00::/8). */
function ulaFor(id: string): string {
  return `fd${id.slice(0, 2)}:${id.slice(2, 6)}:${id.slice(6, 10)}::/64`;
}

function checkParent(state: EngineState, driver: string, parent: string, self: NetworkRecord): void {
  if (parent === 'lo') throw invalidParameter(`loopback interface is not a valid ${driver} parent link`);
  for (const n of Object.values(state.networks)) {
    if (n.Driver === driver && n !== self && (n.Options.parent ?? `dm-${n.Id.slice(0, 12)}`) === parent) {
      throw systemError(`network dm-${n.Id.slice(0, 12)} is already using parent interface ${parent}`);
    }
  }
  if (hostLinkExists(state, parent)) return;
  const dot = parent.indexOf('.');
  if (dot < 0) throw systemError(`invalid subinterface vlan name ${parent}, example formatting is eth0.10`);
  const base = parent.slice(0, dot);
  if (!hostLinkExists(state, base)) throw systemError(`-o parent interface was not found on the host: ${base}`);
}

function driverOptions(state: EngineState, network: NetworkRecord, opts: Record<string, string>): void {
  const d = network.Driver;
  if (d === 'ipvlan') {
    const mode = opts.ipvlan_mode ?? '';
    if (!['', 'l2', 'l3', 'l3s'].includes(mode)) {
      throw systemError(`requested ipvlan mode '${mode}' is not valid, 'l2' mode is the ipvlan driver default`);
    }
    const flag = opts.ipvlan_flag ?? '';
    if (!['', 'bridge', 'private', 'vepa'].includes(flag)) {
      throw systemError(`requested ipvlan flag '${flag}' is not valid, 'bridge' is the ipvlan driver default`);
    }
  }
  if (d === 'macvlan') {
    const mode = opts.macvlan_mode ?? '';
    if (!['', 'bridge', 'private', 'vepa', 'passthru'].includes(mode)) {
      throw systemError(`requested macvlan mode '${mode}' is not valid, 'bridge' mode is the macvlan driver default`);
    }
  }
  if (d === 'macvlan' || d === 'ipvlan') {
    if (opts.parent) checkParent(state, d, opts.parent, network);
    else network.Internal = true;
  }
  if (d === 'bridge') {
    const name = opts['com.docker.network.bridge.name'];
    if (name) {
      const used = Object.values(state.networks).find((n) => n !== network && n.bridge === name);
      if (used) throw forbidden(`bridge name ${name} is already in use by network ${used.Id.slice(0, 12)}`);
      network.bridge = name;
    } else network.bridge = `br-${network.Id.slice(0, 12)}`;
  }
  if (d === 'overlay') {
    const overlays = Object.values(state.networks).filter((n) => n.Driver === 'overlay').length;
    network.Options = { 'com.docker.network.driver.overlay.vxlanid_list': String(4096 + overlays), ...opts };
  }
}

/** Allocates the network's pools and reserves gateways and auxiliary addresses. */
function allocateIpam(state: EngineState, network: NetworkRecord, requested: readonly IpamConfig[]): void {
  const configs: IpamConfig[] = [];
  network.dynamicSubnets = [];
  const v4Requested = requested.filter((c) => parsePrefix(c.Subnet)?.v6 === false);
  const v6Requested = requested.filter((c) => parsePrefix(c.Subnet)?.v6 === true);
  const families: [boolean, IpamConfig[]][] = [];
  if (network.EnableIPv4 !== false) families.push([false, v4Requested]);
  if (network.EnableIPv6) families.push([true, v6Requested]);
  for (const [v6, list] of families) {
    if (list.length === 0) {
      const subnet = v6 ? ulaFor(network.Id) : allocatePredefinedPool(state, network.Scope);
      if (!subnet) throw invalidParameter(NO_MORE_SUBNETS);
      network.dynamicSubnets.push(subnet);
      list.push({ Subnet: subnet });
    } else {
      for (const cfg of list) {
        if (!cfg.IPRange && poolOverlaps(state, network.Scope, cfg.Subnet)) {
          throw forbidden('invalid pool request: Pool overlaps with other one on this address space');
        }
      }
    }
    for (const cfg of list) {
      const out: IpamConfig = { Subnet: cfg.Subnet };
      if (cfg.IPRange) out.IPRange = cfg.IPRange;
      // the gateway is requested first (from the --ip-range when there is one), then the auxiliary addresses
      const reserved = new Set<string>();
      const take = (wanted: string | undefined, what: string): string => {
        if (wanted) {
          if (reserved.has(wanted)) throw systemError(`${what}: Address already in use`);
          reserved.add(wanted);
          return wanted;
        }
        const ip = firstFree(cfg.Subnet, reserved, cfg.IPRange);
        if (!ip) throw systemError(`${what}: no available addresses on this pool`);
        reserved.add(ip);
        return ip;
      };
      const gateway = take(cfg.Gateway, `failed to allocate gateway (${cfg.Gateway ?? ''})`);
      (network.ipamGateways ??= {})[cfg.Subnet] = gateway;
      // inspect shows the user's config as given; a pool IPAM chose, with its gateway (buildIpamResources)
      if (cfg.Gateway || network.dynamicSubnets!.includes(cfg.Subnet)) out.Gateway = gateway;
      const aux = cfg.AuxiliaryAddresses ?? {};
      if (Object.keys(aux).length) {
        for (const [k, v] of Object.entries(aux)) take(v, `failed to allocate secondary ip address (${k}:${v})`);
        out.AuxiliaryAddresses = { ...aux };
      }
      configs.push(out);
    }
  }
  network.IPAM.Config = configs;
}

export function createNetwork(state: EngineState, req: NetworkCreateRequest): NetworkRecord {
  if (isPredefinedNetwork(req.Name)) throw forbidden(`operation is not permitted on predefined ${req.Name} network `);
  const driver = req.Driver || 'bridge';
  if (driver === 'overlay' && !state.swarm) throw new DockerError('unavailable', SWARM_MANAGER_ERROR);
  const requested = req.IPAM?.Config ?? [];
  const enableIPv6 = req.EnableIPv6 === true || requested.some((c) => parsePrefix(c.Subnet)?.v6 === true);
  const invalid = validateIpam(requested, enableIPv6);
  if (invalid) throw invalidParameter(invalid);
  if (req.Name.trim() === '') throw invalidParameter(`invalid name: ${req.Name}`);
  if (Object.values(state.networks).some((n) => n.Name === req.Name)) throw conflict(`network with name ${req.Name} already exists`);
  if (!KNOWN_DRIVERS.includes(driver)) throw notFound(`plugin "${driver}" not found`);
  const ipamDriver = req.IPAM?.Driver || 'default';
  if (ipamDriver !== 'default' && ipamDriver !== 'null') throw notFound(`plugin "${ipamDriver}" not found`);
  if ((driver === 'host' || driver === 'null') && !req.ConfigOnly) {
    throw forbidden(`only one instance of "${driver}" network is allowed`);
  }
  if (req.Ingress && driver !== 'overlay') throw forbidden(`ingress network can only be of global scope, not local`);

  const network = baseNetwork(state, req.Name, driver);
  network.Scope = driver === 'overlay' || req.Scope === 'swarm' ? 'swarm' : 'local';
  if (req.EnableIPv4 === false) network.EnableIPv4 = false;
  network.EnableIPv6 = enableIPv6;
  network.Internal = req.Internal ?? false;
  network.Attachable = req.Attachable ?? false;
  network.Ingress = req.Ingress ?? false;
  network.ConfigOnly = req.ConfigOnly ?? false;
  network.Options = { ...(req.Options ?? {}) };
  network.Labels = { ...(req.Labels ?? {}) };
  network.IPAM = { Driver: ipamDriver, Options: { ...(req.IPAM?.Options ?? {}) }, Config: [] };

  if (req.ConfigFrom) {
    const from = Object.values(state.networks).find((n) => n.Name === req.ConfigFrom || n.Id === req.ConfigFrom);
    if (!from) throw notFound(`network ${req.ConfigFrom} not found`);
    if (!from.ConfigOnly) throw forbidden(`network ${req.ConfigFrom} is not a configuration network`);
    network.ConfigFrom = { Network: from.Name };
    network.Options = { ...from.Options };
    network.IPAM = { ...from.IPAM, Config: [] };
    allocateIpam(state, network, from.IPAM.Config ?? []);
  } else if (network.ConfigOnly) {
    network.Scope = 'local';
    network.IPAM.Config = requested.map((c) => ({ ...c }));
  } else if (driver !== 'host' && driver !== 'null' && ipamDriver !== 'null') {
    allocateIpam(state, network, requested);
  }
  if (!network.ConfigOnly) driverOptions(state, network, network.Options);
  state.networks[network.Id] = network;
  return network;
}
