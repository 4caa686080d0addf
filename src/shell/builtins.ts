/**
 * Builtins that run inside the shell: cd, pwd, echo, exit, flow control,
 * eval/source/exec, type/command. Variable builtins are in builtins-vars.ts,
 * printf in printf.ts, test/[ in test.ts.
 */
import { ExitRequest, LoopControl, ReturnRequest } from './errors.ts';
import { echoEscapes } from './escapes.ts';
import { type Io, readLine } from './io.ts';
import { builtinText } from './messages.ts';
import { VAR_BUILTINS } from './builtins-vars.ts';
import { printfBuiltin } from './printf.ts';
import type { AnyShell } from './shell.ts';
import { testBuiltin } from './test.ts';
import { resolvePath } from '../vfs/path.ts';
import { FsError } from '../vfs/types.ts';

export type Builtin = (sh: AnyShell, argv: string[], io: Io) => number | Promise<number>;

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', 'in', 'function', '!', '{', '}', '[[', ']]']);

function out(io: Io, text: string): void {
  io.fds[1]?.write(text);
}

const cd: Builtin = (sh, argv, io) => {
  const args = argv.slice(1).filter((a, k) => !(k === 0 && (a === '--' || a === '-L' || a === '-P')));
  if (args.length > 1 && sh.dialect === 'bash') return sh.builtinError(io, 'cd', builtinText.tooMany());
  let dir: string | undefined = args[0];
  let print = false;
  if (dir === undefined) {
    dir = sh.getVar('HOME');
    if (dir === undefined) return sh.builtinError(io, 'cd', builtinText.cdUnset(sh.dialect, 'HOME'));
  } else if (dir === '-') {
    dir = sh.getVar('OLDPWD') ?? (sh.dialect !== 'bash' ? sh.cwd : undefined);
    if (dir === undefined) return sh.builtinError(io, 'cd', builtinText.cdUnset(sh.dialect, 'OLDPWD'));
    print = true;
  }
  if (dir === '') return 0;
  const path = resolvePath(sh.cwd, dir);
  try {
    const st = sh.opts.fs.stat(path);
    if (!st) throw new FsError('ENOENT', path);
    if (st.type !== 'dir') throw new FsError('ENOTDIR', path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    return sh.builtinError(io, 'cd', builtinText.cdMissing(sh.dialect, dir, e.code));
  }
  sh.setCwd(path);
  if (print) out(io, path + '\n');
  return 0;
};

const echo: Builtin = (sh, argv, io) => {
  if (sh.dialect === 'dash') {
    // dash: only -n, and escapes always (no \x)
    const noNewline = argv[1] === '-n';
    const r = echoEscapes(argv.slice(noNewline ? 2 : 1).join(' '), false);
    out(io, r.stop || noNewline ? r.text : r.text + '\n');
    return 0;
  }
  let k = 1;
  let newline = true;
  let escapes = false;
  for (; k < argv.length && /^-[neE]+$/.test(argv[k]); k++) {
    for (const f of argv[k].slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  let text = argv.slice(k).join(' ');
  if (escapes) {
    const r = echoEscapes(text);
    if (r.stop) return out(io, r.text), 0;
    text = r.text;
  }
  out(io, newline ? text + '\n' : text);
  return 0;
};

function numericArg(sh: AnyShell, io: Io, builtin: string, arg: string | undefined): number | null {
  if (arg === undefined) return sh.status;
  if (!/^\s*[+-]?[0-9]+\s*$/.test(arg)) {
    sh.builtinError(io, builtin, builtinText.exitNumeric(sh.dialect, arg));
    return null;
  }
  return Number(arg) & 255;
}

const exit: Builtin = (sh, argv, io) => {
  if (argv.length > 2 && sh.dialect === 'bash') return sh.builtinError(io, 'exit', builtinText.tooMany());
  if (sh.interactive && !sh.isSubshell && sh.dialect === 'bash') io.fds[2]?.write('exit\n');
  const status = numericArg(sh, io, 'exit', argv[1]);
  if (status === null && sh.dialect !== 'bash' && sh.interactive) return 2;
  throw new ExitRequest(status ?? 2);
};

const ret: Builtin = (sh, argv, io) => {
  if (!sh.locals.length && !sh.sourceDepth) {
    if (sh.dialect !== 'bash') throw new ExitRequest(argv[1] === undefined ? sh.status : Number(argv[1]) & 255);
    return sh.builtinError(io, 'return', builtinText.returnOnly());
  }
  const status = numericArg(sh, io, 'return', argv[1]);
  throw new ReturnRequest(status ?? 2);
};

function loopControl(kind: 'break' | 'continue'): Builtin {
  return (sh, argv, io) => {
    if (!sh.loopDepth) return sh.dialect === 'bash' ? sh.builtinError(io, kind, builtinText.loopOnly()) : 0;
    const n = argv[1] === undefined ? 1 : Number(argv[1]);
    if (!Number.isInteger(n) || n < 1) return sh.builtinError(io, kind, { text: `${argv[1]}: loop count out of range`, status: 1 });
    throw new LoopControl(kind, Math.min(n, sh.loopDepth));
  };
}

const shift: Builtin = (sh, argv) => {
  const n = argv[1] === undefined ? 1 : Number(argv[1]);
  if (!Number.isInteger(n) || n < 0 || n > sh.positional.length) return 1;
  sh.positional = sh.positional.slice(n);
  return 0;
};

const evalBuiltin: Builtin = (sh, argv, io) => sh.runSource(argv.slice(1).join(' '), io);

const source: Builtin = async (sh, argv, io) => {
  const name = argv[0];
  const file = argv[1];
  if (file === undefined) {
    if (sh.dialect !== 'bash') return 0;
    sh.builtinError(io, name, { text: 'filename argument required', status: 2 });
    io.fds[2]?.write(`${name}: usage: ${name} filename [arguments]\n`);
    return 2;
  }
  const fs = sh.opts.fs;
  const candidates = file.includes('/') ? [file] : [...(sh.getVar('PATH') ?? '').split(':').filter(Boolean).map((d) => `${d}/${file}`), file];
  let text: string | undefined;
  let code: FsError['code'] = 'ENOENT';
  for (const c of candidates) {
    try {
      text = fs.readFile(resolvePath(sh.cwd, c));
      break;
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (c === file) code = e.code;
    }
  }
  if (text === undefined) {
    const f = builtinText.sourceMissing(sh.dialect, file, code);
    return sh.dialect === 'bash' ? sh.fail(io, f) : sh.builtinError(io, name, f);
  }
  const savedArgs = sh.positional;
  if (argv.length > 2) sh.positional = argv.slice(2);
  sh.sourceDepth++;
  try {
    return await sh.runSource(text, io);
  } catch (e) {
    if (e instanceof ReturnRequest) return e.status;
    throw e;
  } finally {
    sh.sourceDepth--;
    if (argv.length > 2) sh.positional = savedArgs;
  }
};

const exec: Builtin = async (sh, argv, io) => {
  if (argv.length < 2) return 0;
  throw new ExitRequest(await sh.invoke(argv.slice(1), io, true));
};

/** Where a program lives: the first PATH directory holding it, else /usr/bin. */
function programPath(sh: AnyShell, name: string): string | null {
  if (name.includes('/')) return sh.opts.lookup(resolvePath(sh.cwd, name)) || sh.opts.fs.stat(resolvePath(sh.cwd, name)) ? name : null;
  for (const dir of (sh.getVar('PATH') ?? '').split(':').filter(Boolean)) {
    try {
      if (sh.opts.fs.stat(`${dir}/${name}`)?.type === 'file') return `${dir}/${name}`;
    } catch {
      // not a directory on this path
    }
  }
  return sh.opts.lookup(name) ? `/usr/bin/${name}` : null;
}

type Kind = 'keyword' | 'function' | 'builtin' | 'file';

function kindOf(sh: AnyShell, name: string): { kind: Kind; path?: string } | null {
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  if (sh.functions.has(name)) return { kind: 'function' };
  if (builtinFor(sh.dialect, name) && !name.includes('/')) return { kind: 'builtin' };
  const path = programPath(sh, name);
  return path ? { kind: 'file', path } : null;
}

const type: Builtin = (sh, argv, io) => {
  let status = 0;
  const terse = argv[1] === '-t';
  for (const name of argv.slice(terse ? 2 : 1)) {
    const k = kindOf(sh, name);
    if (!k) {
      const f = builtinText.typeNotFound(sh.dialect, name);
      if (sh.dialect === 'bash') {
        if (!terse) sh.builtinError(io, 'type', f);
      } else out(io, f.text + '\n');
      status = f.status;
    } else if (terse) out(io, k.kind + '\n');
    else if (k.kind === 'file') out(io, `${name} is ${k.path}\n`);
    else out(io, `${name} is ${k.kind === 'keyword' ? 'a shell keyword' : k.kind === 'function' ? 'a function' : 'a shell builtin'}\n`);
  }
  return status;
};

const command: Builtin = (sh, argv, io) => {
  let k = 1;
  let mode = '';
  for (; k < argv.length && /^-[vVp]+$/.test(argv[k]); k++) if (!argv[k].includes('p')) mode = argv[k].slice(-1);
  if (mode === 'V') return type(sh, ['type', ...argv.slice(k)], io);
  if (mode === 'v') {
    let status = 0;
    for (const name of argv.slice(k)) {
      const found = kindOf(sh, name);
      if (found) out(io, (found.path ?? name) + '\n');
      status = found ? (sh.dialect !== 'bash' ? status : 0) : sh.dialect !== 'bash' ? 127 : 1;
    }
    return status;
  }
  if (k >= argv.length) return 0;
  return sh.invoke(argv.slice(k), io, true);
};

const read: Builtin = (sh, argv, io) => {
  let k = 1;
  let raw = false;
  for (; k < argv.length && argv[k].startsWith('-'); k++) {
    if (argv[k] === '-r') raw = true;
    else if (['-p', '-t', '-n', '-d', '-u'].includes(argv[k])) k++;
  }
  const names = argv.slice(k);
  let line = readLine(io.stdin);
  const eof = line === null;
  while (!raw && line !== null && /(^|[^\\])(\\\\)*\\$/.test(line)) {
    const more = readLine(io.stdin);
    line = line.slice(0, -1) + (more ?? '');
    if (more === null) break;
  }
  let text = line ?? '';
  if (!raw) text = text.replace(/\\(.)/g, '$1');
  const ifs = sh.getVar('IFS') ?? ' \t\n';
  const ws = `[${[...ifs].map((c) => '\\' + c).join('')}]`;
  if (!names.length) names.push('REPLY');
  let rest = names[0] === 'REPLY' && names.length === 1 ? text : text.replace(new RegExp(`^${ws}+`), '');
  names.forEach((name, i) => {
    if (i === names.length - 1) {
      sh.setVar(name, name === 'REPLY' ? rest : rest.replace(new RegExp(`${ws}+$`), ''));
      return;
    }
    const m = new RegExp(`${ws}+`).exec(rest);
    sh.setVar(name, m ? rest.slice(0, m.index) : rest);
    rest = m ? rest.slice(m.index + m[0].length) : '';
  });
  return eof ? 1 : 0;
};

/** Builtins dash does not have (they are "not found" there). */
const NOT_IN_DASH = new Set(['[[', 'source', 'let', 'declare', 'typeset']);

/** The builtin for a name in a dialect. */
export function builtinFor(dialect: string, name: string): Builtin | undefined {
  if (!Object.hasOwn(BUILTINS, name) || (dialect === 'dash' && NOT_IN_DASH.has(name))) return undefined;
  return BUILTINS[name];
}

export const BUILTINS: Record<string, Builtin> = {
  ':': () => 0,
  true: () => 0,
  false: () => 1,
  cd,
  pwd: (sh, _argv, io) => (out(io, sh.cwd + '\n'), 0),
  echo,
  printf: printfBuiltin,
  test: testBuiltin,
  '[': testBuiltin,
  '[[': testBuiltin,
  exit,
  return: ret,
  break: loopControl('break'),
  continue: loopControl('continue'),
  shift,
  eval: evalBuiltin,
  source,
  '.': source,
  exec,
  type,
  command,
  read,
  wait: () => 0,
  trap: () => 0,
  hash: () => 0,
  ...VAR_BUILTINS,
};
