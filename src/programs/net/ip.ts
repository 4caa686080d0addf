/**
 * ip: busybox's applet (busybox, alpine) and iproute2's (the host,
 * ubuntu:14.04, `apt-get install iproute2`): `addr`/`a`, `link`/`l`, `route`/`r`,
 * `neigh`, with -4/-6, -br[ief], -o[neline], `show [dev] NAME`, `show type
 * TYPE`. Changes (add, del, set) need CAP_NET_ADMIN, which containers lack.
 */
import type { Program } from '../../shell/types.ts';
import type { NetPlace } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { type LinkView, linkViews, routesOf } from './links.ts';

export const IPROUTE2_VERSION = 'ip utility, iproute2-6.1.0, libbpf 1.3.0';

const IPROUTE2_USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp | link |
                   macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |
                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

interface Opts {
  family?: 'inet' | 'inet6' | 'link';
  brief: boolean;
  oneline: boolean;
}

/** iproute2's matches(): a non-empty prefix of the keyword. */
const matches = (word: string, keyword: string) => word.length > 0 && keyword.startsWith(word);

function kindMatches(l: LinkView, type: string): boolean {
  if (type === 'veth') return l.kind === 'veth';
  if (type === 'bridge') return l.kind === 'bridge';
  if (type === 'macvlan') return l.kind === 'macvlan';
  if (type === 'ipvlan') return l.kind === 'ipvlan';
  return false;
}

function header(l: LinkView, iproute2: boolean, mode: boolean): string {
  const flags = [...l.flags];
  if (!iproute2 && l.peerElsewhere) flags.push('M-DOWN');
  let s = `${l.index}: ${l.label}: <${flags.join(',')}> mtu ${l.mtu} qdisc ${l.qdisc} `;
  if (l.master) s += `master ${l.master} `;
  if (iproute2) {
    s += `state ${l.state} `;
    if (mode) s += 'mode DEFAULT ';
    s += 'group default ';
  }
  if (l.qlen) s += `qlen ${l.qlen}`;
  return s;
}

function linkLine(l: LinkView, iproute2: boolean): string {
  const kind = l.kind === 'loopback' ? 'loopback' : 'ether';
  const brd = l.kind === 'loopback' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff';
  let s = `    link/${kind} ${l.mac} brd ${brd}`;
  if (iproute2 && l.netnsid !== undefined) s += ` link-netnsid ${l.netnsid}`;
  return s;
}

function addrLines(l: LinkView, family: Opts['family']): string[] {
  const out: string[] = [];
  for (const a of l.addresses) {
    if (family === 'inet' && a.v6) continue;
    if (family === 'inet6' && !a.v6) continue;
    if (!a.v6) out.push(`    inet ${a.ip}/${a.prefixLen}${a.broadcast ? ` brd ${a.broadcast}` : ''} scope ${a.scope} ${l.name}`);
    else out.push(`    inet6 ${a.ip}/${a.prefixLen} scope ${a.scope} `);
    out.push('       valid_lft forever preferred_lft forever');
  }
  return out;
}

function brief(l: LinkView, what: 'addr' | 'link', family: Opts['family']): string {
  const name = l.label.padEnd(16);
  const state = l.state.padEnd(14);
  if (what === 'link') return `${name} ${state} ${l.mac} <${l.flags.join(',')}> \n`;
  const addrs = l.addresses.filter((a) => (family === 'inet' ? !a.v6 : family === 'inet6' ? a.v6 : true));
  return `${name} ${state} ${addrs.map((a) => `${a.ip}/${a.prefixLen} `).join('')}\n`;
}

/** Selects the interfaces of `show [dev] NAME [type T] [up]`; a string is the error to print. */
function select(views: LinkView[], args: string[], iproute2: boolean): LinkView[] | string {
  let dev: string | undefined;
  let type: string | undefined;
  let up = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === 'dev') dev = args[++i];
    else if (a === 'type' && iproute2) type = args[++i];
    else if (a === 'up') up = true;
    else if (a === 'scope' || a === 'to' || a === 'label' || a === 'master') i++;
    else if (dev === undefined) dev = a;
    else return iproute2 ? `Error: either "dev" is duplicate, or "${a}" is a garbage.` : `ip: either "dev" is duplicate, or "${a}" is garbage`;
  }
  let out = views;
  if (dev !== undefined) {
    out = views.filter((v) => v.name === dev);
    if (!out.length) return iproute2 ? `Device "${dev}" does not exist.` : `ip: can't find device '${dev}'`;
  }
  if (type) out = out.filter((v) => kindMatches(v, type!));
  if (up) out = out.filter((v) => v.flags.includes('UP'));
  return out;
}

function showAddr(cmd: NetCmd, place: NetPlace, args: string[], o: Opts, iproute2: boolean, what: 'addr' | 'link'): number {
  const views = select(linkViews(place), args, iproute2);
  if (typeof views === 'string') {
    cmd.err(`${views}\n`);
    return 1;
  }
  for (const l of views) {
    const addrs = what === 'addr' ? addrLines(l, o.family) : [];
    if (what === 'addr' && (o.family === 'inet' || o.family === 'inet6') && !addrs.length) continue;
    if (o.brief && iproute2) {
      cmd.out(brief(l, what, o.family));
      continue;
    }
    const lines = [header(l, iproute2, what === 'link')];
    if (!(what === 'addr' && (o.family === 'inet' || o.family === 'inet6'))) lines.push(linkLine(l, iproute2));
    lines.push(...addrs);
    if (o.oneline) cmd.out(lines.map((x, i) => (i ? x.replace(/^ +/, '') : x)).join('\\    ').replace(/\\ {4}$/, '') + '\n');
    else cmd.out(lines.join('\n') + '\n');
  }
  return 0;
}

function showRoute(cmd: NetCmd, place: NetPlace, o: Opts, iproute2: boolean): number {
  if (o.family === 'inet6') return 0;
  const views = new Map(linkViews(place).map((l) => [l.name, l]));
  for (const r of routesOf(place)) {
    if (r.destination === 'default') {
      // ipvlan l3: libnetwork adds a connected (scope link) default route without a gateway
      if (!r.gateway) cmd.out(`default dev ${r.dev} scope link \n`);
      else cmd.out(`default via ${r.gateway} dev ${r.dev} ${iproute2 && place.from === 'host' ? 'proto static ' : ''}\n`);
      continue;
    }
    const down = views.get(r.dev)?.state === 'DOWN';
    if (iproute2) cmd.out(`${r.destination} dev ${r.dev} proto kernel scope link src ${r.src} ${down ? 'linkdown ' : ''}\n`);
    else cmd.out(`${r.destination} dev ${r.dev} scope link  src ${r.src} \n`);
  }
  return 0;
}

function refuse(cmd: NetCmd, place: NetPlace): number {
  if (place.from !== 'host') {
    cmd.err('RTNETLINK answers: Operation not permitted\n');
    return 2;
  }
  cmd.err('ip: changing the host\'s interfaces is not simulated in this course\n');
  return 1;
}

async function ip(cmd: NetCmd, place: NetPlace, iproute2: boolean): Promise<number> {
  const args = [...cmd.args];
  const o: Opts = { brief: false, oneline: false };
  while (args.length && args[0].startsWith('-') && args[0].length > 1) {
    const a = args.shift()!.replace(/^--?/, '-');
    if (a === '-4') o.family = 'inet';
    else if (a === '-6') o.family = 'inet6';
    else if (a === '-0') o.family = 'link';
    else if (iproute2 && (a === '-V' || matches(a.slice(1), 'Version'))) {
      cmd.out(`${IPROUTE2_VERSION}\n`);
      return 0;
    } else if (matches(a.slice(1), 'family') || a === '-f') {
      const f = args.shift();
      if (f !== 'inet' && f !== 'inet6' && f !== 'link') {
        cmd.err(iproute2 ? `Error: argument "${f ?? ''}" is wrong: invalid protocol family\n` : `ip: invalid argument '${f ?? ''}' to '-family'\n`);
        return iproute2 ? 255 : 1;
      }
      o.family = f;
    } else if (matches(a.slice(1), 'oneline')) o.oneline = true;
    else if (iproute2 && (a === '-br' || matches(a.slice(1), 'brief'))) o.brief = true;
    else if (iproute2 && (matches(a.slice(1), 'color') || matches(a.slice(1), 'details') || matches(a.slice(1), 'statistics') || matches(a.slice(1), 'resolve') || a === '-N' || matches(a.slice(1), 'Numeric') || matches(a.slice(1), 'pretty'))) continue;
    else if (!iproute2 && a === '-help') {
      cmd.usage();
      return 0;
    } else {
      if (iproute2) cmd.err(`Option "${a}" is unknown, try "ip -help".\n`);
      else cmd.usage();
      return iproute2 ? 255 : 1;
    }
  }
  const object = args.shift();
  if (object === undefined || object === 'help') {
    if (iproute2) cmd.err(IPROUTE2_USAGE);
    else cmd.usage();
    return iproute2 ? 255 : 1;
  }
  const verb = args[0];
  const isShow = verb === undefined || matches(verb, 'show') || matches(verb, 'list') || verb === 'lst';
  const rest = verb === undefined ? [] : isShow ? args.slice(1) : args;
  if (matches(object, 'address') || object === 'addr') {
    if (!isShow) return ['add', 'del', 'delete', 'flush', 'change', 'replace'].includes(verb!) ? refuse(cmd, place) : unknownCommand(cmd, iproute2, verb!, 'addr');
    return showAddr(cmd, place, rest, o, iproute2, 'addr');
  }
  if (matches(object, 'link')) {
    if (!isShow) return ['set', 'add', 'del', 'delete', 'change'].includes(verb!) ? refuse(cmd, place) : unknownCommand(cmd, iproute2, verb!, 'link');
    return showAddr(cmd, place, rest, { ...o, family: undefined }, iproute2, 'link');
  }
  if (matches(object, 'route')) {
    if (!isShow) return ['add', 'del', 'delete', 'change', 'replace', 'append', 'flush'].includes(verb!) ? refuse(cmd, place) : verb === 'get' ? 0 : unknownCommand(cmd, iproute2, verb!, 'route');
    return showRoute(cmd, place, o, iproute2);
  }
  if (matches(object, 'neighbor') || matches(object, 'neighbour')) return 0;
  if (iproute2) {
    cmd.err(`Object "${object}" is unknown, try "ip help".\n`);
    return 1;
  }
  cmd.usage();
  return 1;
}

function unknownCommand(cmd: NetCmd, iproute2: boolean, verb: string, object: string): number {
  if (iproute2) {
    cmd.err(`Command "${verb}" is unknown, try "ip ${object} help".\n`);
    return 255;
  }
  cmd.usage();
  return 1;
}

export const ipProgram = (flavour: Flavour): Program => netProgram('ip', flavour, (cmd, place) => ip(cmd, place, flavour === 'gnu'));
