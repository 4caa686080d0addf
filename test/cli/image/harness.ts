/**
 * A docker CLI on a fresh engine for the image, volume and system command
 * tests: argv in, stdout/stderr/exit status out, through the real `docker`
 * dispatcher (src/cli/docker.ts).
 */
import { runDocker } from '../../../src/cli/docker.ts';
import type { CliContext, ContainerRuntime } from '../../../src/cli/command.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { startContainer } from '../../../src/engine/containers/lifecycle.ts';
import { pullImage } from '../../../src/engine/images/store.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';

export interface Result {
  stdout: string;
  stderr: string;
  code: number;
}

export interface CliOptions {
  isTTY?: boolean;
  columns?: number;
  stdin?: string;
}

const noRuntime: ContainerRuntime = {
  runMain: async () => 0,
  commandError: () => null,
  exec: async () => 0,
  attachShell: () => {},
};

/** Splits a command line on blanks, honouring '...' and "..." quotes (no escapes). */
export function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  let has = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      has = true;
    } else if (ch === ' ') {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += ch;
  }
  if (has || cur) out.push(cur);
  return out;
}

export class Cli {
  readonly engine: Engine;
  /** total ms the commands slept (pull animation) */
  slept = 0;

  constructor(seed = 1) {
    this.engine = Engine.create(seed);
  }

  pull(...refs: string[]): this {
    for (const r of refs) pullImage(this.engine.state, r);
    return this;
  }

  /** A container record using `image`, for in-use checks (created through the engine). */
  container(image: string, name: string, opts: { running?: boolean; volumes?: string[]; anonymous?: string[] } = {}): ContainerRecord {
    const Volumes = opts.anonymous ? Object.fromEntries(opts.anonymous.map((p) => [p, {}])) : undefined;
    const c = this.engine.create({
      name,
      Config: { Image: image, Cmd: ['sleep', '1d'], ...(Volumes ? { Volumes } : {}) },
      HostConfig: { Binds: opts.volumes ?? null },
    });
    if (opts.running) startContainer(this.engine.state, c);
    return c;
  }

  async run(line: string | string[], options: CliOptions = {}): Promise<Result> {
    const argv = typeof line === 'string' ? words(line) : line;
    if (argv[0] === 'docker') argv.shift();
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = {
      engine: this.engine,
      runtime: noRuntime,
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: (s) => void (stderr += s) },
      stdin: options.stdin ?? '',
      isTTY: options.isTTY ?? false,
      stdinIsTTY: false,
      signal: { aborted: false },
      sleep: async (ms) => {
        this.slept += ms;
        this.engine.advance(ms);
      },
      cwd: '/root',
      env: {},
      columns: options.columns ?? 80,
    };
    // the real dispatcher: flags, --help, argument checks and exit codes as `docker` has them
    const code = await runDocker(argv, ctx);
    return { stdout, stderr, code };
  }
}
