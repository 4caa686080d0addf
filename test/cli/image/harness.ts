/**
 * A docker CLI on a fresh engine for the image, volume and system command
 * tests: argv in, stdout/stderr/exit status out. Commands are dispatched as
 * src/cli/docker.ts does (paths and aliases, pflag parsing, cobra argument
 * checks, --help), over the commands of these three areas, so the tests do
 * not depend on the rest of the CLI.
 */
import { type CliContext, type Command, type ContainerRuntime, checkArgs, commandHelp, flagErrorText } from '../../../src/cli/command.ts';
import { FlagError, parseFlags } from '../../../src/cli/flags.ts';
import { imageCommands } from '../../../src/cli/image/index.ts';
import { systemCommands } from '../../../src/cli/system/index.ts';
import { volumeCommands } from '../../../src/cli/volume/index.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { startContainer } from '../../../src/engine/containers/lifecycle.ts';
import { pullImage } from '../../../src/engine/images/store.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';

export const COMMANDS: Command[] = [...imageCommands, ...volumeCommands, ...systemCommands];

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

function resolve(words: string[]): { command: Command; path: string; rest: string[] } | null {
  for (const take of [2, 1]) {
    if (words.length < take) continue;
    const path = ['docker', ...words.slice(0, take)].join(' ');
    const command = COMMANDS.find((c) => c.path === path || c.aliases?.includes(path));
    if (command) return { command, path, rest: words.slice(take) };
  }
  return null;
}

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
    const found = resolve(argv);
    if (!found) throw new Error(`no command for ${argv.join(' ')}`);
    const { command, path, rest } = found;
    let code: number;
    try {
      const specs = [...command.flags, { name: 'help', type: 'bool' as const, usage: 'Print usage', hidden: true }];
      const parsed = parseFlags(specs, rest, { interspersed: command.interspersed ?? true });
      if (parsed.values.help === true) {
        ctx.stdout.write(commandHelp(command, path, Math.max(ctx.columns, 40) - 1));
        code = 0;
      } else {
        const argError = checkArgs(command, path, parsed.args);
        if (argError) {
          ctx.stderr.write(argError + '\n');
          code = 1;
        } else code = await command.run({ ...ctx, invokedPath: path }, parsed, parsed.args);
      }
    } catch (e) {
      if (!(e instanceof FlagError)) throw e;
      ctx.stderr.write(flagErrorText(command, path, e.message) + '\n');
      code = 125;
    }
    return { stdout, stderr, code };
  }
}
