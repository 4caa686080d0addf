/**
 * Go's text/template builtins (text/template/funcs.go, Go 1.24): and, or,
 * not, len, index, slice, print, printf, println, html, js, urlquery, call,
 * eq, ne, lt, le, gt, ge, with Go's error texts (`index out of range: 1`,
 * `incompatible types for comparison` ...).
 */
import { sprint, sprintf, sprintln } from './gofmt.ts';
import { formatValue } from './gofmt.ts';
import { entries, fieldOf, fromUtf8, goSlice, GoNumber, isTrue, kindOf, numberValue, typeInfo, typeName, utf8Bytes, utf8Length } from './govalue.ts';
import { fail, type FuncMap, type ParamType, zeroOfElem } from './template-funcs.ts';

/** indirectInterface: a nil interface becomes the invalid value. */
const unwrap = (v: unknown): unknown => (v === null ? undefined : v);

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

