/**
 * docker/cli's confirmation prompt (internal/prompt Confirm): the message and
 * " [y/N] " on stdout, then one line of standard input; only "y" or "Y"
 * (blanks trimmed) confirms. Standard input here is what the learner piped
 * in (`echo y | docker volume prune`); without it docker reads nothing and
 * the command is cancelled, which docker reports with exit status 0 and no
 * message.
 */
import type { CliContext } from '../command.ts';

export function confirm(ctx: CliContext, message: string): boolean {
  ctx.stdout.write(`${message} [y/N] `);
  const line = ctx.stdin.split('\n')[0] ?? '';
  return line.trim().toLowerCase() === 'y';
}
