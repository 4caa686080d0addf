/**
 * The networking model's own bookkeeping, kept in the engine state (so a
 * snapshot resumes it) as optional fields added to the state's interfaces.
 * Nothing here is printed by inspect; the records keep Docker's shapes.
 */
import type { EngineState, NetworkRecord } from '../state.ts';

declare module '../state.ts' {
  interface EngineState {
    /** embedded DNS: queries answered so far (rotates round-robin answers) */
    dnsQueries?: number;
    /** portallocator: the last ephemeral port handed out per protocol */
    lastEphemeralPort?: Record<string, number>;
    /** `docker swarm init`: the node's id and join tokens */
    swarmNode?: { nodeId: string; workerToken: string; managerToken: string };
  }
  interface NetworkRecord {
    /** v28 `--ipv4=false`; absent means true */
    EnableIPv4?: boolean;
    /** subnets taken from the default pools rather than given with --subnet (not IpamConf.IsStatic) */
    dynamicSubnets?: string[];
    /** the gateway IPAM gave each subnet (inspect shows it only for pools it chose: buildIpamResources) */
    ipamGateways?: Record<string, string>;
  }
}

export function enableIPv4(network: NetworkRecord): boolean {
  return network.EnableIPv4 !== false;
}

/** Advances and returns the DNS query counter (deterministic round robin). */
export function nextDnsQuery(state: EngineState): number {
  const n = state.dnsQueries ?? 0;
  state.dnsQueries = n + 1;
  return n;
}
