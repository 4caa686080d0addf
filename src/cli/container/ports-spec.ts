/**
 * `-p/--publish` specs as docker/go-connections nat.ParsePortSpec reads them:
 * [ip:][hostPort:]containerPort[/proto], with port ranges.
 */
import type { PortBinding } from '../../engine/state.ts';
import { isValidIPv4 } from '../../engine/network/ipam.ts';

export interface ParsedPorts {
  exposed: Record<string, Record<string, never>>;
  bindings: Record<string, PortBinding[]>;
}

function parseRange(text: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return null;
  return [start, end];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const containerPort = parts[n - 1];
  if (n === 1) return ['', '', containerPort];
  if (n === 2) return ['', parts[0], containerPort];
  if (n === 3) return [parts[0], parts[1], containerPort];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], containerPort];
}

function isIp(ip: string): boolean {
  return isValidIPv4(ip) || /^[0-9a-fA-F:]+$/.test(ip) && ip.includes(':');
}

/** Adds one -p spec to `into`; returns an error text (docker prints `docker: <text>`). */
export function addPortSpec(raw: string, into: ParsedPorts): string | null {
  let [ip, hostPort, containerPart] = splitParts(raw);
  const slash = containerPart.indexOf('/');
  let proto = 'tcp';
  if (slash >= 0) {
    proto = containerPart.slice(slash + 1);
    containerPart = containerPart.slice(0, slash);
  }
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip !== '' && !isIp(ip)) return `invalid IP address: ${ip}`;
  if (containerPart === '') return `no port specified: ${raw}<empty>`;
  const container = parseRange(containerPart);
  if (!container) return `invalid containerPort: ${containerPart}`;
  let host: [number, number] | null = null;
  if (hostPort !== '') {
    host = parseRange(hostPort);
    if (!host) return `invalid hostPort: ${hostPort}`;
    if (container[1] - container[0] !== host[1] - host[0] && container[1] !== container[0]) {
      return `invalid ranges specified for container and host Ports: ${containerPart} and ${hostPort}`;
    }
  }
  if (!['tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return `invalid proto: ${proto}`;
  proto = proto.toLowerCase();
  for (let i = 0; i <= container[1] - container[0]; i++) {
    const key = `${container[0] + i}/${proto}`;
    let hp = '';
    if (host) {
      if (container[1] === container[0] && host[1] !== host[0]) hp = `${host[0]}-${host[1]}`;
      else hp = String(host[0] + i);
    }
    into.exposed[key] = {};
    (into.bindings[key] ??= []).push({ HostIp: ip, HostPort: hp });
  }
  return null;
}
