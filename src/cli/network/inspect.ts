/** `docker network inspect` (docker/cli cli/command/network/inspect.go). */
import { getNetwork } from '../../engine/network/networks.ts';
import type { Command } from '../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/help-texts.ts';
import { flag } from '../flags.ts';
import { runInspect } from '../system/inspector.ts';
import { networkJson } from './inspect-json.ts';

export const networkInspectCommand: Command = {
  path: 'docker network inspect',
  usage: '[OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    // -v adds the services and tasks of swarm networks; local networks print the same
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  async run(ctx, p, args) {
    // the daemon sends JSON: a failing template is retried on it (raw)
    return runInspect(ctx, args, flag.str(p, 'format'), (ref) => ({
      typed: networkJson(ctx.engine, getNetwork(ctx.engine.state, ref)),
      raw: true,
    }));
  },
};
