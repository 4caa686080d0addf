/**
 * The one door to the simulated Docker host. The site, the grader and the
 * tests use only this interface.
 */

export interface ExecResult {
  stdout: string;
  stderr: string;
  /** the status real bash would give ($?) */
  exitCode: number;
}

export interface ExecOptions {
  /** receives output as it is produced (the terminal streams `ping`, `docker pull`) */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Ctrl+C: set aborted to true and the running command ends with status 130 */
  signal?: { readonly aborted: boolean };
  /**
   * whether the output goes to a terminal (default true, as at the prompt);
   * false reproduces `bash -c` with captured output, as transcripts were recorded
   */
  tty?: boolean;
}

export interface LabOptions {
  /** seeds ids, MAC addresses and the clock; same seed + same lines = same state */
  seed?: number;
  /** a snapshot to start from (reset, saved progress) */
  snapshot?: unknown;
  /**
   * 'virtual' (default): time advances only by what commands do, sleeps return
   * at once. 'realtime': sleeps wait for real (the terminal's streaming ping).
   */
  clock?: 'virtual' | 'realtime';
}

export interface Lab {
  /** runs one command line exactly as typed at the current prompt */
  exec(line: string, options?: ExecOptions): Promise<ExecResult>;
  /** the prompt to show before the next line: `root@docker-host:~# ` or a container's */
  prompt(): string;
  /** the whole state as plain JSON data */
  snapshot(): LabSnapshot;
  /** false while a typed command needs more lines (the terminal shows `> `) */
  isComplete(text: string): boolean;
  /** true at the Docker host's prompt, false inside a container's shell */
  atHost(): boolean;
  /** what Tab completion can offer at the current prompt */
  completionData(): import('../terminal/completion.ts').CompletionData;
  /** the terminal's width in columns (help text wraps to it) */
  setColumns(columns: number): void;
}

/** Plain JSON; its exact shape is the engine's state plus the lab's sessions. */
export type LabSnapshot = Record<string, unknown> & { version: number };
