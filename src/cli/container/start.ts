/**
 * `docker container start`: starts containers (printing each argument as
 * given), or with -a/-i attaches to one: its output until it exits (the
 * exit status becomes docker's), or its interactive shell.
 * docker/cli cli/command/container/start.go.
 */
import { markExited, markStartFailed, startContainer } from '../../engine/containers/lifecycle.ts';
import { getContainer } from '../../engine/containers/lookup.ts';
import { conflict, systemError } from '../../engine/errors.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { CliContext, Command } from '../command.ts';
import { daemonMessage, reportDaemonError } from '../errors.ts';
import { type ParsedFlags, flag } from '../flags.ts';
import { Interrupted } from '../../shell/types.ts';
import { waitUntilExited } from './common.ts';

/** The daemon's start: refuses a paused container, fails like runc when PID 1 cannot be executed. */
export function startOrFail(ctx: CliContext, c: ContainerRecord) {
  if (c.State.Paused) throw conflict('cannot start a paused container, try unpause instead');
  if (c.State.Running) return c.process;
  const notRunnable = ctx.runtime.commandError(c, [c.Path, ...c.Args]);
  if (notRunnable) {
    const message = `failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${notRunnable}: unknown`;
    markStartFailed(ctx.engine.state, c, message, notRunnable.includes('permission denied') ? 126 : 127);
    throw systemError(message);
  }
  return startContainer(ctx.engine.state, c);
}

async function startDetached(ctx: CliContext, args: string[]): Promise<number> {
  const failed: string[] = [];
  for (const arg of args) {
    try {
      const c = getContainer(ctx.engine.state, arg);
      const wasRunning = c.State.Running;
      const plan = startOrFail(ctx, c);
      if (!wasRunning && plan.kind === 'run') await ctx.runtime.runMain(c, null);
      ctx.stdout.write(arg + '\n');
    } catch (e) {
      ctx.stderr.write(daemonMessage(e) + '\n');
      failed.push(arg);
    }
  }
  if (failed.length) {
    ctx.stderr.write(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }
  return 0;
}

async function startAttached(ctx: CliContext, p: ParsedFlags, args: string[]): Promise<number> {
  if (args.length > 1) {
    ctx.stderr.write('you cannot start and attach multiple containers at once\n');
    return 1;
  }
  let c: ContainerRecord;
  let plan;
  let wasRunning: boolean;
  try {
    c = getContainer(ctx.engine.state, args[0]);
    wasRunning = c.State.Running;
    plan = startOrFail(ctx, c);
  } catch (e) {
    return reportDaemonError(ctx, e);
  }
  const stdin = flag.bool(p, 'interactive') && c.Config.OpenStdin;
  if (plan.kind === 'run' && !wasRunning) {
    return ctx.runtime.runMain(c, { stdout: ctx.stdout, stderr: ctx.stderr });
  }
  if (plan.kind === 'shell' && stdin) {
    ctx.runtime.attachShell(c, [c.Path, ...c.Args], { tty: c.Config.Tty, main: true });
    return 0;
  }
  // a daemon, a sleeper or a shell without our stdin: attached until it exits or Ctrl+C
  const container = c;
  try {
    await waitUntilExited(ctx, container);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    // Ctrl+C is forwarded as SIGINT: daemons stop, a PID 1 without handlers ignores it
    if (!container.ignoresSigterm) markExited(ctx.engine.state, container, 0);
    else return 130;
  }
  return container.State.ExitCode;
}

export const startCommand: Command = {
  path: 'docker container start',
  aliases: ['docker start'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  args: { kind: 'min', n: 1 },
  flags: [
    { name: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
    // experimental (checkpoint/restore): hidden from --help without experimental features
    { name: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint', hidden: true },
    { name: 'checkpoint-dir', type: 'string', usage: 'Use a custom checkpoint storage directory', hidden: true },
  ],
  run: (ctx, p, args) => (flag.bool(p, 'attach') || flag.bool(p, 'interactive') ? startAttached(ctx, p, args) : startDetached(ctx, args)),
};
