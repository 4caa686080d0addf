/**
 * Shared pieces of the container commands: docker/cli's pattern for
 * commands on several containers, stopping with a grace period on the lab
 * clock, and waiting for a container to exit.
 */
import { markExited, parseSignal, settleSleepers, stopContainer } from '../../engine/containers/lifecycle.ts';
import { invalidParameter } from '../../engine/errors.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { Interrupted } from '../../shell/types.ts';
import type { CliContext } from '../command.ts';
import { daemonMessage } from '../errors.ts';
import type { FlagSpec } from '../flags.ts';

/**
 * stop/restart/kill/pause/unpause/rm/wait: each container in turn, its
 * success line printed as it goes, the errors printed together at the end
 * (docker/cli joins them into the error it returns); exit 1 if any failed.
 */
export async function eachContainer(
  ctx: CliContext,
  args: string[],
  fn: (arg: string) => Promise<string | null> | string | null,
): Promise<number> {
  const errors: string[] = [];
  for (const arg of args) {
    try {
      const line = await fn(arg);
      if (line !== null) ctx.stdout.write(line + '\n');
    } catch (e) {
      if (e instanceof Interrupted) throw e;
      errors.push(daemonMessage(e));
    }
  }
  if (errors.length) ctx.stderr.write(errors.join('\n') + '\n');
  return errors.length ? 1 : 0;
}

/** The daemon's check of a signal name or number (0 is not a signal). */
export function checkSignal(signal: string): void {
  const n = parseSignal(signal);
  if (n === undefined || n === 0) throw invalidParameter(`Invalid signal: ${signal}`);
}

/** -t/--timeout with the hidden, deprecated --time of docker/cli v28 (stop, restart). */
export const TIMEOUT_FLAGS: FlagSpec[] = [
  { name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
  { name: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
  { name: 'time', type: 'int', usage: 'Seconds to wait before killing the container', hidden: true },
];

/** pflag's notice for a deprecated flag (printed on stdout, as cobra's output is). */
export function deprecatedTimeNotice(ctx: CliContext, changed: Set<string>): void {
  if (changed.has('time')) ctx.stdout.write('Flag --time has been deprecated, use --timeout instead\n');
}

/**
 * `docker stop`: the stop signal, then SIGKILL after the grace period when
 * PID 1 ignores it. The grace period passes on the lab clock (a real wait in
 * the browser), so the learner feels the 10 seconds a shell or sleep takes.
 */
export async function stopGracefully(ctx: CliContext, c: ContainerRecord, timeoutSeconds: number | undefined, signal?: string): Promise<void> {
  const state = ctx.engine.state;
  if (signal) checkSignal(signal);
  if (!c.State.Running) return;
  const n = signal ? parseSignal(signal) : undefined;
  if (n === 9) {
    markExited(state, c, 137);
    return;
  }
  const timeout = timeoutSeconds === undefined || timeoutSeconds < 0 ? 10 : timeoutSeconds;
  if (!c.ignoresSigterm || timeout === 0) {
    stopContainer(state, c, timeout);
    return;
  }
  try {
    await ctx.sleep(timeout * 1000);
  } finally {
    // the daemon kills it after the grace period even if the client was interrupted
    if (c.State.Running) markExited(state, c, 137);
  }
}

/**
 * Waits (on the lab clock) until the container is no longer running; a
 * sleeper wakes at its deadline. Throws Interrupted on Ctrl+C.
 */
export async function waitUntilExited(ctx: CliContext, c: ContainerRecord): Promise<void> {
  settleSleepers(ctx.engine.state);
  while (c.State.Running) {
    if (ctx.signal.aborted) throw new Interrupted();
    const plan = c.process;
    const step = plan.kind === 'sleep' && plan.until !== null ? Math.max(1, plan.until - ctx.engine.now()) : 1000;
    await ctx.sleep(step);
    settleSleepers(ctx.engine.state);
  }
}

/** Runs `fn`, turning Ctrl+C into exit status 130 as the shell reports a killed docker client. */
export async function interruptible(fn: () => Promise<number>): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof Interrupted) return 130;
    throw e;
  }
}
