/**
 * `docker run`: create, start, and either print the id (-d), attach to the
 * output until the main process ends, or open an interactive shell (-it).
 */
import { markExited, markStartFailed, removeContainer, startContainer } from '../../engine/containers/lifecycle.ts';
import { isDockerError } from '../../engine/errors.ts';
import type { CliContext, Command } from '../command.ts';
import { reportRunError } from '../errors.ts';
import type { ParsedFlags } from '../flags.ts';
import { createForRun } from './create-run.ts';
import { followLogs } from './follow.ts';
import { HIDDEN_RUN_FLAGS, buildRunSettings, withValidators } from './run-options.ts';
import { RUN_FLAGS } from './run-flags.ts';

async function runContainer(ctx: CliContext, p: ParsedFlags, args: string[], path: string): Promise<number> {
  const settings = buildRunSettings(ctx, p, args);
  if ('error' in settings) return reportRunError(ctx, path, settings.error);
  if (settings.tty && settings.interactive && !ctx.stdinIsTTY) {
    ctx.stderr.write('the input device is not a TTY\n');
    return 1;
  }
  const created = await createForRun(ctx, settings);
  if ('error' in created) return reportRunError(ctx, path, created.error);
  const { container } = created;
  const engine = ctx.engine;

  // detached, the id is printed before the start is attempted (recorded: test/transcripts/network/publish.txt)
  if (settings.detach) ctx.stdout.write(container.Id + '\n');
  const notRunnable = ctx.runtime.commandError(container, [container.Path, ...container.Args]);
  if (notRunnable) {
    const message = `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${notRunnable}: unknown`;
    const status = notRunnable.includes('permission denied') ? 126 : 127;
    markStartFailed(engine.state, container, message, status);
    if (settings.autoRemove) removeContainer(engine.state, engine.hostFs, container, { force: true, volumes: true });
    return reportRunError(ctx, path, `Error response from daemon: ${message}`, status);
  }
  let plan;
  try {
    plan = startContainer(engine.state, container);
  } catch (e) {
    if (!isDockerError(e)) throw e;
    if (settings.autoRemove) removeContainer(engine.state, engine.hostFs, container, { force: true });
    return reportRunError(ctx, path, `Error response from daemon: ${e.message}`, 125);
  }

  if (settings.detach) {
    if (plan.kind === 'run') await ctx.runtime.runMain(container, null);
    return 0;
  }

  if (plan.kind === 'shell' && settings.interactive) {
    ctx.runtime.attachShell(container, [container.Path, ...container.Args], { tty: settings.tty, main: true });
    return 0;
  }

  let status: number;
  if (plan.kind === 'run') {
    status = await ctx.runtime.runMain(container, { stdout: ctx.stdout, stderr: ctx.stderr, stdin: settings.interactive ? ctx.stdin : '' });
  } else {
    // a service or a sleeper in the foreground: its output streams until it ends or Ctrl+C
    await followLogs(ctx, container);
    if (container.State.Running) {
      // Ctrl+C is forwarded as SIGINT: daemons stop, a PID 1 without handlers ignores it
      if (!container.ignoresSigterm) markExited(engine.state, container, 0);
      else return 130;
    }
    status = container.State.ExitCode;
  }
  return status;
}

export const runCommand: Command = {
  path: 'docker container run',
  aliases: ['docker run'],
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  args: { kind: 'min', n: 1 },
  flags: [...withValidators(RUN_FLAGS), ...HIDDEN_RUN_FLAGS],
  interspersed: false,
  run: (ctx, p, args) => runContainer(ctx, p, args, ctx.invokedPath ?? 'docker run'),
};
