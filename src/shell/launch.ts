/**
 * Starting a program from the lab with its ProgramContext (argv, stdin, env,
 * cwd, isTTY, Ctrl+C, clock, a sub-shell runner), and files named by path
 * that the lab has no program for: `#!` scripts and plain shell scripts.
 */
import { AbortRun, ExitRequest } from './errors.ts';
import { type Io, asStream, takeInput } from './io.ts';
import { badInterpreter, notExecutable, notFound } from './messages.ts';
import type { AnyShell } from './shell.ts';
import { FsError, Interrupted, type Program, type ProgramContext } from './types.ts';
import { basename, resolvePath } from '../vfs/path.ts';

export async function runProgram(sh: AnyShell, program: Program, argv: string[], assigns: [string, string][], io: Io): Promise<number> {
  const env = sh.environment();
  for (const [name, value] of assigns) env[name] = value;
  const stdout = io.fds[1];
  const stderr = asStream(io.fds[2]);
  const cwd = sh.cwd;
  const ctx: ProgramContext = {
    argv,
    stdin: takeInput(io.stdin),
    stdout: asStream(stdout),
    stderr,
    env,
    cwd,
    fs: sh.opts.fs,
    isTTY: stdout?.tty ?? false,
    signal: sh.signal,
    sleep: (ms) => sh.sleep(ms),
    world: sh.opts.world,
    run: async (line, sub) => {
      const child = sh.spawn({ env: { ...env }, cwd, interactive: false, commandString: true, args: [] });
      const out = sub?.stdout ?? ctx.stdout;
      return child.run(line, { stdin: sub?.stdin, stdout: out, stderr: sub?.stderr ?? stderr, isTTY: out === ctx.stdout && ctx.isTTY, signal: sh.signal });
    },
  };
  let status: number;
  try {
    status = await program(ctx);
  } catch (e) {
    if (e instanceof Interrupted || e instanceof AbortRun) throw new AbortRun();
    if (e instanceof FsError) stderr.write(`${argv[0]}: ${e.message}\n`);
    else stderr.write(`${sh.name}: ${argv[0]}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    status = 1;
  }
  status = Number.isInteger(status) ? status & 255 : 1;
  if (sh.signal.aborted) throw new AbortRun(status === 0 ? 130 : status);
  return status;
}

/** A path the lab has no program for: a script with `#!`, a shell script, or an error. */
export async function runFile(sh: AnyShell, argv: string[], path: string, assigns: [string, string][], io: Io): Promise<number> {
  const fs = sh.opts.fs;
  const typed = argv[0];
  let text: string;
  try {
    const st = fs.stat(path);
    if (!st) return sh.fail(io, notFound(sh.dialect, typed));
    if (st.type === 'dir' || !(st.mode & 0o111)) return sh.fail(io, notExecutable(sh.dialect, typed, st.type === 'dir'));
    text = fs.readFile(path);
  } catch (e) {
    if (e instanceof FsError) return sh.fail(io, notFound(sh.dialect, typed));
    throw e;
  }
  if (text.startsWith('#!')) {
    const words = text.slice(2).split('\n')[0].trim().split(/\s+/).filter(Boolean);
    if (words[0] && basename(words[0]) === 'env' && words.length > 1) words.shift();
    const interp = words[0] ?? '';
    const program = interp ? sh.opts.lookup(interp.includes('/') ? resolvePath('/', interp) : interp) : undefined;
    if (!program) return sh.fail(io, badInterpreter(sh.dialect, typed, interp));
    return runProgram(sh, program, [interp, ...words.slice(1), typed, ...argv.slice(1)], assigns, io);
  }
  const env = { ...sh.environment(), ...Object.fromEntries(assigns) };
  const child = sh.spawn({ env, cwd: sh.cwd, interactive: false, commandString: false, name: typed, args: argv.slice(1) });
  try {
    return await child.runSource(text, io);
  } catch (e) {
    if (e instanceof ExitRequest) return e.status;
    throw e;
  }
}
