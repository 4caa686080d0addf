/**
 * The host's view of its Linux bridges: iproute2's `bridge link` (one line
 * per port: each running container's veth on docker0 or a br-<id>) and
 * bridge-utils' `brctl show` (bridges with their id, STP and ports).
 */
import type { Program } from '../../shell/types.ts';
import type { NetPlace } from './common.ts';
import { type Flavour, type NetCmd, netProgram } from './cmd.ts';
import { linkViews } from './links.ts';

async function bridgeCmd(cmd: NetCmd, place: NetPlace): Promise<number> {
  const args = cmd.args.filter((a) => !/^-(d|details|s|stats|c|color)$/.test(a));
  if (args[0] === '-V' || args[0] === '-Version') {
    cmd.out('bridge utility, 6.1.0\n');
    return 0;
  }
  const object = args[0] ?? 'link';
  if (!'link'.startsWith(object) && object !== 'fdb' && object !== 'vlan' && object !== 'mdb') {
    cmd.err(`Object "${object}" is unknown, try "bridge help".\n`);
    return 255;
  }
  const ports = linkViews(place).filter((l) => l.master);
  if (object === 'vlan') {
    const bridges = linkViews(place).filter((l) => l.kind === 'bridge');
    cmd.out(`port              vlan-id  \n${[...bridges, ...ports].map((l) => `${l.name.padEnd(17)} 1 PVID Egress Untagged\n`).join('')}`);
    return 0;
  }
  if (object === 'fdb' || object === 'mdb') return 0;
  let rest = args.slice(1);
  if (rest[0] === 'show' || rest[0] === 'list' || rest[0] === 'lst') rest = rest.slice(1);
  let selected = ports;
  if (rest.length) {
    const dev = rest[0] === 'dev' ? rest[1] : rest[0];
    selected = ports.filter((l) => l.name === dev);
    if (!selected.length && !linkViews(place).some((l) => l.name === dev)) {
      cmd.err(`Cannot find device "${dev ?? ''}"\n`);
      return 1;
    }
  }
  for (const l of selected) {
    cmd.out(`${l.index}: ${l.label}: <${l.flags.join(',')}> mtu ${l.mtu} master ${l.master} state forwarding priority 32 cost 2 \n`);
  }
  return 0;
}

async function brctl(cmd: NetCmd, place: NetPlace): Promise<number> {
  const [verb = 'show', ...rest] = cmd.args;
  if (verb !== 'show') {
    if (['addbr', 'delbr', 'addif', 'delif', 'stp', 'setageing', 'setfd', 'sethello', 'setmaxage', 'setpathcost', 'setportprio', 'setbridgeprio', 'hairpin'].includes(verb)) {
      cmd.err('brctl: changing the host\'s bridges is not simulated in this course\n');
      return 1;
    }
    cmd.err(`never heard of command [${verb}]\n`);
    cmd.err('Usage: brctl [commands]\n');
    return 1;
  }
  const views = linkViews(place);
  let bridges = views.filter((l) => l.kind === 'bridge').sort((a, b) => (a.name < b.name ? -1 : 1));
  if (rest.length) {
    bridges = bridges.filter((b) => rest.includes(b.name));
    for (const name of rest) if (!bridges.some((b) => b.name === name)) cmd.err(`bridge ${name} does not exist!\n`);
  }
  let out = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces\n';
  for (const b of bridges) {
    const ports = views.filter((l) => l.master === b.name).map((l) => l.name).sort();
    out += `${b.name}\t\t8000.${b.mac.replace(/:/g, '')}\tno\t\t${ports[0] ?? ''}\n`;
    for (const p of ports.slice(1)) out += `\t\t\t\t\t\t\t${p}\n`;
  }
  cmd.out(out);
  return 0;
}

export const bridgeProgram = (flavour: Flavour): Program => netProgram('bridge', flavour, (cmd, place) => bridgeCmd(cmd, place));
export const brctlProgram = (flavour: Flavour): Program => netProgram('brctl', flavour, (cmd, place) => brctl(cmd, place));
