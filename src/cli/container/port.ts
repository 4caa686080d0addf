/**
 * `docker container port`: the container's published ports, or the host
 * addresses of one private port (docker/cli cli/command/container/port.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { joinHostPort, naturalLess, networkPorts } from './ports.ts';

export const portCommand: Command = {
  path: 'docker container port',
  aliases: ['docker port'],
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  args: { kind: 'range', min: 1, max: 2 },
  flags: [],
  run: async (ctx, _p, args) => {
    let ports;
    try {
      ports = networkPorts(getContainer(ctx.engine.state, args[0]));
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    const out: string[] = [];
    if (args.length > 1) {
      const spec = args[1];
      const slash = spec.indexOf('/');
      const port = slash < 0 ? spec : spec.slice(0, slash);
      const proto = slash < 0 || spec.slice(slash + 1) === '' ? 'tcp' : spec.slice(slash + 1);
      if (!/^\d+$/.test(port) || Number(port) > 65535) {
        const why = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
        ctx.stderr.write(`Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${why}\n`);
        return 1;
      }
      const frontends = ports[`${port}/${proto}`];
      if (!frontends || frontends.length === 0) {
        ctx.stderr.write(`Error: No public port '${spec}' published for ${args[0]}\n`);
        return 1;
      }
      for (const f of frontends) out.push(joinHostPort(f.HostIp, f.HostPort));
    } else {
      for (const [from, frontends] of Object.entries(ports)) {
        for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
      }
    }
    if (out.length) {
      out.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
      ctx.stdout.write(out.join('\n') + '\n');
    }
    return 0;
  },
};
