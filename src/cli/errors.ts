/** Turning daemon errors into what the docker CLI prints. */
import { DockerError } from '../engine/errors.ts';
import { FsError } from '../vfs/types.ts';
import type { CliContext } from './command.ts';

/** `Error response from daemon: ...` as every API error is shown. */
export function daemonMessage(e: unknown): string {
  if (e instanceof DockerError) return `Error response from daemon: ${e.message}`;
  if (e instanceof FsError) return `Error response from daemon: ${e.message}`;
  throw e;
}

/** Prints a daemon error on stderr and returns the status docker exits with (1). */
export function reportDaemonError(ctx: CliContext, e: unknown): number {
  ctx.stderr.write(daemonMessage(e) + '\n');
  return 1;
}

/**
 * run/create/start -a style errors: `docker: <message>` with the help hint,
 * exit 125 (docker/cli cli/command/container/run.go).
 */
export function reportRunError(ctx: CliContext, path: string, message: string, status = 125): number {
  ctx.stderr.write(`docker: ${message}\n\nRun '${path} --help' for more information\n`);
  return status;
}

/** Runs `fn` for each argument, printing each daemon error and continuing; exit 1 if any failed. */
export async function forEachArg(ctx: CliContext, args: string[], fn: (arg: string) => void | Promise<void>): Promise<number> {
  let failed = false;
  for (const arg of args) {
    try {
      await fn(arg);
    } catch (e) {
      ctx.stderr.write(daemonMessage(e) + '\n');
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
