/**
 * A docker CLI over a fresh engine for the network command tests: argv in,
 * stdout/stderr/exit status out, dispatched as src/cli/docker.ts does
 * (paths and aliases, pflag parsing, cobra argument checks, --help) over the
 * network and swarm commands only. Containers are made through the engine.
 */
import { type CliContext, type Command, type ContainerRuntime, checkArgs, commandHelp, flagErrorText } from '../../../src/cli/command.ts';
import { FlagError, parseFlags } from '../../../src/cli/flags.ts';
import { networkCommands } from '../../../src/cli/network/index.ts';
import type { Engine } from '../../../src/engine/engine.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';
import { words } from '../image/harness.ts';
import { type RunOptions, run as runContainer, testEngine } from '../../engine/network/helpers.ts';

export interface Result {
  stdout: string;
  stderr: string;
  code: number;
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
    const command = networkCommands.find((c) => c.path === path || c.aliases?.includes(path));
    if (command) return { command, path, rest: words.slice(take) };
  }
  return null;
}

export class NetCli {
  readonly engine: Engine = testEngine();

  container(o: RunOptions): ContainerRecord {
    return runContainer(this.engine, o);
  }

  network(name: string) {
    return Object.values(this.engine.state.networks).find((n) => n.Name === name)!;
  }

  async run(line: string | string[], options: { stdin?: string; columns?: number } = {}): Promise<Result> {
    const argv = typeof line === 'string' ? words(line) : [...line];
    if (argv[0] === 'docker') argv.shift();
    let stdout = '';
    let stderr = '';
    const ctx: CliContext = {
      engine: this.engine,
      runtime: noRuntime,
      stdout: { write: (s) => void (stdout += s) },
      stderr: { write: (s) => void (stderr += s) },
      stdin: options.stdin ?? '',
      isTTY: false,
      stdinIsTTY: false,
      signal: { aborted: false },
      sleep: async (ms) => this.engine.advance(ms),
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
