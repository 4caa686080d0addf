/** `docker network disconnect` (docker/cli cli/command/network/disconnect.go). */
import { disconnectNetwork } from '../../engine/network/connect.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';

export const networkDisconnectCommand: Command = {
  path: 'docker network disconnect',
  usage: '[OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: { kind: 'exact', n: 2 },
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' }],
  async run(ctx, p, args) {
    try {
      disconnectNetwork(ctx.engine.state, args[0], args[1], flag.bool(p, 'force'));
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};
