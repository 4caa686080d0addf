/**
 * What the daemon reports about a container in `GET /containers/json`
 * (moby daemon/list.go transformContainer) and the strings docker/cli's
 * ContainerContext makes of it: COMMAND, STATUS, STATE, IMAGE, CREATED ...
 */
import { ZERO_TIME } from '../../engine/containers/create.ts';
import type { Engine } from '../../engine/engine.ts';
import { findImage } from '../../engine/images/store.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { ellipsis, truncateID } from '../format/formatter.ts';
import { quote } from '../format/gonumber.ts';
import { goNil } from '../format/govalue.ts';
import { type ContainerStateInfo, containerStateName, containerStatus, humanDuration, humanSizeWithPrecision } from '../format/units.ts';
import { treeSize } from '../../vfs/node.ts';
import { displayablePorts } from './ports.ts';

/** An RFC 3339 time of the daemon as epoch ms; null for Go's zero time. */
export function parseDockerTime(text: string): number | null {
  if (!text || text === ZERO_TIME) return null;
  // Date.parse wants at most milliseconds
  const ms = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(ms) ? null : ms;
}

export function stateInfo(c: ContainerRecord): ContainerStateInfo {
  return {
    running: c.State.Running,
    paused: c.State.Paused,
    restarting: c.State.Restarting,
    removalInProgress: c.State.Status === 'removing',
    dead: c.State.Dead,
    exitCode: c.State.ExitCode,
    startedAt: parseDockerTime(c.State.StartedAt),
    finishedAt: parseDockerTime(c.State.FinishedAt),
  };
}

/** State.String(): "Up 5 minutes", "Exited (0) 2 seconds ago", "Created" ... */
export function statusText(c: ContainerRecord, now: number): string {
  return containerStatus(stateInfo(c), now);
}

/** State.StateString(): "running", "paused", "exited" ... */
export function stateText(c: ContainerRecord): string {
  return containerStateName(stateInfo(c));
}

/** The Command of the summary: the path and its arguments, those with a space in single quotes. */
export function commandLine(c: ContainerRecord): string {
  if (c.Args.length === 0) return c.Path;
  return `${c.Path} ${c.Args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** The Image of the summary: the reference as given, or the image id once that reference names another image. */
export function summaryImage(engine: Engine, c: ContainerRecord): string {
  const ref = c.Config.Image || c.imageRef;
  if (ref === c.Image) return ref;
  const image = findImage(engine.state, ref);
  return image && image.Id === c.Image ? ref : c.Image;
}

/** reference.FamiliarString with the digest dropped (the tag kept), as ContainerContext.Image prints it. */
function familiarImage(ref: string): string {
  let s = ref.replace(/@sha256:[a-f0-9]+$/, '');
  if (s.startsWith('docker.io/')) s = s.slice('docker.io/'.length);
  if (s.startsWith('library/') && !s.slice('library/'.length).includes('/')) s = s.slice('library/'.length);
  return s;
}

/** Go's time.Time.String() of a Unix time in seconds, in UTC: "2026-11-22 08:00:13 +0000 UTC". */
export function goTimeString(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}

/** Bytes in the writable layer (SizeRw). */
export function sizeRw(c: ContainerRecord): number {
  return treeSize(c.layer);
}

/** Bytes of the image plus the writable layer (SizeRootFs). */
export function sizeRootFs(engine: Engine, c: ContainerRecord): number {
  return (engine.state.images[c.Image]?.Size ?? 0) + sizeRw(c);
}

export interface RowOptions {
  trunc: boolean;
  /** sizes were asked for (--size, or .Size in the format) */
  size: boolean;
}

/** A row of `docker ps` as formatter.ContainerContext presents it to templates (docker/cli v28). */
export function containerRow(engine: Engine, c: ContainerRecord, opts: RowOptions): Record<string, unknown> {
  const now = engine.now();
  const createdMs = Math.floor(c.created / 1000) * 1000;
  const image = summaryImage(engine, c);
  const labels = c.Config.Labels ?? {};
  let imageText: string;
  if (!opts.trunc) imageText = image;
  else if (truncateID(c.Image) === truncateID(image)) imageText = truncateID(image);
  else imageText = familiarImage(image);
  const rw = opts.size ? sizeRw(c) : 0;
  const rootfs = opts.size ? sizeRootFs(engine, c) : 0;
  const srw = humanSizeWithPrecision(rw, 3);
  return {
    ID: opts.trunc ? truncateID(c.Id) : c.Id,
    Names: c.Name,
    Image: imageText,
    Command: quote(opts.trunc ? ellipsis(commandLine(c), 20) : commandLine(c)),
    CreatedAt: goTimeString(c.created),
    RunningFor: humanDuration(now - createdMs) + ' ago',
    // a nil *formatter.Platform: `<nil>` in templates, null in JSON (no containerd image store)
    Platform: goNil('ptr', '*formatter.Platform'),
    Ports: displayablePorts(c),
    State: stateText(c),
    Status: statusText(c, now),
    Size: rootfs > 0 ? `${srw} (virtual ${humanSizeWithPrecision(rootfs, 3)})` : srw,
    Labels: Object.keys(labels)
      .map((k) => `${k}=${labels[k]}`)
      .sort()
      .join(','),
    Label: (name: unknown) => labels[String(name)] ?? '',
    Mounts: c.Mounts.map((m) => {
      const name = m.Name || m.Source;
      return opts.trunc ? ellipsis(name, 15) : name;
    }).join(','),
    LocalVolumes: String(c.Mounts.filter((m) => m.Driver === 'local').length),
    Networks: Object.keys(c.Networks).sort().join(','),
  };
}
