/**
 * Named and anonymous volumes of the local driver. A volume's data lives on
 * the host at /var/lib/docker/volumes/NAME/_data, where bind mounts and
 * `ls` on the host see it.
 */
import { randomId } from './env.ts';
import { conflict, invalidParameter, notFound } from './errors.ts';
import type { EngineState, VolumeRecord } from './state.ts';
import type { LayeredFs } from '../vfs/layered-fs.ts';

export const VOLUMES_ROOT = '/var/lib/docker/volumes';
const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function volumeMountpoint(name: string): string {
  return `${VOLUMES_ROOT}/${name}/_data`;
}

export function validateVolumeName(name: string): void {
  if (name.length < 2 && /^[a-zA-Z0-9]$/.test(name)) {
    throw invalidParameter(`create ${name}: volume name is too short, names should be at least two alphanumeric characters`);
  }
  if (!VALID_NAME.test(name)) {
    throw invalidParameter(
      `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    );
  }
}

export interface VolumeCreateOptions {
  name?: string;
  driver?: string;
  labels?: Record<string, string>;
  options?: Record<string, string>;
}

/** `docker volume create`; an existing name is returned as it is (Docker is idempotent here). */
export function createVolume(state: EngineState, hostFs: LayeredFs, opts: VolumeCreateOptions): VolumeRecord {
  const anonymous = !opts.name;
  const name = opts.name ?? randomId(state.env);
  validateVolumeName(name);
  const driver = opts.driver ?? 'local';
  if (driver !== 'local') throw notFound(`error looking up volume plugin ${driver}: plugin "${driver}" not found`);
  const existing = state.volumes[name];
  if (existing) return existing;
  const labels = { ...(opts.labels ?? {}) };
  if (anonymous) labels['com.docker.volume.anonymous'] = '';
  const volume: VolumeRecord = {
    Name: name,
    Driver: driver,
    created: state.env.clock,
    Labels: labels,
    Options: { ...(opts.options ?? {}) },
    Scope: 'local',
    anonymous,
  };
  state.volumes[name] = volume;
  hostFs.mkdir(volumeMountpoint(name), { parents: true });
  return volume;
}

export function getVolume(state: EngineState, name: string): VolumeRecord {
  const volume = state.volumes[name];
  if (!volume) throw notFound(`get ${name}: no such volume`);
  return volume;
}

/** Ids of the containers (running or not) that mount a volume. */
export function volumeUsers(state: EngineState, name: string): string[] {
  return Object.values(state.containers)
    .filter((c) => c.Mounts.some((m) => m.Type === 'volume' && m.Name === name))
    .map((c) => c.Id);
}

export function removeVolume(state: EngineState, hostFs: LayeredFs, name: string, force = false): void {
  const volume = state.volumes[name];
  if (!volume) {
    if (force) return;
    throw notFound(`get ${name}: no such volume`);
  }
  const users = volumeUsers(state, name);
  if (users.length) throw conflict(`remove ${name}: volume is in use - [${users.join(', ')}]`);
  delete state.volumes[name];
  hostFs.rm(`${VOLUMES_ROOT}/${name}`, { recursive: true });
}

/** Bytes a volume's data takes on the host (Total reclaimed space). */
export function volumeSize(hostFs: LayeredFs, name: string): number {
  let total = 0;
  const walk = (path: string) => {
    const s = hostFs.stat(path);
    if (!s) return;
    if (s.type === 'file') total += s.size;
    else if (s.type === 'dir') for (const child of hostFs.readdir(path)) walk(`${path}/${child}`);
  };
  walk(volumeMountpoint(name));
  return total;
}

/**
 * `docker volume prune`: since API 1.42 (engine 23) only unused anonymous
 * volumes, all unused ones with `--all`. Returns names and bytes reclaimed.
 */
export function pruneVolumes(
  state: EngineState,
  hostFs: LayeredFs,
  opts: { all: boolean; labelFilters?: ((v: VolumeRecord) => boolean)[] },
): { deleted: string[]; reclaimed: number } {
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const volume of Object.values(state.volumes)) {
    if (!opts.all && !volume.anonymous) continue;
    if (volumeUsers(state, volume.Name).length) continue;
    if (opts.labelFilters && !opts.labelFilters.every((f) => f(volume))) continue;
    reclaimed += volumeSize(hostFs, volume.Name);
    removeVolume(state, hostFs, volume.Name);
    deleted.push(volume.Name);
  }
  return { deleted, reclaimed };
}
