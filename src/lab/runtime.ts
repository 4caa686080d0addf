/**
 * The container runtime as the docker CLI sees it: running a container's
 * main process to completion, `docker exec`, and opening interactive shells.
 * Processes are the shell and programs running over the container's view of
 * files, with the container as their world.
 */
import type { CliIo, ContainerRuntime, ExecOptions } from '../cli/command.ts';
import { markExited } from '../engine/containers/lifecycle.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { World } from '../programs/world.ts';
import type { OutputStream } from '../shell/types.ts';
import type { CommandClock } from './clock.ts';
import { findExecutable } from './programs.ts';
import { type ContainerShellOptions, containerShell, quoteArgv } from './shells.ts';

export interface RuntimeHost {
  engine: Engine;
  clock(): CommandClock;
  terminal: World['terminal'];
  /** asks the lab to open an interactive session once the current line is done */
  pushSession(container: ContainerRecord, argv: string[], options: { tty: boolean; main: boolean; workdir?: string; env?: string[] }): void;
}

const teeToLogs = (engine: Engine, container: ContainerRecord, stream: 'stdout' | 'stderr', also: OutputStream | null): OutputStream => ({
  write(chunk: string) {
    container.logs.push({ stream, text: chunk, time: engine.now() });
    also?.write(chunk);
  },
});

export function createRuntime(host: RuntimeHost): ContainerRuntime {
  const shellFor = (container: ContainerRecord, options: ContainerShellOptions) =>
    containerShell(host.engine, container, runtime, host.clock(), host.terminal, options);

  const runtime: ContainerRuntime = {
    commandError(container, argv) {
      const fs = host.engine.containerFs(container);
      const name = argv[0] ?? '';
      const path = envValue(container.Config.Env, 'PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
      if (findExecutable(fs, name, path)) return null;
      if (name.includes('/')) return `exec: "${name}": stat ${name}: no such file or directory`;
      return `exec: "${name}": executable file not found in $PATH`;
    },

    async runMain(container, io) {
      const shell = shellFor(container, { main: true });
      const stdout = teeToLogs(host.engine, container, 'stdout', io?.stdout ?? null);
      const stderr = teeToLogs(host.engine, container, 'stderr', io?.stderr ?? null);
      const status = await shell.run(quoteArgv([container.Path, ...container.Args]), { stdout, stderr, stdin: '' });
      markExited(host.engine.state, container, status);
      return status;
    },

    async exec(container, argv, options: ExecOptions, io: CliIo) {
      const shell = shellFor(container, { main: false, workdir: options.workdir, env: options.env, tty: options.tty });
      const sink = { write() {} };
      return shell.run(quoteArgv(argv), {
        stdout: options.detach ? sink : io.stdout,
        stderr: options.detach ? sink : io.stderr,
        stdin: options.interactive ? io.stdin : '',
      });
    },

    attachShell(container, argv, options) {
      host.pushSession(container, argv, options);
    },
  };
  return runtime;
}

export function envValue(env: string[], key: string): string | undefined {
  const entry = env.find((e) => e.startsWith(key + '='));
  return entry?.slice(key.length + 1);
}
