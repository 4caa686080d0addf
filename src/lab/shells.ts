/**
 * Building shells: the Docker host's bash, and a shell inside a container
 * with the container's files, environment, working directory and programs.
 */
import type { ContainerRuntime } from '../cli/command.ts';
import type { Engine } from '../engine/engine.ts';
import { HOST_NAME } from '../engine/host.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { linkEnv } from '../engine/network/links.ts';
import type { World } from '../programs/world.ts';
import { Shell } from '../shell/index.ts';
import type { CommandClock } from './clock.ts';
import { HOST_PATH, containerProgram, hostProgram, isBusyboxUserland } from './programs.ts';

export interface ContainerShellOptions {
  /** the container's main process (PID 1) rather than an exec */
  main: boolean;
  workdir?: string;
  env?: string[];
  tty?: boolean;
  /** the shell's dialect when it is an interactive shell started by name (bash, sh) */
  dialect?: 'bash' | 'ash' | 'dash';
}

/** Quotes an argv so the shell runs exactly these words (exec form, no expansion). */
export function quoteArgv(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(' ');
}

function envRecord(entries: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const eq = e.indexOf('=');
    if (eq > 0) out[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return out;
}

/**
 * A container process's environment in Docker's order (daemon
 * CreateDaemonEnvironment): PATH and HOSTNAME, TERM with a tty, then the
 * links' variables, the container's Env replacing or appending, then an exec's -e; HOME last if unset.
 */
export function processEnvironment(engine: Engine, container: ContainerRecord, options: { tty?: boolean; env?: string[] }): Record<string, string> {
  const env: Record<string, string> = { PATH: HOST_PATH, HOSTNAME: container.Config.Hostname };
  if (options.tty ?? container.Config.Tty) env.TERM = 'xterm';
  // --link's variables (MYSQL_PORT_3306_TCP_ADDR...) come before the container's own
  Object.assign(env, envRecord(linkEnv(engine.state, container)), envRecord(container.Config.Env), envRecord(options.env ?? []));
  env.HOME ??= '/root';
  return env;
}

export function hostShell(engine: Engine, runtime: ContainerRuntime, clock: () => CommandClock, terminal: World['terminal']): Shell<World> {
  const world: World = { engine, runtime, now: () => engine.now(), terminal };
  return new Shell<World>({
    fs: engine.hostFs,
    cwd: '/root',
    env: { HOME: '/root', PATH: HOST_PATH, USER: 'root', LOGNAME: 'root', SHELL: '/bin/bash', HOSTNAME: HOST_NAME, TERM: 'xterm-256color', LANG: 'C.UTF-8' },
    lookup: (name) => hostProgram(name),
    world,
    dialect: 'bash',
    clock,
  });
}

export function containerShell(
  engine: Engine,
  container: ContainerRecord,
  runtime: ContainerRuntime,
  clock: CommandClock,
  terminal: World['terminal'],
  options: ContainerShellOptions,
): Shell<World> {
  const image = engine.imageOf(container);
  const fs = engine.containerFs(container);
  const env = processEnvironment(engine, container, options);
  const path = env.PATH ?? HOST_PATH;
  const world: World = { engine, container, runtime, now: () => engine.now(), terminal };
  return new Shell<World>({
    fs,
    cwd: options.workdir || container.Config.WorkingDir || '/',
    env,
    lookup: (name) => containerProgram(image, fs, name, env.PATH ?? path),
    world,
    dialect: options.dialect ?? (isBusyboxUserland(image) ? 'ash' : 'bash'),
    clock: () => clock,
  });
}
