/** Every container command first lets sleepers whose time is up exit (the clock moved since the last command). */
import { settleSleepers } from '../../engine/containers/lifecycle.ts';
import type { Command } from '../command.ts';

export function withSettledSleepers(cmd: Command): Command {
  return {
    ...cmd,
    run: (ctx, p, args) => {
      settleSleepers(ctx.engine.state);
      return cmd.run(ctx, p, args);
    },
  };
}
