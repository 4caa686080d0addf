/**
 * Pipelines and their operands in Go's text/template parser (parse.go
 * pipeline, command, operand, term): declarations, commands, field chains,
 * literals and parenthesized pipelines.
 */
import { quote } from './gonumber.ts';
import { I } from './template-items.ts';
import type { Lexer } from './template-lex.ts';
import { type ArgNode, type CommandNode, newNumber, nodeString, type PipeNode, unquote, type VariableNode } from './template-nodes.ts';
import { TokenReader } from './template-tokens.ts';

export abstract class ExprParser extends TokenReader {
  /** Variables in scope; `$` always is. */
  protected vars: string[] = ['$'];

  constructor(
    parseName: string,
    lex: Lexer,
    protected readonly hasFunction: (name: string) => boolean,
  ) {
    super(parseName, lex);
  }

  protected pipeline(context: string, end: number): PipeNode {
    const pipe: PipeNode = { type: 'pipe', pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    for (let more = true; more; ) {
      more = false;
      const v = this.peekNonSpace();
      if (v.typ !== I.Variable) break;
      this.next();
      const after = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === I.Assign || next.typ === I.Declare) {
        pipe.isAssign = next.typ === I.Assign;
        this.nextNonSpace();
        pipe.decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
      } else if (next.typ === I.Char && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(this.newVariable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === I.Variable || p === I.RightDelim || p === I.RightParen) {
            more = true;
            continue;
          }
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (after.typ === I.Space) this.backup3(v, after);
      else this.backup2(v);
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.typ === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.typ) {
        case I.Bool:
        case I.CharConstant:
        case I.Complex:
        case I.Dot:
        case I.Field:
        case I.Identifier:
        case I.Number:
        case I.Nil:
        case I.RawString:
        case I.String:
        case I.Variable:
        case I.LeftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  protected checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  protected command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const t = this.next();
      if (t.typ === I.Space) continue;
      if (t.typ === I.RightDelim || t.typ === I.RightParen) this.backup();
      else if (t.typ !== I.Pipe) this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  protected operand(): ArgNode | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === I.Field) {
      const pos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().typ === I.Field) fields.push(this.next().val.slice(1));
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos, ident: [...node.ident, ...fields] };
          break;
        case 'variable':
          node = { type: 'variable', pos, ident: [...node.ident, ...fields] };
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          this.errorf(`unexpected . after term ${quote(nodeString(node))}`);
        default:
          node = { type: 'chain', pos, node, field: fields };
      }
    }
    return node;
  }

  protected term(): ArgNode | null {
    const t = this.nextNonSpace();
    switch (t.typ) {
      case I.Identifier:
        if (!this.hasFunction(t.val)) this.errorf(`function ${quote(t.val)} not defined`);
        return { type: 'identifier', pos: t.pos, ident: t.val };
      case I.Dot:
        return { type: 'dot', pos: t.pos };
      case I.Nil:
        return { type: 'nil', pos: t.pos };
      case I.Variable:
        return this.useVar(t.pos, t.val);
      case I.Field:
        return { type: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
      case I.Bool:
        return { type: 'bool', pos: t.pos, value: t.val === 'true' };
      case I.CharConstant:
      case I.Complex:
      case I.Number: {
        const n = newNumber(t.pos, t.val, t.typ === I.CharConstant);
        if (typeof n === 'string') this.errorf(n);
        return n;
      }
      case I.LeftParen:
        return this.pipeline('parenthesized pipeline', I.RightParen);
      case I.String:
      case I.RawString: {
        const s = unquote(t.val);
        if (s === null) this.errorf('invalid syntax');
        return { type: 'string', pos: t.pos, quoted: t.val, text: s };
      }
    }
    this.backup();
    return null;
  }

  protected newVariable(pos: number, name: string): VariableNode {
    return { type: 'variable', pos, ident: name.split('.') };
  }

  protected useVar(pos: number, name: string): VariableNode {
    const v = this.newVariable(pos, name);
    if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${quote(v.ident[0])}`);
    return v;
  }
}
