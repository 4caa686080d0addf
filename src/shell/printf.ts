/**
 * printf as bash and BusyBox have it: %s %b %c %d %i %u %o %x %X %f %e %g %q %%
 * with flags, width and precision (`*` too), escapes in the format, and the
 * format reused while arguments remain.
 */
import type { Builtin } from './builtins.ts';
import { ansiEscape, echoEscapes } from './escapes.ts';
import { printfText } from './messages.ts';

const SPEC = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([a-zA-Z%])?/y;

/** Format escapes: \n \t \\ \" \nnn (octal) \xHH \uHHHH. */
function formatEscape(fmt: string, k: number, hex: boolean): [string, number] {
  const c = fmt[k + 1];
  if (c === undefined || (!hex && (c === 'x' || c === 'u' || c === 'U'))) return ['\\', 1];
  if (/[0-7]/.test(c)) {
    const m = /^[0-7]{1,3}/.exec(fmt.slice(k + 1))![0];
    return [String.fromCharCode(parseInt(m, 8) & 0xff), 1 + m.length];
  }
  if (c === 'u' || c === 'U') {
    const m = new RegExp(`^[0-9a-fA-F]{1,${c === 'u' ? 4 : 8}}`).exec(fmt.slice(k + 2));
    if (m) return [String.fromCodePoint(Math.min(parseInt(m[0], 16), 0x10ffff)), 2 + m[0].length];
  }
  const [ch, len] = ansiEscape(fmt, k + 1);
  return [ch, 1 + len];
}

/** A numeric argument: 'c / "c (character code), 0x.., 0.. octal, decimal; null when invalid. */
function parseNumber(arg: string): { value: number; valid: boolean; partial?: boolean } {
  if (arg === '') return { value: 0, valid: true };
  if (/^['"]/.test(arg)) return { value: arg.codePointAt(1) ?? 0, valid: true };
  const t = arg.trim();
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[0-9]+)/.exec(t);
  if (!m) return { value: 0, valid: false };
  const digits = m[2];
  const n = /^0[xX]/.test(digits) ? parseInt(digits, 16) : digits.length > 1 && digits[0] === '0' ? parseInt(digits, 8) : Number(digits);
  return { value: m[1] === '-' ? -n : n, valid: m[0].length === t.length, partial: true };
}

function pad(text: string, flags: string, width: number, zeroOk: boolean): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && zeroOk) {
    const sign = /^[+ -]/.test(text) ? text[0] : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function shellQuote(s: string): string {
  if (s === '') return "''";
  return s.replace(/[^A-Za-z0-9_@%+=:,./-]/g, '\\$&');
}

export const printfBuiltin: Builtin = (sh, argv, io) => {
  let args = argv.slice(1);
  let target: string | null = null;
  if (args[0] === '-v' && sh.dialect === 'bash') {
    target = args[1] ?? null;
    args = args.slice(2);
  }
  if (args[0] === '--') args = args.slice(1);
  if (!args.length) {
    if (sh.dialect === 'dash') return sh.builtinError(io, 'printf', { text: printfText.usage('dash'), status: 2 });
    io.fds[2]?.write(sh.dialect === 'bash' ? printfText.usage('bash') + '\n' : `${sh.name}: ${printfText.usage('ash')}\n`);
    return 2;
  }
  const fmt = args[0];
  const params = args.slice(1);
  let p = 0;
  let status = 0;
  let output = '';
  const next = () => (p < params.length ? params[p++] : undefined);
  const num = (arg: string | undefined): number => {
    if (arg === undefined) return 0;
    const r = parseNumber(arg);
    if (!r.valid) {
      const text = printfText.invalidNumber(sh.dialect, arg, r.partial === true);
      if (sh.dialect === 'ash') io.fds[2]?.write(`${sh.name}: ${text}\n`);
      else sh.builtinError(io, 'printf', { text, status: 1 });
      status = 1;
      return sh.dialect === 'ash' ? 0 : r.value;
    }
    return r.value;
  };
  let stop = false;
  do {
    const before = p;
    for (let k = 0; k < fmt.length && !stop; ) {
      const c = fmt[k];
      if (c === '\\') {
        const [ch, len] = formatEscape(fmt, k, sh.dialect !== 'dash');
        output += ch;
        k += len;
        continue;
      }
      if (c !== '%') {
        output += c;
        k++;
        continue;
      }
      SPEC.lastIndex = k;
      const m = SPEC.exec(fmt)!;
      k = SPEC.lastIndex;
      const [, flags, w, prec, conv] = m;
      if (conv === '%') {
        output += '%';
        continue;
      }
      const width = w === '*' ? num(next()) : Number(w ?? 0);
      const precision = prec === undefined ? undefined : prec === '*' ? num(next()) : Number(prec || 0);
      if (conv === undefined) {
        output += m[0];
        continue;
      }
      const arg = next();
      switch (conv) {
        case 's':
        case 'q': {
          let s = arg ?? '';
          if (conv === 'q') s = shellQuote(s);
          if (precision !== undefined) s = s.slice(0, precision);
          output += pad(s, flags, width, false);
          break;
        }
        case 'b': {
          const r = echoEscapes(arg ?? '', sh.dialect !== 'dash');
          output += pad(r.text, flags, width, false);
          if (r.stop) stop = true;
          break;
        }
        case 'c':
          output += pad((arg ?? '').slice(0, 1), flags, width, false);
          break;
        case 'd':
        case 'i':
        case 'u': {
          const n = Math.trunc(num(arg));
          let s = String(Math.abs(n));
          if (precision !== undefined) s = s.padStart(precision, '0');
          s = (n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          output += pad(s, flags, width, precision === undefined);
          break;
        }
        case 'o':
        case 'x':
        case 'X': {
          const n = Math.trunc(num(arg));
          const unsigned = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
          let s = unsigned.toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') s = s.toUpperCase();
          if (flags.includes('#') && n !== 0) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + s;
          output += pad(s, flags, width, true);
          break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
          const x = arg === undefined ? 0 : Number(arg.trim());
          const v = Number.isNaN(x) ? num(arg) : x;
          const digits = precision ?? 6;
          let s = conv.toLowerCase() === 'f' ? v.toFixed(digits) : conv.toLowerCase() === 'e' ? cExp(v.toExponential(digits)) : String(Number(v.toPrecision(digits || 1)));
          if (conv === 'E' || conv === 'G') s = s.toUpperCase();
          if (v >= 0 && flags.includes('+')) s = '+' + s;
          output += pad(s, flags, width, true);
          break;
        }
        default:
          if (sh.dialect !== 'bash') io.fds[2]?.write(`${sh.name}: ${fmt}: invalid format\n`);
          else sh.builtinError(io, 'printf', { text: `\`${conv}': invalid format character`, status: 1 });
          return 1;
      }
    }
    if (p === before) break;
  } while (p < params.length && !stop);
  if (target !== null) sh.setVar(target, output);
  else io.fds[1]?.write(output);
  return status;
};

/** JavaScript's 1.5e+0 -> C's 1.500000e+00. */
function cExp(s: string): string {
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}
