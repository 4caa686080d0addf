/**
 * `docker network connect` (docker/cli 28 cli/command/network/connect.go):
 * --alias, --ip, --ip6, --link, --link-local-ip, --driver-opt, --gw-priority.
 */
import { connectNetwork } from '../../engine/network/connect.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { stringSlice } from './opts.ts';

/** convertDriverOpt */
function driverOpts(values: string[]): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const opt of values) {
    const eq = opt.indexOf('=');
    const k = (eq < 0 ? opt : opt.slice(0, eq)).trim();
    if (eq < 0 || k === '') return 'invalid key/value pair format in driver options';
    out[k] = opt.slice(eq + 1).trim();
  }
  return out;
}

/** opts.ValidateLink: "name[:alias]". */
function validateLink(raw: string): string | null {
  const parts = raw.split(':');
  if (parts.length > 2 || parts.some((x) => x === '')) return `bad format for links: ${raw}`;
  return null;
}

export const networkConnectCommand: Command = {
  path: 'docker network connect',
  usage: '[OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: { kind: 'exact', n: 2 },
  flags: [
    { name: 'ip', type: 'string', usage: 'IPv4 address (e.g., "172.30.100.104")' },
    { name: 'ip6', type: 'string', usage: 'IPv6 address (e.g., "2001:db8::33")' },
    { name: 'link', type: 'list', usage: 'Add link to another container', validate: validateLink },
    { name: 'alias', type: 'list', typeName: 'strings', usage: 'Add network-scoped alias for the container' },
    { name: 'link-local-ip', type: 'list', typeName: 'strings', usage: 'Add a link-local address for the container' },
    { name: 'driver-opt', type: 'list', typeName: 'strings', usage: 'driver options for the network' },
    {
      name: 'gw-priority',
      type: 'int',
      usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.',
    },
  ],
  async run(ctx, p, args) {
    const opts = driverOpts(stringSlice(p, 'driver-opt'));
    if (typeof opts === 'string') {
      ctx.stderr.write(opts + '\n');
      return 1;
    }
    try {
      connectNetwork(ctx.engine.state, args[0], args[1], {
        ipv4: flag.str(p, 'ip') || undefined,
        ipv6: flag.str(p, 'ip6') || undefined,
        aliases: stringSlice(p, 'alias'),
        links: flag.list(p, 'link'),
        driverOpts: opts,
        gwPriority: flag.int(p, 'gw-priority'),
      });
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};
