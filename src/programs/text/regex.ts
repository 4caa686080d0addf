/**
 * POSIX basic and extended regular expressions (with the GNU extensions grep
 * accepts: \| \+ \? in BREs, \w \W \s \S \b \B \< \> \` \') translated to
 * JavaScript RegExp source, with the errors and warnings GNU grep 3.8 gives.
 */

export class RegexError extends Error {}

export interface Translated {
  source: string;
  /** capturing groups the source defines */
  groups: number;
  /** GNU grep warnings ("* at start of expression") */
  warnings: string[];
}

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

function lit(ch: string): string {
  return /[\\^$.|?*+()[\]{}/]/.test(ch) ? `\\${ch}` : ch;
}

function escapeAll(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}/]/g, '\\$&');
}

function bracketChar(ch: string): string {
  return /[\\\]^[-]/.test(ch) ? `\\${ch}` : ch;
}

/** Parses a bracket expression at p[i] === '['; returns its JS form and the index after it. */
function bracket(p: string, start: number): [string, number] {
  let i = start + 1;
  if (i >= p.length) throw new RegexError('Invalid regular expression');
  let out = '[';
  if (p[i] === '^') {
    out += '^';
    i++;
  }
  const items: string[] = [];
  let first = true;
  let prevChar: string | undefined;
  while (true) {
    if (i >= p.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
    const ch = p[i];
    if (ch === ']' && !first) {
      i++;
      break;
    }
    first = false;
    if (ch === '[' && (p[i + 1] === ':' || p[i + 1] === '.' || p[i + 1] === '=')) {
      const kind = p[i + 1];
      const end = p.indexOf(`${kind}]`, i + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = p.slice(i + 2, end);
      i = end + 2;
      if (kind === ':') {
        const cls = CLASSES[name];
        if (cls === undefined) throw new RegexError('Invalid character class name');
        items.push(cls);
        prevChar = undefined;
      } else {
        items.push(bracketChar(name));
        prevChar = name;
      }
      continue;
    }
    if (ch === '-' && prevChar !== undefined && p[i + 1] !== undefined && p[i + 1] !== ']') {
      let hi = p[i + 1];
      let next = i + 2;
      if (hi === '[' && (p[i + 2] === '.' || p[i + 2] === '=')) {
        const end = p.indexOf(`${p[i + 2]}]`, i + 3);
        if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
        hi = p.slice(i + 3, end);
        next = end + 2;
      }
      if (hi < prevChar) throw new RegexError('Invalid range end');
      items.push(`-${bracketChar(hi)}`);
      prevChar = undefined;
      i = next;
      continue;
    }
    items.push(bracketChar(ch));
    prevChar = ch;
    i++;
  }
  return [out + items.join('') + ']', i];
}

/**
 * Translates one pattern. `groupBase` numbers its groups after those of
 * patterns before it (several -e patterns become one alternation).
 */
export function translate(pattern: string, extended: boolean, groupBase = 0): Translated {
  const warnings: string[] = [];
  // atoms of the current branch, so a quantifier can wrap the last one
  const out: string[] = [];
  let lastQuantified = false;
  let canQuantify = false; // false at the start of an expression or branch
  let groups = 0;
  const open: number[] = []; // out index of each open group
  let i = 0;
  const atStart = () => !canQuantify;
  const push = (atom: string) => {
    out.push(atom);
    canQuantify = true;
    lastQuantified = false;
  };
  const quantify = (q: string) => {
    const atom = out.pop() as string;
    out.push(lastQuantified ? `(?:${atom})${q}` : `${atom}${q}`);
    lastQuantified = true;
  };
  const interval = (body: string, bre: boolean): string | null => {
    const m = /^(\d*)(,(\d*))?$/.exec(body);
    if (!m || (m[1] === '' && m[2] === undefined)) {
      if (bre) throw new RegexError('Invalid content of \\{\\}');
      return null;
    }
    const lo = m[1] === '' ? 0 : Number(m[1]);
    const hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (hi < lo || lo > 32767 || (hi !== Infinity && hi > 32767)) throw new RegexError('Invalid content of \\{\\}');
    return `{${lo}${m[2] === undefined ? '' : `,${hi === Infinity ? '' : hi}`}}`;
  };
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (i + 1 >= pattern.length) throw new RegexError('Trailing backslash');
      const n = pattern[i + 1];
      i += 2;
      if (!extended && n === '(') {
        open.push(out.length);
        out.push('(');
        groups++;
        canQuantify = false;
        continue;
      }
      if (!extended && n === ')') {
        if (!open.length) throw new RegexError('Unmatched ) or \\)');
        const at = open.pop() as number;
        const atom = out.splice(at).join('') + ')';
        out.push(atom);
        canQuantify = true;
        lastQuantified = false;
        continue;
      }
      if (!extended && n === '|') {
        out.push('|');
        canQuantify = false;
        continue;
      }
      if (!extended && n === '{') {
        if (atStart()) {
          push('\\{');
          continue;
        }
        const end = pattern.indexOf('\\}', i);
        if (end < 0) throw new RegexError('Unmatched \\{');
        quantify(interval(pattern.slice(i, end), true) as string);
        i = end + 2;
        continue;
      }
      if (!extended && (n === '+' || n === '?')) {
        if (atStart()) push(lit(n));
        else quantify(n);
        continue;
      }
      if (n >= '1' && n <= '9') {
        const k = Number(n);
        if (k > groups) throw new RegexError('Invalid back reference');
        push(`\\${k + groupBase}`);
        continue;
      }
      const map: Record<string, string> = {
        w: '[0-9A-Za-z_]', W: '[^0-9A-Za-z_]', s: '\\s', S: '\\S', b: '\\b', B: '\\B',
        '<': '\\b(?=\\w)', '>': '\\b(?<=\\w)', '`': '^', "'": '$',
      };
      push(map[n] ?? lit(n));
      continue;
    }
    if (ch === '[') {
      const [cls, next] = bracket(pattern, i);
      push(cls);
      i = next;
      continue;
    }
    i++;
    if (ch === '.') {
      push('.');
    } else if (ch === '^') {
      if (extended || atStart()) {
        out.push('^');
        canQuantify = false;
      } else push('\\^');
    } else if (ch === '$') {
      const next = pattern.slice(i, i + 2);
      if (extended || i === pattern.length || next === '\\)' || next === '\\|') {
        out.push('$');
        canQuantify = !extended ? false : canQuantify;
      } else push('\\$');
    } else if (ch === '*') {
      if (atStart()) {
        if (extended) warnings.push('* at start of expression');
        else push('\\*');
      } else quantify('*');
    } else if (extended && (ch === '+' || ch === '?')) {
      if (atStart()) warnings.push(`${ch} at start of expression`);
      else quantify(ch);
    } else if (extended && ch === '{') {
      const end = pattern.indexOf('}', i);
      const body = end < 0 ? null : interval(pattern.slice(i, end), false);
      if (body === null) push('\\{');
      else if (atStart()) {
        warnings.push('{...} at start of expression');
        push(escapeAll(`{${pattern.slice(i, end)}}`));
        i = end + 1;
      } else {
        quantify(body);
        i = end + 1;
      }
    } else if (extended && ch === '(') {
      open.push(out.length);
      out.push('(');
      groups++;
      canQuantify = false;
    } else if (extended && ch === ')') {
      if (!open.length) push('\\)');
      else {
        const at = open.pop() as number;
        out.push(out.splice(at).join('') + ')');
        canQuantify = true;
        lastQuantified = false;
      }
    } else if (extended && ch === '|') {
      out.push('|');
      canQuantify = false;
    } else {
      push(lit(ch));
    }
  }
  if (open.length) throw new RegexError('Unmatched ( or \\(');
  return { source: out.join(''), groups, warnings };
}

/** PCRE2's wording for the syntax errors a JS RegExp reports. */
function pcreMessage(js: string): string {
  if (/Unterminated group/i.test(js)) return 'missing closing parenthesis';
  if (/Unmatched '\)'/i.test(js)) return 'unmatched closing parenthesis';
  if (/Nothing to repeat/i.test(js)) return 'quantifier does not follow a repeatable item';
  if (/Unterminated character class/i.test(js)) return 'missing terminating ] for character class';
  if (/\\ at end of pattern/i.test(js)) return '\\ at end of pattern';
  return 'syntax error in pattern';
}

/** An anchored RegExp for find -regex: GNU's default emacs syntax (BRE with + and ? special) or busybox's BRE. */
export function wholeMatch(pattern: string, emacs: boolean, ignoreCase: boolean): RegExp {
  let p = pattern;
  if (emacs) p = p.replace(/(\\.)|([+?])/g, (m, esc: string | undefined, op: string | undefined) => (esc ? (esc === '\\+' || esc === '\\?' ? esc[1] : esc) : `\\${op}`));
  const t = translate(p, false);
  return new RegExp(`^(?:${t.source})$`, ignoreCase ? 'i' : '');
}

/** A JS RegExp for several patterns (-e, lines of -f), any of which may match. */
export function compile(
  patterns: string[],
  opts: { extended: boolean; fixed: boolean; ignoreCase: boolean; word: boolean; line: boolean; perl?: boolean },
): { re: RegExp; warnings: string[] } {
  const parts: string[] = [];
  const warnings: string[] = [];
  let groups = 0;
  for (const p of patterns) {
    if (opts.perl) {
      // -P: JavaScript's syntax is close enough to PCRE for what learners type
      try {
        new RegExp(p);
      } catch (e) {
        throw new RegexError(pcreMessage(String((e as Error).message)));
      }
      parts.push(p);
      continue;
    }
    if (opts.fixed) {
      parts.push(escapeAll(p));
      continue;
    }
    const t = translate(p, opts.extended, groups);
    groups += t.groups;
    warnings.push(...t.warnings);
    parts.push(t.source);
  }
  let source = parts.map((s) => `(?:${s})`).join('|');
  if (opts.line) source = `^(?:${source})$`;
  else if (opts.word) source = `(?<![0-9A-Za-z_])(?:${source})(?![0-9A-Za-z_])`;
  try {
    return { re: new RegExp(source, opts.ignoreCase ? 'gi' : 'g'), warnings };
  } catch {
    throw new RegexError('Invalid regular expression');
  }
}
