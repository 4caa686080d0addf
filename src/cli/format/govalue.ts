/**
 * How plain JS data stands in for Go values when templates and fmt print it.
 *
 * - `undefined` is Go's invalid reflect.Value (a missing map key): prints `<no value>`.
 * - `null` is a nil `interface{}` (inside a map or a slice it prints `<nil>`).
 * - strings, booleans; integer numbers are `int`, other numbers `float64`
 *   (wrap with {@link goFloat} for a float64 that happens to be whole).
 * - arrays are `[]interface {}`, plain objects `map[string]interface {}`
 *   (keys print and range in sorted order, a missing key is `<no value>`).
 * - {@link goStruct} marks an object as a Go struct: its own keys are its fields
 *   in order, any other field is an execution error naming the type, exactly as
 *   `docker ps --format '{{.Foo}}'` reports it.
 * - functions (own properties, or in the {@link GO_METHODS} record) are methods:
 *   `{{.Label "a"}}` calls them.
 * - {@link goNil} is a typed nil: a nil slice prints `[]`, a nil map `map[]`,
 *   a nil pointer `<nil>`; all marshal to JSON `null`.
 */

export const GO_TYPE = Symbol.for('dockersim.go.type');
export const GO_METHODS = Symbol.for('dockersim.go.methods');
/** A `String() string` method (fmt.Stringer). */
export const GO_STRING = Symbol.for('dockersim.go.string');
/** A `MarshalJSON` method returning the JSON text of the value. */
export const GO_MARSHAL_JSON = Symbol.for('dockersim.go.marshalJSON');

export type GoTypeKind = 'struct' | 'map' | 'slice';
export interface GoTypeInfo {
  readonly kind: GoTypeKind;
  readonly name: string;
}

export type GoMethod = (...args: any[]) => unknown;

/** A nil of a concrete Go type. */
export class GoNil {
  constructor(
    readonly kind: 'slice' | 'map' | 'ptr',
    readonly type: string,
  ) {}
}

/** A number whose Go type is not the default int/float64 choice. */
export class GoNumber {
  constructor(
    readonly type: 'float64' | 'uint8' | 'int64' | 'uint64',
    readonly value: number,
  ) {}
}

export function goFloat(value: number): GoNumber {
  return new GoNumber('float64', value);
}

export function goNil(kind: 'slice' | 'map' | 'ptr', type: string): GoNil {
  return new GoNil(kind, type);
}

function mark<T extends object>(value: T, info: GoTypeInfo, methods?: Record<string, GoMethod>): T {
  Object.defineProperty(value, GO_TYPE, { value: info, enumerable: false, configurable: true });
  if (methods) Object.defineProperty(value, GO_METHODS, { value: methods, enumerable: false, configurable: true });
  return value;
}

/** Marks `obj` as a Go struct named `name` (e.g. `*formatter.ContainerContext`). */
export function goStruct<T extends object>(name: string, obj: T, methods?: Record<string, GoMethod>): T {
  return mark(obj, { kind: 'struct', name }, methods);
}

/** Marks `obj` as a Go map of the given type (e.g. `map[string]string`). */
export function goMap<T extends object>(name: string, obj: T, methods?: Record<string, GoMethod>): T {
  return mark(obj, { kind: 'map', name }, methods);
}

/** Marks `arr` as a Go slice of the given type (e.g. `[]string`). */
export function goSlice<T extends unknown[]>(name: string, arr: T): T {
  return mark(arr, { kind: 'slice', name });
}

export type Kind =
  | 'invalid'
  | 'nil'
  | 'string'
  | 'int'
  | 'uint'
  | 'float'
  | 'bool'
  | 'slice'
  | 'map'
  | 'struct'
  | 'nilslice'
  | 'nilmap'
  | 'nilptr'
  | 'func';

export function typeInfo(v: unknown): GoTypeInfo | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  return (v as { [GO_TYPE]?: GoTypeInfo })[GO_TYPE];
}

export function kindOf(v: unknown): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float';
    case 'bigint':
      return 'int';
    case 'function':
      return 'func';
  }
  if (v instanceof GoNumber) return v.type === 'float64' ? 'float' : v.type.startsWith('u') ? 'uint' : 'int';
  if (v instanceof GoNil) return v.kind === 'slice' ? 'nilslice' : v.kind === 'map' ? 'nilmap' : 'nilptr';
  if (Array.isArray(v)) return 'slice';
  return typeInfo(v)?.kind === 'struct' ? 'struct' : 'map';
}

/** The Go type name used in error messages and `%T`. */
export function typeName(v: unknown): string {
  const k = kindOf(v);
  switch (k) {
    case 'invalid':
    case 'nil':
      return 'interface {}';
    case 'string':
      return 'string';
    case 'bool':
      return 'bool';
    case 'int':
    case 'uint':
    case 'float':
      return v instanceof GoNumber ? v.type : k === 'int' ? 'int' : 'float64';
    case 'nilslice':
    case 'nilmap':
    case 'nilptr':
      return (v as GoNil).type;
    case 'func':
      return 'func()';
    default:
      return typeInfo(v)?.name ?? (k === 'slice' ? '[]interface {}' : 'map[string]interface {}');
  }
}

export function numberValue(v: unknown): number {
  if (v instanceof GoNumber) return v.value;
  if (typeof v === 'bigint') return Number(v);
  return v as number;
}

/** The keys of a map in Go's sorted order, or a struct's fields in order (methods excluded). */
export function entries(v: object): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const key of Object.keys(v)) {
    const value = (v as Record<string, unknown>)[key];
    if (typeof value !== 'function' && value !== undefined) out.push([key, value]);
  }
  if (kindOf(v) === 'map') out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out;
}

export function methodOf(v: unknown, name: string): GoMethod | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const methods = (v as { [GO_METHODS]?: Record<string, GoMethod> })[GO_METHODS];
  if (methods && Object.prototype.hasOwnProperty.call(methods, name)) return methods[name];
  if (Object.prototype.hasOwnProperty.call(v, name)) {
    const f = (v as Record<string, unknown>)[name];
    if (typeof f === 'function') return f as GoMethod;
  }
  return undefined;
}

/** A field of a struct or an entry of a map; `undefined` when absent. */
export function fieldOf(v: object, name: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(v, name)) return undefined;
  return (v as Record<string, unknown>)[name];
}

/** Length of a string in UTF-8 bytes, as Go's len counts it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
export function utf8Bytes(s: string): Uint8Array {
  return encoder.encode(s);
}
export function fromUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}

/** text/template's notion of truth: the value is not the zero of its type. */
export function isTrue(v: unknown): boolean {
  switch (kindOf(v)) {
    case 'invalid':
    case 'nil':
    case 'nilslice':
    case 'nilmap':
    case 'nilptr':
      return false;
    case 'string':
      return (v as string).length > 0;
    case 'bool':
      return v as boolean;
    case 'int':
    case 'uint':
    case 'float':
      return numberValue(v) !== 0;
    case 'slice':
      return (v as unknown[]).length > 0;
    case 'map':
      return entries(v as object).length > 0;
    default:
      return true;
  }
}
