/** `docker exec`: run a command in a running container, or open a shell in it with -it. */
import { getContainer } from '../../engine/containers/lookup.ts';
import { isDockerError } from '../../engine/errors.ts';
import type { Command } from '../command.ts';
import { flag } from '../flags.ts';
import { EXEC_FLAGS } from './exec-flags.ts';

export const execCommand: Command = {
  path: 'docker container exec',
  aliases: ['docker exec'],
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  short: 'Execute a command in a running container',
  args: { kind: 'min', n: 2 },
  flags: EXEC_FLAGS,
  interspersed: false,
  async run(ctx, p, args) {
    const [ref, ...argv] = args;
    let container;
    try {
      container = getContainer(ctx.engine.state, ref);
    } catch (e) {
      if (!isDockerError(e)) throw e;
      ctx.stderr.write(`Error response from daemon: ${e.message}\n`);
      return 1;
    }
    if (!container.State.Running) {
      ctx.stderr.write(`Error response from daemon: container ${container.Id} is not running\n`);
      return 1;
    }
    if (container.State.Paused) {
      ctx.stderr.write(`Error response from daemon: Container ${container.Id} is paused, unpause the container before exec\n`);
      return 1;
    }
    const interactive = flag.bool(p, 'interactive');
    const tty = flag.bool(p, 'tty');
    if (tty && interactive && !ctx.stdinIsTTY) {
      ctx.stderr.write('the input device is not a TTY\n');
      return 1;
    }
    const notRunnable = ctx.runtime.commandError(container, argv);
    if (notRunnable) {
      // docker prints this one on stdout (docker/cli container/exec.go)
      ctx.stdout.write(`OCI runtime exec failed: exec failed: unable to start container process: ${notRunnable}: unknown\n`);
      return 126;
    }
    const options = {
      interactive,
      tty,
      detach: flag.bool(p, 'detach'),
      user: flag.str(p, 'user') || undefined,
      workdir: flag.str(p, 'workdir') || undefined,
      env: flag.list(p, 'env'),
    };
    const shells = ['sh', 'bash', 'ash', '/bin/sh', '/bin/bash', '/bin/ash'];
    if (interactive && argv.length === 1 && shells.includes(argv[0])) {
      ctx.runtime.attachShell(container, argv, { tty, main: false, workdir: options.workdir, env: options.env });
      return 0;
    }
    return ctx.runtime.exec(container, argv, options, { stdout: ctx.stdout, stderr: ctx.stderr, stdin: ctx.stdin });
  },
};
