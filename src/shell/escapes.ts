/** Backslash escapes: `$'...'` quoting, `echo -e`, printf's `%b`. */

/** The character of a backslash escape starting at src[k] (after the backslash), and its length. */
export function ansiEscape(src: string, k: number): [string, number] {
  const c = src[k];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
  if (c in simple) return [simple[c], 1];
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(k + 1));
    if (m) return [String.fromCharCode(parseInt(m[0], 16)), 1 + m[0].length];
  }
  if (/[0-7]/.test(c)) {
    const m = /^[0-7]{1,3}/.exec(src.slice(k))!;
    return [String.fromCharCode(parseInt(m[0], 8) & 0xff), m[0].length];
  }
  return ['\\' + c, 1];
}

/** The escapes of `echo -e` and printf's `%b`; `stop` is set by `\c`. dash knows no \x or \u. */
export function echoEscapes(text: string, hex = true): { text: string; stop: boolean } {
  let result = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c !== '\\' || k + 1 >= text.length) {
      result += c;
      continue;
    }
    const n = text[++k];
    const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (n in simple) result += simple[n];
    else if (n === 'c') return { text: result, stop: true };
    else if (n === '0' || /[1-7]/.test(n)) {
      const m = /^[0-7]{0,3}/.exec(text.slice(n === '0' ? k + 1 : k))![0];
      result += String.fromCharCode(parseInt(m || '0', 8) & 0xff);
      k += n === '0' ? m.length : m.length - 1;
    } else if (hex && n === 'x' && /^[0-9a-fA-F]/.test(text.slice(k + 1))) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(k + 1))![0];
      result += String.fromCharCode(parseInt(m, 16));
      k += m.length;
    } else if (hex && (n === 'u' || n === 'U') && /^[0-9a-fA-F]/.test(text.slice(k + 1))) {
      const m = new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(text.slice(k + 1))![0];
      result += String.fromCodePoint(Math.min(parseInt(m, 16), 0x10ffff));
      k += m.length;
    } else result += '\\' + n;
  }
  return { text: result, stop: false };
}
