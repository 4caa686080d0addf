/**
 * Expression evaluation of Go's text/template executor (exec.go evalPipeline,
 * evalCommand, evalField, evalCall, evalArg, validateType ...) over the JS
 * stand-ins of Go values (govalue.ts). It keeps Go's notion of "the node being
 * evaluated" so that errors read exactly as Go's:
 * `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type ...`.
 */
import { quote } from './gonumber.ts';
import { fieldOf, goFloat, GoNil, isTrue, kindOf, methodOf, typeInfo, typeName, utf8Length } from './govalue.ts';
import { FuncError, type FuncMap, type GoFunc, type ParamType, zeroOfElem } from './template-funcs.ts';
import type { ArgNode, CommandNode, Node, NumberNode, PipeNode } from './template-nodes.ts';
import { nodeString } from './template-nodes.ts';
import type { Tree } from './template-parse.ts';

export type MissingKey = 'default' | 'zero' | 'error';

export class ExecFailure {
  constructor(readonly message: string) {}
}

const MISSING = Symbol('missing');
type Final = unknown | typeof MISSING;

interface Var {
  name: string;
  value: unknown;
}

/** Whether the elements of a map or slice have the static type interface{}. */
const elemIsInterface = (container: unknown): boolean => {
  const name = typeInfo(container)?.name;
  return name === undefined || name.endsWith(']interface {}');
};

export interface ExecContext {
  readonly text: string;
  readonly parseName: string;
  readonly trees: ReadonlyMap<string, Tree>;
  readonly funcs: FuncMap;
  readonly builtins: ReadonlySet<string>;
  readonly missingKey: MissingKey;
}

export abstract class Evaluator {
  protected node: Node | null = null;
  protected vars: Var[];
  private lastFromInterface = false;

  constructor(
    protected readonly ctx: ExecContext,
    protected name: string,
    dot: unknown,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  protected at(node: Node): void {
    this.node = node;
  }

  errorf(msg: string): never {
    if (!this.node) throw new ExecFailure(`template: ${this.name}: ${msg}`);
    const before = this.ctx.text.slice(0, this.node.pos);
    const nl = before.lastIndexOf('\n');
    const col = utf8Length(nl < 0 ? before : before.slice(nl + 1));
    const line = before.split('\n').length;
    const where = `${this.ctx.parseName}:${line}:${col}`;
    throw new ExecFailure(`template: ${where}: executing ${quote(this.name)} at <${nodeString(this.node)}>: ${msg}`);
  }

  protected varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    return this.errorf(`undefined variable: ${name}`);
  }
  protected setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  evalPipeline(dot: unknown, pipe: PipeNode): unknown {
    this.at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === null) value = undefined;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  protected notAFunction(args: readonly ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  protected evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        this.at(first);
        return this.evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.text;
    }
    return this.errorf(`can't evaluate command ${quote(nodeString(first))}`);
  }

  protected idealConstant(n: NumberNode): unknown {
    this.at(n);
    const hexInt = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text);
    if (n.isFloat && !hexInt && !n.text.startsWith("'") && /[.eEpP]/.test(n.text)) return goFloat(n.float);
    if (n.isInt) return n.int;
    if (n.isUint) this.errorf(`${n.text} overflows int`);
    return undefined;
  }

  protected evalChainNode(dot: unknown, chain: ArgNode & { type: 'chain' }, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  protected evalVariableNode(dot: unknown, v: ArgNode & { type: 'variable' }, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  protected evalFieldChain(dot: unknown, receiver: unknown, node: Node, ident: string[], args: readonly ArgNode[] | null, final: Final): unknown {
    this.lastFromInterface = false;
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver);
    return this.evalField(dot, ident[ident.length - 1], node, args, final, receiver);
  }

  protected evalFunction(dot: unknown, node: ArgNode & { type: 'identifier' }, cmd: Node, args: readonly ArgNode[] | null, final: Final): unknown {
    this.at(node);
    const fn = Object.prototype.hasOwnProperty.call(this.ctx.funcs, node.ident) ? this.ctx.funcs[node.ident] : undefined;
    if (!fn) this.errorf(`${quote(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, this.ctx.builtins.has(node.ident), cmd, node.ident, args, final);
  }

  protected evalField(dot: unknown, name: string, node: Node, args: readonly ArgNode[] | null, final: Final, receiver: unknown): unknown {
    const iface = this.lastFromInterface;
    this.lastFromInterface = false;
    if (receiver === undefined) {
      if (this.ctx.missingKey === 'error') this.errorf(`nil data; no entry for key ${quote(name)}`);
      return undefined;
    }
    const typ = iface ? 'interface {}' : typeName(receiver);
    if (receiver === null) this.errorf(`nil pointer evaluating ${typ}.${name}`);
    const method = methodOf(receiver, name);
    if (method) {
      const fn: GoFunc = { params: new Array<ParamType>(method.length).fill('any'), fn: method.bind(receiver) };
      const result = this.evalCall(dot, fn, false, node, name, args, final);
      this.lastFromInterface = false;
      return result;
    }
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    const kind = kindOf(receiver);
    if (kind === 'struct' && Object.prototype.hasOwnProperty.call(receiver, name)) {
      if (hasArgs) this.errorf(`${name} has arguments but cannot be invoked as function`);
      return fieldOf(receiver as object, name);
    }
    if (kind === 'map' || kind === 'nilmap') {
      if (hasArgs) this.errorf(`${name} is not a method but has arguments`);
      const result = kind === 'map' ? fieldOf(receiver as object, name) : undefined;
      this.lastFromInterface = elemIsInterface(receiver);
      if (result !== undefined) return result;
      if (this.ctx.missingKey === 'zero') return zeroOfElem(receiver);
      if (this.ctx.missingKey === 'error') this.errorf(`map has no entry for key ${quote(name)}`);
      return undefined;
    }
    if (kind === 'nilptr') this.errorf(`nil pointer evaluating ${typ}.${name}`);
    return this.errorf(`can't evaluate field ${name} in type ${typ}`);
  }

  protected evalCall(dot: unknown, fn: GoFunc, builtin: boolean, node: Node, name: string, args: readonly ArgNode[] | null, final: Final): unknown {
    const rest = args ? args.slice(1) : [];
    const numIn = rest.length + (final !== MISSING ? 1 : 0);
    const numFixed = fn.variadic ? fn.params.length : rest.length;
    if (fn.variadic) {
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${rest.length}`);
    } else if (numIn !== fn.params.length) this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);

    if (builtin && (name === 'and' || name === 'or')) {
      let v: unknown;
      for (const arg of rest) {
        v = this.evalArg(dot, 'value', arg);
        if (isTrue(v) === (name === 'or')) return v;
      }
      return final !== MISSING ? final : v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < rest.length; i++) argv.push(this.evalArg(dot, fn.params[i], rest[i]));
    for (; i < rest.length; i++) argv.push(this.evalArg(dot, fn.variadic!, rest[i]));
    if (final !== MISSING) {
      const t = fn.variadic ? (numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic) : fn.params[fn.params.length - 1];
      argv.push(this.validateType(final, t));
    }
    try {
      return fn.fn(...argv);
    } catch (e) {
      if (e instanceof ExecFailure) throw e;
      this.at(node);
      const msg = e instanceof FuncError ? e.message : e instanceof Error ? e.message : String(e);
      return this.errorf(`error calling ${name}: ${msg}`);
    }
  }

  protected validateType(value: unknown, typ: ParamType | null): unknown {
    if (value === undefined) {
      if (typ === null || typ === 'any') return null;
      if (typ === 'value') return undefined;
      if (typ === '[]string') return new GoNil('slice', '[]string');
      this.errorf(`invalid value; expected ${typ}`);
    }
    const k = kindOf(value);
    const ok =
      typ === null ||
      typ === 'any' ||
      typ === 'value' ||
      (typ === 'string' && k === 'string') ||
      (typ === 'int' && k === 'int' && typeName(value) === 'int') ||
      (typ === 'bool' && k === 'bool') ||
      (typ === '[]string' && (k === 'nilslice' || (k === 'slice' && (value as unknown[]).every((e) => typeof e === 'string'))));
    if (!ok) this.errorf(`wrong type for value; expected ${typ}; got ${typeName(value)}`);
    return value;
  }

  protected evalArg(dot: unknown, typ: ParamType | null, n: ArgNode): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === null || typ === 'any') return null;
        if (typ === 'value') return undefined;
        if (typ === '[]string') return new GoNil('slice', '[]string');
        return this.errorf(`cannot assign nil to ${typ}`);
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n, n.ident, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        return this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return n.text;
        return this.errorf(`expected string; found ${nodeString(n)}`);
      case 'int':
        if (n.type === 'number' && n.isInt) return n.int;
        return this.errorf(`expected integer; found ${nodeString(n)}`);
      case '[]string':
        return this.errorf(`can't handle ${nodeString(n)} for arg of type []string`);
    }
    switch (n.type) {
      case 'bool':
        return n.value;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return n.text;
    }
    return this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }
}
