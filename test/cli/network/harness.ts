/**
 * A docker CLI over a fresh engine for the network command tests: argv in,
 * stdout/stderr/exit status out, through the real `docker` dispatcher
 * (src/cli/docker.ts). Containers are made through the engine.
 */
import { runDocker } from '../../../src/cli/docker.ts';
import type { CliContext, ContainerRuntime } from '../../../src/cli/command.ts';
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
    // the real dispatcher: flags, --help, argument checks and exit codes as `docker` has them
    const code = await runDocker(argv, ctx);
    return { stdout, stderr, code };
  }
}
