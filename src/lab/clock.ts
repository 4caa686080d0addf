/**
 * Time for running commands. In 'virtual' mode sleeps return at once and
 * move the lab clock; a command that would sleep past a budget without
 * anyone to press Ctrl+C (ping without -c in a test) is interrupted as if
 * Ctrl+C had been pressed, so `lab.exec` always finishes. In 'realtime'
 * mode sleeps really wait, and Ctrl+C comes from the terminal.
 */
import type { Scheduler } from './scheduler.ts';
import { type AbortSignalLike, Interrupted } from '../shell/types.ts';

/** Ten minutes of virtual time per command line, then an implicit Ctrl+C. */
export const VIRTUAL_BUDGET_MS = 10 * 60 * 1000;

export interface CommandClock {
  sleep(ms: number): Promise<void>;
  signal: AbortSignalLike;
}

export function commandClock(scheduler: Scheduler, mode: 'virtual' | 'realtime', external?: AbortSignalLike): CommandClock {
  let spent = 0;
  let budgetHit = false;
  const signal: AbortSignalLike = {
    get aborted() {
      return budgetHit || (external?.aborted ?? false);
    },
  };
  const sleep = async (ms: number) => {
    if (signal.aborted) throw new Interrupted();
    const wait = Math.max(0, ms);
    if (mode === 'realtime') {
      const step = 50;
      let left = wait;
      while (left > 0) {
        await new Promise((r) => setTimeout(r, Math.min(step, left)));
        left -= step;
        if (external?.aborted) throw new Interrupted();
      }
      await scheduler.advance(wait);
      return;
    }
    if (spent + wait > VIRTUAL_BUDGET_MS) {
      budgetHit = true;
      throw new Interrupted();
    }
    spent += wait;
    await scheduler.advance(wait);
    if (external?.aborted) throw new Interrupted();
  };
  return { sleep, signal };
}
