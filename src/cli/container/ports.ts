/**
 * A container's ports as the daemon reports them (NetworkSettings.Ports and
 * the Ports list of `GET /containers/json`) and as docker/cli prints them:
 * the PORTS column of `docker ps` (formatter.DisplayablePorts) and the lines
 * of `docker port`. Networking reuses these.
 */
import type { ContainerRecord, PortBinding } from '../../engine/state.ts';

/** One entry of a container summary's Ports (moby api/types/container.Port). */
export interface PortSummary {
  /** host address; "" for an exposed port that is not published */
  IP: string;
  PrivatePort: number;
  /** 0 when not published */
  PublicPort: number;
  Type: string;
}

const portNumber = (key: string) => Number(key.split('/')[0]);
const portProto = (key: string) => key.split('/')[1] ?? 'tcp';

/** Ports only exist while the container runs in a network namespace of its own. */
function hasOwnPorts(container: ContainerRecord): boolean {
  const mode = container.HostConfig.NetworkMode;
  return container.State.Running && mode !== 'host' && !mode.startsWith('container:');
}

/**
 * NetworkSettings.Ports: every exposed or published "port/proto" with its
 * bindings, or null when it is only exposed. Empty when not running.
 */
export function networkPorts(container: ContainerRecord): Record<string, PortBinding[] | null> {
  const out: Record<string, PortBinding[] | null> = {};
  if (!hasOwnPorts(container)) return out;
  const keys = new Set([...Object.keys(container.Config.ExposedPorts ?? {}), ...container.Ports.map((p) => p.port)]);
  for (const key of keys) {
    const bindings = container.Ports.filter((p) => p.port === key).map((p) => ({ HostIp: p.hostIp, HostPort: String(p.hostPort) }));
    out[key] = bindings.length ? bindings : null;
  }
  return out;
}

/** The Ports list of the container summary (daemon/list.go transformContainer). */
export function portSummaries(container: ContainerRecord): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, bindings] of Object.entries(networkPorts(container))) {
    const PrivatePort = portNumber(key);
    const Type = portProto(key);
    if (!bindings || bindings.length === 0) {
      out.push({ IP: '', PrivatePort, PublicPort: 0, Type });
      continue;
    }
    for (const b of bindings) out.push({ IP: b.HostIp, PrivatePort, PublicPort: Number(b.HostPort), Type });
  }
  return out;
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
export function joinHostPort(host: string, port: string | number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  if (a.IP !== b.IP) return a.IP < b.IP ? -1 : 1;
  if (a.PublicPort !== b.PublicPort) return a.PublicPort - b.PublicPort;
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

function formGroup(key: string, start: number, last: number): string {
  // the key is "proto" or "ip/proto"; an IPv6 address has no "/" in it
  const slash = key.lastIndexOf('/');
  const ip = slash >= 0 ? key.slice(0, slash) : '';
  const type = slash >= 0 ? key.slice(slash + 1) : key;
  let group = String(start);
  if (start !== last) group += `-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

/**
 * formatter.DisplayablePorts: ports sorted, runs of consecutive ports with
 * the same address and protocol (published on the same port number) shown
 * as ranges, other published ports listed after them.
 * "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp", "3306/tcp, 33060/tcp".
 */
export function formatPorts(ports: readonly PortSummary[]): string {
  const sorted = [...ports].sort(comparePorts);
  const groups = new Map<string, { first: number; last: number }>();
  const keys: string[] = [];
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const port of sorted) {
    const current = port.PrivatePort;
    let key = port.Type;
    if (port.IP !== '') {
      if (port.PublicPort !== current) {
        hostMappings.push(`${joinHostPort(port.IP, port.PublicPort)}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${port.IP}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: current, last: current });
      keys.push(key);
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    groups.set(key, { first: current, last: current });
  }
  for (const key of keys) {
    const g = groups.get(key)!;
    result.push(formGroup(key, g.first, g.last));
  }
  return [...result, ...hostMappings].join(', ');
}

/** The PORTS column of `docker ps` for a container. */
export function displayablePorts(container: ContainerRecord): string {
  return formatPorts(portSummaries(container));
}

/** fvbommel/sortorder NaturalLess, as `docker port` sorts its lines. */
export function naturalLess(a: string, b: string): boolean {
  const isDigit = (c: string) => c >= '0' && c <= '9';
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c1 = a[i];
    const c2 = b[j];
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (i < a.length && isDigit(a[i])) i++;
    while (j < b.length && isDigit(b[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}
