/**
 * `docker image prune` (docker/cli cli/command/image/prune.go, moby
 * ImagesPrune): dangling (untagged) images, or with -a every image no
 * container uses; the daemon deletes them reference by reference as
 * `docker rmi` would, skipping conflicts, and counts the removed layers.
 */
import type { Engine } from '../../engine/engine.ts';
import { invalidParameter } from '../../engine/errors.ts';
import { type ImageDeleteRecord, chainIds, deleteImage, imageReferences } from '../../engine/images/image-ops.ts';
import { catalogOf } from '../../engine/images/store.ts';
import { isDockerError } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { parseLogTime } from '../container/logs.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { humanSize } from '../format/units.ts';
import { type Filters, filterFlag, matchKVList, parseFilters, validateFilters } from '../system/filters.ts';
import { confirm } from '../system/prompt.ts';

const ALL_IMAGES_WARNING =
  'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';
const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';

/** Uncompressed size of each layer chain (the image's size spread over its layers by compressed size). */
function layerSizes(engine: Engine): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const image of Object.values(engine.state.images)) {
    const catalog = catalogOf(image);
    const chains = chainIds(catalog);
    const compressed = catalog.layers.reduce((a, l) => a + l.size, 0) || 1;
    catalog.layers.forEach((l, i) => sizes.set(chains[i], Math.round((image.Size * l.size) / compressed)));
  }
  return sizes;
}

/** ImagesPrune: the records of what went and the bytes reclaimed. */
export function pruneImages(engine: Engine, all: boolean, filters: Filters): { deleted: ImageDeleteRecord[]; reclaimed: number } {
  validateFilters(filters, ['dangling', 'label', 'label!', 'until']);
  let until = Infinity;
  for (const v of filters.get('until') ?? []) {
    const t = parseLogTime(v, engine.now());
    if (typeof t !== 'number') throw invalidParameter(t.error);
    until = t;
  }
  const sizes = layerSizes(engine);
  const deleted: ImageDeleteRecord[] = [];
  const swallow = (fn: () => ImageDeleteRecord[]) => {
    try {
      deleted.push(...fn());
    } catch (e) {
      // imageDeleteFailed: conflicts and vanished images are skipped
      if (!isDockerError(e)) throw e;
    }
  };
  for (const image of Object.values(engine.state.images)) {
    if (Date.parse(image.Created) > until) continue;
    const labels = image.Config.Labels ?? {};
    if (!matchKVList(filters, 'label', labels)) continue;
    if (filters.has('label!') && matchKVList(filters, 'label!', labels)) continue;
    const refs = imageReferences(image);
    if (refs.length > 0) {
      const hasTag = refs.some((r) => !r.includes('@'));
      if (!all && hasTag) continue;
      for (const r of refs) swallow(() => deleteImage(engine.state, r, false));
    } else {
      swallow(() => deleteImage(engine.state, image.Id.slice(7), false));
    }
  }
  const reclaimed = deleted.reduce((a, d) => a + (d.Deleted && sizes.has(d.Deleted) ? (sizes.get(d.Deleted) ?? 0) : 0), 0);
  return { deleted, reclaimed };
}

export const imagePruneCommand: Command = {
  path: 'docker image prune',
  usage: '[OPTIONS]',
  short: 'Remove unused images',
  args: { kind: 'none' },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    filterFlag('Provide filter values (e.g. "until=<timestamp>")', null),
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  async run(ctx, p) {
    const all = flag.bool(p, 'all');
    const filters = parseFilters(flag.list(p, 'filter'));
    if (!flag.bool(p, 'force') && !confirm(ctx, all ? ALL_IMAGES_WARNING : DANGLING_WARNING)) {
      // cancelled: docker exits 0, silently; on a terminal the learner's Enter ends the prompt line
      if (ctx.stdinIsTTY) ctx.stdout.write('\n');
      return 0;
    }
    let report: { deleted: ImageDeleteRecord[]; reclaimed: number };
    try {
      report = pruneImages(ctx.engine, all, filters);
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    let reclaimed = 0;
    if (report.deleted.length > 0) {
      const lines = report.deleted.map((d) => (d.Untagged !== undefined ? `untagged: ${d.Untagged}` : `deleted: ${d.Deleted}`));
      ctx.stdout.write(`Deleted Images:\n${lines.join('\n')}\n\n`);
      reclaimed = report.reclaimed;
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
