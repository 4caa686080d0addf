/**
 * The simulated Docker host behind `createLab`: the engine, the host's shell
 * and a stack of interactive sessions (`docker run -it`, `docker exec -it`),
 * so each line goes to whichever shell the learner is in.
 */
import type { ContainerRuntime } from '../cli/command.ts';
import { markExited } from '../engine/containers/lifecycle.ts';
import { Engine } from '../engine/engine.ts';
import type { ContainerRecord, EngineState } from '../engine/state.ts';
import type { World } from '../programs/world.ts';
import { type Shell, isComplete } from '../shell/index.ts';
import type { CompletionData } from '../terminal/completion.ts';
import { completionData } from './completion-data.ts';
import { hostProgramNames } from './programs.ts';
import type { OutputStream } from '../shell/types.ts';
import { type CommandClock, commandClock } from './clock.ts';
import { startupLogs } from '../programs/services/startup-logs.ts';
import { wordpressEntrypoint } from '../programs/services/wordpress-entrypoint.ts';
import { mysqlEntrypoint, postgresEntrypoint } from '../programs/services/database-entrypoints.ts';
import { promptFor } from './prompt.ts';
import { isBusyboxUserland } from './programs.ts';
import { createRuntime } from './runtime.ts';
import { Scheduler } from './scheduler.ts';
import { containerShell, hostShell } from './shells.ts';
import type { ExecOptions, ExecResult, Lab, LabSnapshot } from './types.ts';

interface Session {
  shell: Shell<World>;
  container?: ContainerRecord;
  /** the container's PID 1: leaving it stops the container */
  main: boolean;
  tty: boolean;
  /** the shell program's name (bash, sh, ash): decides the prompt */
  program: string;
}

/** Lab clock advance per command line typed: keeps "Up 2 seconds" moving in replays. */
const TICK_MS = 1000;

export class SimLab implements Lab {
  readonly engine: Engine;
  private readonly runtime: ContainerRuntime;
  private readonly sessions: Session[] = [];
  private currentClock: CommandClock;
  private pending: (() => void)[] = [];
  private readonly terminal: World['terminal'] = { stdinIsTTY: true, columns: 80 };
  private readonly scheduler: Scheduler;

  constructor(
    state: EngineState,
    private readonly mode: 'virtual' | 'realtime',
  ) {
    this.engine = new Engine(state);
    this.scheduler = new Scheduler(this.engine);
    this.scheduler.onAdvance = () => this.logServiceStarts();
    this.currentClock = commandClock(this.scheduler, mode);
    this.runtime = createRuntime({
      engine: this.engine,
      scheduler: this.scheduler,
      clock: () => this.currentClock,
      terminal: this.terminal,
      pushSession: (container, argv, options) => this.pending.push(() => this.openSession(container, argv, options)),
    });
    this.sessions.push({ shell: hostShell(this.engine, this.runtime, () => this.currentClock, this.terminal), main: false, tty: true, program: 'bash' });
  }

  /** The terminal's width, for help text wrapping. */
  setColumns(columns: number): void {
    this.terminal.columns = columns;
  }

  /** False while the text needs more lines (open quote, trailing `\`, `|`, heredoc): the terminal shows `> `. */
  isComplete(text: string): boolean {
    return isComplete(text);
  }

  /** True at the Docker host's own prompt, false inside a container's shell. */
  atHost(): boolean {
    return this.sessions.length === 1;
  }

  completionData(): CompletionData {
    const top = this.sessions[this.sessions.length - 1];
    return completionData(this.engine, top.container, hostProgramNames());
  }

  prompt(): string {
    const top = this.sessions[this.sessions.length - 1];
    return promptFor(this.engine, top.container, top.shell.cwd, top.tty, top.program);
  }

  async exec(line: string, options: ExecOptions = {}): Promise<ExecResult> {
    let stdout = '';
    let stderr = '';
    const out: OutputStream = { write: (c) => { stdout += c; options.onStdout?.(c); } };
    const err: OutputStream = { write: (c) => { stderr += c; options.onStderr?.(c); } };
    await this.scheduler.advance(TICK_MS);
    this.currentClock = commandClock(this.scheduler, this.mode, options.signal);
    const session = this.sessions[this.sessions.length - 1];
    let exitCode: number;
    try {
      exitCode = await session.shell.run(line, { stdout: out, stderr: err, stdin: '', isTTY: options.tty ?? true });
    } catch (e) {
      // never let an internal fault escape to the terminal
      err.write(`bash: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      exitCode = 1;
    }
    const exit = session.shell.takeExitRequest();
    if (exit !== null && this.sessions.length > 1) {
      this.sessions.pop();
      if (session.main && session.container) markExited(this.engine.state, session.container, exit);
      exitCode = exit;
    }
    const pending = this.pending;
    this.pending = [];
    for (const open of pending) open();
    this.logServiceStarts();
    return { stdout, stderr, exitCode };
  }

  /** Servers that started during the last line print their startup lines to their logs. */
  private logServiceStarts(): void {
    for (const c of Object.values(this.engine.state.containers)) {
      if (!c.State.Running || c.loggedStart === c.State.StartedAt) continue;
      c.loggedStart = c.State.StartedAt;
      const startedAt = Date.parse(c.State.StartedAt);
      const program = c.process.kind === 'service' ? c.process.program : '';
      // the database images' entrypoints refuse an uninitialised data directory without a password
      const database = program === 'mysqld' ? mysqlEntrypoint(this.engine, c, startedAt) : program === 'postgres' ? postgresEntrypoint(this.engine, c, startedAt) : null;
      if (database?.exitCode !== undefined) {
        c.logs.push(...database.logs);
        markExited(this.engine.state, c, database.exitCode);
        continue;
      }
      const entrypoint = c.process.kind === 'service' && c.process.program === 'apache2-foreground' ? wordpressEntrypoint(this.engine, c) : [];
      c.logs.push(...(database?.logs ?? []), ...startupLogs(c, startedAt, entrypoint, { busybox: isBusyboxUserland(this.engine.imageOf(c)) }));
    }
  }

  snapshot(): LabSnapshot {
    return structuredClone({ ...this.engine.state, sessions: this.sessions.map((s) => ({ container: s.container?.Id ?? null, main: s.main })) }) as unknown as LabSnapshot;
  }

  private openSession(container: ContainerRecord, argv: string[], options: { tty: boolean; main: boolean; workdir?: string; env?: string[] }) {
    const program = (argv[0] ?? 'sh').split('/').pop()!;
    const shell = containerShell(this.engine, container, this.runtime, this.currentClock, this.terminal, {
      main: options.main,
      workdir: options.workdir,
      env: options.env,
      tty: options.tty,
      dialect: program === 'bash' ? 'bash' : isBusyboxUserland(this.engine.imageOf(container)) ? 'ash' : 'dash',
    });
    if (options.main) container.attached = true;
    this.sessions.push({ shell, container, main: options.main, tty: options.tty, program });
  }
}
