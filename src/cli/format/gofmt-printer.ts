/**
 * The printer behind gofmt.ts: Go's fmt value formatting (pp.printArg,
 * pp.printValue and fmt's padding, integer, float and string formatters).
 */
import { entries, GO_STRING, kindOf, numberValue, typeInfo, typeName, utf8Bytes } from './govalue.ts';
import { canBackquote, formatFloat, quote, quoteRune } from './gonumber.ts';

export interface Flags {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  wid: number;
  widPresent: boolean;
  prec: number;
  precPresent: boolean;
}

export const clearFlags = (): Flags => ({
  plus: false,
  minus: false,
  sharp: false,
  space: false,
  zero: false,
  plusV: false,
  sharpV: false,
  wid: 0,
  widPresent: false,
  prec: 0,
  precPresent: false,
});

const runeCount = (s: string): number => [...s].length;

export class Printer {
  buf = '';
  f: Flags = clearFlags();
  /** text/template prints the value a top-level pointer points to (printableValue). */
  deref = false;

  private padding(n: number): string {
    return n > 0 ? (this.f.zero ? '0' : ' ').repeat(n) : '';
  }

  pad(s: string): void {
    if (!this.f.widPresent || this.f.wid === 0) {
      this.buf += s;
      return;
    }
    const w = this.f.wid - runeCount(s);
    if (this.f.minus) this.buf += s + ' '.repeat(Math.max(w, 0));
    else this.buf += this.padding(w) + s;
  }

  private noZero(fn: () => void): void {
    const z = this.f.zero;
    this.f.zero = false;
    fn();
    this.f.zero = z;
  }

  badVerb(verb: string, v: unknown): void {
    this.buf += '%!' + verb + '(';
    if (v === null || v === undefined) this.buf += '<nil>';
    else {
      this.buf += typeName(v) + '=';
      this.printValue(v, 'v', 0);
    }
    this.buf += ')';
  }

  private fmtInteger(n: number, base: number, verb: string, upper: boolean): void {
    const negative = n < 0;
    const abs = Math.abs(n);
    let digits = Number.isSafeInteger(abs) ? abs.toString(base) : BigInt(abs).toString(base);
    if (upper) digits = digits.toUpperCase();
    let prec = 0;
    if (this.f.precPresent) {
      prec = this.f.prec;
      if (prec === 0 && n === 0) {
        this.noZero(() => (this.buf += this.padding(this.f.wid)));
        return;
      }
    } else if (this.f.zero && !this.f.minus && this.f.widPresent) {
      prec = this.f.wid;
      if (negative || this.f.plus || this.f.space) prec--;
    }
    if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
    if (this.f.sharp) {
      if (base === 2) digits = '0b' + digits;
      else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
      else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
    }
    if (verb === 'O') digits = '0o' + digits;
    if (negative) digits = '-' + digits;
    else if (this.f.plus) digits = '+' + digits;
    else if (this.f.space) digits = ' ' + digits;
    this.noZero(() => this.pad(digits));
  }

  private fmtFloat(x: number, verb: 'e' | 'E' | 'f' | 'F' | 'g' | 'G', prec: number): void {
    if (this.f.precPresent) prec = this.f.prec;
    let num = formatFloat(x, verb, prec);
    if (num[0] !== '-' && num[0] !== '+') num = '+' + num;
    if (this.f.space && num[0] === '+' && !this.f.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      if (num[1] === 'N' && !this.f.space && !this.f.plus) num = num.slice(1);
      this.noZero(() => this.pad(num));
      return;
    }
    if (this.f.plus || num[0] !== '+') {
      if (this.f.zero && this.f.widPresent && this.f.wid > num.length) {
        this.buf += num[0] + this.padding(this.f.wid - num.length) + num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }

  private fmtString(s: string, verb: string, v: unknown): void {
    const truncate = (t: string): string => (this.f.precPresent ? [...t].slice(0, this.f.prec).join('') : t);
    switch (verb) {
      case 'v':
        if (this.f.sharpV) this.pad(quote(s));
        else this.pad(truncate(s));
        return;
      case 's':
        this.pad(truncate(s));
        return;
      case 'x':
      case 'X':
        this.fmtHex(utf8Bytes(s), verb === 'X');
        return;
      case 'q': {
        const t = truncate(s);
        if (this.f.sharp && canBackquote(t)) this.pad('`' + t + '`');
        else this.pad(quote(t, this.f.plus));
        return;
      }
    }
    this.badVerb(verb, v);
  }

  private fmtHex(b: Uint8Array, upper: boolean): void {
    let length = b.length;
    if (this.f.precPresent && this.f.prec < length) length = this.f.prec;
    if (length === 0) {
      if (this.f.widPresent) this.buf += this.padding(this.f.wid);
      return;
    }
    const prefix = upper ? '0X' : '0x';
    let s = this.f.sharp ? prefix : '';
    for (let i = 0; i < length; i++) {
      if (this.f.space && i > 0) s += ' ' + (this.f.sharp ? prefix : '');
      const h = b[i].toString(16).padStart(2, '0');
      s += upper ? h.toUpperCase() : h;
    }
    const w = this.f.widPresent ? this.f.wid - s.length : 0;
    this.buf += this.f.minus ? s + this.padding(w) : this.padding(w) + s;
  }

  private fmtNumber(v: unknown, verb: string): void {
    const kind = kindOf(v);
    const n = numberValue(v);
    if (kind === 'float') {
      switch (verb) {
        case 'v':
          return this.fmtFloat(n, 'g', -1);
        case 'g':
        case 'G':
          return this.fmtFloat(n, verb, -1);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
          return this.fmtFloat(n, verb, 6);
      }
      return this.badVerb(verb, v);
    }
    switch (verb) {
      case 'v':
      case 'd':
        return this.fmtInteger(n, 10, verb, false);
      case 'b':
        return this.fmtInteger(n, 2, verb, false);
      case 'o':
      case 'O':
        return this.fmtInteger(n, 8, verb, false);
      case 'x':
      case 'X':
        return this.fmtInteger(n, 16, verb, verb === 'X');
      case 'c':
        return this.pad(String.fromCodePoint(n >= 0 && n <= 0x10ffff ? n : 0xfffd));
      case 'q':
        return this.pad(quoteRune(n, this.f.plus));
      case 'U': {
        let s = 'U+' + n.toString(16).toUpperCase().padStart(4, '0');
        if (this.f.sharp && n >= 0 && n <= 0x10ffff) s += " '" + String.fromCodePoint(n) + "'";
        return this.noZero(() => this.pad(s));
      }
    }
    this.badVerb(verb, v);
  }

  printValue(v: unknown, verb: string, depth: number): void {
    if (verb === 'T') return this.pad(v === null || v === undefined ? '<nil>' : typeName(v));
    const stringer = v !== null && typeof v === 'object' ? (v as { [GO_STRING]?: () => string })[GO_STRING] : undefined;
    if (stringer && 'vsxXq'.includes(verb)) return this.fmtString(stringer.call(v), verb, v);
    const kind = kindOf(v);
    switch (kind) {
      case 'invalid':
      case 'nil':
        if (depth > 0 || verb === 'v') return this.pad('<nil>');
        return this.badVerb(verb, v);
      case 'bool':
        if (verb === 't' || verb === 'v') return this.pad(v ? 'true' : 'false');
        return this.badVerb(verb, v);
      case 'int':
      case 'uint':
      case 'float':
        return this.fmtNumber(v, verb);
      case 'string':
        return this.fmtString(v as string, verb, v);
      case 'nilptr':
        if (verb === 'v') return this.pad('<nil>');
        if ('bodxX'.includes(verb)) return this.fmtInteger(0, 10, verb, false);
        return this.badVerb(verb, v);
      case 'nilslice':
        this.buf += '[]';
        return;
      case 'nilmap':
        this.buf += 'map[]';
        return;
      case 'func':
        this.buf += '0x4d2ea0';
        return;
      case 'slice': {
        this.buf += '[';
        (v as unknown[]).forEach((e, i) => {
          if (i > 0) this.buf += ' ';
          this.printValue(e, verb, depth + 1);
        });
        this.buf += ']';
        return;
      }
      case 'map':
        this.buf += 'map[';
        entries(v as object).forEach(([k, e], i) => {
          if (i > 0) this.buf += ' ';
          this.printValue(k, verb, depth + 1);
          this.buf += ':';
          this.printValue(e, verb, depth + 1);
        });
        this.buf += ']';
        return;
      case 'struct': {
        if (typeInfo(v)?.name.startsWith('*') && !(this.deref && depth === 0)) {
          if (depth > 0) {
            this.buf += '0xc000010000';
            return;
          }
          this.buf += '&';
        }
        this.buf += '{';
        entries(v as object).forEach(([k, e], i) => {
          if (i > 0) this.buf += ' ';
          if (this.f.plusV) this.buf += k + ':';
          this.printValue(e, verb, depth + 1);
        });
        this.buf += '}';
      }
    }
  }
}
