/**
 * Contracts between the shell and the programs it runs. The shell knows
 * nothing of Docker: a program is any function with this signature, and the
 * lab decides which programs exist on the host and inside each container.
 */
import type { FileSystem } from '../vfs/types.ts';

export type { FileSystem, FileStat, FileType, FsErrorCode } from '../vfs/types.ts';
export { FsError, FS_ERROR_TEXT } from '../vfs/types.ts';

export interface OutputStream {
  write(chunk: string): void;
}

/** Cancellation of a running command (Ctrl+C). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/** Everything a program sees when it runs. */
export interface ProgramContext<World = unknown> {
  /** argv[0] is the command name as typed */
  argv: string[];
  /** the whole of standard input (pipes run stage by stage) */
  stdin: string;
  stdout: OutputStream;
  stderr: OutputStream;
  /** environment, including the shell's exported variables; programs may read it */
  env: Record<string, string>;
  /** absolute working directory */
  cwd: string;
  fs: FileSystem;
  /** true when stdout is the terminal (not a pipe or a file) */
  isTTY: boolean;
  /** aborted when the learner presses Ctrl+C */
  signal: AbortSignalLike;
  /** waits on the lab clock (virtual in tests); rejects with Interrupted on abort */
  sleep(ms: number): Promise<void>;
  /** runs a command line in a sub-shell with this context's fs, env and world (sh -c) */
  run(line: string, io?: { stdin?: string; stdout?: OutputStream; stderr?: OutputStream }): Promise<number>;
  /** what the lab gives programs: the engine, the container they run in, ... */
  world: World;
}

/** A program returns its exit status. User mistakes are output plus a status, never a throw. */
export type Program<World = unknown> = (ctx: ProgramContext<World>) => Promise<number>;

/** Raised by sleep() when the command is cancelled; the shell maps it to status 130. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupted';
  }
}
