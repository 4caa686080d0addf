/**
 * find's expression language: tests (-name -iname -path -ipath -regex -type -empty
 * -size -mtime -mmin -newer -perm -user -group -executable -true -false),
 * actions (-print -print0 -exec ... ; / + -delete -prune -quit), operators
 * (! -not, -a -and, -o -or, parentheses, ',') and the global options
 * -maxdepth / -mindepth.
 */
import type { LStat } from '../util/fsx.ts';
import { RegexError, wholeMatch } from '../text/regex.ts';

export interface Visit {
  /** the path as printed */
  shown: string;
  /** absolute path */
  path: string;
  /** the name tests see (-name) */
  name: string;
  st: LStat;
  depth: number;
  /** entries, for -empty on a directory */
  isEmptyDir: () => boolean;
}

export type Action =
  | { kind: 'print'; end: string }
  | { kind: 'exec'; argv: string[]; batch: boolean }
  | { kind: 'delete' }
  | { kind: 'prune' }
  | { kind: 'quit' };

export type Node =
  | { op: 'and' | 'or' | 'comma'; a: Node; b: Node }
  | { op: 'not'; a: Node }
  | { op: 'test'; test: (v: Visit) => boolean }
  | { op: 'action'; action: Action };

export interface Parsed {
  expr: Node;
  hasAction: boolean;
  maxDepth: number;
  minDepth: number;
  /** -depth, or -delete: act on a directory after its contents */
  depthFirst: boolean;
  warnings: string[];
}

export class FindError extends Error {
  constructor(
    message: string,
    /** busybox follows the message with its usage */
    readonly usage = false,
  ) {
    super(message);
  }
}

export interface ExprEnv {
  gnu: boolean;
  now: number;
  /** mtime of a reference file for -newer, or an error text */
  mtimeOf: (path: string) => number | string;
  globMatch: (glob: string, name: string, ignoreCase: boolean) => boolean;
  lq: (s: string) => string;
}

const TYPES = 'bcdpflsD';

export function parseExpression(tokens: string[], env: ExprEnv): Parsed {
  let i = 0;
  let hasAction = false;
  let maxDepth = Infinity;
  let minDepth = 0;
  let sawTest = '';
  let depthFirst = false;
  const warnings: string[] = [];
  const missing = (t: string) => new FindError(env.gnu ? `missing argument to \`${t}'` : `${t} requires an argument`);
  const arg = (t: string): string => {
    if (i >= tokens.length) throw missing(t);
    return tokens[i++];
  };
  const test = (fn: (v: Visit) => boolean): Node => ({ op: 'test', test: fn });
  const numCmp = (t: string, spec: string, value: (v: Visit) => number): ((v: Visit) => boolean) => {
    const m = /^([+-]?)(\d+)$/.exec(spec);
    if (!m) throw new FindError(env.gnu ? `invalid argument ${env.lq(spec)} to \`${t}'` : `invalid number '${spec}'`);
    const n = Number(m[2]);
    return (v) => (m[1] === '+' ? value(v) > n : m[1] === '-' ? value(v) < n : value(v) === n);
  };

  const primary = (): Node => {
    if (i >= tokens.length) throw new FindError(env.gnu ? 'invalid expression' : 'invalid expression');
    const t = tokens[i++];
    if (t === '(') {
      const e = or();
      if (tokens[i] !== ')') {
        throw new FindError(env.gnu ? "invalid expression; I was expecting to find a ')' somewhere but did not see one." : "unpaired '('");
      }
      i++;
      return e;
    }
    if (t === '!' || t === '-not') return { op: 'not', a: primary() };
    const globalOpt = t === '-maxdepth' || t === '-mindepth' || t === '-depth';
    if (!globalOpt && t.startsWith('-') && !['-print', '-print0'].includes(t)) sawTest ||= t;
    switch (t) {
      case '-maxdepth':
      case '-mindepth': {
        const v = arg(t);
        if (!/^\d+$/.test(v)) throw new FindError(env.gnu ? `Expected a positive decimal integer argument to ${t}, but got ${env.lq(v)}` : `invalid number '${v}'`);
        if (t === '-maxdepth') maxDepth = Number(v);
        else minDepth = Number(v);
        return test(() => true);
      }
      case '-name':
      case '-iname': {
        const g = arg(t);
        return test((v) => env.globMatch(g, v.name, t === '-iname'));
      }
      case '-path':
      case '-ipath':
      case '-wholename':
      case '-iwholename': {
        const g = arg(t);
        return test((v) => env.globMatch(g, v.shown, t.startsWith('-i')));
      }
      case '-regex':
      case '-iregex': {
        if (!env.gnu && t === '-iregex') throw new FindError(`unrecognized: ${t}`, true);
        const src = arg(t);
        let re: RegExp;
        try {
          re = wholeMatch(src, env.gnu, t === '-iregex');
        } catch (e) {
          if (!(e instanceof RegexError)) throw e;
          throw new FindError(env.gnu ? e.message : `bad regex '${src}'`);
        }
        return test((v) => re.test(v.shown));
      }
      case '-type': {
        const ty = arg(t);
        const kinds = ty.split(',');
        if (!kinds.every((k) => k.length === 1 && TYPES.includes(k)) || (!env.gnu && kinds.length > 1)) {
          throw new FindError(env.gnu ? `Unknown argument to -type: ${ty}` : `invalid argument '${ty}' to '-type'`);
        }
        return test((v) => kinds.includes(v.st.type === 'dir' ? 'd' : v.st.type === 'symlink' ? 'l' : 'f'));
      }
      case '-empty':
        return test((v) => (v.st.type === 'dir' ? v.isEmptyDir() : v.st.type === 'file' && v.st.size === 0));
      case '-size': {
        const s = arg(t);
        const m = /^([+-]?)(\d+)([bcwkMG]?)$/.exec(s);
        if (!m) throw new FindError(env.gnu ? `invalid -size type \`${s.replace(/^[+-]?\d*/, '')[0] ?? ''}'` : `invalid number '${s}'`);
        const unit = { b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3, '': 512 }[m[3]] as number;
        const n = Number(m[2]);
        if (!env.gnu) {
          // busybox compares bytes with N * unit
          const bytes = n * unit;
          return test((v) => (m[1] === '+' ? v.st.size > bytes : m[1] === '-' ? v.st.size < bytes : v.st.size === bytes));
        }
        return test((v) => {
          const units = Math.ceil(v.st.size / unit);
          return m[1] === '+' ? units > n : m[1] === '-' ? units < n : units === n;
        });
      }
      case '-mtime':
        return test(numCmp(t, arg(t), (v) => Math.floor((env.now - v.st.mtime) / 86400000)));
      case '-mmin':
        return test(numCmp(t, arg(t), (v) => Math.ceil((env.now - v.st.mtime) / 60000)));
      case '-newer': {
        const ref = arg(t);
        const m = env.mtimeOf(ref);
        if (typeof m === 'string') throw new FindError(m);
        return test((v) => v.st.mtime > m);
      }
      case '-perm': {
        const s = arg(t);
        const m = /^([-/]?)([0-7]{1,4})$/.exec(s);
        if (!m) throw new FindError(env.gnu ? `invalid mode ${env.lq(s)}` : `invalid mode '${s}'`);
        const want = Number.parseInt(m[2], 8);
        return test((v) => {
          const mode = v.st.mode & 0o7777;
          if (m[1] === '-') return (mode & want) === want;
          if (m[1] === '/') return want === 0 || (mode & want) !== 0;
          return mode === want;
        });
      }
      case '-user':
      case '-group': {
        const who = arg(t);
        return test(() => who === 'root' || who === '0');
      }
      case '-executable':
        return test((v) => (v.st.mode & 0o111) !== 0);
      case '-readable':
      case '-writable':
      case '-true':
        return test(() => true);
      case '-false':
        return test(() => false);
      case '-print':
        hasAction = true;
        return { op: 'action', action: { kind: 'print', end: '\n' } };
      case '-print0':
        hasAction = true;
        return { op: 'action', action: { kind: 'print', end: '\0' } };
      case '-depth':
        depthFirst = true;
        return test(() => true);
      case '-delete':
        hasAction = true;
        depthFirst = true;
        return { op: 'action', action: { kind: 'delete' } };
      case '-prune':
        return { op: 'action', action: { kind: 'prune' } };
      case '-quit':
        return { op: 'action', action: { kind: 'quit' } };
      case '-exec':
      case '-ok': {
        const argv: string[] = [];
        while (i < tokens.length && tokens[i] !== ';' && !(tokens[i] === '+' && argv[argv.length - 1] === '{}')) argv.push(tokens[i++]);
        if (i >= tokens.length || !argv.length) throw missing(t);
        const batch = tokens[i++] === '+';
        hasAction = true;
        return { op: 'action', action: { kind: 'exec', argv, batch } };
      }
      default:
        if (t.startsWith('-')) throw new FindError(env.gnu ? `unknown predicate \`${t}'` : `unrecognized: ${t}`, true);
        throw new FindError(env.gnu ? `paths must precede expression: \`${t}'` : `unrecognized: ${t}`, true);
    }
  };
  const not = (): Node => primary();
  const and = (): Node => {
    let left = not();
    while (i < tokens.length && !['-o', '-or', ')', ','].includes(tokens[i])) {
      if (tokens[i] === '-a' || tokens[i] === '-and') i++;
      left = { op: 'and', a: left, b: not() };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (i < tokens.length && (tokens[i] === '-o' || tokens[i] === '-or' || tokens[i] === ',')) {
      const op = tokens[i++] === ',' ? 'comma' : 'or';
      left = { op, a: left, b: and() };
    }
    return left;
  };
  const expr: Node = tokens.length ? or() : { op: 'test', test: () => true };
  if (i < tokens.length) {
    throw new FindError(env.gnu ? `invalid expression; you have too many ')'` : `unrecognized: ${tokens[i]}`, true);
  }
  return { expr, hasAction, maxDepth, minDepth, depthFirst, warnings };
}
