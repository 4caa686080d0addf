/**
 * Tokens -> syntax tree, by recursive descent over the POSIX shell grammar
 * (lists, and-or lists, pipelines, simple and compound commands). The input
 * is handed out one complete command (one line's worth) at a time, so the
 * executor can run earlier lines before a later one turns out to be wrong.
 */
import type {
  AndOr,
  Assignment,
  CaseItem,
  Command,
  CompoundCommand,
  List,
  Pipeline,
  Redirect,
  SimpleCommand,
  Word,
  WordPart,
} from './ast.ts';
import { ParseError } from './errors.ts';
import { type Token, tokenize } from './tokenizer.ts';

export interface ParseOptions {
  /** checking whether to show the `> ` continuation prompt (see LexOptions) */
  forPrompt?: boolean;
  /** the line number of the first line (for messages) */
  lineBase?: number;
}

interface ListContext {
  /** reserved words that end the list: `then`, `fi`, `done`, ... */
  stops: string[];
  /** operators that end it: `)`, `;;` */
  closers: string[];
  /** newlines separate commands (inside compound commands) rather than end the list */
  multiline: boolean;
}

const TOP: ListContext = { stops: [], closers: [], multiline: false };
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', '{', '}', '!', 'in', 'function']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export class Parser {
  private pos = 0;
  private readonly tokens: Token[];
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly src: string,
    private readonly opts: ParseOptions = {},
  ) {
    this.tokens = tokenize(src, { forPrompt: opts.forPrompt ?? false }, opts.lineBase ?? 1);
    for (let k = 0; k < src.length; k++) if (src[k] === '\n') this.lineStarts.push(k + 1);
  }

  /** The next complete command (a line's list), or null at the end of input. Throws ParseError. */
  nextCommand(): List | null {
    this.skipNewlines();
    if (this.peek().k === 'eof') return null;
    const list = this.list(TOP);
    const end = this.peek();
    if (end.k === 'op' && end.v === '\n') this.pos++;
    else if (end.k !== 'eof') throw this.unexpected(end);
    return list;
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

  // --- grammar ---------------------------------------------------------------

  private list(ctx: ListContext): List {
    const items: AndOr[] = [];
    for (;;) {
      if (ctx.multiline) this.skipNewlines();
      if (this.atStop(ctx)) break;
      const item = this.andOr();
      items.push(item);
      const t = this.peek();
      if (t.k === 'op' && (t.v === ';' || t.v === '&')) {
        this.pos++;
        if (t.v === '&') item.background = true;
        continue;
      }
      if (!(t.k === 'op' && t.v === '\n' && ctx.multiline)) break;
    }
    return { items };
  }

  private atStop(ctx: ListContext): boolean {
    const t = this.peek();
    if (t.k === 'eof') return true;
    if (t.k === 'op') return t.v === '\n' || ctx.closers.includes(t.v);
    return t.k === 'word' && ctx.stops.includes(t.word.raw);
  }

  /** A list that must hold at least one command (the body of a compound command). */
  private body(ctx: Omit<ListContext, 'multiline'>, expecting: string): List {
    const list = this.list({ ...ctx, multiline: true });
    if (list.items.length === 0) {
      const t = this.peek();
      throw t.k === 'eof' ? this.eofError(expecting) : this.unexpected(t);
    }
    return list;
  }

  private andOr(): AndOr {
    const first = this.pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || (t.v !== '&&' && t.v !== '||')) break;
      this.pos++;
      this.skipNewlines();
      rest.push({ op: t.v, pipeline: this.pipeline() });
    }
    return { first, rest };
  }

  private pipeline(): Pipeline {
    let negate = false;
    if (this.isWord('!')) {
      negate = true;
      this.pos++;
      const t = this.peek();
      if (t.k === 'eof' || (t.k === 'op' && [';', '\n', '&'].includes(t.v))) return { negate, commands: [], pipeStderr: [] };
    }
    const commands = [this.command()];
    const pipeStderr: boolean[] = [];
    for (;;) {
      const t = this.peek();
      if (t.k !== 'op' || (t.v !== '|' && t.v !== '|&')) break;
      this.pos++;
      this.skipNewlines();
      pipeStderr.push(t.v === '|&');
      commands.push(this.command());
    }
    return { negate, commands, pipeStderr };
  }

  private command(): Command {
    const t = this.peek();
    if (t.k === 'eof') throw this.eofError();
    if (t.k === 'op') {
      if (t.v !== '(') throw this.unexpected(t);
      this.pos++;
      const body = this.body({ stops: [], closers: [')'] }, ')');
      this.expectOp(')');
      return this.withRedirs({ type: 'subshell', body, redirs: [], line: this.lineOf(t.pos) });
    }
    if (t.k === 'word' && RESERVED.has(t.word.raw)) {
      const line = this.lineOf(t.pos);
      switch (t.word.raw) {
        case '{': {
          this.pos++;
          const body = this.body({ stops: ['}'], closers: [] }, '}');
          this.expectWord('}');
          return this.withRedirs({ type: 'group', body, redirs: [], line });
        }
        case 'if':
          return this.withRedirs(this.ifCommand(line));
        case 'while':
        case 'until': {
          this.pos++;
          const cond = this.body({ stops: ['do'], closers: [] }, 'do');
          this.expectWord('do');
          const body = this.body({ stops: ['done'], closers: [] }, 'done');
          this.expectWord('done');
          return this.withRedirs({ type: 'loop', until: t.word.raw === 'until', cond, body, redirs: [], line });
        }
        case 'for':
          return this.withRedirs(this.forCommand(line));
        case 'case':
          return this.withRedirs(this.caseCommand(line));
        case 'function': {
          this.pos++;
          const name = this.peek();
          if (name.k !== 'word') throw name.k === 'eof' ? this.eofError('word') : this.unexpected(name);
          this.pos++;
          if (this.isOp('(')) {
            this.pos++;
            this.expectOp(')');
          }
          return this.functionBody(name.word.raw, line);
        }
        case 'in':
          break; // an ordinary word outside for/case
        default:
          throw this.unexpected(t);
      }
    }
    return this.simple();
  }

  private simple(): Command {
    const start = this.peek();
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirs: [], line: this.lineOf(start.pos) };
    for (;;) {
      const t = this.peek();
      if (t.k === 'redir') {
        cmd.redirs.push(this.redirect());
      } else if (t.k === 'word') {
        this.pos++;
        const assign = cmd.words.length === 0 ? asAssignment(t.word) : null;
        if (assign) cmd.assigns.push({ name: assign.name, value: this.resolve(assign.value) });
        else cmd.words.push(this.resolve(t.word));
        if (cmd.words.length === 1 && !cmd.assigns.length && !cmd.redirs.length && this.isOp('(')) {
          this.pos++;
          this.expectOp(')');
          return this.functionBody(t.word.raw, cmd.line);
        }
      } else break;
    }
    if (!cmd.words.length && !cmd.assigns.length && !cmd.redirs.length) throw this.unexpected(this.peek());
    return cmd;
  }

  private redirect(): Redirect {
    const t = this.peek() as Extract<Token, { k: 'redir' }>;
    this.pos++;
    const target = this.peek();
    if (target.k !== 'word') throw this.unexpected(target);
    this.pos++;
    const fd = t.fd ?? (t.op.startsWith('<') ? 0 : 1);
    const heredoc = t.heredoc ? { ...t.heredoc, body: this.resolveParts(t.heredoc.body) } : undefined;
    return { fd, op: t.op, target: this.resolve(target.word), heredoc };
  }

  private ifCommand(line: number): CompoundCommand {
    const clauses: { cond: List; body: List }[] = [];
    let otherwise: List | undefined;
    let keyword = 'if';
    while (keyword === 'if' || keyword === 'elif') {
      this.pos++;
      const cond = this.body({ stops: ['then'], closers: [] }, 'then');
      this.expectWord('then');
      const body = this.body({ stops: ['elif', 'else', 'fi'], closers: [] }, 'fi');
      clauses.push({ cond, body });
      const t = this.peek();
      keyword = t.k === 'word' ? t.word.raw : '';
    }
    if (keyword === 'else') {
      this.pos++;
      otherwise = this.body({ stops: ['fi'], closers: [] }, 'fi');
    }
    this.expectWord('fi');
    return { type: 'if', clauses, otherwise, redirs: [], line };
  }

  private forCommand(line: number): CompoundCommand {
    this.pos++;
    const nameTok = this.peek();
    if (nameTok.k !== 'word' || !NAME.test(nameTok.word.raw)) {
      if (nameTok.k === 'word') throw new ParseError('for-variable', this.lineOf(nameTok.pos), { name: nameTok.word.raw });
      throw new ParseError('for-variable', this.lineOf(nameTok.pos), { token: nameTok.k === 'op' && nameTok.v !== '\n' ? nameTok.v : 'newline', atEof: nameTok.k === 'eof' });
    }
    this.pos++;
    let items: Word[] | null = null;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.pos++;
      items = [];
      for (let t = this.peek(); t.k === 'word'; t = this.peek()) {
        items.push(this.resolve(t.word));
        this.pos++;
      }
      const sep = this.peek();
      if (sep.k === 'eof') throw this.eofError('do');
      if (sep.k !== 'op' || (sep.v !== ';' && sep.v !== '\n')) throw this.unexpected(sep);
      this.pos++;
    } else if (this.isOp(';')) this.pos++;
    this.skipNewlines();
    this.expectWord('do');
    const body = this.body({ stops: ['done'], closers: [] }, 'done');
    this.expectWord('done');
    return { type: 'for', name: nameTok.word.raw, items, body, redirs: [], line };
  }

  private caseCommand(line: number): CompoundCommand {
    this.pos++;
    const w = this.peek();
    if (w.k !== 'word') throw w.k === 'eof' ? this.eofError('word') : this.unexpected(w);
    this.pos++;
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord('esac')) break;
      if (this.isOp('(')) this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        const p = this.peek();
        if (p.k !== 'word') throw p.k === 'eof' ? this.eofError(')') : this.unexpected(p);
        patterns.push(this.resolve(p.word));
        this.pos++;
        if (!this.isOp('|')) break;
        this.pos++;
      }
      this.expectOp(')');
      const body = this.list({ stops: ['esac'], closers: [';;'], multiline: true });
      items.push({ patterns, body });
      if (this.isOp(';;')) this.pos++;
      else if (!this.isWord('esac')) throw this.peek().k === 'eof' ? this.eofError('esac') : this.unexpected(this.peek());
    }
    this.expectWord('esac');
    return { type: 'case', word: this.resolve(w.word), items, redirs: [], line };
  }

  private functionBody(name: string, line: number): Command {
    this.skipNewlines();
    const body = this.command();
    if (body.type === 'simple' || body.type === 'function') throw this.unexpected(this.tokens[this.pos - 1]);
    return { type: 'function', name, body, line };
  }

  private withRedirs<T extends CompoundCommand>(cmd: T): T {
    while (this.peek().k === 'redir') cmd.redirs.push(this.redirect());
    return cmd;
  }

  // --- words -----------------------------------------------------------------

  /** Parses the bodies of command substitutions inside a word. */
  private resolve(word: Word): Word {
    return { raw: word.raw, parts: this.resolveParts(word.parts) };
  }

  private resolveParts(parts: WordPart[]): WordPart[] {
    return parts.map((p) => {
      if (p.t === 'cmd') return { ...p, body: parseScript(p.src, { lineBase: this.opts.lineBase }) };
      if (p.t === 'param' && p.arg) return { ...p, arg: this.resolve(p.arg) };
      return p;
    });
  }

  // --- tokens ----------------------------------------------------------------

  private peek(): Token {
    const t = this.tokens[this.pos];
    if (t.k === 'error') throw t.error;
    return t;
  }

  private skipNewlines(): void {
    while (this.isOp('\n')) this.pos++;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.k === 'op' && t.v === v;
  }

  private isWord(raw: string): boolean {
    const t = this.peek();
    return t.k === 'word' && t.word.raw === raw;
  }

  private expectWord(raw: string): void {
    const t = this.peek();
    if (t.k === 'word' && t.word.raw === raw) this.pos++;
    else throw t.k === 'eof' ? this.eofError(raw) : this.unexpected(t);
  }

  private expectOp(v: string): void {
    const t = this.peek();
    if (t.k === 'op' && t.v === v) this.pos++;
    else throw this.unexpected(t);
  }

  private unexpected(t: Token): ParseError {
    const line = this.lineOf(t.pos);
    if (t.k === 'eof') return new ParseError('token', line, { token: 'newline', atEof: true });
    const token = t.k === 'op' ? (t.v === '\n' ? 'newline' : t.v) : t.k === 'redir' ? `${t.fd ?? ''}${t.op}` : t.k === 'word' ? t.word.raw : '';
    return new ParseError('token', line, { token });
  }

  private eofError(expecting?: string): ParseError {
    return new ParseError('eof', this.lineOf(this.src.length) + 1, { incomplete: true, expecting });
  }
}

/** `NAME=value` -> the name and the value word (the word after `=`). */
function asAssignment(word: Word): { name: string; value: Word } | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.raw);
  const first = word.parts[0];
  if (!m || !first || first.t !== 'lit' || first.q || !first.v.startsWith(m[0])) return null;
  const rest = first.v.slice(m[0].length);
  const parts: WordPart[] = rest ? [{ ...first, v: rest }, ...word.parts.slice(1)] : word.parts.slice(1);
  return { name: m[1], value: { parts, raw: word.raw.slice(m[0].length) } };
}

/** Parses a whole input at once (command substitution bodies, sourced files). */
export function parseScript(src: string, opts: ParseOptions = {}): List {
  const parser = new Parser(src, opts);
  const items: AndOr[] = [];
  for (let list = parser.nextCommand(); list; list = parser.nextCommand()) items.push(...list.items);
  return { items };
}

/**
 * True when the input can run as it is; false when it needs more lines
 * (open quote, trailing `\` or `|` or `&&`, unfinished heredoc or `if`),
 * where a terminal shows the `> ` prompt. A syntax error counts as complete.
 */
export function isComplete(text: string): boolean {
  try {
    parseScript(text, { forPrompt: true });
    return true;
  } catch (e) {
    if (e instanceof ParseError) return !e.incomplete;
    return true;
  }
}

export type { Assignment };
