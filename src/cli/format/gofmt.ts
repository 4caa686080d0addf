/**
 * Go's fmt package on the JS stand-ins for Go values (see govalue.ts):
 * Sprint, Sprintln, Sprintf with Go's verbs, flags, width, precision,
 * argument indexes and its error notations (%!d(string=x), %!d(MISSING),
 * %!(EXTRA int=2)).
 */
import { clearFlags, Printer } from './gofmt-printer.ts';
import { kindOf, numberValue, typeName } from './govalue.ts';

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
