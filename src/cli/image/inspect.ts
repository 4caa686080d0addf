/**
 * `docker image inspect` (docker/cli cli/command/image/inspect.go): the
 * daemon's JSON of each image (inspect-json.ts), or a template on it.
 */
import { getImage } from '../../engine/images/image-ops.ts';
import type { Command } from '../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/help-texts.ts';
import { flag } from '../flags.ts';
import { runInspect } from '../system/inspector.ts';
import { imageJson } from './inspect-json.ts';

export const imageInspectCommand: Command = {
  path: 'docker image inspect',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    {
      name: 'platform',
      type: 'string',
      usage:
        "Inspect a specific platform of the multi-platform image.\nIf the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)",
    },
  ],
  async run(ctx, p, args) {
    return runInspect(ctx, args, flag.str(p, 'format'), (ref) => ({ typed: imageJson(ctx.engine, getImage(ctx.engine.state, ref)), raw: true }));
  },
};
