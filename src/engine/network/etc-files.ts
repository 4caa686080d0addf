/**
 * The files Docker writes for a container under /var/lib/docker/containers/<id>/
 * and bind-mounts over /etc/hostname, /etc/hosts and /etc/resolv.conf:
 *
 * - hosts: libnetwork etchosts.Build (the loopback and IPv6 lines, the
 *   addresses in netip's form "fe00::"; the IPv6 ones stay since v26 leaves
 *   ::1 on a container's loopback, moby#47062),
 *   then --add-host entries, legacy link entries, and one line per endpoint
 *   address with the hostname. Host networking copies the host's file.
 * - resolv.conf: libnetwork internal/resolvconf (v25+), with its header and
 *   trailing comments; "legacy" (the host's nameservers) on the default
 *   bridge, "internal resolver" (127.0.0.11, ndots:0) once an endpoint is on
 *   a user-defined network.
 * - hostname: the container's hostname.
 */
import { HOST_DNS } from '../host.ts';
import type { ContainerRecord, EngineState } from '../state.ts';
import { LayeredFs } from '../../vfs/layered-fs.ts';
import { isValidIPv4, isValidIPv6 } from './ipam.ts';
import { bridgeAddress, linkHostNames, linksOf, parentsOf } from './links.ts';
import { DEFAULT_BRIDGE_GATEWAY, isContainerMode, isHostMode, isUserDefinedNetwork } from './networks.ts';
import { namespaceOwner } from './interfaces.ts';

export const HOST_HOSTS = '/etc/hosts';
export const HOST_RESOLV_CONF = '/etc/resolv.conf';
export const INTERNAL_NAMESERVER = '127.0.0.11';

/** Where the daemon keeps a container's files (same as containers/lifecycle.ts containerDir). */
export const containerFilesDir = (id: string) => `/var/lib/docker/containers/${id}`;

const hostFs = (state: EngineState) => new LayeredFs(state.host, undefined, () => state.env.clock);

function readHost(state: EngineState, path: string): string {
  try {
    return hostFs(state).readFile(path);
  } catch {
    return '';
  }
}

/** The host's own hostname (/etc/hostname), used by --network host containers. */
export function hostHostname(state: EngineState): string {
  return readHost(state, '/etc/hostname').trim() || 'localhost';
}

const DEFAULT_HOSTS = '127.0.0.1\tlocalhost\n';
const DEFAULT_HOSTS_IPV6 =
  '::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

/** --add-host "name:ip" or "name=ip"; host-gateway is the default bridge's address. */
export function parseExtraHost(spec: string): { name: string; ip: string } {
  const eq = spec.indexOf('=');
  const sep = eq >= 0 ? eq : spec.indexOf(':');
  const name = spec.slice(0, sep);
  let ip = spec.slice(sep + 1);
  if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
  if (ip === 'host-gateway') ip = DEFAULT_BRIDGE_GATEWAY;
  return { name, ip };
}

/** "web.example.com web" for a FQDN hostname, the bare name otherwise (sandbox updateHostsFile). */
export function hostnameEntry(container: ContainerRecord): string {
  let fqdn = container.Config.Hostname;
  if (container.Config.Domainname) fqdn = `${fqdn}.${container.Config.Domainname}`;
  const dot = fqdn.indexOf('.');
  return dot > 0 ? `${fqdn} ${fqdn.slice(0, dot)}` : fqdn;
}

/** The /etc/hosts a container gets when its sandbox is set up (at start). */
export function hostsFile(state: EngineState, container: ContainerRecord): string {
  const extra = (container.HostConfig.ExtraHosts ?? []).map(parseExtraHost);
  if (isHostMode(container.HostConfig.NetworkMode) && extra.length === 0) return readHost(state, HOST_HOSTS);
  let out = DEFAULT_HOSTS + DEFAULT_HOSTS_IPV6;
  for (const h of extra) out += `${h.ip}\t${h.name}\n`;
  for (const link of linksOf(state, container)) {
    const ip = bridgeAddress(link.child);
    if (ip) out += `${ip}\t${linkHostNames(link)}\n`;
  }
  if (!isHostMode(container.HostConfig.NetworkMode)) {
    for (const ep of Object.values(container.Networks)) {
      if (!ep.EndpointID) continue;
      if (ep.IPAddress) out += `${ep.IPAddress}\t${hostnameEntry(container)}\n`;
      if (ep.GlobalIPv6Address) out += `${ep.GlobalIPv6Address}\t${hostnameEntry(container)}\n`;
    }
  }
  return out;
}

interface ParsedResolvConf {
  nameservers: string[];
  search: string[];
  options: string[];
  other: string[];
}

/** resolvconf.Parse: nameserver/search/domain/options; other lines kept as they are. */
export function parseResolvConf(text: string): ParsedResolvConf {
  const rc: ParsedResolvConf = { nameservers: [], search: [], options: [], other: [] };
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/).filter(Boolean);
    if (fields.length === 0 || fields[0].startsWith('#') || fields[0].startsWith(';')) continue;
    const [directive, ...rest] = fields;
    if (directive === 'nameserver') {
      if (rest[0]) rc.nameservers.push(rest[0]);
    } else if (directive === 'search' || directive === 'domain') {
      if (rest.length) rc.search = rest;
    } else if (directive === 'options') {
      rc.options.push(...rest);
    } else rc.other.push(line);
  }
  return rc;
}

const HEADER = `# Generated by Docker Engine.
# This file can be edited; Docker Engine will not make further changes once it
# has been modified.

`;

/** Whether the container's DNS goes through the embedded server (an endpoint on a user-defined network). */
export function usesInternalResolver(state: EngineState, container: ContainerRecord): boolean {
  return Object.values(container.Networks).some((ep) => {
    const net = ep.EndpointID ? state.networks[ep.NetworkID] : undefined;
    return !!net && isUserDefinedNetwork(net) && net.Driver !== 'host' && net.Driver !== 'null';
  });
}

export function resolvConf(state: EngineState, container: ContainerRecord): string {
  const hc = container.HostConfig;
  const hostText = readHost(state, HOST_RESOLV_CONF);
  if (isHostMode(hc.NetworkMode) && !hc.Dns.length && !hc.DnsSearch.length && !hc.DnsOptions.length) return hostText;
  const rc = parseResolvConf(hostText);
  const overrides: string[] = [];
  let nsOverride = false;
  if (hc.Dns.length) {
    rc.nameservers = [...hc.Dns];
    overrides.push('nameservers');
    nsOverride = true;
  }
  if (hc.DnsSearch.length) {
    rc.search = hc.DnsSearch.filter((s) => s !== '.');
    overrides.push('search');
  }
  let ndotsFrom = rc.options.some((o) => o.startsWith('ndots:')) ? 'host' : '';
  if (hc.DnsOptions.length) {
    rc.options = [...hc.DnsOptions];
    overrides.push('options');
    ndotsFrom = rc.options.some((o) => o.startsWith('ndots:')) ? 'override' : '';
  }
  const warnings: string[] = [];
  let transform: string;
  let extServers: string[] = [];
  let nameservers: string[];
  if (usesInternalResolver(state, container)) {
    transform = 'internal resolver';
    extServers = rc.nameservers.map((ns) => (nsOverride ? ns : `host(${ns})`));
    nameservers = [INTERNAL_NAMESERVER];
    rc.options = rc.options.filter((o) => !/^ndots:/.test(o) || /^ndots:\d+$/.test(o));
    if (!rc.options.some((o) => o.startsWith('ndots:'))) {
      rc.options.push('ndots:0');
      ndotsFrom = 'internal';
    }
    if (extServers.length === 0) warnings.push('NO EXTERNAL NAMESERVERS DEFINED');
  } else {
    transform = 'legacy';
    nameservers = nsOverride ? rc.nameservers : rc.nameservers.filter((ns) => !ns.startsWith('127.') && ns !== '::1' && !isValidIPv6(ns));
    if (nameservers.length === 0) {
      nameservers = ['8.8.8.8', '8.8.4.4'];
      warnings.push('Used default nameservers.');
    }
  }
  let out = HEADER;
  for (const ns of nameservers) out += `nameserver ${ns}\n`;
  if (rc.search.length) out += `search ${rc.search.join(' ')}\n`;
  if (rc.options.length) out += `options ${rc.options.join(' ')}\n`;
  if (rc.other.length) out += rc.other.join('\n') + '\n';
  out += `\n# Based on host file: '${HOST_RESOLV_CONF}' (${transform})\n`;
  for (const w of warnings) out += `# ${w}\n`;
  if (extServers.length) out += `# ExtServers: [${extServers.join(' ')}]\n`;
  out += `# Overrides: [${overrides.join(' ')}]\n`;
  if (ndotsFrom) out += `# Option ndots from: ${ndotsFrom}\n`;
  return out;
}

/** /etc/hostname: the hostname alone (the domain name is not in it). */
export function hostnameFile(state: EngineState, container: ContainerRecord): string {
  return `${container.Config.Hostname || hostHostname(state)}\n`;
}

function write(state: EngineState, id: string, files: Record<string, string>): void {
  const fs = hostFs(state);
  const dir = containerFilesDir(id);
  fs.mkdir(dir, { parents: true });
  for (const [name, text] of Object.entries(files)) fs.writeFile(`${dir}/${name}`, text);
}

/** Writes a starting container's hostname, hosts and resolv.conf (after its endpoints are up). */
export function writeEtcFiles(state: EngineState, container: ContainerRecord): void {
  const owner = isContainerMode(container.HostConfig.NetworkMode) ? namespaceOwner(state, container) : container;
  if (owner !== 'host' && owner !== container) {
    copyFrom(state, owner, container);
    return;
  }
  write(state, container.Id, {
    hostname: hostnameFile(state, container),
    hosts: hostsFile(state, container),
    'resolv.conf': resolvConf(state, container),
  });
  syncSharers(state, container);
}

/** container:<x> containers use x's files (HostnamePath, HostsPath, ResolvConfPath point there). */
function copyFrom(state: EngineState, from: ContainerRecord, to: ContainerRecord): void {
  const fs = hostFs(state);
  const dir = containerFilesDir(from.Id);
  const files: Record<string, string> = {};
  for (const name of ['hostname', 'hosts', 'resolv.conf']) {
    try {
      files[name] = fs.readFile(`${dir}/${name}`);
    } catch {
      // not written yet
    }
  }
  write(state, to.Id, files);
}

function syncSharers(state: EngineState, owner: ContainerRecord): void {
  for (const c of Object.values(state.containers)) {
    if (c === owner || !c.State.Running || !isContainerMode(c.HostConfig.NetworkMode)) continue;
    if (namespaceOwner(state, c) === owner) copyFrom(state, owner, c);
  }
}

function readContainerFile(state: EngineState, id: string, name: string): string | null {
  try {
    return hostFs(state).readFile(`${containerFilesDir(id)}/${name}`);
  } catch {
    return null;
  }
}

/** etchosts.Update: the address of every line whose first name is `name` becomes `ip`. */
export function updateHostsEntry(text: string, ip: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(\\S*)(\\t${escaped})(\\s|\\.)`, 'g'), `${ip}$2$3`);
}

/**
 * A linked container started (again) with a new address: the hosts files of
 * the running containers linking to it get the new address (addLegacyLinks
 * updates its parents' sandboxes).
 */
export function updateParentsHosts(state: EngineState, child: ContainerRecord): void {
  const ip = bridgeAddress(child);
  if (!ip) return;
  for (const { parent, alias } of parentsOf(state, child)) {
    if (!parent.State.Running) continue;
    const text = readContainerFile(state, parent.Id, 'hosts');
    if (text === null) continue;
    write(state, parent.Id, { hosts: updateHostsEntry(text, ip, alias) });
    syncSharers(state, parent);
  }
}

/** A running container joined one more network: its address line is appended, DNS may switch to 127.0.0.11. */
export function endpointJoined(state: EngineState, container: ContainerRecord, ips: readonly string[]): void {
  let hosts = readContainerFile(state, container.Id, 'hosts');
  if (hosts !== null && !isHostMode(container.HostConfig.NetworkMode)) {
    for (const ip of ips) hosts += `${ip}\t${hostnameEntry(container)}\n`;
    write(state, container.Id, { hosts });
  }
  write(state, container.Id, { 'resolv.conf': resolvConf(state, container) });
  syncSharers(state, container);
}

/** A running container left a network: its address lines go (etchosts.Delete), resolv.conf is rebuilt. */
export function endpointLeft(state: EngineState, container: ContainerRecord, ips: readonly string[]): void {
  const hosts = readContainerFile(state, container.Id, 'hosts');
  if (hosts !== null) {
    const entry = hostnameEntry(container);
    const kept = hosts.split('\n').filter((line) => {
      const tab = line.indexOf('\t');
      return !(tab > 0 && ips.includes(line.slice(0, tab).trim()) && line.slice(tab + 1) === entry);
    });
    write(state, container.Id, { hosts: kept.join('\n') });
  }
  write(state, container.Id, { 'resolv.conf': resolvConf(state, container) });
  syncSharers(state, container);
}

/** The nameservers a container's resolver asks for names it does not know (the host's gateway here). */
export function upstreamNameservers(state: EngineState, container: ContainerRecord | 'host'): string[] {
  if (container !== 'host' && container.HostConfig.Dns.length) return [...container.HostConfig.Dns];
  const ns = parseResolvConf(readHost(state, HOST_RESOLV_CONF)).nameservers.filter((n) => isValidIPv4(n));
  return ns.length ? ns : [HOST_DNS];
}

