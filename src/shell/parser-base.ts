/**
 * The parser's view of the token stream: looking ahead, expecting reserved
 * words and operators, and building ParseErrors with bash's token names.
 */
import type { Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';
import { type Token, tokenize } from './tokenizer.ts';

/** Words that are reserved at the start of a command. */
export const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', '{', '}', '!', 'in', 'function']);

export interface ParseOptions {
  /** checking whether to show the `> ` continuation prompt (see LexOptions) */
  forPrompt?: boolean;
  /** the line number of the first line (for messages) */
  lineBase?: number;
  /** bash's `<<<` and `|&` are operators (default); in ash they are syntax errors */
  bashisms?: boolean;
  /** `[[ ]]` is a keyword (bash, BusyBox ash; default); dash has none */
  doubleBracket?: boolean;
  /** `$'...'` quoting (default); dash reads `$` and a single-quoted string */
  ansiC?: boolean;
}

export abstract class TokenCursor {
  protected pos = 0;
  protected readonly tokens: Token[];
  private readonly lineStarts: number[] = [0];

  constructor(
    protected readonly src: string,
    protected readonly opts: ParseOptions = {},
  ) {
    this.tokens = tokenize(src, { forPrompt: opts.forPrompt ?? false, bashisms: opts.bashisms, ansiC: opts.ansiC }, opts.lineBase ?? 1);
    for (let k = 0; k < src.length; k++) if (src[k] === '\n') this.lineStarts.push(k + 1);
  }

  /** The line a token starts on. */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + (this.opts.lineBase ?? 1);
  }

  /** The text of a line, for bash's non-interactive "`line'" echo. */
  lineText(line: number): string {
    const k = line - (this.opts.lineBase ?? 1);
    const start = this.lineStarts[k] ?? this.src.length;
    const end = this.src.indexOf('\n', start);
    return this.src.slice(start, end < 0 ? undefined : end);
  }

  protected peek(): Token {
    const t = this.tokens[this.pos];
    if (t.k === 'error') throw t.error;
    return t;
  }

  protected skipNewlines(): void {
    while (this.isOp('\n')) this.pos++;
  }

  protected isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }

  protected isWord(raw: string): boolean {
    const t = this.peek();
    return t.k === 'word' && t.word.raw === raw;
  }

  protected expectWord(raw: string): void {
    const t = this.peek();
    if (t.k === 'word' && t.word.raw === raw) this.pos++;
    else throw t.k === 'eof' ? this.eofError(raw) : this.unexpected(t);
  }

  /** `eofIsMore`: the end of input means "more to come" (a `(` body) rather than a newline token (`f(`). */
  protected expectOp(v: string, eofIsMore = false): void {
    const t = this.peek();
    if (t.k === 'op' && t.v === v) this.pos++;
    else throw t.k === 'eof' && eofIsMore ? this.eofError(v) : this.unexpected(t, v);
  }

  /** `expecting` is what ash names in its message (`echo (` wants `)`). */
  protected unexpected(t: Token, expecting?: string): ParseError {
    const line = this.lineOf(t.pos);
    if (t.k === 'eof') return new ParseError('token', line, { token: 'newline', atEof: true, expecting });
    const token = t.k === 'op' ? (t.v === '\n' ? 'newline' : t.v) : t.k === 'redir' ? `${t.fd ?? ''}${t.op}` : t.k === 'word' ? t.word.raw : t.k === 'arith' ? '((' : '';
    return new ParseError('token', line, { token, redirection: t.k === 'redir', word: t.k === 'word' && !RESERVED.has(t.word.raw), expecting });
  }

  protected eofError(expecting?: string): ParseError {
    return new ParseError('eof', this.lineOf(this.src.length), { incomplete: true, expecting, bashNextLine: !this.src.endsWith('\n') });
  }
}

/** `NAME=value` -> the name and the value word (the word after `=`). */
export function asAssignment(word: Word): { name: string; value: Word } | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.raw);
  const first = word.parts[0];
  if (!m || !first || first.t !== 'lit' || first.q || !first.v.startsWith(m[0])) return null;
  const rest = first.v.slice(m[0].length);
  const parts: WordPart[] = rest ? [{ ...first, v: rest }, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: m[1], value: { parts, raw: word.raw.slice(m[0].length) } };
}

