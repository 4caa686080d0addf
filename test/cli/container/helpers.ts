/**
 * Test fixtures for the container commands: an engine with images pulled,
 * containers created and started directly through the engine, a fake
 * container runtime, and `docker` run through the real dispatcher with
 * stdout/stderr captured.
 */
import type { CliContext, ContainerRuntime } from '../../../src/cli/command.ts';
import { runDocker } from '../../../src/cli/docker.ts';
import { markExited, startContainer } from '../../../src/engine/containers/lifecycle.ts';
import type { CreateRequest } from '../../../src/engine/containers/create.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { pullImage } from '../../../src/engine/images/store.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';
import { Interrupted } from '../../../src/shell/types.ts';

export interface Result {
  stdout: string;
  stderr: string;
  status: number;
}

/** What the fake runtime's main processes do, by the command line. */
export type MainScript = (c: ContainerRecord, write: (stream: 'stdout' | 'stderr', text: string) => void) => number;

export class Lab {
  readonly engine: Engine;
  readonly shells: { container: string; argv: string[]; tty: boolean }[] = [];
  readonly runtime: ContainerRuntime;
  scripts = new Map<string, MainScript>();
  stdin = '';
  stdinIsTTY = false;
  /** Ctrl+C after this much virtual time in one command */
  budgetMs = 60_000;

  constructor(seed = 1, images = ['busybox', 'nginx', 'mysql']) {
    this.engine = Engine.create(seed);
    for (const image of images) pullImage(this.engine.state, image);
    const engine = this.engine;
    this.runtime = {
      runMain: async (c, io) => {
        const write = (stream: 'stdout' | 'stderr', text: string) => {
          c.logs.push({ stream, text, time: engine.now() });
          io?.[stream].write(text);
        };
        const script = this.scripts.get(c.Name) ?? defaultScript;
        const status = script(c, write);
        markExited(engine.state, c, status);
        return status;
      },
      commandError: (_c, argv) => (argv[0] === 'nosuchcommand' ? 'exec: "nosuchcommand": executable file not found in $PATH' : null),
      exec: async () => 0,
      attachShell: (c, argv, options) => {
        this.shells.push({ container: c.Name, argv, tty: options.tty });
      },
    };
  }

  /** engine.create with the image's defaults; `cmd` replaces the image's CMD. */
  create(name: string, image: string, cmd?: string[], extra: Partial<CreateRequest> = {}): ContainerRecord {
    return this.engine.create({
      name,
      Config: { Image: image, ...(cmd ? { Cmd: cmd } : {}), ...(extra.Config ?? {}) },
      HostConfig: { ...(extra.HostConfig ?? {}) },
    });
  }

  /** create + start (a 'run' plan is run to completion by the fake runtime). */
  async run(name: string, image: string, cmd?: string[], extra: Partial<CreateRequest> = {}): Promise<ContainerRecord> {
    const c = this.create(name, image, cmd, extra);
    const plan = startContainer(this.engine.state, c);
    if (plan.kind === 'run') await this.runtime.runMain(c, null);
    return c;
  }

  advance(ms: number): void {
    this.engine.advance(ms);
  }

  context(out: string[], err: string[]): CliContext {
    let spent = 0;
    let aborted = false;
    const engine = this.engine;
    return {
      engine,
      runtime: this.runtime,
      stdout: { write: (s: string) => void out.push(s) },
      stderr: { write: (s: string) => void err.push(s) },
      stdin: this.stdin,
      isTTY: false,
      stdinIsTTY: this.stdinIsTTY,
      signal: {
        get aborted() {
          return aborted;
        },
      },
      sleep: async (ms: number) => {
        if (aborted || spent + ms > this.budgetMs) {
          aborted = true;
          throw new Interrupted();
        }
        spent += ms;
        engine.advance(ms);
      },
      cwd: '/root',
      env: {},
      columns: 80,
    };
  }

  /** `docker ...` through the real dispatcher. */
  async docker(...argv: string[]): Promise<Result> {
    const out: string[] = [];
    const err: string[] = [];
    const status = await runDocker(argv, this.context(out, err));
    return { stdout: out.join(''), stderr: err.join(''), status };
  }
}

/** `echo a b` prints; `sh -c 'exit N'` exits N; `true`; anything else prints nothing. */
export const defaultScript: MainScript = (c, write) => {
  const argv = [c.Path, ...c.Args];
  if (argv[0] === 'echo') {
    write('stdout', argv.slice(1).join(' ') + '\n');
    return 0;
  }
  const exit = /^exit (\d+)$/.exec(argv[2] ?? '');
  if (argv[0] === 'sh' && argv[1] === '-c' && exit) return Number(exit[1]);
  return 0;
};

/** Lines of a multi-line template literal, each with its newline. */
export const lines = (...ls: string[]) => ls.map((l) => l + '\n').join('');
