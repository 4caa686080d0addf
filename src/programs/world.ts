/**
 * What the lab hands every program as `ctx.world`: the daemon model, the
 * container the program runs in (none on the host) and the runtime the
 * docker CLI uses to run processes.
 */
import type { ContainerRuntime } from '../cli/command.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { Program } from '../shell/types.ts';

export interface World {
  engine: Engine;
  /** the container this program runs in; undefined on the Docker host */
  container?: ContainerRecord;
  runtime: ContainerRuntime;
  /** the lab clock, ms since the epoch (date, ls -l) */
  now(): number;
  /** the terminal behind the learner's keyboard */
  terminal: { stdinIsTTY: boolean; columns: number };
}

export type WorldProgram = Program<World>;
