/**
 * The lexer of Go's text/template (text/template/parse/lex.go, Go 1.24),
 * ported state for state so that token positions, line numbers and error
 * texts match Go's.
 */

import { I, type Item, type ItemType, KEYWORDS, sharpU } from './template-items.ts';

export { I, type Item, type ItemType, itemString, sharpU } from './template-items.ts';

const EOF = -1;
const LEFT = '{{';
const RIGHT = '}}';
const SPACE_CHARS = ' \t\r\n';
const isSpace = (r: number): boolean => r === 0x20 || r === 0x09 || r === 0x0d || r === 0x0a;
const isAlphaNumeric = (r: number): boolean => r === 0x5f || (r >= 0 && /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(r)));
const hasLeftTrimMarker = (s: string): boolean => s.length >= 2 && s[0] === '-' && isSpace(s.charCodeAt(1));
const hasRightTrimMarker = (s: string): boolean => s.length >= 2 && isSpace(s.charCodeAt(0)) && s[1] === '-';

type State = (l: Lexer) => Item | null;

export class Lexer {
  pos = 0;
  start = 0;
  width = 0;
  parenDepth = 0;
  line = 1;
  startLine = 1;
  private state: State | null = lexText;

  constructor(readonly input: string) {}

  next(): number {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos)!;
    this.width = r > 0xffff ? 2 : 1;
    this.pos += this.width;
    if (r === 0x0a) this.line++;
    return r;
  }
  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }
  backup(): void {
    this.pos -= this.width;
    if (this.width === 1 && this.input.charCodeAt(this.pos) === 0x0a) this.line--;
  }
  emit(t: ItemType): Item {
    const item = { typ: t, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return item;
  }
  ignore(): void {
    this.line += countNewlines(this.input.slice(this.start, this.pos));
    this.start = this.pos;
    this.startLine = this.line;
  }
  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }
  acceptRun(valid: string): void {
    for (let r = this.next(); r !== EOF && valid.includes(String.fromCodePoint(r)); r = this.next());
    this.backup();
  }
  errorf(msg: string): Item {
    this.state = null;
    return { typ: I.Error, pos: this.start, val: msg, line: this.startLine };
  }
  goto(state: State): null {
    this.state = state;
    return null;
  }
  nextItem(): Item {
    while (this.state) {
      const item = this.state(this);
      if (item) return item;
    }
    return this.emit(I.EOF);
  }
  atRightDelim(): [boolean, boolean] {
    const rest = this.input.slice(this.pos);
    if (hasRightTrimMarker(rest) && rest.startsWith(RIGHT, 2)) return [true, true];
    return [rest.startsWith(RIGHT), false];
  }
  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    if (r === EOF || '.,|:)('.includes(String.fromCharCode(r))) return true;
    // Go 1.24 (the reference docker's) checks for the whole right delimiter:
    // `{{.Names}` is "bad character U+007D '}'".
    return this.input.startsWith(RIGHT, this.pos);
  }
  scanNumber(): boolean {
    this.accept('+-');
    let digits = '0123456789_';
    if (this.accept('0')) {
      if (this.accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (this.accept('oO')) digits = '01234567_';
      else if (this.accept('bB')) digits = '01_';
    }
    this.acceptRun(digits);
    if (this.accept('.')) this.acceptRun(digits);
    if (digits.length === 11 && this.accept('eE')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    if (digits.length === 23 && this.accept('pP')) {
      this.accept('+-');
      this.acceptRun('0123456789_');
    }
    this.accept('i');
    if (isAlphaNumeric(this.peek())) {
      this.next();
      return false;
    }
    return true;
  }
}

const countNewlines = (s: string): number => s.split('\n').length - 1;
const leftTrimLength = (s: string): number => s.length - s.replace(/^[ \t\r\n]+/, '').length;
const rightTrimLength = (s: string): number => {
  let n = 0;
  while (n < s.length && SPACE_CHARS.includes(s[s.length - 1 - n])) n++;
  return n;
};

function lexText(l: Lexer): Item | null {
  l.width = 0;
  const x = l.input.indexOf(LEFT, l.pos);
  if (x >= 0) {
    l.pos = x;
    const trim = hasLeftTrimMarker(l.input.slice(x + LEFT.length)) ? rightTrimLength(l.input.slice(l.start, x)) : 0;
    l.pos -= trim;
    let item: Item | null = null;
    if (l.pos > l.start) {
      l.line += countNewlines(l.input.slice(l.start, l.pos));
      item = l.emit(I.Text);
    }
    l.pos += trim;
    l.ignore();
    l.goto(lexLeftDelim);
    return item;
  }
  l.pos = l.input.length;
  if (l.pos > l.start) {
    l.line += countNewlines(l.input.slice(l.start, l.pos));
    return l.emit(I.Text);
  }
  l.goto(null as unknown as State);
  return l.emit(I.EOF);
}

function lexLeftDelim(l: Lexer): Item | null {
  l.pos += LEFT.length;
  const trim = hasLeftTrimMarker(l.input.slice(l.pos));
  const after = trim ? 2 : 0;
  if (l.input.startsWith('/*', l.pos + after)) {
    l.pos += after;
    l.ignore();
    return l.goto(lexComment);
  }
  const item = l.emit(I.LeftDelim);
  l.pos += after;
  l.ignore();
  l.parenDepth = 0;
  l.goto(lexInsideAction);
  return item;
}

function lexComment(l: Lexer): Item | null {
  l.pos += 2;
  const i = l.input.indexOf('*/', l.pos);
  if (i < 0) return l.errorf('unclosed comment');
  l.pos = i + 2;
  const [delim, trim] = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  if (trim) l.pos += 2;
  l.pos += RIGHT.length;
  if (trim) l.pos += leftTrimLength(l.input.slice(l.pos));
  l.ignore();
  return l.goto(lexText);
}

function lexRightDelim(l: Lexer): Item | null {
  const trim = hasRightTrimMarker(l.input.slice(l.pos));
  if (trim) {
    l.pos += 2;
    l.ignore();
  }
  l.pos += RIGHT.length;
  const item = l.emit(I.RightDelim);
  if (trim) {
    l.pos += leftTrimLength(l.input.slice(l.pos));
    l.ignore();
  }
  l.goto(lexText);
  return item;
}

function lexInsideAction(l: Lexer): Item | null {
  const [delim] = l.atRightDelim();
  if (delim) {
    if (l.parenDepth === 0) return l.goto(lexRightDelim);
    return l.errorf('unclosed left paren');
  }
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup();
    return l.goto(lexSpace);
  }
  const c = String.fromCodePoint(r);
  switch (c) {
    case '=':
      return l.emit(I.Assign);
    case ':':
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      return l.emit(I.Declare);
    case '|':
      return l.emit(I.Pipe);
    case '"':
      return l.goto(lexQuote);
    case '`':
      return l.goto(lexRawQuote);
    case '$':
      return l.goto(lexVariable);
    case "'":
      return l.goto(lexChar);
    case '(':
      l.parenDepth++;
      return l.emit(I.LeftParen);
    case ')':
      l.parenDepth--;
      if (l.parenDepth < 0) return l.errorf('unexpected right paren');
      return l.emit(I.RightParen);
  }
  if (c === '.') {
    const n = l.input.charCodeAt(l.pos);
    if (l.pos < l.input.length && (n < 0x30 || n > 0x39)) return l.goto(lexField);
  }
  if (c === '.' || c === '+' || c === '-' || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return l.goto(lexNumber);
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return l.goto(lexIdentifier);
  }
  if (r < 0x80 && r >= 0x20 && r < 0x7f) return l.emit(I.Char);
  return l.errorf(`unrecognized character in action: ${sharpU(r)}`);
}

function lexSpace(l: Lexer): Item | null {
  let n = 0;
  while (isSpace(l.peek())) {
    l.next();
    n++;
  }
  if (hasRightTrimMarker(l.input.slice(l.pos - 1)) && l.input.startsWith(RIGHT, l.pos + 1)) {
    l.backup();
    if (n === 1) return l.goto(lexRightDelim);
  }
  const item = l.emit(I.Space);
  l.goto(lexInsideAction);
  return item;
}

function lexIdentifier(l: Lexer): Item {
  let r = l.next();
  while (isAlphaNumeric(r)) r = l.next();
  l.backup();
  const word = l.input.slice(l.start, l.pos);
  if (!l.atTerminator()) return l.errorf(`bad character ${sharpU(r)}`);
  l.goto(lexInsideAction);
  const key = KEYWORDS[word];
  if (key !== undefined && key > I.Keyword) return l.emit(key);
  if (word[0] === '.') return l.emit(I.Field);
  if (word === 'true' || word === 'false') return l.emit(I.Bool);
  return l.emit(I.Identifier);
}

const lexField = (l: Lexer): Item => lexFieldOrVariable(l, I.Field);

function lexVariable(l: Lexer): Item {
  if (l.atTerminator()) {
    l.goto(lexInsideAction);
    return l.emit(I.Variable);
  }
  return lexFieldOrVariable(l, I.Variable);
}

function lexFieldOrVariable(l: Lexer, typ: ItemType): Item {
  l.goto(lexInsideAction);
  if (l.atTerminator()) return l.emit(typ === I.Variable ? I.Variable : I.Dot);
  let r = l.next();
  while (isAlphaNumeric(r)) r = l.next();
  l.backup();
  if (!l.atTerminator()) return l.errorf(`bad character ${sharpU(r)}`);
  return l.emit(typ);
}

function lexQuoted(l: Lexer, quote: number, typ: ItemType, what: string): Item {
  for (;;) {
    let r = l.next();
    if (r === 0x5c && quote !== 0x60) {
      r = l.next();
      if (r !== EOF && r !== 0x0a) continue;
    }
    if (r === EOF || (r === 0x0a && quote !== 0x60)) return l.errorf(`unterminated ${what}`);
    if (r === quote) break;
  }
  l.goto(lexInsideAction);
  return l.emit(typ);
}

const lexChar = (l: Lexer): Item => lexQuoted(l, 0x27, I.CharConstant, 'character constant');
const lexQuote = (l: Lexer): Item => lexQuoted(l, 0x22, I.String, 'quoted string');
const lexRawQuote = (l: Lexer): Item => lexQuoted(l, 0x60, I.RawString, 'raw quoted string');

function lexNumber(l: Lexer): Item {
  if (!l.scanNumber()) return l.errorf(`bad number syntax: ${JSON.stringify(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!l.scanNumber() || l.input[l.pos - 1] !== 'i') {
      return l.errorf(`bad number syntax: ${JSON.stringify(l.input.slice(l.start, l.pos))}`);
    }
    l.goto(lexInsideAction);
    return l.emit(I.Complex);
  }
  l.goto(lexInsideAction);
  return l.emit(I.Number);
}
