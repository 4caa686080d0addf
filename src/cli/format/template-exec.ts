/**
 * The executor of Go's text/template (text/template/exec.go, Go 1.24): walks
 * the tree (text, actions, if/with/range with break and continue, template
 * calls) and prints values as Go does. Evaluation is in template-eval.ts.
 */
import { formatValue } from './gofmt.ts';
import { quote } from './gonumber.ts';
import { entries, isTrue, kindOf, numberValue } from './govalue.ts';
import { Evaluator } from './template-eval.ts';
import type { BranchNode, Node, TemplateNode } from './template-nodes.ts';
import { nodeString } from './template-nodes.ts';

export { type ExecContext, ExecFailure, type MissingKey } from './template-eval.ts';

const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');

export class State extends Evaluator {
  out = '';
  private depth = 0;

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, v);
        return;
      }
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      case 'comment':
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node, dot);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out += node.text;
        return;
    }
    this.errorf(`unknown node: ${nodeString(node)}`);
  }

  private walkIfOrWith(node: BranchNode, dot: unknown): void {
    const mark = this.vars.length;
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const outer = this.vars.length;
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.vars.length;
      const decl = r.pipe.decl;
      const top = (n: number, v: unknown): void => void (this.vars[this.vars.length - n].value = v);
      const one = (index: unknown, elem: unknown): void => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0].ident[0], decl.length > 1 ? index : elem);
          else top(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1].ident[0], elem);
          else top(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.vars.length = mark;
        }
      };
      let ran = false;
      switch (kindOf(val)) {
        case 'int':
        case 'uint': {
          if (decl.length > 1) this.errorf(`can't use ${formatValue(val)} to iterate over more than one variable`);
          const n = numberValue(val);
          for (let i = 0; i < n; i++) one(undefined, i);
          ran = n > 0;
          break;
        }
        case 'slice':
          (val as unknown[]).forEach((e, i) => one(i, e));
          ran = (val as unknown[]).length > 0;
          break;
        case 'map': {
          const es = entries(val as object);
          for (const [k, v] of es) one(k, v);
          ran = es.length > 0;
          break;
        }
        case 'invalid':
        case 'nilslice':
        case 'nilmap':
          break;
        default:
          this.errorf(`range can't iterate over ${formatValue(val)}`);
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.vars.length = outer;
    }
  }

  private walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const tree = this.ctx.trees.get(t.name);
    if (!tree) this.errorf(`template ${quote(t.name)} not defined`);
    if (this.depth >= 1000) this.errorf('exceeded maximum template depth (1000)');
    const value = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    const sub = new State(this.ctx, t.name, value);
    sub.depth = this.depth + 1;
    try {
      sub.walk(value, tree.root);
    } finally {
      this.out += sub.out;
    }
  }

  private printValue(node: Node, v: unknown): void {
    this.at(node);
    if (v === undefined) this.out += '<no value>';
    else if (typeof v === 'function') this.errorf(`can't print ${nodeString(node)} of type func`);
    else this.out += formatValue(v, true);
  }
}
