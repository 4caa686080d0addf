/**
 * The HTTP client side shared by curl and wget: URLs, name resolution as each
 * tool does it, the TCP connect of the service model, the request and what
 * comes back. Time spent (a refused connect is instant, a dropped SYN costs
 * the kernel's retries) is returned for the caller to wait on the clock.
 */
import type { Reply, HttpRequest } from './http.ts';
import { serve } from './http.ts';
import { type NetPlace, isIPv4, isIPv6, lookupHost } from './common.ts';
import { type ConnectError, type Listener, connectDelay, connectTcp } from './services.ts';

export interface Url {
  scheme: string;
  /** host as written, without brackets */
  host: string;
  port: number;
  /** request target: "/path?query" */
  path: string;
  /** what goes in the Host header: "web", "localhost:8080" */
  hostHeader: string;
  explicitPort: boolean;
}

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21 };

/** Parses "http://host[:port]/path"; a URL without scheme is http. */
export function parseUrl(text: string): Url | { error: 'scheme'; scheme: string } | { error: 'malformed' } {
  let rest = text.trim();
  let scheme = 'http';
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (m) {
    scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  }
  if (!(scheme in DEFAULT_PORTS)) return { error: 'scheme', scheme };
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  let path = slash < 0 ? '/' : rest.slice(slash);
  if (path.startsWith('?')) path = `/${path}`;
  path = path.split('#')[0] || '/';
  const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  let host: string;
  let portText: string | undefined;
  if (hostPort.startsWith('[')) {
    const end = hostPort.indexOf(']');
    if (end < 0) return { error: 'malformed' };
    host = hostPort.slice(1, end);
    portText = hostPort.slice(end + 1).replace(/^:/, '') || undefined;
  } else {
    const colon = hostPort.lastIndexOf(':');
    host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
    portText = colon >= 0 ? hostPort.slice(colon + 1) : undefined;
  }
  if (!host) return { error: 'malformed' };
  if (portText !== undefined && portText !== '' && !/^\d{1,5}$/.test(portText)) return { error: 'malformed' };
  const port = portText ? Number(portText) : DEFAULT_PORTS[scheme];
  if (port > 65535) return { error: 'malformed' };
  const explicitPort = portText !== undefined && portText !== '' && port !== DEFAULT_PORTS[scheme];
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { scheme, host: host.toLowerCase(), port, path, hostHeader: explicitPort ? `${shownHost}:${port}` : shownHost, explicitPort };
}

/**
 * The addresses a tool connects to, in order. curl resolves localhost to
 * ::1 and 127.0.0.1 by itself and tries IPv6 first; the others take what
 * the C library gives, IPv4 first.
 */
export function addressesFor(place: NetPlace, host: string, tool: 'curl' | 'wget'): string[] {
  if (isIPv4(host) || isIPv6(host)) return [host];
  if (tool === 'curl' && (host === 'localhost' || host.endsWith('.localhost'))) return ['::1', '127.0.0.1'];
  const r = lookupHost(place, host);
  return r.found ? r.addresses : [];
}

export type Attempt =
  | { ok: true; ip: string; listener: Listener; elapsedMs: number }
  | { ok: false; ip: string; error: ConnectError; elapsedMs: number; tried: { ip: string; error: ConnectError }[] };

/** Connects to the first address that answers (curl's happy eyeballs, simplified: in order). */
export function connectAny(place: NetPlace, ips: string[], port: number, connectTimeoutMs?: number): Attempt {
  const tried: { ip: string; error: ConnectError }[] = [];
  let elapsed = 0;
  for (const ip of ips) {
    const r = connectTcp(place.engine, place.from, ip, port);
    if (r.ok) return { ok: true, ip, listener: r.listener, elapsedMs: elapsed };
    let delay = connectDelay(r.error);
    let error = r.error;
    if (connectTimeoutMs !== undefined && delay > connectTimeoutMs) {
      delay = connectTimeoutMs;
      error = 'timeout';
    }
    elapsed += delay;
    tried.push({ ip, error });
    if (error === 'timeout') break;
  }
  const last = tried[tried.length - 1];
  return { ok: false, ip: last?.ip ?? '', error: last?.error ?? 'refused', elapsedMs: elapsed, tried };
}

/** The server's answer to one request. */
export function exchange(place: NetPlace, listener: Listener, req: HttpRequest): Reply {
  return serve(place.engine, listener, req, place.now());
}

/** A body's length in bytes (what Content-Length and the progress meters count). */
export function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Resolves `rel` (a Location header) against a URL. */
export function resolveLocation(base: Url, location: string): string {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(location)) return location;
  const origin = `${base.scheme}://${base.hostHeader}`;
  if (location.startsWith('/')) return origin + location;
  const dir = base.path.split('?')[0].replace(/[^/]*$/, '');
  return origin + dir + location;
}

/** Makes `path` absolute against the working directory. */
export function absPath(cwd: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `${cwd.replace(/\/$/, '')}/${path}`;
}
