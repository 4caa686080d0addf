/**
 * Go's strconv.FormatFloat ('e', 'f', 'g' with a precision or the shortest
 * representation) and strconv.Quote, on JS numbers and strings. Rounding is
 * Go's: correctly rounded from the exact binary value, ties to even.
 */

/** A decimal: value = 0.d × 10^dp (Go's strconv decimal convention). */
interface Decimal {
  d: string;
  dp: number;
}

function parseExp(s: string): Decimal {
  const [mant, exp] = s.split('e');
  const d = mant.replace('.', '').replace(/0+$/, '');
  return d === '' ? { d: '', dp: 0 } : { d, dp: Number(exp) + 1 };
}

/** Shortest digits that read back as x (x >= 0, finite). */
function shortest(x: number): Decimal {
  return x === 0 ? { d: '', dp: 0 } : parseExp(x.toExponential());
}

/** The exact decimal expansion of x (to 101 significant digits). */
function exact(x: number): Decimal {
  return x === 0 ? { d: '', dp: 0 } : parseExp(x.toExponential(100));
}

/** Rounds to nd significant digits, ties to even (strconv decimal.Round). */
function round(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a.d.length) return a;
  const c = a.d.charCodeAt(nd);
  let up: boolean;
  if (c === 53 /* '5' */ && nd + 1 === a.d.length) up = nd > 0 && (a.d.charCodeAt(nd - 1) - 48) % 2 === 1;
  else up = c >= 53;
  if (!up) {
    const d = a.d.slice(0, nd).replace(/0+$/, '');
    return d === '' ? { d: '', dp: 0 } : { d, dp: a.dp };
  }
  let i = nd - 1;
  while (i >= 0 && a.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: a.dp + 1 };
  return { d: a.d.slice(0, i) + String.fromCharCode(a.d.charCodeAt(i) + 1), dp: a.dp };
}

function digitAt(a: Decimal, i: number): string {
  return i >= 0 && i < a.d.length ? a.d[i] : '0';
}

function fmtE(a: Decimal, prec: number, e: 'e' | 'E'): string {
  let s = a.d === '' ? '0' : a.d[0];
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(a, i);
  }
  let exp = a.d === '' ? 0 : a.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return `${s}${e}${sign}${exp < 10 ? '0' : ''}${exp}`;
}

function fmtF(a: Decimal, prec: number): string {
  let s = '';
  if (a.dp > 0) for (let i = 0; i < a.dp; i++) s += digitAt(a, i);
  else s = '0';
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(a, a.dp + i - 1);
  }
  return s;
}

/** strconv.FormatFloat(x, fmt, prec, 64); prec -1 is the shortest representation. */
export function formatFloat(x: number, fmt: 'e' | 'E' | 'f' | 'F' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const sign = neg ? '-' : '';
  const shortestMode = prec < 0;
  let digs: Decimal;
  if (shortestMode) {
    digs = shortest(abs);
    switch (fmt) {
      case 'e':
      case 'E':
        prec = Math.max(digs.d.length - 1, 0);
        break;
      case 'f':
      case 'F':
        prec = Math.max(digs.d.length - digs.dp, 0);
        break;
      default:
        prec = digs.d.length;
    }
  } else {
    const e = exact(abs);
    switch (fmt) {
      case 'e':
      case 'E':
        digs = round(e, prec + 1);
        break;
      case 'f':
      case 'F':
        digs = round(e, e.dp + prec);
        break;
      default:
        if (prec === 0) prec = 1;
        digs = round(e, prec);
    }
  }
  switch (fmt) {
    case 'e':
    case 'E':
      return sign + fmtE(digs, prec, fmt);
    case 'f':
    case 'F':
      return sign + fmtF(digs, prec);
  }
  let eprec = prec;
  if (eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
  if (shortestMode) eprec = 6;
  const exp = digs.dp - 1;
  if (digs.d !== '' && (exp < -4 || exp >= eprec)) {
    if (prec > digs.d.length) prec = digs.d.length;
    return sign + fmtE(digs, Math.max(prec - 1, 0), fmt === 'g' ? 'e' : 'E');
  }
  if (prec > digs.dp) prec = digs.d.length;
  return sign + fmtF(digs, Math.max(prec - digs.dp, 0));
}

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7f;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapeRune(cp: number, quote: number, asciiOnly: boolean): string {
  if (cp === quote || cp === 0x5c) return '\\' + String.fromCharCode(cp);
  if (asciiOnly ? cp < 0x80 && isPrint(cp) : isPrint(cp)) return String.fromCodePoint(cp);
  switch (cp) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

/** strconv.Quote (or QuoteToASCII). Lone surrogates read as U+FFFD, as invalid UTF-8 would. */
export function quote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    out += escapeRune(cp, 0x22, asciiOnly);
  }
  return out + '"';
}

/** strconv.QuoteRune. */
export function quoteRune(cp: number, asciiOnly = false): string {
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp < 0) cp = 0xfffd;
  return "'" + escapeRune(cp, 0x27, asciiOnly) + "'";
}

/** strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x60 || cp === 0xfeff || (cp < 0x20 && cp !== 9) || cp === 0x7f) return false;
  }
  return true;
}
