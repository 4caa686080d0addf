/**
 * test, [ and [[: POSIX's rules by argument count, then a recursive descent
 * over `!`, `( )`, -a and -o; file tests through the FileSystem.
 */
import type { Builtin } from './builtins.ts';
import { matchPattern } from './glob.ts';
import { testText } from './messages.ts';
import type { AnyShell } from './shell.ts';
import { resolvePath } from '../vfs/path.ts';

class TestError {
  constructor(readonly text: string) {}
}

const UNARY = new Set(['-e', '-a', '-f', '-d', '-s', '-r', '-w', '-x', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-z', '-n', '-g', '-u', '-k', '-O', '-G', '-N']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-gt', '-le', '-ge', '-nt', '-ot', '-ef', '=~']);

export const testBuiltin: Builtin = (sh, argv, io) => {
  const name = argv[0];
  let args = argv.slice(1);
  const closer = name === '[' ? ']' : name === '[[' ? ']]' : null;
  const report = (text: string) => {
    if (sh.dialect !== 'ash') sh.builtinError(io, name, { text, status: 2 });
    else sh.error(io, text);
    return 2;
  };
  if (closer) {
    if (args[args.length - 1] !== closer) return report(closer === ']' ? testText.missingBracket(sh.dialect) : "missing `]]'");
    args = args.slice(0, -1);
  }
  try {
    return new Evaluator(sh, args, closer === ']]').run() ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) return report(e.text);
    throw e;
  }
};

class Evaluator {
  private k = 0;
  constructor(
    private readonly sh: AnyShell,
    private readonly args: string[],
    private readonly patterns: boolean,
  ) {}

  run(): boolean {
    const a = this.args;
    switch (a.length) {
      case 0:
        return false;
      case 1:
        return a[0] !== '';
      case 2:
        if (a[0] === '!') return a[1] === '';
        if (UNARY.has(a[0])) return this.unary(a[0], a[1]);
        if (this.sh.dialect === 'bash') throw new TestError(testText.unaryExpected('bash', a[0]));
        // dash names the word before the one it could not use, ash the word itself
        throw new TestError(BINARY.has(a[1]) ? testText.unaryExpected('ash', a[1]) : testText.binaryExpected(this.sh.dialect, this.sh.dialect === 'dash' ? a[0] : a[1]));
      case 3:
        if (BINARY.has(a[1])) return this.binary(a[0], a[1], a[2]);
        if (a[0] === '!') return !this.sub(a.slice(1));
        if (a[0] === '(' && a[2] === ')') return a[1] !== '';
        if (a[1] === '-a' || a[1] === '-o') break;
        throw new TestError(testText.binaryExpected(this.sh.dialect, this.sh.dialect === 'dash' ? a[0] : a[1]));
      case 4:
        if (a[0] === '!') return !this.sub(a.slice(1));
        if (a[0] === '(' && a[3] === ')') return this.sub(a.slice(1, 3));
        break;
    }
    const v = this.or();
    if (this.k < a.length) throw new TestError(testText.tooMany(this.sh.dialect, a[this.sh.dialect === 'dash' ? this.k - 1 : this.k]));
    return v;
  }

  private sub(args: string[]): boolean {
    return new Evaluator(this.sh, args, this.patterns).run();
  }

  private or(): boolean {
    let v = this.and();
    while (this.args[this.k] === '-o' || (this.patterns && this.args[this.k] === '||')) {
      this.k++;
      const r = this.and();
      v = v || r;
    }
    return v;
  }

  private and(): boolean {
    let v = this.not();
    while (this.args[this.k] === '-a' || (this.patterns && this.args[this.k] === '&&')) {
      this.k++;
      const r = this.not();
      v = v && r;
    }
    return v;
  }

  private not(): boolean {
    if (this.args[this.k] === '!' && this.k + 1 < this.args.length) {
      this.k++;
      return !this.not();
    }
    return this.primary();
  }

  private primary(): boolean {
    const a = this.args;
    const t = a[this.k];
    if (t === undefined) throw new TestError(this.sh.dialect === 'bash' ? testText.unaryExpected('bash', a[this.k - 1] ?? '') : 'argument expected');
    if (t === '(' ) {
      this.k++;
      const v = this.or();
      if (a[this.k] !== ')') throw new TestError(this.sh.dialect === 'bash' ? "`)' expected" : 'closing paren expected');
      this.k++;
      return v;
    }
    if (BINARY.has(a[this.k + 1]) && this.k + 2 < a.length) {
      this.k += 3;
      return this.binary(t, a[this.k - 2], a[this.k - 1]);
    }
    if (UNARY.has(t) && this.k + 1 < a.length) {
      this.k += 2;
      return this.unary(t, a[this.k - 1]);
    }
    this.k++;
    return t !== '';
  }

  private int(v: string): number {
    if (!/^\s*[+-]?[0-9]+\s*$/.test(v)) throw new TestError(testText.integerExpected(this.sh.dialect, v));
    return Number(v);
  }

  private binary(l: string, op: string, r: string): boolean {
    switch (op) {
      case '=':
      case '==':
        return this.patterns ? matchPattern(r, l) : l === r;
      case '!=':
        return this.patterns ? !matchPattern(r, l) : l !== r;
      case '<':
        return l < r;
      case '>':
        return l > r;
      case '=~':
        try {
          return new RegExp(r).test(l);
        } catch {
          return false;
        }
      case '-nt':
      case '-ot': {
        const a = this.stat(l)?.mtime ?? -Infinity;
        const b = this.stat(r)?.mtime ?? -Infinity;
        return op === '-nt' ? a > b : a < b;
      }
      case '-ef':
        return this.stat(l) !== null && resolvePath(this.sh.cwd, l) === resolvePath(this.sh.cwd, r);
    }
    const a = this.int(l);
    const b = this.int(r);
    switch (op) {
      case '-eq': return a === b;
      case '-ne': return a !== b;
      case '-lt': return a < b;
      case '-gt': return a > b;
      case '-le': return a <= b;
      default: return a >= b;
    }
  }

  private stat(path: string) {
    if (path === '') return null;
    try {
      return this.sh.opts.fs.stat(resolvePath(this.sh.cwd, path));
    } catch {
      return null;
    }
  }

  private unary(op: string, v: string): boolean {
    switch (op) {
      case '-z':
        return v === '';
      case '-n':
        return v !== '';
      case '-t':
        return false;
      case '-L':
      case '-h':
        try {
          return v !== '' && this.sh.opts.fs.readlink(resolvePath(this.sh.cwd, v)) !== null;
        } catch {
          return false;
        }
    }
    const st = this.stat(v);
    if (!st) return false;
    switch (op) {
      case '-f': return st.type === 'file';
      case '-d': return st.type === 'dir';
      case '-s': return st.size > 0;
      case '-w': return !st.readOnly;
      case '-x': return st.type === 'dir' || (st.mode & 0o111) !== 0;
      case '-b': case '-c': case '-p': case '-S': case '-g': case '-u': case '-k': return false;
      default: return true; // -e -a -r -O -G -N
    }
  }
}
