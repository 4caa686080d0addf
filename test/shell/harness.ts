/** A small world for shell tests: a LayeredFs, a few fake programs, and a runner that captures output. */
import { LayeredFs } from '../../src/vfs/layered-fs.ts';
import { treeFromPaths } from '../../src/vfs/node.ts';
import { Shell, type ShellOptions } from '../../src/shell/shell.ts';
import { createShProgram } from '../../src/shell/sh-program.ts';
import { Interrupted, type Program } from '../../src/shell/types.ts';
import { resolvePath } from '../../src/vfs/path.ts';

export interface Result {
  stdout: string;
  stderr: string;
  status: number;
}

/** Programs that show what the shell gave them. */
export function fakePrograms(extra: Record<string, Program> = {}): Record<string, Program> {
  const programs: Record<string, Program> = {
    // one line per argument, bracketed, so splitting is visible
    args: async (ctx) => {
      ctx.stdout.write(ctx.argv.slice(1).map((a) => `[${a}]`).join('') + '\n');
      return 0;
    },
    cat: async (ctx) => {
      if (ctx.argv.length === 1) {
        ctx.stdout.write(ctx.stdin);
        return 0;
      }
      let status = 0;
      for (const f of ctx.argv.slice(1)) {
        try {
          ctx.stdout.write(ctx.fs.readFile(resolvePath(ctx.cwd, f)));
        } catch {
          ctx.stderr.write(`cat: ${f}: No such file or directory\n`);
          status = 1;
        }
      }
      return status;
    },
    upper: async (ctx) => {
      ctx.stdout.write(ctx.stdin.toUpperCase());
      return 0;
    },
    env: async (ctx) => {
      ctx.stdout.write(Object.entries(ctx.env).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    },
    tty: async (ctx) => {
      ctx.stdout.write(ctx.isTTY ? 'tty\n' : 'not a tty\n');
      return ctx.isTTY ? 0 : 1;
    },
    where: async (ctx) => {
      ctx.stdout.write(ctx.cwd + '\n');
      return 0;
    },
    status: async (ctx) => Number(ctx.argv[1] ?? 0),
    sleep: async (ctx) => {
      await ctx.sleep(Number(ctx.argv[1] ?? 1) * 1000);
      return 0;
    },
    boom: async () => {
      throw new Error('kaboom');
    },
    interrupted: async () => {
      throw new Interrupted();
    },
    ls: async (ctx) => {
      const dir = resolvePath(ctx.cwd, ctx.argv[1] ?? '.');
      ctx.stdout.write(ctx.fs.readdir(dir).join('\n') + '\n');
      return 0;
    },
    ids: async (ctx) => {
      ctx.stdout.write('aaa111\nbbb222\nccc333\n');
      return 0;
    },
    nothing: async () => 0,
    stderr: async (ctx) => {
      ctx.stderr.write(ctx.argv.slice(1).join(' ') + '\n');
      return 0;
    },
    subrun: async (ctx) => ctx.run(ctx.argv.slice(1).join(' ')),
    ...extra,
  };
  return programs;
}

export interface TestShellOptions extends Partial<ShellOptions> {
  files?: Record<string, string | null>;
  programs?: Record<string, Program>;
}

export function makeShell(options: TestShellOptions = {}): Shell {
  const fs =
    options.fs ??
    new LayeredFs(
      treeFromPaths({ '/root/': null, '/tmp/': null, '/etc/hostname': 'host\n', '/usr/bin/': null, ...(options.files ?? {}) }),
      undefined,
      () => 0,
    );
  const programs = fakePrograms(options.programs);
  const dialect = options.dialect ?? 'bash';
  const lookup = (name: string): Program | undefined => {
    const base = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
    if (name.includes('/') && !name.startsWith('/usr/bin/') && !name.startsWith('/bin/')) return undefined;
    return Object.hasOwn(programs, base) ? programs[base] : undefined;
  };
  programs.sh = createShProgram({ dialect, lookup });
  programs.bash = createShProgram({ dialect: 'bash', lookup });
  programs.dash = createShProgram({ dialect: 'dash', lookup });
  return new Shell({
    cwd: '/root',
    env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' },
    world: null,
    ...options,
    fs,
    lookup: options.lookup ?? lookup,
  });
}

export async function run(shell: Shell, line: string, extra: { stdin?: string; isTTY?: boolean; signal?: { aborted: boolean } } = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const status = await shell.run(line, {
    stdout: { write: (c) => (stdout += c) },
    stderr: { write: (c) => (stderr += c) },
    ...extra,
  });
  return { stdout, stderr, status };
}

/** Runs one line in a fresh shell. */
export async function sh(line: string, options: TestShellOptions = {}): Promise<Result> {
  return run(makeShell(options), line);
}
