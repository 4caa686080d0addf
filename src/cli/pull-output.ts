/**
 * Showing pull progress as docker's jsonmessage does: plain lines when the
 * stream is not a terminal, and one line per layer rewritten in place (with
 * ANSI cursor moves) when it is. Pacing follows the events' delays on the
 * lab clock, so the terminal animates and tests finish at once.
 */
import type { PullEvent } from '../engine/images/pull-progress.ts';
import type { OutputStream } from '../shell/types.ts';
import type { CliContext } from './command.ts';

export async function writePullEvents(ctx: CliContext, events: PullEvent[], streams: { stdout: OutputStream; stderr: OutputStream }, tty: boolean): Promise<void> {
  const lineOf = new Map<string, number>();
  let lines = 0;
  for (const e of events) {
    if (e.delayMs > 0) {
      try {
        await ctx.sleep(e.delayMs);
      } catch {
        // Ctrl+C during a pull: the rest is shown at once (the daemon keeps pulling)
      }
    }
    const out = e.stream === 'stdout' ? streams.stdout : streams.stderr;
    if (!tty || e.line === undefined) {
      if (tty) lineOf.clear();
      out.write(e.text + '\n');
      lines = 0;
      continue;
    }
    const at = lineOf.get(e.line);
    if (at === undefined) {
      lineOf.set(e.line, lines);
      lines += 1;
      out.write(`${e.text}\n`);
    } else {
      const up = lines - at;
      out.write(`\x1b[${up}A\r\x1b[2K${e.text}\r\x1b[${up}B`);
    }
  }
}
