/** `docker create`: a container from an image, not started; prints its id. */
import type { Command } from '../command.ts';
import { reportRunError } from '../errors.ts';
import { createForRun } from './create-run.ts';
import { CREATE_FLAGS } from './create-flags.ts';
import { HIDDEN_RUN_FLAGS, buildRunSettings, withValidators } from './run-options.ts';

export const createCommand: Command = {
  path: 'docker container create',
  aliases: ['docker create'],
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new container',
  args: { kind: 'min', n: 1 },
  flags: [...withValidators(CREATE_FLAGS), ...HIDDEN_RUN_FLAGS],
  interspersed: false,
  async run(ctx, p, args) {
    const path = ctx.invokedPath ?? 'docker create';
    const settings = buildRunSettings(ctx, p, args);
    if ('error' in settings) return reportRunError(ctx, path, settings.error);
    const created = await createForRun(ctx, settings);
    if ('error' in created) {
      if (!created.error.startsWith('Error response from daemon:')) return reportRunError(ctx, path, created.error);
      // daemon errors print plainly and exit 1 here (docker/cli container/create.go), unlike docker run
      ctx.stderr.write(created.error + '\n');
      return 1;
    }
    ctx.stdout.write(created.container.Id + '\n');
    return 0;
  },
};
