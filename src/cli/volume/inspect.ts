/** `docker volume inspect` (docker/cli cli/command/volume/inspect.go). */
import { getVolume } from '../../engine/volumes.ts';
import type { Command } from '../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/help-texts.ts';
import { flag } from '../flags.ts';
import { runInspect } from '../system/inspector.ts';
import { volumeJson } from './inspect-json.ts';

export const volumeInspectCommand: Command = {
  path: 'docker volume inspect',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: { kind: 'min', n: 1 },
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  async run(ctx, p, args) {
    // the client marshals the volume itself: no raw JSON to fall back on
    return runInspect(ctx, args, flag.str(p, 'format'), (name) => ({
      typed: volumeJson(ctx.engine, getVolume(ctx.engine.state, name)),
      raw: false,
    }));
  },
};
