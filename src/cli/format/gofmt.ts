/**
 * Go's fmt package on the JS stand-ins for Go values (see govalue.ts):
 * Sprint, Sprintln, Sprintf with Go's verbs, flags, width, precision,
 * argument indexes and its error notations (%!d(string=x), %!d(MISSING),
 * %!(EXTRA int=2)).
 */
import { entries, fromUtf8, GO_STRING, kindOf, numberValue, typeInfo, typeName, utf8Bytes } from './govalue.ts';
import { canBackquote, formatFloat, quote, quoteRune } from './gonumber.ts';

interface Flags {
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

const clearFlags = (): Flags => ({
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

class Printer {
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
    let digits = Math.abs(n).toString(base);
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

/**
 * fmt.Sprint(v) for one value. With `deref`, a pointer to a struct prints as
 * the struct, as text/template prints an action's result.
 */
export function formatValue(v: unknown, deref = false): string {
  const p = new Printer();
  p.deref = deref;
  p.printValue(v, 'v', 0);
  return p.buf;
}

const isString = (v: unknown): boolean => typeof v === 'string';

/** fmt.Sprint: spaces between operands when neither is a string. */
export function sprint(args: readonly unknown[]): string {
  const p = new Printer();
  args.forEach((a, i) => {
    if (i > 0 && !isString(a) && !isString(args[i - 1])) p.buf += ' ';
    p.printValue(a, 'v', 0);
  });
  return p.buf;
}

/** fmt.Sprintln: spaces between all operands and a newline. */
export function sprintln(args: readonly unknown[]): string {
  const p = new Printer();
  args.forEach((a, i) => {
    if (i > 0) p.buf += ' ';
    p.printValue(a, 'v', 0);
  });
  return p.buf + '\n';
}

function parseNum(s: string, i: number, end: number): [number, boolean, number] {
  let n = 0;
  let ok = false;
  while (i < end && s[i] >= '0' && s[i] <= '9') {
    if (n > 1e6) return [0, false, end];
    n = n * 10 + (s.charCodeAt(i) - 48);
    ok = true;
    i++;
  }
  return [n, ok, i];
}

/** fmt.Sprintf. */
export function sprintf(format: string, a: readonly unknown[]): string {
  const p = new Printer();
  const end = format.length;
  let argNum = 0;
  let afterIndex = false;
  let reordered = false;
  let goodArgNum = true;

  /** Parses an explicit argument index [n] at i; sets afterIndex as Go's "found". */
  const argNumber = (i: number): number => {
    afterIndex = false;
    if (i >= end || format[i] !== '[') return i;
    reordered = true;
    let index = 0;
    let wid = 1;
    let ok = false;
    if (end - i >= 3) {
      const close = format.indexOf(']', i + 1);
      if (close >= 0) {
        const [n, good, ni] = parseNum(format, i + 1, close);
        wid = close - i + 1;
        if (good && ni === close) [index, ok] = [n - 1, true];
      }
    }
    if (ok && index >= 0 && index < a.length) {
      argNum = index;
      afterIndex = true;
    } else {
      goodArgNum = false;
      afterIndex = ok;
    }
    return i + wid;
  };
  const intFromArg = (): [number, boolean] => {
    if (argNum >= a.length) return [0, false];
    const v = a[argNum++];
    const k = kindOf(v);
    if (k !== 'int' && k !== 'uint') return [0, false];
    const n = numberValue(v);
    return n > 1e6 || n < -1e6 ? [0, false] : [n, true];
  };

  for (let i = 0; i < end; ) {
    goodArgNum = true;
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      p.buf += format.slice(i);
      break;
    }
    p.buf += format.slice(i, pct);
    i = pct + 1;
    p.f = clearFlags();
    const f = p.f;
    for (; i < end; i++) {
      const c = format[i];
      if (c === '#') f.sharp = true;
      else if (c === '0') f.zero = !f.minus;
      else if (c === '+') f.plus = true;
      else if (c === '-') {
        f.minus = true;
        f.zero = false;
      } else if (c === ' ') f.space = true;
      else break;
    }
    i = argNumber(i);
    if (i < end && format[i] === '*') {
      i++;
      [f.wid, f.widPresent] = intFromArg();
      if (!f.widPresent) p.buf += '%!(BADWIDTH)';
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      [f.wid, f.widPresent, i] = parseNum(format, i, end);
      if (afterIndex && f.widPresent) goodArgNum = false;
    }
    if (i + 1 < end && format[i] === '.') {
      i++;
      if (afterIndex) goodArgNum = false;
      i = argNumber(i);
      if (i < end && format[i] === '*') {
        i++;
        [f.prec, f.precPresent] = intFromArg();
        if (f.prec < 0) [f.prec, f.precPresent] = [0, false];
        if (!f.precPresent) p.buf += '%!(BADPREC)';
        afterIndex = false;
      } else {
        [f.prec, f.precPresent, i] = parseNum(format, i, end);
        if (!f.precPresent) [f.prec, f.precPresent] = [0, true];
      }
    }
    if (!afterIndex) i = argNumber(i);
    if (i >= end) {
      p.buf += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') p.buf += '%';
    else if (!goodArgNum) p.buf += `%!${verb}(BADINDEX)`;
    else if (argNum >= a.length) p.buf += `%!${verb}(MISSING)`;
    else {
      if (verb === 'v') {
        [f.sharpV, f.sharp, f.plusV, f.plus] = [f.sharp, false, f.plus, false];
      }
      p.printValue(a[argNum++], verb, 0);
    }
  }
  if (!reordered && argNum < a.length) {
    p.f = clearFlags();
    p.buf += '%!(EXTRA ';
    a.slice(argNum).forEach((v, i) => {
      if (i > 0) p.buf += ', ';
      if (v === null || v === undefined) p.buf += '<nil>';
      else {
        p.buf += typeName(v) + '=';
        p.printValue(v, 'v', 0);
      }
    });
    p.buf += ')';
  }
  return p.buf;
}

/** Decodes UTF-8 bytes (for slicing strings by byte offsets, as Go does). */
export function bytesToString(b: Uint8Array): string {
  return fromUtf8(b);
}
