/**
 * ping, as busybox (busybox, alpine) and iputils (Debian/Ubuntu's
 * iputils-ping, the host) print it. One echo request per interval on the
 * lab clock; without -c it runs until Ctrl+C (or -w), then prints the
 * statistics as the real ones do on SIGINT. Replies follow the reachability
 * rules of the engine; lost packets print nothing (busybox) or, for an
 * address nobody has on the link, "Destination Host Unreachable" (iputils).
 */
import { resolveName } from '../../engine/network/dns.ts';
import { reachable } from '../../engine/network/reach.ts';
import type { Program } from '../../shell/types.ts';
import { type NetPlace, isIPv4, isIPv6, lookupHost, msText, reverseName, sourceAddress } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { replyTtl, rttMicros } from './rtt.ts';
import { getopt, has, last } from '../util/getopt.ts';

export const IPUTILS_VERSION = '20240117';

const IPUTILS_USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      DNS name or IP address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -H                 force reverse DNS name resolution (useful for numeric
                     destinations or for -f), override -n
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define path MTU discovery, can be one of <do|dont|want|probe>
  -n                 no reverse DNS name resolution, override -H
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use IPv6 node info query, try -N help

For more details see ping(8).
`;

interface Options {
  count?: number;
  intervalMs: number;
  /** -W: how long to wait for a reply, ms */
  waitMs: number;
  /** -w: the whole run, ms */
  deadlineMs?: number;
  size: number;
  quiet: boolean;
  numeric: boolean;
  ttl?: number;
  host: string;
}

/** Parses argv the way the flavour does; a number is the exit status of a refusal. */
function parseOptions(cmd: NetCmd, iputils: boolean): Options | number {
  if (!iputils && cmd.args.length === 1 && cmd.args[0] === '--help') {
    cmd.usage();
    return 0;
  }
  const p = getopt(cmd.args, { short: iputils ? '46aAbBCc:dDe:fhHi:I:l:Lm:M:nOp:qQ:rRs:S:t:T:UvVw:W:F:N:' : 'qvAc:s:t:w:W:I:np:i:46' });
  if (p.error) {
    if (iputils) {
      cmd.warn(cmd.optErrorLine(p.error));
      cmd.err(IPUTILS_USAGE);
      return 2;
    }
    cmd.optError(p.error);
    return 1;
  }
  if (iputils && has(p, 'V')) {
    cmd.out(`ping from iputils ${IPUTILS_VERSION}\n`);
    return 0;
  }
  if (iputils && has(p, 'h')) {
    cmd.out(IPUTILS_USAGE);
    return 2;
  }
  const bad = (v: string): number => {
    if (iputils) cmd.warn(`invalid argument: '${v}'`);
    else cmd.warn(`invalid number '${v}'`);
    return iputils ? 1 : 1;
  };
  const int = (key: string): number | undefined | null => {
    const v = last(p, key);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) return null;
    return Number(v);
  };
  const secs = (key: string): number | undefined | null => {
    const v = last(p, key);
    if (v === undefined) return undefined;
    if (!/^\d+(\.\d*)?$|^\.\d+$/.test(v)) return null;
    return Math.round(Number(v) * 1000);
  };
  const count = int('c');
  if (count === null || (iputils && count === 0)) return bad(last(p, 'c')!);
  const size = int('s');
  if (size === null) return bad(last(p, 's')!);
  const ttl = int('t');
  if (ttl === null) return bad(last(p, 't')!);
  const interval = secs('i');
  if (interval === null) return bad(last(p, 'i')!);
  const wait = iputils ? secs('W') : int('W');
  if (wait === null) return bad(last(p, 'W')!);
  const deadline = iputils ? secs('w') : int('w');
  if (deadline === null) return bad(last(p, 'w')!);
  const host = p.operands[p.operands.length - 1];
  if (host === undefined || (!iputils && p.operands.length > 1)) {
    if (iputils) {
      cmd.warn('usage error: Destination address required');
      return 2;
    }
    cmd.usage();
    return 1;
  }
  return {
    count: count || undefined,
    intervalMs: interval ?? 1000,
    waitMs: wait === undefined ? 10_000 : iputils ? wait : wait * 1000,
    deadlineMs: deadline === undefined || deadline === 0 ? undefined : iputils ? deadline : deadline * 1000,
    size: size ?? 56,
    quiet: has(p, 'q'),
    numeric: has(p, 'n'),
    ttl: ttl ?? undefined,
    host,
  };
}

/** iputils prints times with fewer decimals as they grow. */
function iputilsTime(us: number): string {
  if (us >= 100_000 - 50) return `${Math.floor((us + 500) / 1000)}`;
  if (us >= 10_000 - 5) return `${Math.floor((us + 50) / 1000)}.${Math.floor(((us + 50) % 1000) / 100)}`;
  if (us >= 1000) return `${Math.floor((us + 5) / 1000)}.${String(Math.floor(((us + 5) % 1000) / 10)).padStart(2, '0')}`;
  return msText(us);
}

/** Where the name goes: the address, IPv4 first as busybox prefers; iputils takes ::1 for localhost like getaddrinfo. */
function resolveTarget(place: NetPlace, host: string, iputils: boolean): string | undefined {
  if (isIPv4(host) || isIPv6(host)) return host;
  const found = lookupHost(place, host);
  if (!found.found || !found.addresses.length) return undefined;
  if (iputils && found.source === 'hosts') {
    // getaddrinfo sorts a name with both an IPv6 and an IPv4 line in /etc/hosts IPv6 first (RFC 6724)
    const v6 = resolveName(place.state, place.from, host, { type: 'AAAA' });
    if (v6.found && v6.source === 'hosts' && v6.addresses.length) return v6.addresses[0];
  }
  return found.addresses[0];
}

async function ping(cmd: NetCmd, place: NetPlace, iputils: boolean): Promise<number> {
  const o = parseOptions(cmd, iputils);
  if (typeof o === 'number') return o;
  const ip = resolveTarget(place, o.host, iputils);
  if (!ip) {
    if (iputils) {
      const noDns = place.from !== 'host' && sourceAddress(place, '8.8.8.8') === undefined;
      cmd.warn(`${o.host}: ${noDns ? 'Temporary failure in name resolution' : 'Name or service not known'}`);
      return 2;
    }
    cmd.warn(`bad address '${o.host}'`);
    return 1;
  }
  const v6 = isIPv6(ip);
  const reach = reachable(place.state, place.from, ip);
  if (!reach.ok && reach.reason === 'network-unreachable') {
    if (iputils) {
      cmd.warn('connect: Network is unreachable');
      return 2;
    }
    cmd.out(`PING ${o.host} (${ip}): ${o.size} data bytes\n`);
    cmd.warn('sendto: Network is unreachable');
    return 1;
  }
  if (iputils) cmd.out(v6 ? `PING ${o.host} (${ip}) ${o.size} data bytes\n` : `PING ${o.host} (${ip}) ${o.size}(${o.size + 28}) bytes of data.\n`);
  else cmd.out(`PING ${o.host} (${ip}): ${o.size} data bytes\n`);

  const self = reach.ok && reach.target.kind === 'container' && place.from !== 'host' && (ip.startsWith('127.') || ip === '::1' || sourceAddress(place, ip) === ip);
  const kind = !reach.ok ? 'host' : ip.startsWith('127.') || ip === '::1' || self ? 'self' : reach.target.kind;
  const run = `${place.from === 'host' ? 'host' : place.from.Id}|${ip}|${place.now()}`;
  const named = !isIPv4(o.host) && !isIPv6(o.host) && !o.numeric;
  const who = iputils && named ? (() => {
    const n = reverseName(place, ip);
    return n ? `${n} (${ip})` : ip;
  })() : ip;
  const from = iputils && !reach.ok && reach.reason === 'host-unreachable' ? sourceAddress(place, ip) ?? ip : undefined;

  let sent = 0;
  let received = 0;
  let errors = 0;
  const rtts: number[] = [];
  let elapsed = 0;
  let lastSend = 0;
  let interrupted = false;
  const deadline = o.deadlineMs ?? Infinity;
  for (;;) {
    if (o.count !== undefined && sent >= o.count) break;
    if (elapsed >= deadline) break;
    const index = sent++;
    lastSend = elapsed;
    if (reach.ok) {
      const us = rttMicros(kind, run, index);
      rtts.push(us);
      received++;
      if (!o.quiet) {
        const bytes = o.size + 8;
        const ttl = replyTtl(kind);
        if (iputils) cmd.out(`${bytes} bytes from ${who}: icmp_seq=${index + 1} ttl=${ttl} time=${iputilsTime(us)} ms\n`);
        else cmd.out(`${bytes} bytes from ${ip}: seq=${index} ttl=${ttl} time=${msText(us)} ms\n`);
      }
    } else if (from) {
      errors++;
      if (!o.quiet) cmd.out(`From ${from} icmp_seq=${index + 1} Destination Host Unreachable\n`);
    }
    if (o.count !== undefined && sent >= o.count) break;
    const step = Math.min(o.intervalMs, deadline - elapsed);
    if (!(await cmd.wait(step))) {
      interrupted = true;
      break;
    }
    elapsed += step;
  }
  // all sent and nothing came back: wait -W for a late reply (within -w)
  if (!interrupted && received === 0 && o.count !== undefined && sent >= o.count) {
    const linger = Math.min(o.waitMs, deadline - elapsed);
    if (!(await cmd.wait(linger))) interrupted = true;
  }

  const lossPct = sent ? ((sent - received) * 100) / sent : 0;
  cmd.out(`\n--- ${o.host} ping statistics ---\n`);
  if (iputils) {
    const timeMs = Math.round(lastSend + (sent > 1 ? Math.floor(rttMicros('self', run, 99) / 20) : 0));
    const loss = Number.isInteger(lossPct) ? String(lossPct) : String(Number(lossPct.toPrecision(6)));
    let line = `${sent} packets transmitted, ${received} received`;
    if (errors) line += `, +${errors} errors`;
    line += `, ${loss}% packet loss, time ${timeMs}ms\n`;
    cmd.out(line);
    if (received) {
      const n = rtts.length;
      const sum = rtts.reduce((a, b) => a + b, 0);
      const sum2 = rtts.reduce((a, b) => a + b * b, 0);
      const avg = Math.floor(sum / n);
      const mdev = Math.floor(Math.sqrt(Math.max(0, Math.floor(sum2 / n) - avg * avg)));
      cmd.out(`rtt min/avg/max/mdev = ${msText(Math.min(...rtts))}/${msText(avg)}/${msText(Math.max(...rtts))}/${msText(mdev)} ms\n`);
    } else cmd.out('\n');
    void interrupted;
    if (received === 0) return 1;
    return o.deadlineMs !== undefined && o.count !== undefined && received < o.count ? 1 : 0;
  }
  cmd.out(`${sent} packets transmitted, ${received} packets received, ${Math.floor(lossPct)}% packet loss\n`);
  if (received) {
    const sum = rtts.reduce((a, b) => a + b, 0);
    cmd.out(`round-trip min/avg/max = ${msText(Math.min(...rtts))}/${msText(Math.floor(sum / rtts.length))}/${msText(Math.max(...rtts))} ms\n`);
  }
  return received ? 0 : 1;
}

export const pingProgram = (flavour: Flavour): Program => netProgram('ping', flavour, (cmd, place) => ping(cmd, place, flavour === 'gnu'));
