/**
 * The shell: the run loop that parses one complete command at a time and
 * executes it, subshells, and command substitution. `run` never throws:
 * syntax errors, missing commands and internal faults all end as a message
 * on stderr and an exit status, as in bash.
 */
import type { Script } from './ast.ts';
import { AbortRun, ExitRequest, FatalExpansion, LoopControl, ParseError, ReturnRequest } from './errors.ts';
import { execList, invoke } from './executor.ts';
import { type ExpandHost, Expander } from './expand.ts';
import { Capture, type Io, input, streamSink } from './io.ts';
import { expandError, syntaxError } from './messages.ts';
import { Parser } from './parser.ts';
import { NEVER, type RunIo, type ShellOptions, ShellState } from './state.ts';
import { Interrupted } from './types.ts';

export type { RunIo, ShellFlags, ShellOptions, ShellVar } from './state.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyShell = Shell<any>;

export class Shell<W = unknown> extends ShellState<W> {
  /** @internal */ readonly expander: Expander;
  private exitRequest: number | null = null;
  private linesRead = 0;

  constructor(opts: ShellOptions<W>, parent?: Shell<W>) {
    super(opts, parent);
    this.expander = new Expander(this.expandHost());
  }

  /** Runs a command line (one or more lines of input) and resolves to its exit status. Never throws. */
  async run(line: string, io: RunIo = {}): Promise<number> {
    this.exitRequest = null;
    const clock = this.opts.clock?.();
    this.runContext = {
      signal: io.signal ?? clock?.signal ?? this.opts.signal ?? NEVER,
      sleep: clock?.sleep ?? this.opts.sleep ?? (async () => {}),
      commands: 0,
    };
    const exec: Io = { stdin: input(io.stdin ?? ''), fds: [undefined, streamSink(io.stdout, io.isTTY ?? true), streamSink(io.stderr, false)] };
    try {
      // interactive dash numbers the lines of the whole session
      const lineBase = this.dialect === 'dash' && this.interactive ? this.linesRead + 1 : 1;
      this.linesRead += line.split('\n').length;
      return await this.runSource(line, exec, lineBase);
    } catch (e) {
      if (e instanceof ExitRequest) {
        this.exitRequest = e.status;
        this.status = e.status;
        return e.status;
      }
      return this.internalError(e, exec);
    }
  }

  /** The status `exit` asked for during the last run (then forgets it), or null. */
  takeExitRequest(): number | null {
    const status = this.exitRequest;
    this.exitRequest = null;
    return status;
  }

  /** @internal runs argv as a command (functions, builtins, programs) with this io */
  invoke(argv: string[], io: Io, skipFunctions = false): Promise<number> {
    return invoke(this, argv, [], io, skipFunctions);
  }

  /** @internal a subshell: a copy of this shell's state over the same fs and world */
  child(): Shell<W> {
    return new Shell<W>(this.opts, this);
  }

  /** @internal a new shell for sh -c / scripts: same fs, world, programs and dialect */
  spawn(overrides: Partial<ShellOptions<W>>): Shell<W> {
    const { signal, sleep } = this.runContext;
    const sh = new Shell<W>({ ...this.opts, locals: {}, clock: undefined, signal, sleep, ...overrides });
    sh.runContext = this.runContext;
    sh.depth = this.depth + 1;
    return sh;
  }

  /**
   * @internal Parses and runs input one complete command at a time. Handles
   * syntax errors, expansion errors and Ctrl+C; `exit` propagates (ExitRequest).
   */
  async runSource(src: string, io: Io, lineBase = 1): Promise<number> {
    if (this.depth > (this.opts.maxDepth ?? 100)) {
      this.error(io, 'maximum nesting level exceeded (simulation limit)');
      return (this.status = 1);
    }
    const d = this.dialect;
    const parser = new Parser(src, { bashisms: d === 'bash', doubleBracket: d !== 'dash', ansiC: d !== 'dash', lineBase });
    for (;;) {
      let list;
      try {
        list = parser.nextCommand();
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        return (this.status = this.reportSyntax(e, io, parser));
      }
      if (!list) return this.status;
      try {
        await execList(this, list, io);
      } catch (e) {
        if (e instanceof AbortRun) return (this.status = e.status);
        if (e instanceof Interrupted) return (this.status = 130);
        if (!(e instanceof FatalExpansion)) throw e;
        if (!e.printed) this.error(io, e.message);
        this.status = e.status;
        if (e.exitsScript !== undefined && !this.interactive) throw new ExitRequest(e.exitsScript);
      }
    }
  }

  /** @internal runs a function in a subshell: `exit` there ends only the subshell */
  async subshell(io: Io, body: (sh: Shell<W>) => Promise<number>): Promise<number> {
    const sub = this.child();
    if (sub.depth > (this.opts.maxDepth ?? 100)) {
      this.error(io, 'maximum nesting level exceeded (simulation limit)');
      return 1;
    }
    try {
      return await body(sub);
    } catch (e) {
      // exit, return and break end the subshell only
      if (e instanceof ExitRequest || e instanceof ReturnRequest) return e.status;
      if (e instanceof LoopControl) return 0;
      throw e;
    }
  }

  private reportSyntax(e: ParseError, io: Io, parser: Parser): number {
    const f = syntaxError(this.dialect, e, this.interactive);
    const line = e.line + (this.dialect === 'bash' && e.detail.bashNextLine ? 1 : 0);
    if (this.dialect === 'dash') {
      io.fds[2]?.write(`${this.name}: ${line}: ${f.text}\n`);
      return f.status;
    }
    if (this.interactive || (this.dialect === 'bash' && e.kind === 'for-variable' && e.detail.name)) {
      this.line = line;
      return this.fail(io, f);
    }
    const where = this.dialect === 'bash' ? `${this.opts.commandString ? '-c: ' : ''}line ${line}: ` : this.opts.commandString ? '' : `line ${line}: `;
    io.fds[2]?.write(`${this.name}: ${where}${f.text}\n`);
    if (this.dialect === 'bash' && e.kind === 'token') io.fds[2]?.write(`${this.name}: ${where}\`${parser.lineText(line)}'\n`);
    return f.status;
  }

  private internalError(e: unknown, io: Io): number {
    const message = e instanceof Error ? e.message : String(e);
    try {
      io.fds[2]?.write(`${this.name}: internal error: ${message}\n`);
    } catch {
      // nowhere left to report it
    }
    return (this.status = 1);
  }

  private expandHost(): ExpandHost {
    const sh = this;
    return {
      get fs() {
        return sh.opts.fs;
      },
      get cwd() {
        return sh.cwd;
      },
      bashisms: sh.dialect === 'bash',
      dash: sh.dialect === 'dash',
      nounset: () => sh.flags.nounset,
      getVar: (name) => sh.getVar(name),
      setVar: (name, value) => sh.setVar(name, value),
      positional: () => sh.positional,
      commandSub: (part) => sh.commandSub(part.body),
      fail: (f): never => {
        const { text, status } = expandError(sh.dialect, f);
        const exits = f.kind === 'unset' || f.kind === 'unbound' || sh.dialect !== 'bash' ? (sh.dialect === 'bash' ? 127 : status) : undefined;
        throw new FatalExpansion(text, status, exits);
      },
    };
  }

  /** @internal runs a `$(...)` in a subshell and returns its output without trailing newlines */
  async commandSub(body: Script | undefined): Promise<string> {
    const base = this.expansionIo;
    const out = new Capture();
    // the substitution sees the command's stdin but reads a copy of it: programs here take all of
    // their stdin, even those that never read it (hostname, cat FILE), and `x | grep "$(hostname)"`
    // must leave x to grep, as bash does
    const io: Io = { stdin: base ? input(base.stdin.data.slice(base.stdin.pos)) : input(''), fds: [undefined, out, base?.fds[2]] };
    const status = body ? await this.subshell(io, (sub) => execList(sub, body, io)) : 0;
    this.lastSubStatus = status;
    return out.text().replace(/\n+$/, '');
  }
}
