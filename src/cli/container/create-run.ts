/**
 * The part `docker run` and `docker create` share: pulling a missing image
 * (printing docker's progress to stderr), creating the container, and
 * connecting any extra networks.
 */
import type { ContainerRecord } from '../../engine/state.ts';
import { catalogImageFor, findImage, pullImage } from '../../engine/images/store.ts';
import { pullProgress } from '../../engine/images/pull-progress.ts';
import { parseReference } from '../../engine/images/reference.ts';
import { isDockerError } from '../../engine/errors.ts';
import { networkWarnings } from '../../engine/network/container-settings.ts';
import type { CliContext } from '../command.ts';
import { show, storedLayers } from '../image/pull.ts';
import type { RunSettings } from './run-options.ts';

export type CreateOutcome = { container: ContainerRecord } | { error: string };

/** docker/cli createContainer(): pull when missing (per --pull), then create. */
export async function createForRun(ctx: CliContext, settings: RunSettings): Promise<CreateOutcome> {
  const { request } = settings;
  const ref = parseReference(request.Config.Image);
  if ('error' in ref) return { error: ref.error };
  const local = findImage(ctx.engine.state, request.Config.Image);
  if (settings.pull === 'always' || (!local && settings.pull !== 'never')) {
    const catalog = catalogImageFor(ref);
    try {
      const upToDate = !!local && !!catalog && local.Id === catalog.id;
      if (catalog) {
        const events = pullProgress(catalog, {
          situation: 'run',
          requested: request.Config.Image,
          tty: ctx.isTTY,
          columns: ctx.columns,
          quiet: settings.quiet,
          upToDate,
          existingLayers: storedLayers(ctx, null),
        });
        if (!local) await show(ctx, events);
      } else if (!local) ctx.stderr.write(`Unable to find image '${ref.familiar}' locally\n`);
      pullImage(ctx.engine.state, request.Config.Image);
    } catch (e) {
      if (isDockerError(e)) return { error: `Error response from daemon: ${e.message}` };
      throw e;
    }
  } else if (!local) {
    return { error: `Error response from daemon: No such image: ${ref.familiar}` };
  }
  try {
    const container = ctx.engine.create(request);
    // the daemon's create warnings, printed by the client before anything else
    for (const warning of networkWarnings(container.HostConfig)) ctx.stderr.write(`WARNING: ${warning}\n`);
    return { container };
  } catch (e) {
    if (isDockerError(e)) return { error: `Error response from daemon: ${e.message}` };
    throw e;
  }
}
