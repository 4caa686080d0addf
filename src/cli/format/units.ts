/**
 * docker/go-units (size.go, duration.go) and the strings docker builds on it:
 * the container STATUS column (moby daemon/container/state.go State.String)
 * and the CREATED column ("3 seconds ago"). Pure functions; durations are in
 * milliseconds, sizes in bytes.
 *
 * Which precision docker/cli uses where (cli/command/formatter):
 *   docker images SIZE, docker ps SIZE:        humanSizeWithPrecision(size, 3)
 *   docker system df, volume SIZE, VirtualSize: humanSize (precision 4)
 */
import { formatFloat } from './gonumber.ts';

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, map: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < map.length - 1) {
    size /= base;
    i++;
  }
  return [size, map[i]];
}

/** Go's fmt %.{precision}g. */
function formatG(value: number, precision: number): string {
  return formatFloat(value, 'g', precision);
}

/** units.HumanSizeWithPrecision: decimal units, `precision` significant digits ("1.99MB", "7.75kB"). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [v, unit] = sizeAndUnit(size, 1000, DECIMAL_ABBRS);
  return formatG(v, precision) + unit;
}

/** units.HumanSize: HumanSizeWithPrecision(size, 4) ("2.746MB", "796kB", "0B"). */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** units.BytesSize: binary units, 4 significant digits ("44KiB", "17MiB"). */
export function bytesSize(size: number): string {
  const [v, unit] = sizeAndUnit(size, 1024, BINARY_ABBRS);
  return formatG(v, 4) + unit;
}

/** units.HumanDuration of a duration in milliseconds. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3600000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}

/** The CREATED column of `docker ps` and `docker images`: "3 seconds ago". */
export function timeAgo(ms: number): string {
  return humanDuration(ms) + ' ago';
}

export type HealthStatus = 'starting' | 'healthy' | 'unhealthy';

/** The parts of a container's state that its status string depends on. Times are epoch ms; null is Go's zero time. */
export interface ContainerStateInfo {
  readonly running: boolean;
  readonly paused?: boolean;
  readonly restarting?: boolean;
  readonly removalInProgress?: boolean;
  readonly dead?: boolean;
  readonly exitCode: number;
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** Present when the container has a healthcheck. */
  readonly health?: HealthStatus | null;
}

/**
 * State.String(): "Up 2 seconds", "Up 3 minutes (Paused)", "Up 5 seconds (healthy)",
 * "Up 1 second (health: starting)", "Restarting (1) 2 seconds ago",
 * "Exited (0) 5 seconds ago", "Created", "Removal In Progress", "Dead".
 */
export function containerStatus(s: ContainerStateInfo, now: number): string {
  const since = (t: number | null): string => humanDuration(now - (t ?? 0));
  if (s.running) {
    if (s.paused) return `Up ${since(s.startedAt)} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${since(s.finishedAt)} ago`;
    if (s.health) return `Up ${since(s.startedAt)} (${s.health === 'starting' ? 'health: starting' : s.health})`;
    return `Up ${since(s.startedAt)}`;
  }
  if (s.removalInProgress) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (s.startedAt === null) return 'Created';
  if (s.finishedAt === null) return '';
  return `Exited (${s.exitCode}) ${since(s.finishedAt)} ago`;
}

export type ContainerStateName = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** State.State(): the STATE column and `{{.State}}`. */
export function containerStateName(s: ContainerStateInfo): ContainerStateName {
  if (s.running) return s.paused ? 'paused' : s.restarting ? 'restarting' : 'running';
  if (s.removalInProgress) return 'removing';
  if (s.dead) return 'dead';
  if (s.startedAt === null) return 'created';
  return 'exited';
}
