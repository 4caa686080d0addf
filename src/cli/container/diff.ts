/**
 * `docker container diff` (`docker diff`): the files and directories a
 * container added (A), changed (C) or deleted (D) in its writable layer,
 * one per line (docker/cli cli/command/container/diff.go).
 */
import { layerChanges } from '../../engine/containers/changes.ts';
import { getContainer } from '../../engine/containers/lookup.ts';
import type { Command } from '../command.ts';
import { reportDaemonError } from '../errors.ts';

export const diffCommand: Command = {
  path: 'docker container diff',
  aliases: ['docker diff'],
  usage: 'CONTAINER',
  short: "Inspect changes to files or directories on a container's filesystem",
  args: { kind: 'exact', n: 1 },
  flags: [],
  run: async (ctx, _p, args) => {
    let lines: string;
    try {
      const c = getContainer(ctx.engine.state, args[0]);
      lines = layerChanges(c.layer, ctx.engine.imageOf(c).rootfs())
        .map((ch) => `${ch.kind} ${ch.path}\n`)
        .join('');
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    ctx.stdout.write(lines);
    return 0;
  },
};
