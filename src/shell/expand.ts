/**
 * Word expansion in bash's order: tilde, parameters, command substitution and
 * arithmetic, then field splitting of unquoted results on IFS, then pathname
 * expansion of unquoted `*?[`, then quote removal.
 */
import { ArithError, evaluate } from './arith.ts';
import type { ParamPart, Word, WordPart } from './ast.ts';
import { braceExpand } from './braces.ts';
import { escapeGlob, glob, hasGlob, matchPattern } from './glob.ts';
import type { FileSystem } from '../vfs/types.ts';

export type ExpandFailure =
  | { kind: 'bad-substitution'; raw: string }
  | { kind: 'unset'; name: string; message: string }
  /** `set -u` and an unset variable */
  | { kind: 'unbound'; name: string }
  | { kind: 'div0'; expr: string; token: string }
  | { kind: 'arith-syntax'; expr: string; token: string };

export interface ExpandHost {
  readonly fs: FileSystem;
  readonly cwd: string;
  /** a variable or special parameter (`?`, `$`, `#`, `0`..); undefined when unset */
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  positional(): string[];
  /** runs a `$(...)` and returns its output with trailing newlines removed */
  commandSub(part: Extract<WordPart, { t: 'cmd' }>): Promise<string>;
  /** bash's brace expansion, `~+` and `~-` are on */
  readonly bashisms: boolean;
  /** dash's narrower expansions: no `${v/p/r}`, `${v:o:l}`, `**`, `++` or `--` */
  readonly dash: boolean;
  /** `set -u` is on */
  nounset(): boolean;
  /** reports an expansion error; never returns */
  fail(failure: ExpandFailure): never;
}

interface Field {
  text: string;
  pat: string;
  glob: boolean;
  keep: boolean;
}

class Fields {
  readonly done: Field[] = [];
  private cur: Field | null = null;

  constructor(private readonly ifs: string) {}

  add(text: string, quoted: boolean): void {
    this.cur ??= { text: '', pat: '', glob: false, keep: false };
    this.cur.text += text;
    if (quoted) {
      this.cur.pat += escapeGlob(text);
      this.cur.keep = true;
    } else {
      this.cur.pat += text.replace(/\\/g, '\\\\');
      if (hasGlob(text)) this.cur.glob = true;
    }
  }

  /** An unquoted expansion result: split on IFS. */
  addSplit(text: string): void {
    if (this.ifs === '') return this.add(text, false);
    const ws = [...this.ifs].filter((c) => ' \t\n'.includes(c)).map(reEscape).join('');
    const other = [...this.ifs].filter((c) => !' \t\n'.includes(c)).map(reEscape).join('');
    const sep = new RegExp(other ? `[${ws}]*[${other}][${ws}]*|[${ws}]+` : `[${ws}]+`, 'g');
    let last = 0;
    for (const m of text.matchAll(sep)) {
      if (m.index > last) this.add(text.slice(last, m.index), false);
      this.end(other !== '' && new RegExp(`[${other}]`).test(m[0]));
      last = m.index + m[0].length;
    }
    if (last < text.length) this.add(text.slice(last), false);
  }

  end(force = false): void {
    if (this.cur && (this.cur.text !== '' || this.cur.keep || force)) this.done.push(this.cur);
    else if (!this.cur && force) this.done.push({ text: '', pat: '', glob: false, keep: true });
    this.cur = null;
  }
}

function reEscape(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export class Expander {
  constructor(private readonly host: ExpandHost) {}

  /** Command words -> argv: split and globbed. */
  async words(words: Word[], globbing = true): Promise<string[]> {
    const out: string[] = [];
    for (const word of words) {
      for (const w of this.host.bashisms ? braceExpand(word) : [word]) out.push(...(await this.fields(w, globbing)));
    }
    return out;
  }

  /** The fields of one word (a redirection target checks there is exactly one). */
  async fields(word: Word, globbing: boolean): Promise<string[]> {
    const f = new Fields(this.host.getVar('IFS') ?? ' \t\n');
    let parts = word.parts;
    // "$@" with no positional parameters is no word at all, not an empty one
    if (!this.host.positional().length && parts.some((p) => p.t === 'param' && p.name === '@' && p.q && !p.op)) {
      parts = parts.filter((p) => !(p.t === 'lit' && p.q && p.v === ''));
    }
    await this.expandParts(this.tilde(parts), f, true);
    f.end();
    const out: string[] = [];
    for (const field of f.done) {
      const matches = globbing && field.glob ? glob(field.pat, this.host.fs, this.host.cwd) : [];
      out.push(...(matches.length ? matches : [field.text]));
    }
    return out;
  }

  /** One string, no splitting or globbing (assignments, heredocs, `case` words). */
  async string(word: Word | WordPart[], tilde = true): Promise<string> {
    const parts = Array.isArray(word) ? word : word.parts;
    const f = new Fields('');
    await this.expandParts(tilde ? this.tilde(parts) : parts, f, false);
    f.end();
    return f.done.map((x) => x.text).join('');
  }

  /** `(( ))` and `let`: the value of an arithmetic expression given as word parts. */
  async arithmetic(parts: WordPart[]): Promise<number> {
    return this.arith(await this.string(parts, false));
  }

  /** A pattern (`case`, `${v#pat}`): quoted characters are escaped, the rest stays active. */
  async pattern(word: Word): Promise<string> {
    const f = new Fields('');
    await this.expandParts(this.tilde(word.parts), f, false);
    f.end();
    return f.done.map((x) => x.pat).join('');
  }

  private tilde(parts: WordPart[]): WordPart[] {
    const first = parts[0];
    if (!first || first.t !== 'lit' || first.q || !first.v.startsWith('~')) return parts;
    const slash = first.v.indexOf('/');
    const user = first.v.slice(1, slash < 0 ? undefined : slash);
    let home: string | undefined;
    if (user === '') home = this.host.getVar('HOME');
    else if (user === 'root') home = '/root';
    else if (user === '+' && this.host.bashisms) home = this.host.getVar('PWD');
    else if (user === '-' && this.host.bashisms) home = this.host.getVar('OLDPWD');
    if (home === undefined) return parts;
    const rest = slash < 0 ? '' : first.v.slice(slash);
    return [{ t: 'lit', v: home, q: true }, { t: 'lit', v: rest, q: false }, ...parts.slice(1)];
  }

  private async expandParts(parts: WordPart[], f: Fields, split: boolean): Promise<void> {
    for (const p of parts) {
      if (p.t === 'lit') f.add(p.v, p.q);
      else if (p.t === 'cmd') this.emit(await this.host.commandSub(p), p.q, f, split);
      else if (p.t === 'arith') this.emit(String(await this.arith(await this.string(p.parts, false))), p.q, f, split);
      else await this.param(p, f, split);
    }
  }

  private emit(value: string, quoted: boolean, f: Fields, split: boolean): void {
    if (quoted || !split) f.add(value, quoted);
    else f.addSplit(value);
  }

  private async param(p: ParamPart, f: Fields, split: boolean): Promise<void> {
    if (p.bad) this.host.fail({ kind: 'bad-substitution', raw: p.raw });
    if ((p.name === '@' || p.name === '*') && !p.op) {
      const params = this.host.positional();
      if (p.name === '@' && p.q && split) {
        params.forEach((v, k) => {
          if (k > 0) f.end(true);
          f.add(v, true);
        });
        return;
      }
      if (p.q || !split) return f.add(params.join(p.name === '*' ? (this.host.getVar('IFS') ?? ' ').slice(0, 1) : ' '), p.q);
      params.forEach((v, k) => {
        if (k > 0) f.end();
        f.addSplit(v);
      });
      return;
    }
    const value = await this.paramValue(p);
    if (value !== undefined) this.emit(value, p.q, f, split);
  }

  private async paramValue(p: ParamPart): Promise<string | undefined> {
    if (this.host.dash && (p.op === ':' || p.op?.startsWith('/'))) this.host.fail({ kind: 'bad-substitution', raw: p.raw });
    const value = this.host.getVar(p.name);
    const unsetOrNull = (colon: boolean) => value === undefined || (colon && value === '');
    const arg = () => (p.arg ? this.string(p.arg) : Promise.resolve(''));
    switch (p.op) {
      case undefined:
      case 'len':
        if (value === undefined && this.host.nounset()) this.host.fail({ kind: 'unbound', name: p.name });
        return p.op ? String([...(value ?? '')].length) : value;
      case ':-':
      case '-':
        return unsetOrNull(p.op === ':-') ? arg() : value;
      case ':=':
      case '=':
        if (!unsetOrNull(p.op === ':=')) return value;
        if (!/^[A-Za-z_]/.test(p.name)) this.host.fail({ kind: 'bad-substitution', raw: p.raw });
        this.host.setVar(p.name, await arg());
        return this.host.getVar(p.name);
      case ':+':
      case '+':
        return unsetOrNull(p.op === ':+') ? '' : arg();
      case ':?':
      case '?': {
        if (!unsetOrNull(p.op === ':?')) return value;
        const message = await arg();
        return this.host.fail({ kind: 'unset', name: p.name, message });
      }
      case ':': {
        const chars = [...(value ?? '')];
        let from = await this.arithmetic(p.arg?.parts ?? []);
        if (from < 0) from = Math.max(0, chars.length + from);
        let to = chars.length;
        if (p.arg2) {
          const len = await this.arithmetic(p.arg2.parts);
          to = len < 0 ? chars.length + len : from + len;
        }
        return chars.slice(from, Math.max(from, to)).join('');
      }
      case '/':
      case '//':
      case '/#':
      case '/%':
        return this.replace(value ?? '', p.op, p.arg ? await this.pattern(p.arg) : '', p.arg2 ? await this.string(p.arg2) : '');
      default:
        return this.trim(value ?? '', p.op, p.arg ? await this.pattern(p.arg) : '');
    }
  }

  /** `${v/pat/rep}` (first), `//` (all), `/#` (at the start), `/%` (at the end): longest matches. */
  private replace(value: string, op: string, pat: string, rep: string): string {
    if (pat === '') return value;
    const chars = [...value];
    let out = '';
    for (let i = 0; i <= chars.length; ) {
      let end = -1;
      if (op !== '/#' || i === 0) {
        for (let j = chars.length; j >= i; j--) {
          if (op === '/%' && j !== chars.length) break;
          if (matchPattern(pat, chars.slice(i, j).join(''))) {
            end = j;
            break;
          }
        }
      }
      if (end < 0 || (end === i && op !== '/#' && op !== '/%')) {
        if (i < chars.length) out += chars[i];
        i++;
        continue;
      }
      out += rep;
      if (op !== '//') return out + chars.slice(end).join('');
      if (end === i) {
        if (i < chars.length) out += chars[i];
        i++;
      } else i = end;
    }
    return out;
  }

  /** `${v#pat}` `${v##pat}` `${v%pat}` `${v%%pat}`. */
  private trim(value: string, op: string, pat: string): string {
    const chars = [...value];
    const n = chars.length;
    const longest = op.length === 2;
    if (op[0] === '#') {
      for (let k = longest ? n : 0; longest ? k >= 0 : k <= n; k += longest ? -1 : 1) {
        if (matchPattern(pat, chars.slice(0, k).join(''))) return chars.slice(k).join('');
      }
    } else {
      for (let k = longest ? 0 : n; longest ? k <= n : k >= 0; k += longest ? 1 : -1) {
        if (matchPattern(pat, chars.slice(k).join(''))) return chars.slice(0, k).join('');
      }
    }
    return value;
  }

  /** Evaluates `$(( ))` text whose `$` expansions are already done. */
  private async arith(expr: string): Promise<number> {
    try {
      return evaluate(expr, { get: (n) => this.host.getVar(n), set: (n, v) => this.host.setVar(n, v) }, 0, this.host.dash);
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      return this.host.fail({ kind: e.kind === 'div0' ? 'div0' : 'arith-syntax', expr: expr.trim(), token: e.token });
    }
  }
}
