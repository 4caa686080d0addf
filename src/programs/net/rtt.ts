/**
 * Round-trip times, made up but repeatable: derived from who pings whom,
 * the packet's sequence number and when the run started (never random).
 * A first packet to a neighbour costs an ARP exchange, like on a real bridge.
 */
import type { Target } from '../../engine/network/reach.ts';
import { unit } from './common.ts';

/** [low, high) microseconds per kind of destination: first packet, then the rest. */
const RANGES: Record<Target['kind'] | 'self', { first: [number, number]; next: [number, number] }> = {
  self: { first: [25, 70], next: [25, 70] },
  container: { first: [180, 520], next: [55, 150] },
  host: { first: [60, 160], next: [40, 110] },
  router: { first: [450, 1200], next: [300, 900] },
  external: { first: [9000, 16000], next: [8000, 14000] },
};

/** The round trip of packet `index` (0-based) in a run keyed by `run`. */
export function rttMicros(kind: Target['kind'] | 'self', run: string, index: number): number {
  const r = RANGES[kind];
  const [lo, hi] = index === 0 ? r.first : r.next;
  return Math.floor(lo + unit(`${run}#${index}`) * (hi - lo));
}

/** The TTL a reply arrives with: 64 on the host and its bridges, less from beyond the router. */
export function replyTtl(kind: Target['kind'] | 'self'): number {
  if (kind === 'external') return 116;
  return 64;
}
