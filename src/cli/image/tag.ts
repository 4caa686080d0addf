/**
 * `docker image tag` / `docker tag` (docker/cli cli/command/image/tag.go and
 * the client's ImageTag): both references are checked by the client, a
 * digest is refused as the target, then the daemon points the tag at the
 * source image (taking it from another image if it had it).
 */
import { tagImage } from '../../engine/images/image-ops.ts';
import { parseReference } from '../../engine/images/reference.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';

const invalid = (ref: string, error: string) => `Error parsing reference: ${JSON.stringify(ref)} is not a valid repository/tag: ${error}\n`;

export const imageTagCommand: Command = {
  path: 'docker image tag',
  aliases: ['docker tag'],
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { kind: 'exact', n: 2 },
  flags: [],
  async run(ctx, _p, [source, target]) {
    // reference.ParseAnyReference accepts a bare 64-hex id
    const src = /^[a-f0-9]{64}$/.test(source) ? null : parseReference(source);
    if (src && 'error' in src) {
      ctx.stderr.write(invalid(source, src.error));
      return 1;
    }
    const ref = parseReference(target);
    if ('error' in ref) {
      ctx.stderr.write(invalid(target, ref.error));
      return 1;
    }
    if (ref.digest) {
      ctx.stderr.write('refusing to create a tag with a digest reference\n');
      return 1;
    }
    try {
      tagImage(ctx.engine.state, source, ref);
      return 0;
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
  },
};
