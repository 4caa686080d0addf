/**
 * Reading one word of shell input into parts: quotes, backslashes, `$VAR`,
 * `${...}`, `$(...)`, `$((...))` and backticks. The tokenizer extends this
 * class and supplies how to find the end of a `$(...)` (by tokenizing it).
 */
import type { ParamPart, Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';
import { ansiEscape } from './escapes.ts';

/** Characters that end an unquoted word. */
export const META = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>']);

const SPECIAL_PARAMS = new Set(['?', '$', '#', '@', '*', '!', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const PARAM_OPS = [':-', ':=', ':+', ':?', '##', '%%', '//', '/#', '/%', '-', '=', '+', '?', '#', '%', '/', ':'];

export interface LexOptions {
  /**
   * Checking for the `> ` prompt: a `\` at the very end of input or a heredoc
   * without its delimiter line asks for more. Otherwise (running) the `\` is
   * literal and the heredoc ends at the end of input, as with bash -c.
   */
  forPrompt: boolean;
  /** bash's `((` arithmetic command (default on) */
  bashisms?: boolean;
  /** `$'...'` quoting (default on; dash has none) */
  ansiC?: boolean;
}

export abstract class WordLexer {
  constructor(
    protected readonly src: string,
    protected i: number,
    protected readonly opts: LexOptions,
    protected readonly lineBase = 1,
  ) {}

  /** Index of the `)` that closes a `$(` whose body starts at `start`. */
  protected abstract commandSubEnd(start: number): number;

  protected lineAt(pos: number): number {
    let n = this.lineBase;
    for (let k = 0; k < pos && k < this.src.length; k++) if (this.src[k] === '\n') n++;
    return n;
  }

  protected unterminated(match: string, pos: number, expecting?: string): ParseError {
    return new ParseError('unterminated', this.lineAt(pos), { match, incomplete: true, expecting });
  }

  /** Reads an unquoted word starting at this.i; stops at a metacharacter unless `meta` is false. */
  protected readWord(meta = true): Word {
    const start = this.i;
    const parts: WordPart[] = [];
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (meta && META.has(c)) break;
      if (c === '\\') {
        const next = this.src[this.i + 1];
        if (next === '\n') {
          this.i += 2;
        } else if (next === undefined) {
          if (this.opts.forPrompt) throw this.unterminated('\\', this.i);
          push(parts, '\\', false);
          this.i++;
        } else {
          push(parts, next, true);
          this.i += 2;
        }
      } else if (c === "'") {
        const end = this.src.indexOf("'", this.i + 1);
        if (end < 0) throw this.unterminated("'", this.i);
        push(parts, this.src.slice(this.i + 1, end), true);
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        this.readDoubleQuoted(parts);
      } else if (c === '$' && this.src[this.i + 1] === "'" && this.opts.ansiC !== false) {
        this.readAnsiC(parts);
      } else if (c === '$' && this.src[this.i + 1] === '"') {
        this.i += 2;
        this.readDoubleQuoted(parts);
      } else if (c === '$') {
        this.readDollar(parts, false);
      } else if (c === '`') {
        this.readBacktick(parts, false);
      } else {
        push(parts, c, false);
        this.i++;
      }
    }
    return { parts, raw: this.src.slice(start, this.i) };
  }

  /** After the opening `"`: reads up to and including the closing `"`. */
  private readDoubleQuoted(parts: WordPart[]): void {
    const open = this.i - 1;
    push(parts, '', true); // "" is an empty word, not nothing
    for (;;) {
      if (this.i >= this.src.length) throw this.unterminated('"', open);
      const c = this.src[this.i];
      if (c === '"') {
        this.i++;
        return;
      }
      this.readQuotedChar(parts, '"');
    }
  }

  /** One step inside double quotes or a heredoc body (`endQuote` is `"` or '' for heredocs). */
  protected readQuotedChar(parts: WordPart[], endQuote: string): void {
    const c = this.src[this.i];
    if (c === '\\') {
      const next = this.src[this.i + 1];
      if (next === '\n') {
        this.i += 2;
      } else if (next !== undefined && (next === '$' || next === '`' || next === '\\' || next === endQuote)) {
        push(parts, next, true);
        this.i += 2;
      } else {
        push(parts, '\\', true);
        this.i++;
      }
    } else if (c === '$') {
      this.readDollar(parts, true);
    } else if (c === '`') {
      this.readBacktick(parts, true);
    } else {
      push(parts, c, true);
      this.i++;
    }
  }

  /** `$'...'`: ANSI-C quoting. */
  private readAnsiC(parts: WordPart[]): void {
    const open = this.i;
    let k = this.i + 2;
    let text = '';
    for (;;) {
      if (k >= this.src.length) throw this.unterminated("'", open);
      const c = this.src[k];
      if (c === "'") break;
      if (c === '\\' && k + 1 < this.src.length) {
        const [ch, len] = ansiEscape(this.src, k + 1);
        text += ch;
        k += 1 + len;
      } else {
        text += c;
        k++;
      }
    }
    push(parts, text, true);
    this.i = k + 1;
  }

  protected readDollar(parts: WordPart[], q: boolean): void {
    const start = this.i;
    const next = this.src[this.i + 1];
    if (next === '(' && this.src[this.i + 2] === '(') {
      const end = this.arithEnd(this.i + 3);
      if (end >= 0) {
        const src = this.src.slice(this.i + 3, end);
        parts.push({ t: 'arith', src, parts: this.expressionParts(src), q });
        this.i = end + 2;
        return;
      }
    }
    if (next === '(') {
      const end = this.commandSubEnd(this.i + 2);
      parts.push({ t: 'cmd', src: this.src.slice(this.i + 2, end), q });
      this.i = end + 1;
      return;
    }
    if (next === '{') {
      const end = this.braceEnd(this.i + 2);
      this.i = end + 1;
      parts.push(parseBraced(this.src.slice(start + 2, end), this.src.slice(start, end + 1), q, (text) => this.subWord(text, q)));
      return;
    }
    if (next !== undefined && SPECIAL_PARAMS.has(next)) {
      parts.push({ t: 'param', name: next, q, raw: '$' + next });
      this.i += 2;
      return;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let k = this.i + 1;
      while (k < this.src.length && NAME_CHAR.test(this.src[k])) k++;
      const name = this.src.slice(this.i + 1, k);
      parts.push({ t: 'param', name, q, raw: '$' + name });
      this.i = k;
      return;
    }
    push(parts, '$', q);
    this.i++;
  }

  /** The word inside `${name:-word}`, lexed on its own. */
  protected abstract subWord(text: string, quoted: boolean): Word;

  /** The text of `$(( ))` with its `$` expansions, as in a heredoc body. */
  protected abstract expressionParts(text: string): WordPart[];

  private readBacktick(parts: WordPart[], inDq: boolean): void {
    const open = this.i;
    let k = this.i + 1;
    let body = '';
    for (;;) {
      if (k >= this.src.length) throw this.unterminated('`', open);
      const c = this.src[k];
      if (c === '`') break;
      if (c === '\\' && k + 1 < this.src.length) {
        const n = this.src[k + 1];
        if (n === '`' || n === '\\' || n === '$' || (inDq && n === '"')) {
          body += n;
          k += 2;
          continue;
        }
      }
      body += c;
      k++;
    }
    parts.push({ t: 'cmd', src: body, q: inDq, backtick: true });
    this.i = k + 1;
  }

  /** Index of the `))` closing `$((`, or -1 when the parentheses do not balance that way. */
  protected arithEnd(from: number): number {
    let depth = 0;
    for (let k = from; k < this.src.length; k++) {
      const c = this.src[k];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return this.src[k + 1] === ')' ? k : -1;
        depth--;
      }
    }
    return -1;
  }

  /** Index of the `}` closing a `${` whose contents start at `from`. */
  private braceEnd(from: number): number {
    let k = from;
    while (k < this.src.length) {
      const c = this.src[k];
      if (c === '}') return k;
      if (c === '\\') k += 2;
      else if (c === "'") {
        const end = this.src.indexOf("'", k + 1);
        if (end < 0) break;
        k = end + 1;
      } else if (c === '"') {
        k++;
        while (k < this.src.length && this.src[k] !== '"') k += this.src[k] === '\\' ? 2 : 1;
        k++;
      } else if (c === '$' && this.src[k + 1] === '{') {
        k = this.braceEnd(k + 2) + 1;
      } else if (c === '$' && this.src[k + 1] === '(') {
        k = this.commandSubEnd(k + 2) + 1;
      } else k++;
    }
    throw this.unterminated('}', from - 2);
  }
}

/** Appends text to the last literal part when it has the same quoting. */
export function push(parts: WordPart[], text: string, q: boolean): void {
  const last = parts[parts.length - 1];
  if (last && last.t === 'lit' && last.q === q) last.v += text;
  else parts.push({ t: 'lit', v: text, q });
}

/** `${...}` contents -> a param part; malformed ones are marked bad (an error when expanded). */
function parseBraced(inner: string, raw: string, q: boolean, sub: (text: string) => Word): ParamPart {
  const bad: ParamPart = { t: 'param', name: '', q, raw, bad: true };
  if (inner.startsWith('#') && inner.length > 1) {
    const name = inner.slice(1);
    return isParamName(name) ? { t: 'param', name, q, raw, op: 'len' } : bad;
  }
  let k = 0;
  if (inner.length > 0 && SPECIAL_PARAMS.has(inner[0]) && !/^[0-9]/.test(inner)) k = 1;
  else if (/^[0-9]/.test(inner)) while (k < inner.length && /[0-9]/.test(inner[k])) k++;
  else if (NAME_START.test(inner[0] ?? '')) while (k < inner.length && NAME_CHAR.test(inner[k])) k++;
  if (k === 0) return bad;
  const name = inner.slice(0, k);
  const rest = inner.slice(k);
  if (rest === '') return { t: 'param', name, q, raw };
  const op = PARAM_OPS.find((o) => rest.startsWith(o));
  if (!op) return bad;
  const text = rest.slice(op.length);
  if (op[0] === '/' || op === ':') {
    // ${v/pattern/replacement}, ${v:offset:length}: two words split at the first unescaped separator
    const sep = op === ':' ? ':' : '/';
    let k = 0;
    while (k < text.length && text[k] !== sep) k += text[k] === '\\' ? 2 : 1;
    if (k >= text.length) return { t: 'param', name, q, raw, op, arg: sub(text) };
    return { t: 'param', name, q, raw, op, arg: sub(text.slice(0, k)), arg2: sub(text.slice(k + 1)) };
  }
  return { t: 'param', name, q, raw, op, arg: sub(text) };
}

export function isParamName(name: string): boolean {
  return /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])$/.test(name);
}
