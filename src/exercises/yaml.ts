/**
 * The YAML that exercise and quiz files are written in: a small, strict
 * subset of YAML 1.2 parsed here so the same code runs in the browser, in
 * the build and in `npm run check:content` without a dependency.
 *
 * Supported: block mappings and sequences (by indentation, spaces only),
 * flow collections (`{ a: 1, b: [x, y] }`, across lines too), plain,
 * 'single' and "double" quoted scalars (quoted ones may span lines), block
 * scalars (`|`, `>`, with `-`/`+` chomping), comments, a leading `---`, and
 * the core schema's null, booleans and numbers.
 * Refused with a message naming the line: tabs in indentation, anchors,
 * aliases, tags, duplicate keys, several documents.
 */

export type YamlValue = null | boolean | number | string | YamlValue[] | { [key: string]: YamlValue };

export class YamlError extends Error {
  constructor(
    message: string,
    /** 1-based line of the problem */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'YamlError';
  }
}

/** Parses one YAML document; throws YamlError. An empty document is null. */
export function parseYaml(source: string): YamlValue {
  return new Parser(source).document();
}

const isBlank = (s: string) => /^\s*(#.*)?$/.test(s);

class Parser {
  private readonly lines: string[];
  private pos = 0;

  constructor(source: string) {
    this.lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  }

  document(): YamlValue {
    this.skipBlank();
    if (this.pos < this.lines.length && /^---\s*(#.*)?$/.test(this.lines[this.pos])) {
      this.pos++;
      this.skipBlank();
    }
    if (this.pos >= this.lines.length) return null;
    const value = this.node(0);
    this.skipBlank();
    if (this.pos < this.lines.length) {
      const line = this.lines[this.pos];
      if (/^(---|\.\.\.)(\s|$)/.test(line)) throw this.error('only one document per file is supported');
      throw this.error('unexpected indentation: this line belongs to nothing above it');
    }
    return value;
  }

  private error(message: string, line = this.pos): YamlError {
    return new YamlError(message, line + 1);
  }

  private skipBlank(): void {
    while (this.pos < this.lines.length && isBlank(this.lines[this.pos])) this.pos++;
  }

  private indentOf(index: number): number {
    const line = this.lines[index];
    const m = /^( *)(\t?)/.exec(line)!;
    if (m[2]) throw this.error('a tab in indentation (YAML indents with spaces)', index);
    return m[1].length;
  }

  /** A block node whose first line is the current one, indented `indent`. */
  private node(indent: number): YamlValue {
    const body = this.lines[this.pos].slice(indent);
    if (body === '-' || body.startsWith('- ') || body.startsWith('-\t')) return this.sequence(indent);
    if (keyEnd(body) >= 0) return this.mapping(indent);
    return this.flowOrPlain(indent, body, -1);
  }

  private sequence(indent: number): YamlValue[] {
    const out: YamlValue[] = [];
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.lines.length) break;
      const lineIndent = this.indentOf(this.pos);
      if (lineIndent < indent) break;
      const body = this.lines[this.pos].slice(indent);
      if (lineIndent > indent) throw this.error('unexpected indentation in a list');
      // a key at the list's indentation ends a list written under its key ("key:\n- a\nnext: b")
      if (!(body === '-' || body.startsWith('- '))) break;
      const rest = body.slice(1);
      const offset = rest.length - rest.trimStart().length;
      const content = stripComment(rest).trim();
      if (content === '') {
        this.pos++;
        out.push(this.childOrNull(indent));
        continue;
      }
      // "- key: value" or "- - x": the item is a block starting at this column
      const column = indent + 1 + offset;
      const inner = rest.trimStart();
      if (inner.startsWith('- ') || inner === '-' || keyEnd(inner) >= 0) {
        this.lines[this.pos] = ' '.repeat(column) + inner;
        out.push(this.node(column));
      } else {
        out.push(this.flowOrPlain(indent, inner, indent));
      }
    }
    return out;
  }

  private mapping(indent: number): { [key: string]: YamlValue } {
    const out: { [key: string]: YamlValue } = {};
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.lines.length) break;
      const lineIndent = this.indentOf(this.pos);
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw this.error('unexpected indentation in a mapping');
      const body = this.lines[this.pos].slice(indent);
      if (body.startsWith('- ') || body === '-') break; // "key:\n- item" handled by the caller
      const end = keyEnd(body);
      if (end < 0) throw this.error(`expected "key: value", found "${body.trim()}"`);
      const key = scalarKey(body.slice(0, end).trim(), this.pos);
      if (Object.hasOwn(out, key)) throw this.error(`duplicate key "${key}"`);
      const rest = body.slice(end + 1);
      const content = stripComment(rest).trim();
      if (content === '') {
        this.pos++;
        out[key] = this.childOrNull(indent, true);
      } else {
        out[key] = this.flowOrPlain(indent, rest.trimStart(), indent);
      }
    }
    return out;
  }

  /** The block below a "key:" or "-" with nothing after it. */
  private childOrNull(parentIndent: number, allowSameIndentList = false): YamlValue {
    this.skipBlank();
    if (this.pos >= this.lines.length) return null;
    const indent = this.indentOf(this.pos);
    const body = this.lines[this.pos].slice(indent);
    if (indent > parentIndent) return this.node(indent);
    if (allowSameIndentList && indent === parentIndent && (body === '-' || body.startsWith('- '))) return this.sequence(indent);
    return null;
  }

  /**
   * A value that starts inline on the current line: quoted, flow, block
   * scalar, or plain (which may continue on more-indented lines).
   * `parentIndent` is the indentation of the owning key or item.
   */
  private flowOrPlain(parentIndent: number, text: string, ownerIndent: number): YamlValue {
    const start = this.pos;
    const first = text.trimStart();
    if (/^[&*!]/.test(first)) throw this.error('anchors, aliases and tags are not supported');
    if (first.startsWith('|') || first.startsWith('>')) return this.blockScalar(parentIndent, first);
    if (first.startsWith('"') || first.startsWith("'")) return this.quoted(first, parentIndent);
    if (first.startsWith('[') || first.startsWith('{')) {
      let source = first;
      for (;;) {
        const result = tryFlow(source);
        if (result.kind === 'done') {
          if (stripComment(result.rest).trim() !== '') throw this.error(`unexpected text after the closing bracket: "${result.rest.trim()}"`);
          this.pos++;
          return result.value;
        }
        if (result.kind === 'error') throw this.error(result.message, start + result.lineOffset);
        this.pos++;
        if (this.pos >= this.lines.length) throw this.error('a bracket is never closed', start);
        source += '\n' + this.lines[this.pos];
      }
    }
    // plain scalar, possibly continued on deeper lines; YAML reads ": " in it as a second key
    const parts = [stripComment(first).trim()];
    if (/:(\s|$)/.test(parts[0])) throw this.error('a ": " inside a plain text value: quote the text');
    this.pos++;
    const limit = ownerIndent < 0 ? parentIndent - 1 : parentIndent;
    while (this.pos < this.lines.length) {
      const line = this.lines[this.pos];
      if (isBlank(line)) {
        let next = this.pos;
        while (next < this.lines.length && isBlank(this.lines[next])) next++;
        if (next >= this.lines.length || this.indentOf(next) <= limit) break;
        parts.push('\n');
        this.pos = next;
        continue;
      }
      if (this.indentOf(this.pos) <= limit) break;
      const body = line.trim();
      if (keyEnd(body) >= 0 && ownerIndent >= 0) throw this.error('a "key: value" inside a plain text value: quote the text or fix the indentation');
      parts.push(stripComment(body).trim());
      this.pos++;
    }
    const joined = parts.reduce((acc, p) => (p === '\n' ? acc + '\n' : acc === '' || acc.endsWith('\n') ? acc + p : `${acc} ${p}`), '');
    return parts.length === 1 ? plainValue(joined) : joined;
  }

  private quoted(text: string, parentIndent: number): YamlValue {
    const start = this.pos;
    let source = text;
    for (;;) {
      const r = readQuoted(source, 0);
      if (r) {
        if (stripComment(source.slice(r.end)).trim() !== '') throw this.error(`unexpected text after the closing quote: "${source.slice(r.end).trim()}"`);
        this.pos++;
        return r.value;
      }
      this.pos++;
      if (this.pos >= this.lines.length || (!isBlank(this.lines[this.pos]) && this.indentOf(this.pos) <= parentIndent)) {
        throw this.error('a quoted string is never closed', start);
      }
      source += '\n' + this.lines[this.pos];
    }
  }

  private blockScalar(parentIndent: number, header: string): string {
    const m = /^([|>])([-+]?)([1-9]?)([-+]?)\s*(#.*)?$/.exec(header);
    if (!m) throw this.error(`a block scalar header must be "|" or ">" with optional "-" or "+", found "${header}"`);
    const folded = m[1] === '>';
    const chomp = m[2] || m[4];
    this.pos++;
    let contentIndent = m[3] ? parentIndent + Number(m[3]) : -1;
    const lines: string[] = [];
    while (this.pos < this.lines.length) {
      const raw = this.lines[this.pos];
      if (raw.trim() === '') {
        lines.push('');
        this.pos++;
        continue;
      }
      const indent = this.indentOf(this.pos);
      if (contentIndent < 0) {
        if (indent <= parentIndent) break;
        contentIndent = indent;
      }
      if (indent < contentIndent) break;
      lines.push(raw.slice(contentIndent));
      this.pos++;
    }
    // trailing blank lines belong to chomping, not to the content
    let trailing = 0;
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    let body = '';
    if (!folded) body = lines.join('\n');
    else {
      // folding: a single break between two text lines is a space; blank lines are breaks;
      // lines indented more than the first keep their breaks
      let blanks = 0;
      let previous: string | null = null;
      for (const line of lines) {
        if (line === '') {
          blanks++;
          continue;
        }
        if (previous === null) body += '\n'.repeat(blanks) + line;
        else {
          const spaced = previous.startsWith(' ') || line.startsWith(' ');
          body += (blanks === 0 ? (spaced ? '\n' : ' ') : '\n'.repeat(spaced ? blanks + 1 : blanks)) + line;
        }
        blanks = 0;
        previous = line;
      }
    }
    if (lines.length === 0) return '';
    if (chomp === '-') return body;
    if (chomp === '+') return body + '\n'.repeat(trailing + 1);
    return body + '\n';
  }
}

/** Index of the ":" ending a mapping key on this line, or -1 (quotes and brackets respected). */
function keyEnd(body: string): number {
  if (body.startsWith('"') || body.startsWith("'")) {
    const q = readQuoted(body, 0);
    if (!q) return -1;
    const after = body.slice(q.end);
    const m = /^\s*:(\s|$)/.exec(after);
    return m ? q.end + m[0].indexOf(':') : -1;
  }
  if (/^[[{#]/.test(body)) return -1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '#' && i > 0 && /\s/.test(body[i - 1])) return -1;
    if (c === ':' && (i + 1 === body.length || /\s/.test(body[i + 1]))) return i;
  }
  return -1;
}

function scalarKey(raw: string, line: number): string {
  if (raw.startsWith('"') || raw.startsWith("'")) {
    const q = readQuoted(raw, 0);
    if (!q) throw new YamlError('a quoted key is never closed', line + 1);
    return q.value;
  }
  if (/^[&*!?]/.test(raw)) throw new YamlError('anchors, aliases, tags and complex keys are not supported', line + 1);
  return raw;
}

/** Removes a trailing " # comment" outside quotes. */
function stripComment(s: string): string {
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s[{,:]/.test(s[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i);
  }
  return s;
}

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0' };

/** Reads a quoted scalar at `start`; null when it is not closed in `s`. Line breaks fold as YAML folds them. */
function readQuoted(s: string, start: number): { value: string; end: number } | null {
  const q = s[start];
  let out = '';
  let i = start + 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '\n') {
      // fold: trailing spaces dropped, leading spaces of the next line dropped, one break is a space
      out = out.replace(/[ \t]+$/, '');
      let breaks = 0;
      while (i < s.length && /[\s]/.test(s[i])) {
        if (s[i] === '\n') breaks++;
        i++;
      }
      out += breaks > 1 ? '\n'.repeat(breaks - 1) : ' ';
      continue;
    }
    if (q === "'") {
      if (c === "'") {
        if (s[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        return { value: out, end: i + 1 };
      }
      out += c;
      i++;
      continue;
    }
    if (c === '"') return { value: out, end: i + 1 };
    if (c === '\\') {
      const e = s[i + 1];
      if (e === undefined) return null;
      if (e === '\n') {
        i += 2;
        while (i < s.length && /[ \t]/.test(s[i])) i++;
        continue;
      }
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex) {
        const code = s.slice(i + 2, i + 2 + hex);
        if (!/^[0-9a-fA-F]+$/.test(code) || code.length !== hex) throw new YamlError(`bad escape "\\${e}${code}"`, lineAt(s, i));
        out += String.fromCodePoint(parseInt(code, 16));
        i += 2 + hex;
        continue;
      }
      if (!(e in ESCAPES)) throw new YamlError(`unknown escape "\\${e}" in a double-quoted string (write "\\\\" for a backslash, or use single quotes)`, lineAt(s, i));
      out += ESCAPES[e];
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return null;
}

function lineAt(s: string, index: number): number {
  return s.slice(0, index).split('\n').length;
}

/** The core schema's reading of a plain scalar. */
function plainValue(raw: string): YamlValue {
  const s = raw.trim();
  if (s === '' || s === '~' || /^(null|Null|NULL)$/.test(s)) return null;
  if (/^(true|True|TRUE)$/.test(s)) return true;
  if (/^(false|False|FALSE)$/.test(s)) return false;
  if (/^[-+]?[0-9]+$/.test(s)) return Number(s);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

type FlowResult = { kind: 'done'; value: YamlValue; rest: string } | { kind: 'more' } | { kind: 'error'; message: string; lineOffset: number };

/** Parses a flow collection at the start of `source`; 'more' when it is not closed yet. */
function tryFlow(source: string): FlowResult {
  let i = 0;
  class Incomplete extends Error {}
  class Bad extends Error {
    constructor(message: string, readonly at: number) {
      super(message);
    }
  }
  const skip = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i])) i++;
      if (source[i] === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
        while (i < source.length && source[i] !== '\n') i++;
        continue;
      }
      break;
    }
    if (i >= source.length) throw new Incomplete();
  };
  const plain = (inKey: boolean): string => {
    const start = i;
    while (i < source.length) {
      const c = source[i];
      if (c === ',' || c === ']' || c === '}' || c === '\n') break;
      if (c === ':' && (inKey || /[\s,\]}]/.test(source[i + 1] ?? ' '))) break;
      if (c === '#' && /\s/.test(source[i - 1] ?? '')) break;
      i++;
    }
    if (i >= source.length) throw new Incomplete();
    return source.slice(start, i).trim();
  };
  const value = (inKey = false): YamlValue => {
    skip();
    const c = source[i];
    if (c === '[') {
      i++;
      const out: YamlValue[] = [];
      for (;;) {
        skip();
        if (source[i] === ']') {
          i++;
          return out;
        }
        out.push(value());
        skip();
        if (source[i] === ',') i++;
        else if (source[i] !== ']') throw new Bad(`expected "," or "]" in a flow list, found "${source[i]}"`, i);
      }
    }
    if (c === '{') {
      i++;
      const out: { [k: string]: YamlValue } = {};
      for (;;) {
        skip();
        if (source[i] === '}') {
          i++;
          return out;
        }
        const keyValue = value(true);
        if (keyValue !== null && typeof keyValue === 'object') throw new Bad('a flow mapping key must be a scalar', i);
        const key = String(keyValue);
        if (Object.hasOwn(out, key)) throw new Bad(`duplicate key "${key}"`, i);
        skip();
        if (source[i] === ':') {
          i++;
          skip();
          out[key] = source[i] === ',' || source[i] === '}' ? null : value();
        } else out[key] = null;
        skip();
        if (source[i] === ',') i++;
        else if (source[i] !== '}') throw new Bad(`expected "," or "}" in a flow mapping, found "${source[i]}"`, i);
      }
    }
    if (c === '"' || c === "'") {
      const r = readQuoted(source, i);
      if (!r) throw new Incomplete();
      i = r.end;
      return r.value;
    }
    if (c === '&' || c === '*' || c === '!') throw new Bad('anchors, aliases and tags are not supported', i);
    const raw = plain(inKey);
    if (raw === '' && !inKey) throw new Bad(`unexpected "${source[i]}"`, i);
    return inKey ? raw : plainValue(raw);
  };
  try {
    const v = value();
    return { kind: 'done', value: v, rest: source.slice(i) };
  } catch (e) {
    if (e instanceof Incomplete) return { kind: 'more' };
    if (e instanceof Bad) return { kind: 'error', message: e.message, lineOffset: lineAt(source, e.at) - 1 };
    if (e instanceof YamlError) return { kind: 'error', message: e.message.replace(/^line \d+: /, ''), lineOffset: e.line - 1 };
    throw e;
  }
}
