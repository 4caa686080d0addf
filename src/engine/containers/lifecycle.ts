/**
 * Container state transitions: start, stop, kill, the main process exiting,
 * removal and renaming, with Docker's errors and exit codes.
 */
import { rfc3339Nano } from '../env.ts';
import { conflict, invalidParameter } from '../errors.ts';
import { isDockerError } from '../errors.ts';
import { releaseEndpoints } from '../network/networks.ts';
import { setupNetworking } from '../network/sandbox.ts';
import type { ContainerRecord, EngineState, ProcessPlan } from '../state.ts';
import { removeVolume } from '../volumes.ts';
import { dirNode } from '../../vfs/node.ts';
import { LayeredFs } from '../../vfs/layered-fs.ts';
import { catalogOf } from '../images/store.ts';
import { findContainer, getContainer } from './lookup.ts';
import { VALID_CONTAINER_NAME } from './names.ts';
import { ignoresSigterm, planProcess } from './process.ts';

/** Where the daemon keeps a container's hostname, hosts and resolv.conf on the host. */
export function containerDir(id: string): string {
  return `/var/lib/docker/containers/${id}`;
}

/** The mode a tmpfs mount asks for: `tmpfs-mode` (--mount) or `mode=` (--tmpfs), else tmpfs's default 1777. */
export function tmpfsRequestedMode(container: ContainerRecord, destination: string): number {
  const spec = container.HostConfig.Mounts?.find((s) => s.Type === 'tmpfs' && s.Target === destination);
  if (spec?.TmpfsOptions?.Mode) return spec.TmpfsOptions.Mode;
  const opt = /(?:^|,)mode=([0-7]+)(?:,|$)/.exec(container.HostConfig.Tmpfs?.[destination] ?? '');
  return opt ? Number.parseInt(opt[1], 8) : 0o1777;
}

/**
 * The permissions of a tmpfs mount's root once mounted. runc mounts the tmpfs
 * with the mode asked for, but when the mount point already exists it copies
 * that directory's mode onto the tmpfs: the image's directory, or the one runc
 * itself made (0755) at an earlier start, so a restart shows drwxr-xr-x
 * (docker/for-linux#138, moby#39466, both still open).
 */
function tmpfsRootMode(state: EngineState, container: ContainerRecord, destination: string, startedBefore: boolean): number {
  const image = state.images[container.Image];
  const inImage = image ? new LayeredFs(catalogOf(image).rootfs(), undefined, () => state.env.clock).stat(destination) : null;
  if (inImage) return inImage.mode;
  if (startedBefore) return 0o755;
  return tmpfsRequestedMode(container, destination);
}

/** Marks a container running, gives it addresses and fresh tmpfs mounts; returns what PID 1 does. */
export function startContainer(state: EngineState, container: ContainerRecord): ProcessPlan {
  if (container.State.Running) return container.process;
  try {
    setupNetworking(state, container);
  } catch (e) {
    // daemon containerStart: the error is kept and the exit code set to 128 (exitUnknown)
    if (isDockerError(e)) container.State = { ...container.State, Error: e.message, ExitCode: container.State.ExitCode || 128 };
    throw e;
  }
  const now = state.env.clock;
  const startedBefore = container.State.StartedAt !== '0001-01-01T00:00:00Z';
  container.pidCounter += 1;
  container.State = {
    ...container.State,
    Status: 'running',
    Running: true,
    Paused: false,
    Restarting: false,
    Dead: false,
    Pid: 2000 + Object.keys(state.containers).indexOf(container.Id) * 100 + container.pidCounter,
    ExitCode: 0,
    Error: '',
    StartedAt: rfc3339Nano(now, 654321),
  };
  container.tmpfs = {};
  for (const m of container.Mounts) if (m.Type === 'tmpfs') container.tmpfs[m.Destination] = dirNode(now, tmpfsRootMode(state, container, m.Destination, startedBefore));
  for (const dst of Object.keys(container.HostConfig.Tmpfs ?? {})) container.tmpfs[dst] = dirNode(now, tmpfsRootMode(state, container, dst, startedBefore));
  container.process = planProcess(container, now);
  container.ignoresSigterm = ignoresSigterm(container);
  return container.process;
}

/** The main process ended with `code`: addresses go back, tmpfs is emptied; `--rm` containers go. */
export function markExited(state: EngineState, container: ContainerRecord, code: number, at = state.env.clock): void {
  if (!container.State.Running) return;
  exitWithoutRemoval(state, container, code, at);
  if (container.HostConfig.AutoRemove && state.containers[container.Id]) {
    removeContainer(state, new LayeredFs(state.host, undefined, () => state.env.clock), container, { volumes: true });
  }
}

function exitWithoutRemoval(state: EngineState, container: ContainerRecord, code: number, at = state.env.clock): void {
  releaseEndpoints(state, container);
  container.Ports = [];
  container.tmpfs = {};
  container.process = { kind: 'exited' };
  container.attached = false;
  container.State = {
    ...container.State,
    Status: 'exited',
    Running: false,
    Paused: false,
    Pid: 0,
    ExitCode: code,
    FinishedAt: rfc3339Nano(at, 987654),
  };
}

/** The runtime could not exec PID 1: the container stays created, with the error and 126/127. */
export function markStartFailed(state: EngineState, container: ContainerRecord, message: string, code: number): void {
  releaseEndpoints(state, container);
  container.State = { ...container.State, Status: container.State.StartedAt === '0001-01-01T00:00:00Z' ? 'created' : 'exited', ExitCode: code, Error: message };
}

export const DEFAULT_STOP_TIMEOUT_S = 10;

/**
 * `docker stop`: SIGTERM (or the image's StopSignal), then SIGKILL after the
 * timeout if PID 1 ignores it. Returns how long the stop took (ms).
 */
export function stopContainer(state: EngineState, container: ContainerRecord, timeoutSeconds = DEFAULT_STOP_TIMEOUT_S): number {
  if (!container.State.Running) return 0;
  if (container.ignoresSigterm) {
    const waited = Math.max(0, timeoutSeconds) * 1000;
    state.env.clock += waited;
    markExited(state, container, 137);
    return waited;
  }
  markExited(state, container, 0);
  return 0;
}

const SIGNALS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, TERM: 15, STOP: 19, WINCH: 28,
};

export function parseSignal(input: string): number | undefined {
  if (/^\d+$/.test(input)) return Number(input);
  const name = input.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[name];
}

/** `docker kill`: SIGKILL by default (exit 137); other signals end daemons that handle them. */
export function killContainer(state: EngineState, container: ContainerRecord, signal = 'KILL'): void {
  const n = parseSignal(signal);
  if (n === undefined) throw invalidParameter(`Invalid signal: ${signal}`);
  if (!container.State.Running) {
    throw conflict(`cannot kill container: ${container.Id}: container ${container.Id} is not running`);
  }
  if (n === 9) markExited(state, container, 137);
  else if (!container.ignoresSigterm && [1, 2, 3, 15].includes(n)) markExited(state, container, 128 + n);
}

/** `docker rm`: refuses a running container unless forced; `-v` removes its anonymous volumes. */
export function removeContainer(
  state: EngineState,
  hostFs: LayeredFs,
  container: ContainerRecord,
  opts: { force?: boolean; volumes?: boolean; ref?: string },
): void {
  if (container.State.Running) {
    if (!opts.force) {
      throw conflict(
        `cannot remove container "${opts.ref ?? container.Name}": container is running: stop the container before removing or force remove`,
      );
    }
    exitWithoutRemoval(state, container, 137);
  }
  delete state.containers[container.Id];
  if (hostFs.stat(containerDir(container.Id))) hostFs.rm(containerDir(container.Id), { recursive: true });
  if (opts.volumes) {
    for (const m of container.Mounts) {
      if (m.Type !== 'volume' || !m.Name || !state.volumes[m.Name]?.anonymous) continue;
      try {
        removeVolume(state, hostFs, m.Name);
      } catch {
        // still used by another container (--volumes-from): it stays
      }
    }
  }
}

export function renameContainer(state: EngineState, container: ContainerRecord, newName: string): void {
  if (!VALID_CONTAINER_NAME.test(newName)) {
    const shown = newName.startsWith('/') ? newName : `/${newName}`;
    throw invalidParameter(`Error when allocating new name: Invalid container name (${shown}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  }
  const name = newName.replace(/^\//, '');
  if (name === container.Name) throw invalidParameter('Renaming a container with the same name as its current name');
  const other = Object.values(state.containers).find((c) => c.Name === name);
  if (other) {
    throw conflict(
      `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${other.Id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  container.Name = name;
}

/** Containers whose `sleep` has run out by now exit 0 (lazy: checked before each command). */
export function settleSleepers(state: EngineState): void {
  for (const c of Object.values(state.containers)) {
    if (c.State.Running && c.process.kind === 'sleep' && c.process.until !== null && c.process.until <= state.env.clock) {
      markExited(state, c, 0, c.process.until);
    }
  }
}
