/**
 * Go's encoding/json output for the JS stand-ins of Go values (govalue.ts):
 * json.Marshal (compact, HTML-escaping <, > and & by default), json.MarshalIndent,
 * and the exact output of `docker inspect` (4-space indent, one JSON array).
 *
 * Plain objects keep their insertion order (as Go structs do); objects marked
 * with goMap() are sorted by key (as Go maps are). Functions and `undefined`
 * members are left out; typed nils (goNil) are `null`.
 */
import { GO_MARSHAL_JSON, GoNil, GoNumber, kindOf, numberValue, typeInfo } from './govalue.ts';

export class JsonError {
  constructor(readonly message: string) {}
}

export interface MarshalOptions {
  /** Escape <, > and & as \u003c, \u003e, \u0026 (json.Marshal does; docker's template `json` does not). */
  escapeHTML?: boolean;
}

const HEX = '0123456789abcdef';

/** A JSON string literal, escaped as Go's encodeState.string does (Go 1.22+). */
export function jsonString(s: string, escapeHTML = true): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && c < 0x7f && !(escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26))) {
      out += s[i];
      continue;
    }
    switch (c) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += '\\\\';
        continue;
      case 0x0a:
        out += '\\n';
        continue;
      case 0x0d:
        out += '\\r';
        continue;
      case 0x09:
        out += '\\t';
        continue;
      case 0x08:
        out += '\\b';
        continue;
      case 0x0c:
        out += '\\f';
        continue;
    }
    if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26) {
      out += '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
    } else if (c === 0x2028 || c === 0x2029) {
      out += '\\u202' + HEX[c & 0xf];
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += s[i] + s[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += '\\ufffd';
    } else {
      out += s[i];
    }
  }
  return out + '"';
}

/** Go's float64 encoding: like JS, exponent form below 1e-6 and from 1e21. */
function jsonNumber(v: unknown): string | JsonError {
  const n = numberValue(v);
  if (!Number.isFinite(n)) return new JsonError(`json: unsupported value: ${Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf'}`);
  if (v instanceof GoNumber && v.type !== 'float64') return String(Math.trunc(n));
  return Object.is(n, -0) ? '-0' : String(n);
}

class Encoder {
  private readonly seen = new Set<object>();
  constructor(
    private readonly escapeHTML: boolean,
    private readonly prefix: string | undefined,
    private readonly indent: string,
  ) {}

  private nl(depth: number): string {
    return this.prefix === undefined ? '' : '\n' + this.prefix + this.indent.repeat(depth);
  }

  encode(v: unknown, depth: number): string | JsonError {
    if (v === null || v === undefined || v instanceof GoNil) return 'null';
    switch (typeof v) {
      case 'string':
        return jsonString(v, this.escapeHTML);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
      case 'bigint':
        return jsonNumber(v);
      case 'function':
        return new JsonError('json: unsupported type: func()');
      case 'symbol':
        return new JsonError('json: unsupported type: symbol');
    }
    if (v instanceof GoNumber) return jsonNumber(v);
    const marshaler = (v as { [GO_MARSHAL_JSON]?: () => string })[GO_MARSHAL_JSON];
    if (marshaler) return this.reindent(marshaler.call(v), depth);
    if (this.seen.has(v as object)) return new JsonError('json: unsupported value: encountered a cycle');
    this.seen.add(v as object);
    try {
      return Array.isArray(v) ? this.array(v, depth) : this.object(v as object, depth);
    } finally {
      this.seen.delete(v as object);
    }
  }

  private array(v: readonly unknown[], depth: number): string | JsonError {
    if (v.length === 0) return '[]';
    const parts: string[] = [];
    for (const e of v) {
      const s = this.encode(typeof e === 'function' ? null : e, depth + 1);
      if (s instanceof JsonError) return s;
      parts.push(this.nl(depth + 1) + s);
    }
    return '[' + parts.join(',') + this.nl(depth) + ']';
  }

  private object(v: object, depth: number): string | JsonError {
    let keys = Object.keys(v).filter((k) => {
      const e = (v as Record<string, unknown>)[k];
      return e !== undefined && typeof e !== 'function';
    });
    if (kindOf(v) === 'map' && typeInfo(v)) keys = keys.sort();
    if (keys.length === 0) return '{}';
    const sep = this.prefix === undefined ? ':' : ': ';
    const parts: string[] = [];
    for (const k of keys) {
      const s = this.encode((v as Record<string, unknown>)[k], depth + 1);
      if (s instanceof JsonError) return s;
      parts.push(this.nl(depth + 1) + jsonString(k, this.escapeHTML) + sep + s);
    }
    return '{' + parts.join(',') + this.nl(depth) + '}';
  }

  /** A MarshalJSON result is compacted, then indented with the rest (as encoding/json does). */
  private reindent(raw: string, depth: number): string | JsonError {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return new JsonError('json: error calling MarshalJSON: invalid JSON');
    }
    if (this.prefix === undefined) return compactRaw(raw, this.escapeHTML);
    return new Encoder(false, this.prefix, this.indent).encode(parsed, depth);
  }
}

/** json.Compact: removes insignificant space, keeps the text of strings and numbers. */
function compactRaw(raw: string, escapeHTML: boolean): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (escapeHTML && (c === '<' || c === '>' || c === '&' || c === '\u2028' || c === '\u2029')) {
        out += '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
        continue;
      }
      out += c;
      if (c === '\\') out += raw[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') out += c;
  }
  return out;
}

/** json.Marshal: compact; HTML characters escaped unless escapeHTML is false. */
export function marshal(value: unknown, options: MarshalOptions = {}): string | JsonError {
  return new Encoder(options.escapeHTML ?? true, undefined, '').encode(value, 0);
}

/** json.MarshalIndent(value, prefix, indent); empty objects and arrays stay `{}` and `[]`. */
export function marshalIndent(value: unknown, prefix: string, indent: string, options: MarshalOptions = {}): string | JsonError {
  return new Encoder(options.escapeHTML ?? true, prefix, indent).encode(value, 0);
}

/**
 * What `docker inspect` (and `docker volume inspect`, `docker network inspect` ...)
 * prints without --format: the elements as one JSON array indented by 4 spaces,
 * then a newline; `[]` when there is none (cli/command/inspect/inspector.go).
 *
 * `escapeHTML`: container, image and network inspect re-indent the daemon's
 * JSON, which does not escape HTML (the default, false); `docker volume
 * inspect` marshals the volume in the CLI with json.MarshalIndent, which does
 * (`"x": "\u003ca\u0026b\u003e"`): pass true there.
 */
export function inspectOutput(elements: readonly unknown[], options: MarshalOptions = {}): string | JsonError {
  if (elements.length === 0) return '[]\n';
  const s = marshalIndent(elements, '', '    ', { escapeHTML: options.escapeHTML ?? false });
  return s instanceof JsonError ? s : s + '\n';
}

/** `docker inspect --format json`: the same array, compact. */
export function inspectCompactOutput(elements: readonly unknown[], options: MarshalOptions = {}): string | JsonError {
  if (elements.length === 0) return '[]\n';
  const s = marshal(elements, { escapeHTML: options.escapeHTML ?? false });
  return s instanceof JsonError ? s : s + '\n';
}
