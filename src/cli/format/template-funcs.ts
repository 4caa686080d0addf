/**
 * Template functions: the Go types their parameters have (so the executor can
 * report Go's argument errors: `expected string; found 5`, `wrong type for
 * value; expected []string; got string`), and docker/cli's functions from
 * templates/templates.go (json, split, join, title, lower, upper, pad,
 * truncate, and the HeaderFunctions of table headers). Go's builtins are in
 * template-builtins.ts. A function that fails throws FuncError, which the
 * executor reports as `error calling <name>: <message>`.
 */
import { fromUtf8, goSlice, typeInfo, utf8Bytes } from './govalue.ts';
import { JsonError, marshal } from './json.ts';

/** Go parameter types: `any` is interface{}, `value` is reflect.Value (receives invalid values as undefined). */
export type ParamType = 'any' | 'value' | 'string' | 'int' | 'bool' | '[]string';

export interface GoFunc {
  readonly params: readonly ParamType[];
  readonly variadic?: ParamType;
  readonly fn: (...args: any[]) => unknown;
}

export type FuncMap = Readonly<Record<string, GoFunc>>;

export class FuncError {
  constructor(readonly message: string) {}
}

export const fail = (message: string): never => {
  throw new FuncError(message);
};

/** The zero value of a map's element type, for index on a missing key. */
export function zeroOfElem(container: unknown): unknown {
  const name = typeInfo(container)?.name ?? '';
  const elem = name.slice(name.indexOf(']') + 1);
  if (elem === 'string') return '';
  if (elem === 'bool') return false;
  if (/^u?int(8|16|32|64)?$/.test(elem)) return 0;
  if (elem.startsWith('[]')) return undefined;
  return null;
}

/** unicode.ToUpper / ToLower rune by rune (Go's simple case mapping: ß stays ß). */
function mapRunes(s: string, f: (c: string) => string): string {
  let out = '';
  for (const ch of s) {
    const m = f(ch);
    out += [...m].length === 1 ? m : ch;
  }
  return out;
}

const isSeparator = (c: string): boolean => {
  if (c.charCodeAt(0) < 0x80) return !/[0-9A-Za-z_]/.test(c);
  if (/[\p{L}\p{Nd}]/u.test(c)) return false;
  return /\s/u.test(c);
};

/** strings.Title: upper-cases the first letter of each word. */
export function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? mapRunes(ch, (c) => c.toUpperCase()) : ch;
    prev = ch;
  }
  return out;
}

/** strings.Split: an empty separator splits into characters. */
export function split(s: string, sep: string): string[] {
  return goSlice('[]string', sep === '' ? [...s] : s.split(sep));
}

function repeat(n: number): string {
  return n < 0 ? fail('strings: negative Repeat count') : ' '.repeat(n);
}

export const DOCKER_FUNCS: FuncMap = {
  json: {
    params: ['any'],
    fn: (v: unknown) => {
      const s = marshal(v, { escapeHTML: false });
      return s instanceof JsonError ? '' : s;
    },
  },
  split: { params: ['string', 'string'], fn: split },
  join: { params: ['[]string', 'string'], fn: (a: unknown, sep: string) => (Array.isArray(a) ? a.join(sep) : '') },
  title: { params: ['string'], fn: title },
  lower: { params: ['string'], fn: (s: string) => mapRunes(s, (c) => c.toLowerCase()) },
  upper: { params: ['string'], fn: (s: string) => mapRunes(s, (c) => c.toUpperCase()) },
  pad: { params: ['string', 'int', 'int'], fn: (s: string, p: number, q: number) => (s === '' ? s : repeat(p) + s + repeat(q)) },
  truncate: {
    params: ['string', 'int'],
    fn: (s: string, n: number) => {
      const b = utf8Bytes(s);
      if (b.length < n) return s;
      if (n < 0) return fail(`runtime error: slice bounds out of range [:${n}]`);
      return fromUtf8(b.slice(0, n));
    },
  },
};

const first = (v: string): string => v;

/** docker/cli's templates.HeaderFunctions: the header keeps the column name intact. */
export const HEADER_FUNCS: FuncMap = {
  json: { params: ['string'], fn: first },
  split: { params: ['string', 'string'], fn: first },
  join: { params: ['string', 'string'], fn: first },
  title: { params: ['string'], fn: first },
  lower: { params: ['string'], fn: first },
  upper: { params: ['string'], fn: first },
  truncate: { params: ['string', 'int'], fn: first },
};
