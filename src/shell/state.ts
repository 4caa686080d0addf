/**
 * What a shell holds: variables (exported or not), the working directory,
 * positional parameters, options, the current run's Ctrl+C and clock, and
 * how its messages are prefixed (`bash: `, `line N: `).
 */
import type { FunctionDef } from './ast.ts';
import { AbortRun } from './errors.ts';
import type { Io } from './io.ts';
import type { Dialect, Failure } from './messages.ts';
import { type AbortSignalLike, Interrupted, type OutputStream, type Program } from './types.ts';
import type { FileSystem } from '../vfs/types.ts';

export interface ShellOptions<W = unknown> {
  fs: FileSystem;
  /** the starting directory (default $HOME, else /) */
  cwd?: string;
  /** exported variables (the environment programs see) */
  env?: Record<string, string>;
  /** shell variables that are not exported */
  locals?: Record<string, string>;
  /** the program for a command name, or for an absolute path when the name contains `/` */
  lookup: (name: string) => Program<W> | undefined;
  world: W;
  /** waits on the lab clock; default resolves at once */
  sleep?: (ms: number) => Promise<void>;
  /** Ctrl+C; can also be given per run */
  signal?: AbortSignalLike;
  /** sleep and signal for the next run, asked at the start of each run (the lab's per-command clock) */
  clock?: () => { sleep(ms: number): Promise<void>; signal: AbortSignalLike };
  /** 'bash' (the host, bash in images), 'ash' (BusyBox sh: busybox, alpine) or 'dash' (sh in Debian/Ubuntu images) */
  dialect?: Dialect;
  /** the shell's name in messages and $0 (default 'bash' or 'sh') */
  name?: string;
  /** an interactive shell (default): messages carry no `line N:` */
  interactive?: boolean;
  /** running `sh -c '...'` (syntax errors read `bash: -c: line 1: ...`) */
  commandString?: boolean;
  /** positional parameters $1, $2, ... */
  args?: string[];
  /** $$ (default 1, a container's first process) */
  pid?: number;
  /** loops stop after this many iterations (a safety net for the browser; default 100000) */
  maxLoopIterations?: number;
  /** nested shells, functions and sourced files beyond this fail (default 100) */
  maxDepth?: number;
  /** one run stops after this many commands (a safety net against runaway recursion; default 1000000) */
  maxCommands?: number;
}

export interface RunIo {
  stdin?: string;
  stdout?: OutputStream;
  stderr?: OutputStream;
  /** stdout is the terminal (default true) */
  isTTY?: boolean;
  /** Ctrl+C for this run */
  signal?: AbortSignalLike;
}

export interface ShellVar {
  /** undefined: declared (`export FOO`) but unset */
  value: string | undefined;
  exported: boolean;
}

export interface ShellFlags {
  errexit: boolean;
  xtrace: boolean;
  pipefail: boolean;
  noglob: boolean;
  nounset: boolean;
}

export const NEVER: AbortSignalLike = { aborted: false };
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** What a run shares with its subshells: the current Ctrl+C and clock. */
export interface RunContext {
  signal: AbortSignalLike;
  sleep: (ms: number) => Promise<void>;
  /** commands run so far in this run (see ShellOptions.maxCommands) */
  commands: number;
}

export abstract class ShellState<W = unknown> {
  readonly dialect: Dialect;
  readonly name: string;
  /** @internal */ readonly opts: ShellOptions<W>;
  /** @internal */ vars = new Map<string, ShellVar>();
  /** @internal */ functions = new Map<string, FunctionDef>();
  /** @internal */ flags: ShellFlags = { errexit: false, xtrace: false, pipefail: false, noglob: false, nounset: false };
  /** @internal */ positional: string[];
  /** @internal */ argv0: string;
  /** @internal */ status = 0;
  /** @internal */ line = 1;
  /** @internal */ locals: Map<string, ShellVar | undefined>[] = [];
  /** @internal */ loopDepth = 0;
  /** @internal */ conditionDepth = 0;
  /** @internal */ sourceDepth = 0;
  /** @internal */ depth = 0;
  /** @internal a `( )`, pipeline stage or `$( )` copy: `exit` leaves only it */
  isSubshell = false;
  /** @internal the status of the last command substitution in the current command */
  lastSubStatus: number | null = null;
  /** @internal */ runContext: RunContext;
  /** @internal the io a `$(...)` inherits (stdin, stderr): set before expanding a command */
  expansionIo: Io | null = null;
  private currentDir: string;

  constructor(opts: ShellOptions<W>, parent?: ShellState<W>) {
    this.opts = opts;
    this.dialect = opts.dialect ?? 'bash';
    this.name = opts.name ?? (this.dialect === 'bash' ? 'bash' : 'sh');
    if (parent) {
      for (const [k, v] of parent.vars) this.vars.set(k, { ...v });
      this.functions = new Map(parent.functions);
      this.flags = { ...parent.flags };
      this.positional = [...parent.positional];
      this.argv0 = parent.argv0;
      this.status = parent.status;
      this.line = parent.line;
      this.currentDir = parent.currentDir;
      this.runContext = parent.runContext;
      this.depth = parent.depth + 1;
      // a subshell is outside the caller's loops but inside its functions and sourced files
      this.locals = parent.locals.map((scope) => new Map(scope));
      this.sourceDepth = parent.sourceDepth;
      this.isSubshell = true;
      return;
    }
    for (const [k, v] of Object.entries(opts.locals ?? {})) this.vars.set(k, { value: v, exported: false });
    for (const [k, v] of Object.entries(opts.env ?? {})) this.vars.set(k, { value: v, exported: true });
    this.currentDir = opts.cwd ?? this.vars.get('HOME')?.value ?? '/';
    this.vars.set('PWD', { value: this.currentDir, exported: true });
    if (!this.vars.has('PATH')) this.vars.set('PATH', { value: DEFAULT_PATH, exported: false });
    this.positional = [...(opts.args ?? [])];
    this.argv0 = this.name;
    this.runContext = { signal: opts.signal ?? NEVER, sleep: opts.sleep ?? (async () => {}), commands: 0 };
  }

  /** The working directory. */
  get cwd(): string {
    return this.currentDir;
  }

  /** A variable's value (shell or exported), or undefined. */
  getVar(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(this.opts.pid ?? 1);
      case '#':
        return String(this.positional.length);
      case '0':
        return this.argv0;
      case '@':
      case '*':
        return this.positional.join(' ');
      case '-':
        return (this.opts.interactive ?? true ? 'himBH' : 'hB') + (this.flags.errexit ? 'e' : '') + (this.flags.xtrace ? 'x' : '');
      case '!':
        return undefined;
    }
    if (/^[0-9]+$/.test(name)) return this.positional[Number(name) - 1];
    return this.vars.get(name)?.value;
  }

  setVar(name: string, value: string, exported?: boolean): void {
    const old = this.vars.get(name);
    this.vars.set(name, { value, exported: exported ?? old?.exported ?? false });
  }

  /** The environment a program gets: the exported variables. */
  environment(): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [k, v] of this.vars) if (v.exported && v.value !== undefined) env[k] = v.value;
    return env;
  }

  /** @internal changes directory (cd) and keeps PWD/OLDPWD as bash does */
  setCwd(dir: string): void {
    this.setVar('OLDPWD', this.currentDir, true);
    this.currentDir = dir;
    this.setVar('PWD', dir);
  }

  /** @internal is this shell interactive (no `line N:` in messages, `exit` echoes "exit") */
  get interactive(): boolean {
    return this.opts.interactive ?? true;
  }

  /** @internal the Ctrl+C signal of the current run */
  get signal(): AbortSignalLike {
    return this.runContext.signal;
  }

  /** @internal sleeps on the lab clock; Ctrl+C rejects with Interrupted */
  async sleep(ms: number): Promise<void> {
    if (this.signal.aborted) throw new Interrupted();
    await this.runContext.sleep(ms);
    if (this.signal.aborted) throw new Interrupted();
  }

  /** @internal throws AbortRun when Ctrl+C was pressed or the run's command budget is spent */
  checkAbort(io?: Io): void {
    if (this.signal.aborted) throw new AbortRun();
    const max = this.opts.maxCommands ?? 1_000_000;
    if (io && ++this.runContext.commands > max) {
      if (this.runContext.commands === max + 1) this.error(io, `stopped after ${max} commands (simulation limit)`);
      throw new AbortRun(1);
    }
  }

  // --- messages --------------------------------------------------------------

  /** `line N: ` where the shell puts it when not interactive */
  private linePrefix(): string {
    if (this.dialect === 'dash') return `${this.line}: `;
    if (this.interactive) return '';
    if (this.dialect === 'ash' && this.opts.commandString) return '';
    return `line ${this.line}: `;
  }

  /** @internal prints `bash: text` (with the line when not interactive) */
  error(io: Io, text: string): void {
    io.fds[2]?.write(`${this.name}: ${this.linePrefix()}${text}\n`);
  }

  /** @internal prints a builtin's error and returns its status */
  builtinError(io: Io, builtin: string, f: Failure): number {
    if (this.dialect !== 'ash') {
      io.fds[2]?.write(`${this.name}: ${this.linePrefix()}${builtin}: ${f.text}\n`);
    } else {
      const line = this.interactive ? '' : `line ${this.opts.commandString ? this.line - 1 : this.line}: `;
      io.fds[2]?.write(`${this.name}: ${builtin}: ${line}${f.text}\n`);
    }
    return f.status;
  }

  /** @internal prints a failure and returns its status */
  fail(io: Io, f: Failure): number {
    this.error(io, f.text);
    return f.status;
  }
}
