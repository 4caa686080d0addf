/**
 * Go's text/template as docker uses it for `--format`: parse once, execute
 * against plain JS data (see govalue.ts for how JS values stand in for Go's).
 * Errors are values carrying Go's exact text; nothing is thrown out of here.
 *
 *   const t = parseTemplate('{{.Name}}\t{{.Driver}}');
 *   if (t instanceof TemplateError) ...;
 *   const out = t.execute(row);   // string | TemplateError
 *
 * By default the functions are Go's builtins plus docker/cli's template
 * functions (json, split, join, title, lower, upper, pad, truncate).
 */
import { type ExecContext, ExecFailure, type MissingKey, State } from './template-exec.ts';
import { BUILTINS } from './template-builtins.ts';
import { DOCKER_FUNCS, type FuncMap } from './template-funcs.ts';
import { parseTrees, type Tree } from './template-parse.ts';

export type { FuncMap, GoFunc, ParamType } from './template-funcs.ts';
export { BUILTINS } from './template-builtins.ts';
export { DOCKER_FUNCS, FuncError, HEADER_FUNCS } from './template-funcs.ts';
export { GO_MARSHAL_JSON, GO_METHODS, GO_STRING, goFloat, goMap, goNil, goSlice, goStruct } from './govalue.ts';
export type { MissingKey } from './template-exec.ts';

export class TemplateError {
  constructor(
    readonly message: string,
    /** What execution wrote before it failed (Go leaves it in the writer). */
    readonly partial = '',
  ) {}
  toString(): string {
    return this.message;
  }
}

export interface ParseOptions {
  /** The template's name; docker's is "" (hence `template: :1: ...`). */
  readonly name?: string;
  /** Functions known when parsing (beyond Go's builtins); default docker's. */
  readonly funcs?: FuncMap;
}

export interface ExecuteOptions {
  /** Replaces functions of the same name, as tmpl.Funcs(...) does in Go. */
  readonly funcs?: FuncMap;
  /** Option("missingkey=..."): what a missing map key gives. */
  readonly missingKey?: MissingKey;
}

const has = (m: object, k: string): boolean => Object.prototype.hasOwnProperty.call(m, k);

export class Template {
  /** @internal use parseTemplate */
  constructor(
    readonly source: string,
    readonly name: string,
    private readonly trees: ReadonlyMap<string, Tree>,
    private readonly funcs: FuncMap,
  ) {}

  /** Executes against `data`; the output, or the error with what was written before it. */
  execute(data: unknown, options: ExecuteOptions = {}): string | TemplateError {
    const funcs: FuncMap = { ...this.funcs, ...(options.funcs ?? {}) };
    const builtins = new Set(Object.keys(BUILTINS).filter((k) => funcs[k] === BUILTINS[k]));
    const ctx: ExecContext = {
      text: this.source,
      parseName: this.name,
      trees: this.trees,
      funcs,
      builtins,
      missingKey: options.missingKey ?? 'default',
    };
    const tree = this.trees.get(this.name);
    const state = new State(ctx, this.name, data);
    try {
      if (!tree) return new TemplateError(`template: ${this.name}: "${this.name}" is an incomplete or empty template`);
      state.walk(data, tree.root);
      return state.out;
    } catch (e) {
      if (e instanceof ExecFailure) return new TemplateError(e.message, state.out);
      if (e instanceof RangeError) return new TemplateError(`template: ${this.name}: ${e.message}`, state.out);
      throw e;
    }
  }
}

/** Parses a template as docker's templates.Parse does (name "", docker's functions). */
export function parseTemplate(source: string, options: ParseOptions = {}): Template | TemplateError {
  const name = options.name ?? '';
  const funcs: FuncMap = { ...BUILTINS, ...(options.funcs ?? DOCKER_FUNCS) };
  const trees = parseTrees(name, source, (f) => has(funcs, f));
  if (!(trees instanceof Map)) return new TemplateError(trees.message);
  return new Template(source, name, trees, funcs);
}

/** Parses and executes in one step. */
export function executeTemplate(source: string, data: unknown, options: ParseOptions & ExecuteOptions = {}): string | TemplateError {
  const t = parseTemplate(source, options);
  return t instanceof TemplateError ? t : t.execute(data, options);
}
