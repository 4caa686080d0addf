/**
 * `docker container inspect`: containers only, with the daemon's own
 * not-found error (docker/cli cli/command/container/inspect.go).
 */
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { flag } from '../flags.ts';
import { runInspect } from '../system/inspector.ts';
import { INSPECT_FORMAT_HELP } from './help-texts.ts';
import { containerJson } from './inspect-json.ts';

export const inspectCommand: Command = {
  path: 'docker container inspect',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  run: (ctx, p, args) =>
    runInspect(ctx, args, flag.str(p, 'format'), (ref) => ({
      typed: containerJson(ctx.engine, getContainer(ctx.engine.state, ref), { size: flag.bool(p, 'size') }),
      raw: true,
    })),
};
