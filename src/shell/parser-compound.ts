/**
 * The compound commands: if, while/until, for, case and function bodies.
 * The grammar of lists and simple commands is in parser.ts, which extends this.
 */
import type { CaseItem, Command, CompoundCommand, List, Redirect, Word, WordPart } from './ast.ts';
import { ParseError } from './errors.ts';
import { TokenCursor } from './parser-base.ts';

export interface ListContext {
  /** reserved words that end the list: `then`, `fi`, `done`, ... */
  stops: string[];
  /** operators that end it: `)`, `;;` */
  closers: string[];
  /** newlines separate commands (inside compound commands) rather than end the list */
  multiline: boolean;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export abstract class CompoundParser extends TokenCursor {
  /** A list of commands up to one of the stops. */
  protected abstract list(ctx: ListContext): List;
  /** A list that must hold at least one command (the body of a compound command). */
  protected abstract body(ctx: Omit<ListContext, 'multiline'>, expecting: string): List;
  protected abstract command(): Command;
  protected abstract redirect(): Redirect;
  /** A word with the bodies of its command substitutions parsed. */
  protected abstract resolve(word: Word): Word;
  /** The parts of an arithmetic expression's text. */
  protected abstract expression(text: string): WordPart[];

  protected ifCommand(line: number): CompoundCommand {
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

  protected forCommand(line: number): CompoundCommand {
    this.pos++;
    const nameTok = this.peek();
    if (nameTok.k === 'arith') return this.arithFor(nameTok.src, line);
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

  /** `for (( init; cond; step )); do ...; done` */
  private arithFor(src: string, line: number): CompoundCommand {
    this.pos++;
    const pieces = src.split(';');
    if (pieces.length !== 3) throw new ParseError('token', line, { token: '((' });
    const [init, cond, step] = pieces.map((p) => this.expression(p));
    if (this.isOp(';')) this.pos++;
    this.skipNewlines();
    this.expectWord('do');
    const body = this.body({ stops: ['done'], closers: [] }, 'done');
    this.expectWord('done');
    return { type: 'arith-for', init, cond, step, body, redirs: [], line };
  }

  protected caseCommand(line: number): CompoundCommand {
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

  protected functionBody(name: string, line: number): Command {
    this.skipNewlines();
    const body = this.command();
    if (body.type === 'simple' || body.type === 'function') throw this.unexpected(this.tokens[this.pos - 1]);
    return { type: 'function', name, body, line };
  }

  protected withRedirs<T extends CompoundCommand>(cmd: T): T {
    while (this.peek().k === 'redir') cmd.redirs.push(this.redirect());
    return cmd;
  }
}
