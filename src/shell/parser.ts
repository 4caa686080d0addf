/**
 * Tokens -> syntax tree, by recursive descent over the POSIX shell grammar
 * (lists, and-or lists, pipelines, simple and compound commands). The input
 * is handed out one complete command (one line's worth) at a time, so the
 * executor can run earlier lines before a later one turns out to be wrong.
 */
import type { AndOr, Command, List, Pipeline, Redirect, SimpleCommand, Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';
import { type ParseOptions, RESERVED, asAssignment } from './parser-base.ts';
import { CompoundParser, type ListContext } from './parser-compound.ts';
import { type Token, heredocParts } from './tokenizer.ts';

export type { ParseOptions };

const TOP: ListContext = { stops: [], closers: [], multiline: false };

export class Parser extends CompoundParser {
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

  // --- grammar ---------------------------------------------------------------

  protected list(ctx: ListContext): List {
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
  protected body(ctx: Omit<ListContext, 'multiline'>, expecting: string): List {
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
      // ash reads `|&` as `|` then `&`
      if (t.v === '|&' && this.opts.bashisms === false) throw new ParseError('token', this.lineOf(t.pos), { token: '&' });
      this.pos++;
      this.skipNewlines();
      pipeStderr.push(t.v === '|&');
      commands.push(this.command());
    }
    return { negate, commands, pipeStderr };
  }

  protected command(): Command {
    const t = this.peek();
    if (t.k === 'eof') throw this.eofError();
    if (t.k === 'arith') {
      this.pos++;
      return this.withRedirs({ type: 'arith', expr: this.resolveParts(t.parts), redirs: [], line: this.lineOf(t.pos) });
    }
    if (t.k === 'word' && t.word.raw === '[[' && this.opts.doubleBracket !== false) return this.conditional();
    if (t.k === 'op') {
      if (t.v !== '(') throw this.unexpected(t);
      this.pos++;
      const body = this.body({ stops: [], closers: [')'] }, ')');
      this.expectOp(')', true);
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

  /** `[[ ... ]]`: operators inside are words for the test, up to `]]`. */
  private conditional(): Command {
    const start = this.peek();
    const cmd: SimpleCommand = { type: 'simple', assigns: [], words: [], redirs: [], line: this.lineOf(start.pos), test: true };
    for (;;) {
      const t = this.peek();
      if (t.k === 'word') {
        this.pos++;
        cmd.words.push(this.resolve(t.word));
        if (t.word.raw === ']]') break;
      } else if ((t.k === 'op' && ['&&', '||', '(', ')'].includes(t.v)) || (t.k === 'redir' && t.fd === null && (t.op === '<' || t.op === '>'))) {
        this.pos++;
        const v = t.k === 'op' ? t.v : t.op;
        cmd.words.push({ raw: v, parts: [{ t: 'lit', v, q: true }] });
      } else if (t.k === 'op' && t.v === '\n') {
        this.pos++;
      } else if (t.k === 'eof') {
        throw new ParseError('unterminated', this.lineOf(start.pos), { match: ']]', incomplete: true, expecting: ']]' });
      } else throw new ParseError('conditional', this.lineOf(t.pos), { token: t.k === 'op' ? t.v : t.k === 'redir' ? t.op : '((' });
    }
    while (this.peek().k === 'redir') cmd.redirs.push(this.redirect());
    return cmd;
  }

  protected redirect(): Redirect {
    const t = this.peek() as Extract<Token, { k: 'redir' }>;
    if (t.op === '<<<' && this.opts.bashisms === false) throw this.unexpected(t);
    this.pos++;
    const target = this.peek();
    if (target.k !== 'word') throw this.unexpected(target);
    this.pos++;
    const fd = t.fd ?? (t.op.startsWith('<') ? 0 : 1);
    const heredoc = t.heredoc ? { ...t.heredoc, body: this.resolveParts(t.heredoc.body) } : undefined;
    return { fd, op: t.op, target: this.resolve(target.word), heredoc };
  }


  // --- words -----------------------------------------------------------------

  protected expression(text: string): WordPart[] {
    return this.resolveParts(heredocParts(text, { forPrompt: false }));
  }

  /** Parses the bodies of command substitutions inside a word. */
  protected resolve(word: Word): Word {
    return { raw: word.raw, parts: this.resolveParts(word.parts) };
  }

  private resolveParts(parts: WordPart[]): WordPart[] {
    return parts.map((p) => {
      if (p.t === 'cmd') return { ...p, body: parseScript(p.src, { ...this.opts, forPrompt: false }) };
      if (p.t === 'param' && p.arg) return { ...p, arg: this.resolve(p.arg), arg2: p.arg2 && this.resolve(p.arg2) };
      if (p.t === 'arith') return { ...p, parts: this.resolveParts(p.parts) };
      return p;
    });
  }
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
