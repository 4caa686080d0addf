/**
 * Address pools for networks created without --subnet (moby
 * libnetwork/ipamutils and ipams/defaultipam/address_space.go, v27+): the
 * default pools split into subnets, and the lowest subnet that overlaps no
 * allocated pool and no prefix reserved by the host is taken. Reserved are
 * the host's resolv.conf nameservers and its on-link routes
 * (netutils.InferReservedNetworks), so on this host, whose LAN is
 * 192.168.1.0/24, 192.168.0.0/20 is never handed out.
 */
import { HOST_IP } from '../host.ts';
import type { EngineState, NetworkRecord } from '../state.ts';
import { LayeredFs } from '../../vfs/layered-fs.ts';
import { bigToAddr, isValidIPv4, parsePrefix, prefixesOverlap } from './ipam.ts';

export interface PoolToSplit {
  base: string;
  size: number;
}

/** ipamutils.localScopeDefaultNetworks */
export const LOCAL_POOLS: readonly PoolToSplit[] = [
  { base: '172.17.0.0/16', size: 16 },
  { base: '172.18.0.0/16', size: 16 },
  { base: '172.19.0.0/16', size: 16 },
  { base: '172.20.0.0/14', size: 16 },
  { base: '172.24.0.0/14', size: 16 },
  { base: '172.28.0.0/14', size: 16 },
  { base: '192.168.0.0/16', size: 20 },
];

/** ipamutils.globalScopeDefaultNetworks (overlay networks) */
export const GLOBAL_POOLS: readonly PoolToSplit[] = [{ base: '10.0.0.0/8', size: 24 }];

/** ipamapi.ErrNoMoreSubnets, as v27+ reports an exhausted set of pools. */
export const NO_MORE_SUBNETS = 'all predefined address pools have been fully subnetted';

/** The subnets of a pool in address order. */
export function* subnetsOf(pool: PoolToSplit): Generator<string> {
  const base = parsePrefix(pool.base)!;
  const step = 1n << BigInt(32 - pool.size);
  for (let n = base.first; n <= base.last; n += step) yield `${bigToAddr(n, false)}/${pool.size}`;
}

/** The host's LAN (its on-link route) and the nameservers of its /etc/resolv.conf. */
export function reservedPrefixes(state: EngineState): string[] {
  const reserved = [`${HOST_IP.split('.').slice(0, 3).join('.')}.0/24`];
  try {
    const conf = new LayeredFs(state.host, undefined, () => state.env.clock).readFile('/etc/resolv.conf');
    for (const line of conf.split('\n')) {
      const [directive, addr] = line.trim().split(/\s+/);
      if (directive === 'nameserver' && addr && isValidIPv4(addr)) reserved.push(`${addr}/32`);
    }
  } catch {
    // no resolv.conf: nothing more is reserved
  }
  return reserved;
}

/** The IPv4 pools allocated in an address space ("local" networks or "swarm" ones). */
export function allocatedPools(state: EngineState, scope: NetworkRecord['Scope']): string[] {
  const out: string[] = [];
  for (const n of Object.values(state.networks)) {
    if (n.Scope !== scope || n.ConfigOnly) continue;
    for (const cfg of n.IPAM.Config ?? []) if (parsePrefix(cfg.Subnet)?.v6 === false) out.push(cfg.Subnet);
  }
  return out;
}

/**
 * allocatePredefinedPool: the lowest default subnet overlapping nothing
 * allocated or reserved; null when every pool is used up.
 */
export function allocatePredefinedPool(state: EngineState, scope: NetworkRecord['Scope']): string | null {
  const taken = [...allocatedPools(state, scope), ...(scope === 'local' ? reservedPrefixes(state) : [])];
  for (const pool of scope === 'local' ? LOCAL_POOLS : GLOBAL_POOLS) {
    if (taken.some((t) => prefixesOverlap(t, pool.base) && parsePrefix(t)!.bits <= parsePrefix(pool.base)!.bits)) continue;
    for (const subnet of subnetsOf(pool)) {
      if (!taken.some((t) => prefixesOverlap(t, subnet))) return subnet;
    }
  }
  return null;
}

/** Whether a user-given pool overlaps one already allocated (ErrPoolOverlap). */
export function poolOverlaps(state: EngineState, scope: NetworkRecord['Scope'], subnet: string): boolean {
  const p = parsePrefix(subnet);
  if (!p) return false;
  return Object.values(state.networks).some(
    (n) => n.Scope === scope && !n.ConfigOnly && (n.IPAM.Config ?? []).some((cfg) => prefixesOverlap(cfg.Subnet, subnet)),
  );
}
