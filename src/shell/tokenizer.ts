/**
 * Shell input -> tokens: words, control operators, redirection operators,
 * newlines (with heredoc bodies read after them) and comments dropped.
 * A lexical error (an open quote) becomes a final `error` token, so the
 * commands before it can still run, as bash runs earlier lines.
 */
import type { Heredoc, RedirOp, Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';
import { type LexOptions, WordLexer } from './words.ts';

export type Token =
  | { k: 'word'; word: Word; pos: number }
  | { k: 'op'; v: string; pos: number }
  | { k: 'redir'; op: RedirOp; fd: number | null; pos: number; heredoc?: Heredoc }
  /** `(( expr ))`, bash's arithmetic command */
  | { k: 'arith'; src: string; parts: WordPart[]; pos: number }
  | { k: 'eof'; pos: number }
  | { k: 'error'; error: ParseError; pos: number };

const REDIR_OPS: RedirOp[] = ['<<<', '<<-', '&>>', '>>', '<<', '>&', '<&', '<>', '>|', '&>', '>', '<'];
const CONTROL_OPS = ['&&', '||', ';;', '|&', '|', '&', ';', '(', ')'];

interface PendingHeredoc {
  token: Extract<Token, { k: 'redir' }>;
  delim: string;
  quoted: boolean;
}

export class Tokenizer extends WordLexer {
  private pending: PendingHeredoc[] = [];
  private awaitingDelim: Extract<Token, { k: 'redir' }> | null = null;

  constructor(src: string, start: number, opts: LexOptions, lineBase = 1) {
    super(src, start, opts, lineBase);
  }

  /** All tokens up to `eof`, or up to an `error` token. */
  tokenize(): Token[] {
    const tokens: Token[] = [];
    try {
      for (;;) {
        const t = this.next();
        tokens.push(t);
        if (t.k === 'eof') break;
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      tokens.push({ k: 'error', error: e, pos: this.i });
    }
    return tokens;
  }

  /** In a `$(` body: the index of the `)` that closes it. */
  scanToClose(): number {
    let depth = 0;
    for (;;) {
      const t = this.next();
      if (t.k === 'eof') throw new ParseError('unterminated', this.lineAt(this.src.length), { match: ')', incomplete: true, expecting: ')', bashNextLine: !this.src.endsWith('\n') });
      if (t.k === 'op' && t.v === '(') depth++;
      if (t.k === 'op' && t.v === ')') {
        if (depth === 0) return t.pos;
        depth--;
      }
    }
  }

  protected commandSubEnd(start: number): number {
    return new Tokenizer(this.src, start, this.opts, this.lineBase).scanToClose();
  }

  protected subWord(text: string, quoted: boolean): Word {
    const word = new Tokenizer(text, 0, this.opts, this.lineAt(this.i)).readWord(false);
    if (quoted) for (const p of word.parts) p.q = true;
    return word;
  }

  protected expressionParts(text: string): WordPart[] {
    return heredocParts(text, this.opts);
  }

  private next(): Token {
    for (;;) {
      const c = this.src[this.i];
      if (c === ' ' || c === '\t') this.i++;
      else if (c === '\\' && this.src[this.i + 1] === '\n') this.i += 2;
      else if (c === '#') {
        while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
      } else break;
    }
    const pos = this.i;
    if (this.i >= this.src.length) {
      if (this.awaitingDelim) throw new ParseError('token', this.lineAt(pos), { token: 'newline', atEof: true });
      this.readHeredocs();
      return { k: 'eof', pos };
    }
    const c = this.src[this.i];
    if (c === '\n') {
      if (this.awaitingDelim) throw new ParseError('token', this.lineAt(pos), { token: 'newline' });
      this.i++;
      this.readHeredocs();
      return { k: 'op', v: '\n', pos };
    }
    const rest = this.src.slice(this.i, this.i + 4);
    const fdMatch = /^[0-9]+(?=[<>])/.exec(this.src.slice(this.i, this.i + 12));
    const fd = fdMatch ? Number(fdMatch[0]) : null;
    const opText = fdMatch ? this.src.slice(this.i + fdMatch[0].length, this.i + fdMatch[0].length + 3) : rest;
    const redir = REDIR_OPS.find((o) => opText.startsWith(o) && !(fd !== null && o.startsWith('&')));
    if (redir) {
      if (this.awaitingDelim) throw new ParseError('token', this.lineAt(pos), { token: redir });
      this.i += (fdMatch ? fdMatch[0].length : 0) + redir.length;
      const token: Token = { k: 'redir', op: redir, fd, pos };
      if (redir === '<<' || redir === '<<-') this.awaitingDelim = token;
      return token;
    }
    if (rest.startsWith('((') && this.opts.bashisms !== false && !this.awaitingDelim) {
      const end = this.arithEnd(this.i + 2);
      if (end >= 0) {
        const src = this.src.slice(this.i + 2, end);
        this.i = end + 2;
        return { k: 'arith', src, parts: heredocParts(src, this.opts), pos };
      }
    }
    const op = CONTROL_OPS.find((o) => rest.startsWith(o));
    if (op) {
      if (this.awaitingDelim) throw new ParseError('token', this.lineAt(pos), { token: op });
      this.i += op.length;
      return { k: 'op', v: op, pos };
    }
    const word = this.readWord();
    if (this.awaitingDelim) {
      const quoted = /['"\\]/.test(word.raw);
      const delim = word.parts.map((p) => (p.t === 'lit' ? p.v : p.t === 'param' ? p.raw : '')).join('');
      this.pending.push({ token: this.awaitingDelim, delim, quoted });
      this.awaitingDelim = null;
    }
    return { k: 'word', word, pos };
  }

  /** Reads the bodies of the heredocs opened on the line just ended. */
  private readHeredocs(): void {
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) {
      const strip = h.token.op === '<<-';
      const line = this.lineAt(this.i);
      let body = '';
      let complete = false;
      while (this.i < this.src.length) {
        const nl = this.src.indexOf('\n', this.i);
        const end = nl < 0 ? this.src.length : nl;
        let text = this.src.slice(this.i, end);
        if (strip) text = text.replace(/^\t+/, '');
        this.i = nl < 0 ? end : nl + 1;
        if (text === h.delim) {
          complete = true;
          break;
        }
        body += text + '\n';
      }
      if (!complete && this.opts.forPrompt) throw new ParseError('unterminated', line, { match: 'heredoc', incomplete: true });
      const parts: WordPart[] = h.quoted ? [{ t: 'lit', v: body, q: true }] : heredocParts(body, this.opts);
      h.token.heredoc = { delim: h.delim, quoted: h.quoted, strip, body: parts, complete, line: this.lineAt(h.token.pos) };
    }
  }
}

/** The parts of an unquoted heredoc body: `$` expansions and backticks, all quoted (no splitting). */
export function heredocParts(body: string, opts: LexOptions): WordPart[] {
  const lexer = new (class extends Tokenizer {
    parts(): WordPart[] {
      const parts: WordPart[] = [{ t: 'lit', v: '', q: true }];
      while (this.i < this.src.length) this.readQuotedChar(parts, '');
      return parts;
    }
  })(body, 0, opts);
  return lexer.parts();
}

/** Tokenizes a whole input. */
export function tokenize(src: string, opts: LexOptions = { forPrompt: false }, lineBase = 1): Token[] {
  return new Tokenizer(src, 0, opts, lineBase).tokenize();
}
