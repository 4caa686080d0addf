/**
 * The addresses `hostname -i` and `hostname -I` print, given to the shared
 * hostname program (util/ident.ts) through its `hostIp` world hook:
 *
 * - `-i` resolves the host name as the C library does: every line of
 *   /etc/hosts naming it (a container on two networks has two), then DNS;
 * - `-I` (GNU only) lists the addresses of every interface but lo, without
 *   IPv6 link-local ones, in interface order.
 */
import { containerInterfaces, hostInterfaces } from '../../engine/network/interfaces.ts';
import type { Program, ProgramContext } from '../../shell/types.ts';
import { type NetPlace, lookupHost, placeOf } from './common.ts';

function hostName(ctx: ProgramContext): string {
  try {
    return ctx.fs.readFile('/etc/hostname').split('\n')[0].trim() || 'localhost';
  } catch {
    return 'localhost';
  }
}

/** Addresses of the name from /etc/hosts (all its lines), else from DNS. */
export function nameAddresses(ctx: ProgramContext, place: NetPlace, name: string): string[] {
  let text = '';
  try {
    text = ctx.fs.readFile('/etc/hosts');
  } catch {
    // no hosts file: DNS only
  }
  const wanted = name.toLowerCase();
  const v4: string[] = [];
  const v6: string[] = [];
  for (const raw of text.split('\n')) {
    const [ip, ...names] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (!ip || !names.some((n) => n.toLowerCase() === wanted)) continue;
    (ip.includes(':') ? v6 : v4).push(ip);
  }
  if (v4.length || v6.length) return [...new Set([...v4, ...v6])];
  const dns = lookupHost(place, name);
  return dns.found ? dns.addresses : [];
}

/** Every address of the place's interfaces but loopback and link-local, in interface order. */
export function allAddresses(place: NetPlace): string[] {
  const ifaces = place.from === 'host' ? hostInterfaces(place.state) : containerInterfaces(place.state, place.from);
  return ifaces
    .filter((i) => i.kind !== 'loopback')
    .flatMap((i) => i.addresses.filter((a) => a.scope !== 'link' && a.scope !== 'host').map((a) => a.ip));
}

/** Does argv ask for -I / --all-ip-addresses? */
function wantsAll(argv: string[]): boolean {
  for (const a of argv.slice(1)) {
    if (a === '--') break;
    if (a.startsWith('--')) {
      if ('--all-ip-addresses'.startsWith(a) && a.length > 4) return true;
    } else if (a.startsWith('-') && a.slice(1).includes('I')) return true;
  }
  return false;
}

/** The hostname program with the `hostIp` hook filled in for where it runs. */
export function withHostAddresses(base: Program): Program {
  return async (ctx) => {
    const place = placeOf(ctx);
    if (!place) return base(ctx);
    const addresses = wantsAll(ctx.argv) ? allAddresses(place) : nameAddresses(ctx, place, hostName(ctx));
    if (!addresses.length) return base(ctx);
    const world = Object.assign(Object.create(Object.getPrototypeOf(ctx.world) as object) as object, ctx.world, {
      hostIp: () => addresses.join(' '),
    });
    return base({ ...ctx, world });
  };
}
