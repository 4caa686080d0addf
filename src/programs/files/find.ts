/**
 * find PATH... [EXPRESSION]: walks the trees (names in byte order, as the
 * file system lists them; a real find lists in directory order), evaluating
 * the expression of find-expr.ts. -exec runs through ctx.run.
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, labNow, make } from '../util/common.ts';
import { MAX_DEPTH, attempt, childPath, isFail, lstat, readdirOrCode, realPath, statOrCode } from '../util/fsx.ts';
import { globMatch } from '../util/glob.ts';
import { shQuote } from '../util/env.ts';
import { type Action, FindError, type Node, type Visit, parseExpression } from './find-expr.ts';

interface Run {
  cmd: Cmd;
  status: number;
  pruned: boolean;
  quit: boolean;
  batches: Map<Action, string[]>;
}

async function evaluate(r: Run, node: Node, v: Visit): Promise<boolean> {
  switch (node.op) {
    case 'and':
      return (await evaluate(r, node.a, v)) && evaluate(r, node.b, v);
    case 'or':
      return (await evaluate(r, node.a, v)) || evaluate(r, node.b, v);
    case 'comma':
      await evaluate(r, node.a, v);
      return evaluate(r, node.b, v);
    case 'not':
      return !(await evaluate(r, node.a, v));
    case 'test':
      return node.test(v);
    case 'action':
      return act(r, node.action, v);
  }
}

async function act(r: Run, a: Action, v: Visit): Promise<boolean> {
  const { cmd } = r;
  switch (a.kind) {
    case 'print':
      cmd.out(v.shown + a.end);
      return true;
    case 'prune':
      r.pruned = true;
      return true;
    case 'quit':
      r.quit = true;
      return true;
    case 'delete': {
      const res = attempt(() => cmd.ctx.fs.rm(v.path));
      if (isFail(res)) {
        cmd.warn(cmd.gnu ? `cannot delete ${cmd.lq(v.shown)}: ${res.text}` : `${v.shown}: ${res.text}`);
        r.status = 1;
        return false;
      }
      return true;
    }
    case 'exec': {
      if (a.batch) {
        const list = r.batches.get(a) ?? [];
        list.push(v.shown);
        r.batches.set(a, list);
        return true;
      }
      const argv = a.argv.map((w) => w.split('{}').join(v.shown));
      const code = await cmd.ctx.run(argv.map(shQuote).join(' '), { stdin: '' });
      return code === 0;
    }
  }
}

interface Limits {
  max: number;
  min: number;
  follow: boolean;
  followArgs: boolean;
  depthFirst: boolean;
}

/** Directories above the one being walked: their real paths and how they were shown. */
type Ancestors = Array<{ real: string; shown: string }>;

async function visit(r: Run, expr: Node, shown: string, path: string, depth: number, p: Limits, up: Ancestors = []): Promise<void> {
  const { cmd } = r;
  const fs = cmd.ctx.fs;
  if (r.quit || cmd.ctx.signal.aborted) return;
  let st = lstat(fs, path);
  if (st && !isFail(st) && st.type === 'symlink' && (p.follow || (depth === 0 && p.followArgs))) {
    const t = statOrCode(fs, path);
    if (t && !isFail(t)) st = { ...t };
  }
  if (st === null || isFail(st)) {
    const text = st ? st.text : 'No such file or directory';
    cmd.warn(cmd.gnu ? `${cmd.lq(shown)}: ${text}` : `${shown}: ${text}`);
    r.status = 1;
    return;
  }
  const trimmed = shown.replace(/\/+$/, '');
  const name = trimmed === '' ? '/' : trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const v: Visit = {
    shown, path, name, st, depth,
    isEmptyDir: () => {
      const n = readdirOrCode(fs, path);
      return !isFail(n) && n.length === 0;
    },
  };
  let real = '';
  if (st.type === 'dir' && (p.follow || p.followArgs)) {
    real = realPath(fs, path);
    const loop = up.find((a) => a.real === real);
    if (loop) {
      if (cmd.gnu) cmd.warn(`File system loop detected; ${cmd.lq(shown)} is part of the same file system loop as ${cmd.lq(loop.shown)}.`);
      r.status = 1;
      return;
    }
  }
  r.pruned = false;
  if (depth >= p.min && !p.depthFirst) await evaluate(r, expr, v);
  const pruned = r.pruned && !p.depthFirst;
  if (st.type === 'dir' && !pruned && depth < p.max && depth < MAX_DEPTH && !r.quit) {
    const names = readdirOrCode(fs, path);
    if (isFail(names)) {
      if (names.code !== 'ENOENT') {
        // ENOENT: deleted by -exec on the way
        cmd.warn(cmd.gnu ? `${cmd.lq(shown)}: ${names.text}` : `${shown}: ${names.text}`);
        r.status = 1;
      }
    } else {
      const below = real ? [...up, { real, shown }] : up;
      for (const n of names) await visit(r, expr, childPath(shown, n), childPath(path, n), depth + 1, p, below);
    }
  }
  if (depth >= p.min && p.depthFirst && !r.quit) await evaluate(r, expr, v);
}

export const find = (flavour: Flavour): Program =>
  make('find', flavour, async (cmd) => {
    const args = [...cmd.args];
    let follow = false;
    let followArgs = false;
    while (args.length && /^-[HLP]+$/.test(args[0])) {
      const last = (args.shift() as string).slice(-1);
      follow = last === 'L';
      followArgs = last === 'H';
    }
    if (args[0] === '--help' || args[0] === '--version') {
      if (!cmd.gnu) {
        cmd.usage();
        return 0;
      }
      if (cmd.printInfo(args[0] === '--help' ? 'help' : 'version')) return 0;
    }
    const paths: string[] = [];
    while (args.length && !(args[0].startsWith('-') && args[0].length > 1) && args[0] !== '(' && args[0] !== '!') {
      paths.push(args.shift() as string);
    }
    const fs = cmd.ctx.fs;
    let parsed;
    try {
      parsed = parseExpression(args, {
        gnu: cmd.gnu,
        now: labNow(cmd.ctx) ?? 0,
        globMatch,
        lq: (s) => cmd.lq(s),
        mtimeOf: (ref) => {
          const st = statOrCode(fs, cmd.abs(ref));
          if (st && !isFail(st)) return st.mtime;
          const text = st ? st.text : 'No such file or directory';
          return cmd.gnu ? `${cmd.lq(ref)}: ${text}` : `${ref}: ${text}`;
        },
      });
    } catch (e) {
      if (!(e instanceof FindError)) throw e;
      cmd.warn(e.message);
      if (e.usage && !cmd.gnu) cmd.usage();
      return 1;
    }
    for (const w of parsed.warnings) cmd.warn(w);
    const expr: Node = parsed.hasAction
      ? parsed.expr
      : { op: 'and', a: parsed.expr, b: { op: 'action', action: { kind: 'print', end: '\n' } } };
    const r: Run = { cmd, status: 0, pruned: false, quit: false, batches: new Map() };
    const limits = { max: parsed.maxDepth, min: parsed.minDepth, follow, followArgs, depthFirst: parsed.depthFirst };
    for (const p of paths.length ? paths : ['.']) {
      if (p === '') {
        cmd.warn(cmd.gnu ? `${cmd.lq('')}: No such file or directory` : ': No such file or directory');
        r.status = 1;
        continue;
      }
      await visit(r, expr, p, cmd.abs(p), 0, limits);
    }
    for (const [action, list] of r.batches) {
      if (action.kind !== 'exec') continue;
      const at = action.argv.indexOf('{}');
      const argv = [...action.argv.slice(0, at), ...list, ...action.argv.slice(at + 1)];
      const code = await cmd.ctx.run(argv.map(shQuote).join(' '), { stdin: '' });
      if (code !== 0) r.status = 1;
    }
    return r.status;
  });
