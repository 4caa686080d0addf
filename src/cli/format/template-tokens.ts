/**
 * The token buffer of Go's text/template parser (parse.go next, peek,
 * backup..., three tokens of lookahead) and its error reporting:
 * `template: <name>:<line>: <message>`, with the line of the last token read.
 */
import { I, type Item, itemString } from './template-items.ts';
import type { Lexer } from './template-lex.ts';

export class ParseError {
  constructor(readonly message: string) {}
}

export abstract class TokenReader {
  private token: Item[] = [];
  private peekCount = 0;
  /** Line of the left delimiter of the action being parsed (0 outside actions). */
  protected actionLine = 0;

  constructor(
    protected readonly parseName: string,
    protected readonly lex: Lexer,
  ) {}

  protected next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount];
  }
  protected backup(): void {
    this.peekCount++;
  }
  protected backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  protected backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  protected peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  protected nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === I.Space);
    return t;
  }
  protected peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  errorf(msg: string): never {
    throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${msg}`);
  }
  protected expect(expected: number, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }
  protected unexpected(t: Item, context: string): never {
    if (t.typ === I.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${itemString(t)} in ${context}`);
  }
}
