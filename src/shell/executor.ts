/**
 * Walking the syntax tree: lists, `&&`/`||`, pipelines (run stage by stage,
 * each stage's whole stdout the next one's stdin), compound commands and
 * simple commands (functions, builtins, the lab's programs, script files).
 */
import type { AndOr, Command, CompoundCommand, FunctionDef, List, Pipeline, SimpleCommand } from './ast.ts';
import { builtinFor } from './builtins.ts';
import { ExitRequest, FatalExpansion, LoopControl, ReturnRequest } from './errors.ts';
import { matchPattern } from './glob.ts';
import { Capture, type Io, input } from './io.ts';
import { runFile, runProgram } from './launch.ts';
import { notFound } from './messages.ts';
import { applyRedirects, redirectFailed } from './redirect.ts';
import type { AnyShell } from './shell.ts';
import { resolvePath } from '../vfs/path.ts';

export async function execList(sh: AnyShell, list: List, io: Io): Promise<number> {
  let status = sh.status;
  for (const item of list.items) {
    const [s, checked] = await execAndOr(sh, item, io);
    status = s;
    if (checked && s !== 0 && sh.flags.errexit && sh.conditionDepth === 0) throw new ExitRequest(s);
  }
  return status;
}

/** The status, and whether `set -e` applies to it (the last pipeline ran and was not negated). */
async function execAndOr(sh: AnyShell, ao: AndOr, io: Io): Promise<[number, boolean]> {
  const last = ao.rest.length ? ao.rest[ao.rest.length - 1].pipeline : ao.first;
  sh.conditionDepth += ao.rest.length ? 1 : 0;
  let status: number;
  let ran = ao.first;
  try {
    status = await execPipeline(sh, ao.first, io);
    for (let k = 0; k < ao.rest.length; k++) {
      const { op, pipeline } = ao.rest[k];
      if ((op === '&&') !== (status === 0)) continue;
      if (k === ao.rest.length - 1) sh.conditionDepth--;
      try {
        ran = pipeline;
        status = await execPipeline(sh, pipeline, io);
      } finally {
        if (k === ao.rest.length - 1) sh.conditionDepth++;
      }
    }
  } finally {
    sh.conditionDepth -= ao.rest.length ? 1 : 0;
  }
  return [status, ran === last && !ran.negate];
}

async function execPipeline(sh: AnyShell, p: Pipeline, io: Io): Promise<number> {
  let status = 0;
  if (p.commands.length === 1) {
    status = await execCommand(sh, p.commands[0], io);
  } else if (p.commands.length > 1) {
    let stdin = io.stdin;
    const statuses: number[] = [];
    for (let k = 0; k < p.commands.length; k++) {
      const last = k === p.commands.length - 1;
      const pipe = last ? null : new Capture();
      const fds = [...io.fds];
      if (pipe) {
        fds[1] = pipe;
        if (p.pipeStderr[k]) fds[2] = pipe;
      }
      const stageIo: Io = { stdin, fds };
      statuses.push(await sh.subshell(stageIo, (sub: AnyShell) => execCommand(sub, p.commands[k], stageIo)));
      stdin = input(pipe ? pipe.text() : '');
    }
    status = statuses[statuses.length - 1];
    if (sh.flags.pipefail) status = [...statuses].reverse().find((s) => s !== 0) ?? 0;
  }
  if (p.negate) status = status === 0 ? 1 : 0;
  sh.status = status;
  return status;
}

export async function execCommand(sh: AnyShell, cmd: Command, io: Io): Promise<number> {
  sh.checkAbort(io);
  let status: number;
  if (cmd.type === 'simple') status = await execSimple(sh, cmd, io);
  else if (cmd.type === 'function') {
    sh.functions.set(cmd.name, cmd);
    status = 0;
  } else {
    sh.line = cmd.line;
    const inner = await applyRedirects(sh, cmd.redirs, io);
    status = inner ? await execCompound(sh, cmd, inner) : redirectFailed(sh);
  }
  sh.status = status;
  return status;
}

async function execCompound(sh: AnyShell, cmd: CompoundCommand, io: Io): Promise<number> {
  switch (cmd.type) {
    case 'group':
      return execList(sh, cmd.body, io);
    case 'subshell':
      return sh.subshell(io, (sub: AnyShell) => execList(sub, cmd.body, io));
    case 'if':
      for (const clause of cmd.clauses) {
        if ((await condition(sh, clause.cond, io)) === 0) return execList(sh, clause.body, io);
      }
      return cmd.otherwise ? execList(sh, cmd.otherwise, io) : 0;
    case 'loop':
      return loop(sh, io, async () => {
        const s = await condition(sh, cmd.cond, io);
        return cmd.until ? s === 0 : s !== 0;
      }, cmd.body);
    case 'for': {
      sh.expansionIo = io;
      const items = cmd.items ? await sh.expander.words(cmd.items) : [...sh.positional];
      let k = 0;
      return loop(sh, io, async () => {
        if (k >= items.length) return true;
        sh.setVar(cmd.name, items[k++]);
        return false;
      }, cmd.body);
    }
    case 'arith':
      sh.expansionIo = io;
      return (await sh.expander.arithmetic(cmd.expr)) !== 0 ? 0 : 1;
    case 'arith-for': {
      sh.expansionIo = io;
      await sh.expander.arithmetic(cmd.init);
      let first = true;
      return loop(sh, io, async () => {
        if (!first) await sh.expander.arithmetic(cmd.step);
        first = false;
        return cmd.cond.some((p) => p.t !== 'lit' || p.v.trim() !== '') && (await sh.expander.arithmetic(cmd.cond)) === 0;
      }, cmd.body);
    }
    case 'case': {
      sh.expansionIo = io;
      const word = await sh.expander.string(cmd.word);
      for (const item of cmd.items) {
        for (const p of item.patterns) {
          if (matchPattern(await sh.expander.pattern(p), word)) return execList(sh, item.body, io);
        }
      }
      return 0;
    }
  }
}

async function condition(sh: AnyShell, list: List, io: Io): Promise<number> {
  sh.conditionDepth++;
  try {
    return await execList(sh, list, io);
  } finally {
    sh.conditionDepth--;
  }
}

/** Runs `body` until `done()` says to stop; handles break/continue and the iteration limit. */
async function loop(sh: AnyShell, io: Io, done: () => Promise<boolean>, body: List): Promise<number> {
  let status = 0;
  const max = sh.opts.maxLoopIterations ?? 100_000;
  sh.loopDepth++;
  try {
    for (let n = 0; ; n++) {
      sh.checkAbort();
      if (n >= max) {
        sh.error(io, `loop stopped after ${max} iterations (simulation limit)`);
        return 1;
      }
      if (await done()) break;
      try {
        status = await execList(sh, body, io);
      } catch (e) {
        if (!(e instanceof LoopControl)) throw e;
        if (e.levels > 1) {
          e.levels--;
          throw e;
        }
        if (e.kind === 'break') break;
      }
      await Promise.resolve();
    }
  } finally {
    sh.loopDepth--;
  }
  return status;
}

async function execSimple(sh: AnyShell, cmd: SimpleCommand, io: Io): Promise<number> {
  sh.line = cmd.line;
  sh.lastSubStatus = null;
  sh.expansionIo = io;
  let argv: string[];
  const assigns: [string, string][] = [];
  try {
    argv = cmd.test ? await conditionalWords(sh, cmd) : await sh.expander.words(cmd.words, !sh.flags.noglob);
    for (const a of cmd.assigns) assigns.push([a.name, await sh.expander.string(a.value)]);
  } catch (e) {
    if (e instanceof FatalExpansion && !e.printed) {
      sh.error(io, e.message);
      e.printed = true;
    }
    throw e;
  }
  if (sh.flags.xtrace) trace(sh, io, assigns, argv);
  if (!argv.length) {
    for (const [name, value] of assigns) sh.setVar(name, value);
    const inner = await applyRedirects(sh, cmd.redirs, io);
    return inner ? (sh.lastSubStatus ?? 0) : redirectFailed(sh);
  }
  const inner = await applyRedirects(sh, cmd.redirs, io);
  if (!inner) return redirectFailed(sh);
  return invoke(sh, argv, assigns, inner);
}

/** The words of `[[ ]]`: no splitting or globbing; the right of == and != stays a pattern. */
async function conditionalWords(sh: AnyShell, cmd: SimpleCommand): Promise<string[]> {
  const out: string[] = [];
  for (const w of cmd.words) {
    const prev = out[out.length - 1];
    out.push(prev === '==' || prev === '=' || prev === '!=' ? await sh.expander.pattern(w) : await sh.expander.string(w));
  }
  return out;
}

/** `set -x`: `+ cmd 'a b'` on stderr, quoted as each shell quotes. */
function trace(sh: AnyShell, io: Io, assigns: [string, string][], argv: string[]): void {
  const bash = sh.dialect === 'bash';
  const safe = bash ? /^[A-Za-z0-9_@%+=:,./-]+$/ : /^[A-Za-z0-9_@%+:,./-]*$/;
  const q = (w: string) =>
    sh.dialect === 'dash' || safe.test(w) ? w : bash ? `'${w.replace(/'/g, `'\\''`)}'` : `'${w.replace(/'/g, `'"'"'`)}'`;
  const sets = assigns.map(([n, v]) => `${n}=${q(v)}`);
  const lines = bash ? [...sets.map((a) => [a]), ...(argv.length ? [argv.map(q)] : [])] : [[...sets, ...argv.map(q)]];
  for (const words of lines) io.fds[2]?.write(`+ ${words.join(' ')}\n`);
}

/** Runs argv[0]: a function, a builtin, a program from the lab, or a script file. */
export async function invoke(sh: AnyShell, argv: string[], assigns: [string, string][], io: Io, skipFunctions = false): Promise<number> {
  const name = argv[0];
  if (!name.includes('/')) {
    const fn = skipFunctions ? undefined : sh.functions.get(name);
    if (fn) return withTempVars(sh, assigns, () => callFunction(sh, fn, argv, io));
    const builtin = builtinFor(sh.dialect, name);
    if (builtin) return withTempVars(sh, assigns, async () => builtin(sh, argv, io));
  }
  const key = name.includes('/') ? resolvePath(sh.cwd, name) : name;
  const program = name === '' ? undefined : sh.opts.lookup(key);
  if (program) return runProgram(sh, program, argv, assigns, io);
  if (name.includes('/')) return runFile(sh, argv, key, assigns, io);
  return sh.fail(io, notFound(sh.dialect, name));
}

async function withTempVars(sh: AnyShell, assigns: [string, string][], body: () => Promise<number>): Promise<number> {
  if (!assigns.length) return body();
  const saved = assigns.map(([name]) => [name, sh.vars.get(name)] as const);
  for (const [name, value] of assigns) sh.setVar(name, value);
  try {
    return await body();
  } finally {
    for (const [name, old] of saved) {
      if (old) sh.vars.set(name, old);
      else sh.vars.delete(name);
    }
  }
}

async function callFunction(sh: AnyShell, fn: FunctionDef, argv: string[], io: Io): Promise<number> {
  if (sh.depth > (sh.opts.maxDepth ?? 100)) return sh.fail(io, { text: `${fn.name}: maximum function nesting level exceeded (simulation limit)`, status: 1 });
  const saved = sh.positional;
  sh.positional = argv.slice(1);
  sh.locals.push(new Map());
  sh.depth++;
  try {
    return await execCommand(sh, fn.body, io);
  } catch (e) {
    if (e instanceof ReturnRequest) return e.status;
    throw e;
  } finally {
    sh.depth--;
    sh.positional = saved;
    for (const [name, old] of sh.locals.pop() ?? []) {
      if (old) sh.vars.set(name, old);
      else sh.vars.delete(name);
    }
  }
}
