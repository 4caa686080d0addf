/** The `docker` client program on the host: hands argv to the CLI with the lab's daemon. */
import { runDocker } from '../cli/docker.ts';
import type { WorldProgram } from './world.ts';

export const dockerProgram: WorldProgram = (ctx) =>
  runDocker(ctx.argv.slice(1), {
    engine: ctx.world.engine,
    runtime: ctx.world.runtime,
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    stdin: ctx.stdin,
    isTTY: ctx.isTTY,
    stdinIsTTY: ctx.world.terminal.stdinIsTTY,
    signal: ctx.signal,
    sleep: (ms) => ctx.sleep(ms),
    cwd: ctx.cwd,
    env: ctx.env,
    columns: ctx.world.terminal.columns,
  });
