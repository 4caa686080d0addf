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
import type { Scheduler } from './scheduler.ts';
import { findExecutable } from './programs.ts';
import { type ContainerShellOptions, containerShell, quoteArgv } from './shells.ts';

export interface RuntimeHost {
  engine: Engine;
  scheduler: Scheduler;
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
      const run = container.State.StartedAt;
      const stillRunning = () => container.State.Running && container.State.StartedAt === run;
      const stdout = teeToLogs(host.engine, container, 'stdout', io?.stdout ?? null);
      const stderr = teeToLogs(host.engine, container, 'stderr', io?.stderr ?? null);
      const line = quoteArgv([container.Path, ...container.Args]);
      const finish = (status: number) => {
        if (stillRunning()) markExited(host.engine.state, container, status);
        return status;
      };
      if (io) {
        // attached: the command line waits for it, on the command's own clock
        const shell = shellFor(container, { main: true });
        await execForm(shell);
        return finish(await shell.run(line, { stdout, stderr, stdin: io.stdin ?? '', isTTY: container.Config.Tty }));
      }
      // detached: it runs in the background, its sleeps wait on the lab clock
      const background = { sleep: (ms: number) => host.scheduler.sleep(ms, stillRunning), signal: { get aborted() { return !stillRunning(); } } };
      const shell = containerShell(host.engine, container, runtime, background, host.terminal, { main: true });
      await execForm(shell);
      void shell.run(line, { stdout, stderr, stdin: '', isTTY: container.Config.Tty }).then(finish);
      await host.scheduler.idle();
      return 0;
    },

    async exec(container, argv, options: ExecOptions, io: CliIo) {
      const shell = shellFor(container, { main: false, workdir: options.workdir, env: options.env, tty: options.tty });
      await execForm(shell);
      const sink = { write() {} };
      return shell.run(quoteArgv(argv), {
        stdout: options.detach ? sink : io.stdout,
        stderr: options.detach ? sink : io.stderr,
        stdin: options.interactive ? io.stdin : '',
        isTTY: options.tty,
      });
    },

    attachShell(container, argv, options) {
      host.pushSession(container, argv, options);
    },
  };
  return runtime;
}

/**
 * Processes started by Docker get exactly the container's environment, not a
 * shell's: the wrapper shell that runs the argv must not export its own PWD.
 */
async function execForm(shell: { run(line: string): Promise<number> }): Promise<void> {
  await shell.run('unset PWD');
}

export function envValue(env: string[], key: string): string | undefined {
  const entry = env.find((e) => e.startsWith(key + '='));
  return entry?.slice(key.length + 1);
}
