/**
 * Template functions: Go's text/template builtins (funcs.go, Go 1.24) and
 * docker/cli's templates/templates.go (json, split, join, title, lower,
 * upper, pad, truncate, and the HeaderFunctions used for table headers).
 *
 * A function declares Go parameter types so that the executor can report
 * Go's argument errors (`expected string; found 5`, `wrong type for value;
 * expected []string; got string`). A function that fails throws FuncError,
 * which the executor reports as `error calling <name>: <message>`.
 */
import { sprint, sprintf, sprintln } from './gofmt.ts';
import {
  entries,
  fieldOf,
  fromUtf8,
  goSlice,
  GoNumber,
  isTrue,
  kindOf,
  numberValue,
  typeInfo,
  typeName,
  utf8Bytes,
  utf8Length,
} from './govalue.ts';
import { formatValue } from './gofmt.ts';
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

const fail = (message: string): never => {
  throw new FuncError(message);
};

/** indirectInterface: a nil interface becomes the invalid value. */
const unwrap = (v: unknown): unknown => (v === null ? undefined : v);

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

function indexArg(index: unknown, cap: number): number {
  const k = kindOf(index);
  if (k === 'invalid' || k === 'nil') return fail('cannot index slice/array with nil');
  if (k !== 'int' && k !== 'uint') return fail(`cannot index slice/array with type ${typeName(index)}`);
  const x = numberValue(index);
  if (x < 0 || x > cap) return fail(`index out of range: ${x}`);
  return x;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  item = unwrap(item);
  if (item === undefined) return fail('index of untyped nil');
  for (let ix of indexes) {
    ix = unwrap(ix);
    const k = kindOf(item);
    if (k === 'nilptr') return fail('index of nil pointer');
    if (k === 'slice' || k === 'nilslice' || k === 'string') {
      const len = k === 'string' ? utf8Length(item as string) : k === 'slice' ? (item as unknown[]).length : 0;
      const x = indexArg(ix, len);
      if (x === len) fail(`reflect: ${k === 'string' ? 'string' : 'slice'} index out of range`);
      item = k === 'string' ? new GoNumber('uint8', utf8Bytes(item as string)[x]) : (item as unknown[])[x];
    } else if (k === 'map' || k === 'nilmap') {
      if (ix === undefined) ix = '';
      if (typeof ix !== 'string') return fail(`value has type ${typeName(ix)}; should be string`);
      const v = k === 'map' ? fieldOf(item as object, ix) : undefined;
      item = v === undefined || typeof v === 'function' ? zeroOfElem(item) : v;
    } else return fail(`can't index item of type ${typeName(item)}`);
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  item = unwrap(item);
  if (item === undefined) return fail('slice of untyped nil');
  if (indexes.length > 3) return fail(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  let cap: number;
  if (k === 'string') {
    if (indexes.length === 3) return fail('cannot 3-index slice a string');
    cap = utf8Length(item as string);
  } else if (k === 'slice' || k === 'nilslice') cap = k === 'slice' ? (item as unknown[]).length : 0;
  else return fail(`can't slice item of type ${typeName(item)}`);
  const idx = [0, cap, cap];
  indexes.forEach((ix, i) => (idx[i] = indexArg(unwrap(ix), cap)));
  if (idx[0] > idx[1]) return fail(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) return fail(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (k === 'string') return fromUtf8(utf8Bytes(item as string).slice(idx[0], idx[1]));
  if (k === 'nilslice') return item;
  const out = (item as unknown[]).slice(idx[0], idx[1]);
  const info = typeInfo(item);
  return info ? goSlice(info.name, out) : out;
}

function length(item: unknown): number {
  const k = kindOf(item);
  switch (k) {
    case 'invalid':
      return fail('reflect: call of reflect.Value.Type on zero Value');
    case 'nil':
    case 'nilptr':
      return fail('len of nil pointer');
    case 'string':
      return utf8Length(item as string);
    case 'slice':
      return (item as unknown[]).length;
    case 'map':
      return entries(item as object).length;
    case 'nilslice':
    case 'nilmap':
      return 0;
  }
  return fail(`len of type ${typeName(item)}`);
}

type Basic = 'bool' | 'int' | 'uint' | 'float' | 'string' | 'invalid';
const basicKind = (v: unknown): Basic => {
  const k = kindOf(v);
  return k === 'bool' || k === 'int' || k === 'uint' || k === 'float' || k === 'string' ? k : 'invalid';
};
const BAD_TYPE = 'invalid type for comparison';
const INCOMPATIBLE = 'incompatible types for comparison';
const isNilValue = (v: unknown): boolean => ['invalid', 'nil', 'nilslice', 'nilmap', 'nilptr'].includes(kindOf(v));
const reflectKind = (v: unknown): string => kindOf(v).replace(/^nil(slice|map|ptr)$/, '$1').replace(/^nil$/, 'invalid');
const scalar = (v: unknown): number | string | boolean => (typeof v === 'string' || typeof v === 'boolean' ? v : numberValue(v));

function deepEqual(a: unknown, b: unknown): boolean {
  if (kindOf(a) !== kindOf(b)) return false;
  if (kindOf(a) === 'struct') {
    const ea = entries(a as object);
    const eb = entries(b as object);
    return ea.length === eb.length && ea.every(([k, v], i) => eb[i][0] === k && deepEqual(v, eb[i][1]));
  }
  return basicKind(a) !== 'invalid' ? scalar(a) === scalar(b) : a === b;
}

function eq(arg1: unknown, ...arg2: unknown[]): boolean {
  arg1 = unwrap(arg1);
  if (arg2.length === 0) return fail('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (let arg of arg2) {
    arg = unwrap(arg);
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) truth = numberValue(arg1) === numberValue(arg);
      else if (arg1 !== undefined && arg !== undefined) return fail(INCOMPATIBLE);
    } else if (k1 !== 'invalid') truth = scalar(arg1) === scalar(arg);
    else {
      if (reflectKind(arg1) !== reflectKind(arg) && arg1 !== undefined && arg !== undefined) {
        return fail(`non-comparable types ${formatValue(arg1)}: ${typeName(arg1)}, ${typeName(arg)}: ${formatValue(arg)}`);
      }
      if (isNilValue(arg1) || isNilValue(arg)) truth = isNilValue(arg) === isNilValue(arg1);
      else if (kindOf(arg) === 'slice' || kindOf(arg) === 'map') {
        return fail(`non-comparable type ${formatValue(arg)}: ${typeName(arg)}`);
      } else truth = deepEqual(arg1, arg);
    }
    if (truth) return true;
  }
  return false;
}

function lt(arg1: unknown, arg2: unknown): boolean {
  arg1 = unwrap(arg1);
  arg2 = unwrap(arg2);
  const k1 = basicKind(arg1);
  const k2 = basicKind(arg2);
  if (k1 === 'invalid' || k2 === 'invalid') return fail(BAD_TYPE);
  if (k1 !== k2) {
    if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) return numberValue(arg1) < numberValue(arg2);
    return fail(INCOMPATIBLE);
  }
  if (k1 === 'bool') return fail(BAD_TYPE);
  if (k1 === 'string') return utf8Compare(arg1 as string, arg2 as string) < 0;
  return numberValue(arg1) < numberValue(arg2);
}

function utf8Compare(a: string, b: string): number {
  const x = utf8Bytes(a);
  const y = utf8Bytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

const le = (a: unknown, b: unknown): boolean => lt(a, b) || eq(a, b);

/** evalArgs: the textual form of the arguments for html, js and urlquery. */
const evalArgs = (args: unknown[]): string => (args.length === 1 && typeof args[0] === 'string' ? args[0] : sprint(args));

const HTML_ESC: Record<string, string> = { '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' };
export const htmlEscape = (s: string): string => s.replace(/[\0"'&<>]/g, (c) => HTML_ESC[c]);

const JS_ESC: Record<string, string> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D' };
export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (JS_ESC[ch]) out += JS_ESC[ch];
    else if (cp < 0x20) out += '\\u00' + cp.toString(16).toUpperCase().padStart(2, '0');
    else if (cp < 0x80 || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch)) out += ch;
    else out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

/** url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const any1: ParamType[] = ['value'];

export const BUILTINS: FuncMap = {
  and: { params: any1, variadic: 'value', fn: () => undefined },
  or: { params: any1, variadic: 'value', fn: () => undefined },
  not: { params: any1, fn: (v: unknown) => !isTrue(v) },
  len: { params: any1, fn: length },
  index: { params: any1, variadic: 'value', fn: index },
  slice: { params: any1, variadic: 'value', fn: slice },
  print: { params: [], variadic: 'any', fn: (...a: unknown[]) => sprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f: string, ...a: unknown[]) => sprintf(f, a) },
  println: { params: [], variadic: 'any', fn: (...a: unknown[]) => sprintln(a) },
  html: { params: [], variadic: 'any', fn: (...a: unknown[]) => htmlEscape(evalArgs(a)) },
  js: { params: [], variadic: 'any', fn: (...a: unknown[]) => jsEscape(evalArgs(a)) },
  urlquery: { params: [], variadic: 'any', fn: (...a: unknown[]) => queryEscape(evalArgs(a)) },
  call: {
    params: any1,
    variadic: 'value',
    fn: (f: unknown, ...a: unknown[]) => (typeof f === 'function' ? f(...a) : fail(f == null ? 'call of nil' : `non-function of type ${typeName(f)}`)),
  },
  eq: { params: any1, variadic: 'value', fn: eq },
  ne: { params: ['value', 'value'], fn: (a: unknown, b: unknown) => !eq(a, b) },
  lt: { params: ['value', 'value'], fn: lt },
  le: { params: ['value', 'value'], fn: le },
  gt: { params: ['value', 'value'], fn: (a: unknown, b: unknown) => !le(a, b) },
  ge: { params: ['value', 'value'], fn: (a: unknown, b: unknown) => !lt(a, b) },
};

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
