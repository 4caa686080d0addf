/**
 * Published ports (HostConfig.PortBindings, -P): binding host ports when a
 * container starts on a bridge network, as the bridge driver and its
 * portallocator do. An unspecified host address binds 0.0.0.0 and [::]
 * with the same port; an empty host port takes the next ephemeral port
 * after the last one handed out (32768-60999, wrapping), per protocol.
 */
import { HOST_IP } from '../host.ts';
import { DockerError } from '../errors.ts';
import type { ContainerRecord, EngineState, PortBinding, PortMapping } from '../state.ts';
import './ext-state.ts';
import { isValidIPv6 } from './ipam.ts';
import { hostInterfaces } from './interfaces.ts';

export const EPHEMERAL_FIRST = 32768;
export const EPHEMERAL_LAST = 60999;

const portOf = (key: string) => Number(key.split('/')[0]);
const protoOf = (key: string) => key.split('/')[1] ?? 'tcp';

/** Every host port bound by running containers. */
export function boundPorts(state: EngineState): { container: ContainerRecord; mapping: PortMapping }[] {
  const out: { container: ContainerRecord; mapping: PortMapping }[] = [];
  for (const c of Object.values(state.containers)) for (const m of c.Ports) out.push({ container: c, mapping: m });
  return out;
}

const isWildcard = (ip: string) => ip === '0.0.0.0' || ip === '::';
const family = (ip: string) => (isValidIPv6(ip) ? 6 : 4);

/** Whether two bindings of the same port and protocol collide (same address, or a wildcard of the family). */
function collides(a: string, b: string): boolean {
  if (a === b) return true;
  if (family(a) !== family(b)) return false;
  return isWildcard(a) || isWildcard(b);
}

/** Addresses the host has (a port can only be bound on one of them). */
function hostAddresses(state: EngineState): Set<string> {
  const set = new Set(['0.0.0.0', '::', '127.0.0.1', '::1', HOST_IP]);
  for (const i of hostInterfaces(state)) for (const a of i.addresses) set.add(a.ip);
  return set;
}

function bindError(message: string): DockerError {
  return new DockerError('system', message);
}

interface Request {
  key: string;
  binding: PortBinding;
}

/** The bindings to make, sorted by container port then protocol (the order is Go map order in moby). */
function requests(container: ContainerRecord): Request[] {
  const out: Request[] = [];
  const keys = new Set([...Object.keys(container.HostConfig.PortBindings ?? {})]);
  if (container.HostConfig.PublishAllPorts) for (const k of Object.keys(container.Config.ExposedPorts ?? {})) keys.add(k);
  const sorted = [...keys].sort((a, b) => portOf(a) - portOf(b) || protoOf(a).localeCompare(protoOf(b)));
  for (const key of sorted) {
    const bindings = container.HostConfig.PortBindings?.[key] ?? [];
    if (bindings.length === 0) out.push({ key, binding: { HostIp: '', HostPort: '' } });
    for (const b of bindings) out.push({ key, binding: b });
  }
  return out;
}

/**
 * Binds the container's published ports; throws the bridge driver's error
 * (the caller adds "driver failed programming external connectivity ...").
 * Returns the mappings, IPv4 before IPv6 for each port.
 */
export function bindPorts(state: EngineState, container: ContainerRecord): PortMapping[] {
  const taken = boundPorts(state)
    .filter((b) => b.container !== container)
    .map((b) => b.mapping);
  const out: PortMapping[] = [];
  const inUse = (ip: string, port: number, proto: string) =>
    [...taken, ...out].find((m) => protoOf(m.port) === proto && m.hostPort === port && collides(m.hostIp, ip));
  // the host's addresses are only needed when something is published (building them walks every endpoint)
  let known: Set<string> | undefined;
  const addresses = { has: (ip: string) => (known ??= hostAddresses(state)).has(ip) };
  const last = (state.lastEphemeralPort ??= {});
  for (const { key, binding } of requests(container)) {
    const proto = protoOf(key);
    const ips = binding.HostIp === '' ? ['0.0.0.0', '::'] : [binding.HostIp];
    for (const ip of ips) {
      if (!addresses.has(ip)) {
        throw bindError(`failed to bind host port ${ip.includes(':') ? `[${ip}]` : ip}:${binding.HostPort || 0}/${proto}: cannot assign requested address`);
      }
    }
    let port: number;
    if (binding.HostPort === '' || binding.HostPort === '0' || binding.HostPort.includes('-')) {
      const [lo, hi] = binding.HostPort.includes('-') ? binding.HostPort.split('-').map(Number) : [EPHEMERAL_FIRST, EPHEMERAL_LAST];
      const ephemeral = !binding.HostPort.includes('-');
      let candidate = ephemeral ? (last[proto] ?? EPHEMERAL_LAST) : lo - 1;
      let found = 0;
      for (let i = 0; i <= hi - lo; i++) {
        candidate = candidate + 1 > hi ? lo : candidate + 1;
        if (ips.every((ip) => !inUse(ip, candidate, proto))) {
          found = candidate;
          break;
        }
      }
      if (!found) {
        throw bindError(
          ephemeral
            ? 'all ports are allocated'
            : `Bind for ${ips[0]}:${binding.HostPort} failed: port is already allocated`,
        );
      }
      if (ephemeral) last[proto] = found;
      port = found;
    } else {
      port = Number(binding.HostPort);
      for (const ip of ips) {
        const other = inUse(ip, port, proto);
        if (!other) continue;
        if (other.hostIp === ip) throw bindError(`Bind for ${ip.includes(':') ? `[${ip}]` : ip}:${port} failed: port is already allocated`);
        throw bindError(`failed to bind host port ${ip.includes(':') ? `[${ip}]` : ip}:${port}/${proto}: address already in use`);
      }
    }
    for (const ip of ips) out.push({ port: key, hostIp: ip, hostPort: port });
  }
  return out;
}

/**
 * The container and port a connection to a host address reaches through a
 * published port (the userland proxy / DNAT): `curl localhost:8080`.
 */
export function findPublished(
  state: EngineState,
  hostIp: string,
  hostPort: number,
  proto = 'tcp',
): { container: ContainerRecord; port: number } | undefined {
  const target = hostIp === 'localhost' ? '127.0.0.1' : hostIp;
  for (const { container, mapping } of boundPorts(state)) {
    if (mapping.hostPort !== hostPort || protoOf(mapping.port) !== proto) continue;
    if (mapping.hostIp === target || (isWildcard(mapping.hostIp) && family(mapping.hostIp) === family(target))) {
      return { container, port: portOf(mapping.port) };
    }
  }
  return undefined;
}
