/**
 * The networking programs per place and flavour, for the lab to install:
 * `HOST_NET_PROGRAMS` on the Docker host (an Ubuntu machine: iputils,
 * iproute2, curl, GNU wget, iptables, bridge-utils), `netProgramFor` inside
 * containers, where the flavour follows the executable itself: a busybox
 * applet (busybox, alpine) gets the busybox program, anything else the real
 * tool's (iputils-ping, iproute2, curl, wget, bind9 nslookup ...), so that
 * `apk add curl` or `apt-get install iputils-ping` behave as installed.
 */
import type { Program } from '../../shell/types.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { busyboxApplets, coreutils } from '../util/registry.ts';
import type { Flavour } from './cmd.ts';
import { withHostAddresses } from './hostname.ts';
import { brctlProgram, bridgeProgram } from './bridge.ts';
import { curlProgram } from './curl.ts';
import { getentProgram } from './getent.ts';
import { ifconfigProgram } from './ifconfig.ts';
import { ipProgram } from './ip.ts';
import { iptablesProgram } from './iptables.ts';
import { ncProgram } from './nc.ts';
import { nslookupProgram } from './nslookup.ts';
import { pingProgram } from './ping.ts';
import { wgetProgram } from './wget.ts';

type Factory = (flavour: Flavour) => Program;

/** Programs that exist in both flavours, by command name. */
const FACTORIES: Record<string, Factory> = {
  ping: pingProgram,
  ping4: pingProgram,
  nslookup: nslookupProgram,
  getent: getentProgram,
  ip: ipProgram,
  ifconfig: ifconfigProgram,
  wget: wgetProgram,
  curl: curlProgram,
  nc: ncProgram,
  netcat: ncProgram,
  bridge: bridgeProgram,
  brctl: brctlProgram,
};

const build = (flavour: Flavour) => Object.fromEntries(Object.entries(FACTORIES).map(([k, f]) => [k, f(flavour)]));

const GNU = { ...build('gnu'), hostname: withHostAddresses(coreutils.hostname) };
const BUSYBOX = { ...build('busybox'), hostname: withHostAddresses(busyboxApplets.hostname) };

/** The host's networking commands (Ubuntu 24.04). */
export const HOST_NET_PROGRAMS: Record<string, Program> = { ...GNU, iptables: iptablesProgram('gnu') };

/** The names simulated inside containers. */
export const NET_PROGRAM_NAMES: readonly string[] = Object.keys(GNU);

/** Whether the executable at `file` is busybox (an applet link or the binary itself). */
export function isBusyboxExecutable(fs: FileSystem, file: string): boolean {
  try {
    return /busybox/i.test(fs.readFile(file).slice(0, 200));
  } catch {
    return false;
  }
}

/** The implementation of a networking command for the executable found at `file`, if simulated. */
export function netProgramFor(name: string, fs: FileSystem, file: string): Program | undefined {
  const table: Record<string, Program> = isBusyboxExecutable(fs, file) ? BUSYBOX : GNU;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
