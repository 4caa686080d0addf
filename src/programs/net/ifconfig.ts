/**
 * ifconfig: busybox's (and net-tools 1.60's, same layout) "eth0  Link
 * encap:Ethernet" blocks, and net-tools 2.10's "eth0: flags=4163<...>" ones
 * (`apt-get install net-tools` in a current Debian/Ubuntu). Interfaces come
 * sorted by name; without -a only the ones that are up. Traffic counters
 * grow with the interface's age on the lab clock.
 */
import { netmaskOf } from '../../engine/network/ipam.ts';
import type { Program } from '../../shell/types.ts';
import { type NetPlace, hash32 } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { type LinkView, linkViews } from './links.ts';

interface Counters {
  rxPackets: number;
  rxBytes: number;
  txPackets: number;
  txBytes: number;
}

function counters(place: NetPlace, l: LinkView): Counters {
  const seed = hash32(`${place.from === 'host' ? 'host' : place.from.Id}|${l.name}`);
  if (l.kind === 'loopback') return { rxPackets: 0, rxBytes: 0, txPackets: 0, txBytes: 0 };
  const rxPackets = 6 + (seed % 9);
  const txPackets = l.kind === 'bridge' ? 0 : seed % 3;
  return { rxPackets, rxBytes: rxPackets * 92, txPackets, txBytes: txPackets * 84 };
}

/** "(736.0 B)", "(12.5 KiB)": net-tools and busybox print sizes with one decimal in binary units. */
function human(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

const scopeName = (s: string) => (s === 'host' ? 'Host' : s === 'link' ? 'Link' : 'Global');

function oldStyle(place: NetPlace, l: LinkView, upperMac: boolean): string {
  const loop = l.kind === 'loopback';
  const mac = upperMac ? l.mac.toUpperCase() : l.mac;
  let s = loop ? `${l.name.padEnd(10)}Link encap:Local Loopback  \n` : `${l.name.padEnd(10)}Link encap:Ethernet  HWaddr ${mac}  \n`;
  for (const a of l.addresses.filter((x) => !x.v6)) {
    s += loop ? `          inet addr:${a.ip}  Mask:${netmaskOf(a.prefixLen)}\n` : `          inet addr:${a.ip}  Bcast:${a.broadcast}  Mask:${netmaskOf(a.prefixLen)}\n`;
  }
  for (const a of l.addresses.filter((x) => x.v6)) s += `          inet6 addr: ${a.ip}/${a.prefixLen} Scope:${scopeName(a.scope)}\n`;
  const flags = loop ? 'UP LOOPBACK RUNNING' : l.flags.includes('LOWER_UP') ? 'UP BROADCAST RUNNING MULTICAST' : 'UP BROADCAST MULTICAST';
  s += `          ${flags}  MTU:${l.mtu}  Metric:1\n`;
  const c = counters(place, l);
  s += `          RX packets:${c.rxPackets} errors:0 dropped:0 overruns:0 frame:0\n`;
  s += `          TX packets:${c.txPackets} errors:0 dropped:0 overruns:0 carrier:0\n`;
  s += `          collisions:0 txqueuelen:${l.qlen} \n`;
  s += `          RX bytes:${c.rxBytes} (${human(c.rxBytes)})  TX bytes:${c.txBytes} (${human(c.txBytes)})\n\n`;
  return s;
}

function newStyle(place: NetPlace, l: LinkView): string {
  const loop = l.kind === 'loopback';
  const running = l.flags.includes('LOWER_UP');
  const flags = loop ? [73, 'UP,LOOPBACK,RUNNING'] : running ? [4163, 'UP,BROADCAST,RUNNING,MULTICAST'] : [4099, 'UP,BROADCAST,MULTICAST'];
  let s = `${l.name}: flags=${flags[0]}<${flags[1]}>  mtu ${l.mtu}\n`;
  for (const a of l.addresses.filter((x) => !x.v6)) {
    s += `        inet ${a.ip}  netmask ${netmaskOf(a.prefixLen)}${a.broadcast ? `  broadcast ${a.broadcast}` : ''}\n`;
  }
  for (const a of l.addresses.filter((x) => x.v6)) {
    const scope = a.scope === 'host' ? '0x10<host>' : a.scope === 'link' ? '0x20<link>' : '0x0<global>';
    s += `        inet6 ${a.ip}  prefixlen ${a.prefixLen}  scopeid ${scope}\n`;
  }
  s += loop ? `        loop  txqueuelen ${l.qlen}  (Local Loopback)\n` : `        ether ${l.mac}  txqueuelen ${l.qlen}  (Ethernet)\n`;
  const c = counters(place, l);
  s += `        RX packets ${c.rxPackets}  bytes ${c.rxBytes} (${human(c.rxBytes)})\n`;
  s += '        RX errors 0  dropped 0  overruns 0  frame 0\n';
  s += `        TX packets ${c.txPackets}  bytes ${c.txBytes} (${human(c.txBytes)})\n`;
  s += '        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n\n';
  return s;
}

/** ubuntu:14.04's net-tools 1.60 prints the old layout, with a lower-case MAC. */
function legacyNetTools(cmd: NetCmd): boolean {
  try {
    return /VERSION_ID="?14\.04/.test(cmd.ctx.fs.readFile('/etc/os-release'));
  } catch {
    return false;
  }
}

async function ifconfig(cmd: NetCmd, place: NetPlace, busybox: boolean): Promise<number> {
  if (busybox && cmd.args.length === 1 && cmd.args[0] === '--help') {
    cmd.usage();
    return 0;
  }
  const args = [...cmd.args];
  let all = false;
  if (args[0] === '-a') {
    all = true;
    args.shift();
  }
  if (args.length > 1) {
    if (place.from !== 'host') cmd.err(busybox ? 'ifconfig: SIOCSIFADDR: Operation not permitted\n' : 'SIOCSIFADDR: Operation not permitted\n');
    else cmd.err('ifconfig: changing the host\'s interfaces is not simulated in this course\n');
    return 1;
  }
  const views = [...linkViews(place)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const old = busybox || legacyNetTools(cmd);
  const show = (l: LinkView) => (old ? oldStyle(place, l, busybox) : newStyle(place, l));
  if (args.length === 1) {
    const l = views.find((v) => v.name === args[0]);
    if (!l) {
      if (busybox) cmd.err(`ifconfig: ${args[0]}: error fetching interface information: Device not found\n`);
      else cmd.err(`${args[0]}: error fetching interface information: Device not found\n`);
      return 1;
    }
    cmd.out(show(l));
    return 0;
  }
  for (const l of views) if (all || l.flags.includes('UP')) cmd.out(show(l));
  return 0;
}

export const ifconfigProgram = (flavour: Flavour): Program => netProgram('ifconfig', flavour, (cmd, place) => ifconfig(cmd, place, flavour === 'busybox'));
