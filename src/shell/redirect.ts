/**
 * Redirections, applied left to right over a copy of the descriptor table:
 * `>` truncates or creates, `>>` appends, `<` reads a file, heredocs and
 * here-strings become stdin, `2>&1` duplicates, /dev/null discards.
 */
import type { Redirect } from './ast.ts';
import { FatalExpansion } from './errors.ts';
import { type Io, NULL_SINK, type Sink, fileSink, input } from './io.ts';
import { ambiguousRedirect, badFd, heredocWarning, redirectError } from './messages.ts';
import type { AnyShell } from './shell.ts';
import { resolvePath } from '../vfs/path.ts';
import { FsError } from '../vfs/types.ts';

/** The io after the redirections, or null after printing why one failed (status 1). */
export async function applyRedirects(sh: AnyShell, redirs: Redirect[], io: Io): Promise<Io | null> {
  if (!redirs.length) return io;
  const out: Io = { stdin: io.stdin, fds: [...io.fds] };
  for (const r of redirs) {
    try {
      if (!(await applyOne(sh, r, out))) return null;
    } catch (e) {
      if (e instanceof FatalExpansion && !e.printed) {
        sh.error(out, e.message);
        e.printed = true;
      }
      throw e;
    }
  }
  return out;
}

async function applyOne(sh: AnyShell, r: Redirect, io: Io): Promise<boolean> {
  if (r.heredoc) {
    if (!r.heredoc.complete && sh.dialect === 'bash') sh.error(io, heredocWarning(r.heredoc.line, r.heredoc.delim));
    io.stdin = input(await sh.expander.string(r.heredoc.body, false));
    return true;
  }
  if (r.op === '<<<') {
    io.stdin = input((await sh.expander.string(r.target)) + '\n');
    return true;
  }
  const target = await expandTarget(sh, r, io);
  if (target === null) return false;
  if (r.op === '>&' || r.op === '<&') {
    if (target === '-') {
      if (r.fd === 0) io.stdin = input('');
      else io.fds[r.fd] = NULL_SINK;
      return true;
    }
    if (/^[0-9]+$/.test(target)) {
      const from = Number(target);
      if (r.op === '<&' || r.fd === 0) {
        if (from !== 0) return fail(sh, io, badFd(sh.dialect, target).text);
        return true;
      }
      const sink = io.fds[from];
      if (!sink || from === 0) return fail(sh, io, badFd(sh.dialect, target).text);
      io.fds[r.fd] = sink;
      return true;
    }
    if (r.op === '<&') return fail(sh, io, ambiguousRedirect(r.target.raw).text);
    return openOutput(sh, io, target, [1, 2], false); // `>&file` is `&>file`
  }
  switch (r.op) {
    case '<':
      return openInput(sh, io, target);
    case '&>':
    case '&>>':
      return openOutput(sh, io, target, [1, 2], r.op === '&>>');
    case '<>':
      return openOutput(sh, io, target, [r.fd], true);
    default:
      return openOutput(sh, io, target, [r.fd], r.op === '>>');
  }
}

/** The file name: bash splits and globs (and wants one word), ash takes the word as it is. */
async function expandTarget(sh: AnyShell, r: Redirect, io: Io): Promise<string | null> {
  sh.expansionIo = io;
  if (sh.dialect !== 'bash') return sh.expander.string(r.target);
  const fields = await sh.expander.fields(r.target, !sh.flags.noglob);
  if (fields.length !== 1) {
    fail(sh, io, ambiguousRedirect(r.target.raw).text);
    return null;
  }
  return fields[0];
}

function special(io: Io, name: string): Sink | undefined {
  switch (name) {
    case '/dev/null':
      return NULL_SINK;
    case '/dev/stdout':
    case '/proc/self/fd/1':
      return io.fds[1] ?? NULL_SINK;
    case '/dev/stderr':
    case '/proc/self/fd/2':
      return io.fds[2] ?? NULL_SINK;
    default:
      return undefined;
  }
}

function openOutput(sh: AnyShell, io: Io, name: string, fds: number[], append: boolean): boolean {
  const path = resolvePath(sh.cwd, name);
  const dev = special(io, path);
  let sink = dev;
  if (!sink) {
    const fs = sh.opts.fs;
    try {
      if (name === '') throw new FsError('ENOENT', name);
      const st = fs.stat(path);
      if (st?.type === 'dir') throw new FsError('EISDIR', path);
      if (!append || !st) fs.writeFile(path, '');
      else if (st.readOnly) throw new FsError('EROFS', path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      return fail(sh, io, redirectError(sh.dialect, name, e.code, true).text);
    }
    sink = fileSink(fs, path);
  }
  for (const fd of fds) io.fds[fd] = sink;
  return true;
}

function openInput(sh: AnyShell, io: Io, name: string): boolean {
  const path = resolvePath(sh.cwd, name);
  if (path === '/dev/null') {
    io.stdin = input('');
    return true;
  }
  if (path === '/dev/stdin') return true;
  try {
    if (name === '') throw new FsError('ENOENT', name);
    io.stdin = input(sh.opts.fs.readFile(path));
    return true;
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return fail(sh, io, redirectError(sh.dialect, name, e.code, false).text);
  }
}

/** The status of a command whose redirection failed: dash says 2, the others 1. */
export function redirectFailed(sh: AnyShell): number {
  return sh.dialect === 'dash' ? 2 : 1;
}

function fail(sh: AnyShell, io: Io, text: string): false {
  sh.error(io, text);
  return false;
}
