/**
 * `docker network rm` and `docker network prune` (moby daemon/network.go
 * deleteNetwork, daemon/prune.go localNetworksPrune): predefined networks
 * stay, a network with endpoints (running containers) stays; removing
 * gives the address pool back. Stopped containers do not hold a network.
 */
import { forbidden } from '../errors.ts';
import type { EngineState, NetworkRecord } from '../state.ts';
import { getNetwork, isPredefinedNetwork, networkEndpoints } from './networks.ts';

export function removeNetwork(state: EngineState, ref: string): NetworkRecord {
  const network = getNetwork(state, ref);
  if (isPredefinedNetwork(network.Name) && network.Scope === 'local' && ['bridge', 'host', 'null'].includes(network.Driver)) {
    throw forbidden(`${network.Name} is a pre-defined network and cannot be removed`);
  }
  const endpoints = networkEndpoints(state, network);
  if (endpoints.length > 0) {
    const list = endpoints.map((e) => `name:"${e.container.Name}" id:"${e.endpoint.EndpointID.slice(0, 12)}"`).join(', ');
    throw forbidden(`error while removing network: network ${network.Name} has active endpoints (${list})`);
  }
  if (network.ConfigOnly) {
    const users = Object.values(state.networks).filter((n) => n.ConfigFrom.Network === network.Name);
    if (users.length) throw forbidden(`configuration network "${network.Name}" is in use`);
  }
  delete state.networks[network.Id];
  return network;
}

export interface PruneFilters {
  /** label=... filters (MatchKVList), label!=... (excluded when matching) */
  labels?: string[];
  notLabels?: string[];
  /** until=<ms since epoch>: only networks created before */
  until?: number;
}

function labelsMatch(labels: Record<string, string>, wanted: string[]): boolean {
  return wanted.every((w) => {
    const eq = w.indexOf('=');
    const key = eq < 0 ? w : w.slice(0, eq);
    if (!(key in labels)) return false;
    return eq < 0 || labels[key] === w.slice(eq + 1);
  });
}

/** Removes every custom network without endpoints; returns the removed names in creation order. */
export function pruneNetworks(state: EngineState, filters: PruneFilters = {}): string[] {
  const removed: string[] = [];
  for (const n of Object.values(state.networks)) {
    if (isPredefinedNetwork(n.Name) || n.Ingress || n.Scope !== 'local') continue;
    if (filters.until !== undefined && Date.parse(n.Created) >= filters.until) continue;
    if (filters.labels?.length && !labelsMatch(n.Labels, filters.labels)) continue;
    if (filters.notLabels?.length && filters.notLabels.some((l) => labelsMatch(n.Labels, [l]))) continue;
    if (networkEndpoints(state, n).length > 0) continue;
    if (n.ConfigOnly && Object.values(state.networks).some((o) => o.ConfigFrom.Network === n.Name)) continue;
    delete state.networks[n.Id];
    removed.push(n.Name);
  }
  return removed;
}
