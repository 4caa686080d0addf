/**
 * The networking model as programs (ping, nslookup, wget, curl, ip, ifconfig,
 * hostname, getent, nc, route, bridge, iptables...) and the lab use it: pure
 * functions over the engine state. The daemon side (create, connect, start)
 * lives in the other files of this folder.
 *
 *   resolveName(state, container | 'host', name, { type, external })
 *       getaddrinfo: /etc/hosts, then the container's DNS server
 *   queryDns(state, container, name, { type, external })
 *       what the DNS server answers (nslookup/dig; 127.0.0.11 on user networks)
 *   reverseLookup(state, container, ip)           PTR of the embedded DNS ("web.mynet")
 *   reachable(state, container | 'host', ip)      routing and isolation, and who answers
 *   ownerOfAddress(state, ip)                     the container/host/router having an address
 *   findPublished(state, hostIp, port, proto)     the container a published host port leads to
 *   containerInterfaces / hostInterfaces          lo, ethN / eth0, docker0, br-*, veth*
 *   containerRoutes / hostRoutes                  `ip route`
 *   namespaceOwner(state, container)              itself, the container:<x> target, or 'host'
 *   linkEnv(state, container)                     ALIAS_PORT_... variables of legacy links (docker exec, start)
 *   hostsTextOf / lookupHostsText                 a container's /etc/hosts and lookups in it
 */
export { queryDns, resolveName, reverseLookup, hostsTextOf, lookupHostsText, networkRecords } from './dns.ts';
export type { DnsAnswer, ExternalResolver, QueryType, ResolveOptions } from './dns.ts';
export { reachable, ownerOfAddress } from './reach.ts';
export type { Reachability, Target } from './reach.ts';
export { findPublished, boundPorts, EPHEMERAL_FIRST, EPHEMERAL_LAST } from './ports.ts';
export {
  containerInterfaces,
  containerRoutes,
  hostInterfaces,
  hostRoutes,
  namespaceOwner,
  linkLocalFor,
  vethName,
  HOST_LAN,
  HOST_MAC,
} from './interfaces.ts';
export type { InterfaceAddress, NetInterface, Route } from './interfaces.ts';
export { linkEnv, linksOf, parentsOf } from './links.ts';
export { containerFilesDir, hostsFile, resolvConf, hostnameFile, INTERNAL_NAMESERVER, upstreamNameservers, usesInternalResolver } from './etc-files.ts';
export { networkWarnings } from './container-settings.ts';
export { networkEndpoints, findNetwork, getNetwork, bridgeNameFor } from './networks.ts';
