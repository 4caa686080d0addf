/**
 * A foreground container that is not a one-shot program (a server, a
 * sleeper): its log lines stream to the terminal as they come, until it
 * exits or the learner presses Ctrl+C. `docker run` and `docker compose run`
 * both wait this way; what Ctrl+C then does to the container is theirs to say.
 */
import type { ContainerRecord } from '../../engine/state.ts';
import { Interrupted } from '../../shell/types.ts';
import type { CliContext } from '../command.ts';

export async function followLogs(ctx: CliContext, container: ContainerRecord): Promise<void> {
  let shown = 0;
  const show = () => {
    for (; shown < container.logs.length; shown++) {
      const line = container.logs[shown];
      (line.stream === 'stdout' ? ctx.stdout : ctx.stderr).write(line.text);
    }
  };
  try {
    while (container.State.Running && !ctx.signal.aborted) {
      await ctx.sleep(200);
      show();
    }
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
  }
  show();
}
