/**
 * Background processes on the lab clock. A detached container's main
 * process (`sh -c 'echo ready; sleep 1d'`) runs until it sleeps; its sleep
 * becomes a timer on the lab clock, and it goes on only when the clock
 * passes that time (each command line moves the clock, and so do sleeps of
 * the foreground command). Timers fire in time order, so replays are exact.
 */
import type { Engine } from '../engine/engine.ts';
import { Interrupted } from '../shell/types.ts';

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

const MAX_WAKEUPS_PER_ADVANCE = 2000;

/** Lets every pending promise continuation run before going on. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Scheduler {
  private timers: Timer[] = [];
  private seq = 0;
  private advancing = false;

  /** called after the clock moved (the lab logs servers that just started) */
  onAdvance: () => void = () => {};

  constructor(private readonly engine: Engine) {}

  /**
   * A sleep for a background process: resolves when the clock reaches now+ms,
   * or rejects with Interrupted if `stillRunning` says the process is gone by then.
   */
  sleep(ms: number, stillRunning: () => boolean): Promise<void> {
    const at = this.engine.now() + Math.max(0, ms);
    return new Promise<void>((resolve, reject) => {
      this.timers.push({
        at,
        seq: this.seq++,
        fire: () => (stillRunning() ? resolve() : reject(new Interrupted())),
      });
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    });
  }

  /** Waits until no background process has work left at the current time. */
  async idle(): Promise<void> {
    await settle();
  }

  /** Moves the clock forward by ms, waking every process whose timer falls in that span, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.engine.now() + Math.max(0, ms);
    if (this.advancing) {
      this.engine.advance(target - this.engine.now());
      return;
    }
    this.advancing = true;
    let fired = 0;
    try {
      // a process that sleeps 0 in a loop would never let time move: cap the wake-ups per step
      while (this.timers.length && this.timers[0].at <= target && fired++ < MAX_WAKEUPS_PER_ADVANCE) {
        const timer = this.timers.shift()!;
        if (timer.at > this.engine.now()) this.engine.advance(timer.at - this.engine.now());
        timer.fire();
        await settle();
      }
      if (target > this.engine.now()) this.engine.advance(target - this.engine.now());
    } finally {
      this.advancing = false;
    }
    this.onAdvance();
  }

  /** Drops the timers of processes that no longer run (they reject when fired anyway). */
  get pending(): number {
    return this.timers.length;
  }
}
