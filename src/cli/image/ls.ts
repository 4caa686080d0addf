/**
 * `docker image ls` / `docker images`: the daemon's list (moby
 * daemon/images/images.go: newest first, filters dangling, label, before,
 * since, reference, until) and docker/cli's rows (cli/command/image/list.go,
 * cli/command/formatter/image.go: one row per repository and tag, <none>
 * for dangling images, SIZE with 3 significant digits, CREATED relative to
 * the lab clock).
 */
import type { EngineState, ImageRecord } from '../../engine/state.ts';
import { getImage, sortedRepoDigests, sortedRepoTags } from '../../engine/images/image-ops.ts';
import type { Command } from '../command.ts';
import { FORMAT_HELP } from '../container/help-texts.ts';
import { parseLogTime } from '../container/logs.ts';
import { reportDaemonError } from '../errors.ts';
import { flag } from '../flags.ts';
import { IMAGE_CONTEXT, selectFormat } from '../format/contexts.ts';
import { FormatError, formatRows, truncateID } from '../format/formatter.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../format/units.ts';
import { type Filters, addFilter, filterFlag, getBoolOrDefault, matchKVList, parseFilters, validateFilters } from '../system/filters.ts';
import { invalidParameter } from '../../engine/errors.ts';

/** What GET /images/json returns for one image (image.Summary). */
export interface ImageSummary {
  image: ImageRecord;
  RepoTags: string[];
  RepoDigests: string[];
  /** unix seconds */
  Created: number;
  Size: number;
}

export const createdSeconds = (image: ImageRecord): number => Math.floor(Date.parse(image.Created) / 1000);

/** Go's path.Match, as reference.FamiliarMatch uses it; null for a malformed pattern. */
export function pathMatch(pattern: string, name: string): boolean | null {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= pattern.length) return null;
      re += pattern[++i].replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return null;
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^')) cls = '^' + cls.slice(1).replace(/\\/g, '\\\\');
      else cls = cls.replace(/\\/g, '\\\\');
      re += `[${cls}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`).test(name);
  } catch {
    return null;
  }
}

/** reference.FamiliarMatch: the pattern against "name:tag" (or "name@digest"), then against "name". */
function familiarMatch(pattern: string, ref: string): boolean {
  if (pathMatch(pattern, ref)) return true;
  const at = ref.indexOf('@');
  const colon = ref.lastIndexOf(':');
  const name = at >= 0 ? ref.slice(0, at) : colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
  return pathMatch(pattern, name) === true;
}

const IMAGE_FILTERS = ['dangling', 'label', 'before', 'since', 'reference', 'until'];

/** The daemon's image list (ImageService.Images) with its filters; newest first. */
export function listImages(state: EngineState, filters: Filters, now: number): ImageSummary[] {
  validateFilters(filters, IMAGE_FILTERS);
  const danglingOnly = filters.has('dangling') ? getBoolOrDefault(filters, 'dangling', false) : false;
  let beforeCreated = Infinity;
  let sinceCreated = -Infinity;
  for (const v of filters.get('before') ?? []) beforeCreated = Math.min(beforeCreated, createdSeconds(getImage(state, v)));
  for (const v of filters.get('since') ?? []) sinceCreated = Math.max(sinceCreated, createdSeconds(getImage(state, v)));
  let until = Infinity;
  for (const v of filters.get('until') ?? []) {
    const t = parseLogTime(v, now);
    if (typeof t !== 'number') throw invalidParameter(t.error);
    until = Math.floor(t / 1000);
  }
  for (const pattern of filters.get('reference') ?? []) {
    if (pathMatch(pattern, '') === null) throw invalidParameter('syntax error in pattern');
  }
  const out: ImageSummary[] = [];
  for (const image of Object.values(state.images)) {
    const created = createdSeconds(image);
    if (created >= beforeCreated || created <= sinceCreated || created > until) continue;
    if (filters.has('label') && !matchKVList(filters, 'label', image.Config.Labels ?? {})) continue;
    let tags = sortedRepoTags(image);
    let digests = sortedRepoDigests(image);
    const patterns = filters.get('reference');
    if (patterns) {
      const keep = (r: string) => patterns.some((p) => familiarMatch(p, r));
      tags = tags.filter(keep);
      digests = digests.filter(keep);
      if (tags.length === 0 && digests.length === 0) continue;
    }
    if (tags.length === 0 && digests.length === 0) {
      if (filters.has('dangling') && !danglingOnly) continue;
    } else if (danglingOnly && tags.length > 0) continue;
    out.push({ image, RepoTags: tags, RepoDigests: digests, Created: created, Size: image.Size });
  }
  // sort.Sort(sort.Reverse(byCreated)): newest first (stable here)
  return out.map((s, i) => [s, i] as const).sort((a, b) => b[0].Created - a[0].Created || a[1] - b[1]).map(([s]) => s);
}

interface Row {
  repo: string;
  tag: string;
  digest: string;
}

/** formatter.imageFormatTaggedAndDigest: the rows of one image. */
function imageRows(s: ImageSummary, needDigest: boolean, showDigests: boolean): Row[] {
  if (s.RepoTags.length === 0 && s.RepoDigests.length === 0) return [{ repo: '<none>', tag: '<none>', digest: '<none>' }];
  const split = (ref: string, sep: string): [string, string] => {
    const i = sep === '@' ? ref.indexOf('@') : ref.lastIndexOf(':');
    return [ref.slice(0, i), ref.slice(i + 1)];
  };
  const repoTags = new Map<string, string[]>();
  for (const t of s.RepoTags) {
    const [repo, tag] = split(t, ':');
    repoTags.set(repo, [...(repoTags.get(repo) ?? []), tag]);
  }
  const repoDigests = new Map<string, string[]>();
  for (const d of s.RepoDigests) {
    const [repo, digest] = split(d, '@');
    repoDigests.set(repo, [...(repoDigests.get(repo) ?? []), digest]);
  }
  const rows: Row[] = [];
  for (const [repo, tags] of repoTags) {
    const digests = needDigest ? (repoDigests.get(repo) ?? []) : [];
    repoDigests.delete(repo);
    for (const tag of tags) {
      if (digests.length === 0) rows.push({ repo, tag, digest: '<none>' });
      for (const digest of digests) rows.push({ repo, tag, digest });
    }
  }
  for (const [repo, digests] of repoDigests) {
    if (showDigests) for (const digest of digests) rows.push({ repo, tag: '<none>', digest });
    else rows.push({ repo, tag: '<none>', digest: '' });
  }
  return rows;
}

/** time.Unix(created, 0).String() in UTC: "2026-08-25 01:37:34 +0000 UTC". */
export function goTimeString(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 19).replace('T', ' ') + ' +0000 UTC';
}

export const imageLsCommand: Command = {
  path: 'docker image ls',
  aliases: ['docker image list', 'docker images'],
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  args: { kind: 'max', n: 1 },
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
    { name: 'digests', type: 'bool', usage: 'Show digests' },
    filterFlag('Filter output based on conditions provided'),
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  ],
  async run(ctx, p, args) {
    const filters = parseFilters(flag.list(p, 'filter'));
    if (args.length > 0) addFilter(filters, 'reference', args[0]);
    const now = ctx.engine.now();
    let images: ImageSummary[];
    try {
      images = listImages(ctx.engine.state, filters, now);
    } catch (e) {
      return reportDaemonError(ctx, e);
    }
    const showDigests = flag.bool(p, 'digests');
    const format = selectFormat(IMAGE_CONTEXT, flag.str(p, 'format') || 'table', { quiet: flag.bool(p, 'quiet'), digest: showDigests });
    const needDigest = showDigests || format.includes('{{.Digest}}');
    const trunc = !flag.bool(p, 'no-trunc');
    const rows: Record<string, unknown>[] = [];
    for (const s of images) {
      for (const r of imageRows(s, needDigest, showDigests)) {
        rows.push({
          Containers: 'N/A',
          CreatedAt: goTimeString(s.Created),
          CreatedSince: `${humanDuration(now - s.Created * 1000)} ago`,
          Digest: r.digest,
          ID: trunc ? truncateID(s.image.Id) : s.image.Id,
          Repository: r.repo,
          SharedSize: 'N/A',
          Size: humanSizeWithPrecision(s.Size, 3),
          Tag: r.tag,
          UniqueSize: 'N/A',
          VirtualSize: humanSize(s.Size),
        });
      }
    }
    const out = formatRows({ format, rows, context: IMAGE_CONTEXT });
    if (out instanceof FormatError) {
      ctx.stderr.write(out.message + '\n');
      return 1;
    }
    ctx.stdout.write(out);
    return 0;
  },
};
