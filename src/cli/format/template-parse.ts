/**
 * The parser of Go's text/template (text/template/parse/parse.go, Go 1.24),
 * ported function for function so that parse errors read exactly as Go's:
 * `template: :1: function "foo" not defined`, `template: :1: unexpected EOF` ...
 */
import { quote } from './gonumber.ts';
import { I, type Item, itemString, Lexer } from './template-lex.ts';
import {
  type ArgNode,
  type BranchNode,
  type CommandNode,
  type ListNode,
  type Node,
  newNumber,
  nodeString,
  type PipeNode,
  type SimpleNode,
  type TemplateNode,
  unquote,
  type VariableNode,
} from './template-nodes.ts';

export class ParseError {
  constructor(readonly message: string) {}
}

/** One parsed template: a name (docker's is "") and its root list. */
export interface Tree {
  name: string;
  root: ListNode;
}

class Parser {
  private token: Item[] = [];
  private peekCount = 0;
  private vars: string[] = ['$'];
  private actionLine = 0;
  private rangeDepth = 0;
  root: ListNode = { type: 'list', pos: 0, nodes: [] };

  constructor(
    public name: string,
    private readonly parseName: string,
    private readonly lex: Lexer,
    private readonly hasFunction: (name: string) => boolean,
    private readonly trees: Map<string, Tree>,
  ) {}

  private next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount];
  }
  private backup(): void {
    this.peekCount++;
  }
  private backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }
  private backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }
  private peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }
  private nextNonSpace(): Item {
    let t: Item;
    do t = this.next();
    while (t.typ === I.Space);
    return t;
  }
  private peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  errorf(msg: string): never {
    throw new ParseError(`template: ${this.parseName}:${this.token[0]?.line ?? 1}: ${msg}`);
  }
  private expect(expected: number, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }
  private unexpected(t: Item, context: string): never {
    if (t.typ === I.Error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${itemString(t)} in ${context}`);
  }

  parse(): void {
    this.root = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== I.EOF) {
      if (this.peek().typ === I.LeftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === I.Define) {
          const def = new Parser('definition', this.parseName, this.lex, this.hasFunction, this.trees);
          def.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      this.root.nodes.push(n);
    }
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const t = this.nextNonSpace();
    if (t.typ !== I.String && t.typ !== I.RawString) this.unexpected(t, context);
    const name = unquote(t.val);
    if (name === null) this.errorf('invalid syntax');
    this.name = name;
    this.expect(I.RightDelim, context);
    const [list, end] = this.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    this.root = list;
    this.add();
  }

  add(): void {
    const existing = this.trees.get(this.name);
    if (!existing || isEmptyTree(existing.root)) {
      this.trees.set(this.name, { name: this.name, root: this.root });
      return;
    }
    if (!isEmptyTree(this.root)) this.errorf(`template: multiple definition of template ${quote(this.name)}`);
  }

  private itemList(): [ListNode, Node] {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== I.EOF) {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n];
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node {
    const t = this.nextNonSpace();
    if (t.typ === I.Text) return { type: 'text', pos: t.pos, text: t.val };
    if (t.typ === I.Comment) return { type: 'comment', pos: t.pos, text: t.val };
    if (t.typ !== I.LeftDelim) this.unexpected(t, 'input');
    this.actionLine = t.line;
    try {
      return this.action();
    } finally {
      this.actionLine = 0;
    }
  }

  private action(): Node {
    const t = this.nextNonSpace();
    switch (t.typ) {
      case I.Block:
        return this.blockControl();
      case I.Break:
      case I.Continue: {
        const word = t.typ === I.Break ? 'break' : 'continue';
        const next = this.nextNonSpace();
        if (next.typ !== I.RightDelim) this.unexpected(next, `{{${word}}}`);
        if (this.rangeDepth === 0) this.errorf(`{{${word}}} outside {{range}}`);
        return { type: word, pos: t.pos };
      }
      case I.Else:
        return this.elseControl();
      case I.End:
        return { type: 'end', pos: this.expect(I.RightDelim, 'end').pos };
      case I.If:
        return this.control('if');
      case I.Range:
        return this.control('range');
      case I.Template:
        return this.templateControl();
      case I.With:
        return this.control('with');
    }
    this.backup();
    const pos = this.peek().pos;
    return { type: 'action', pos, pipe: this.pipeline('command', I.RightDelim) };
  }

  private pipeline(context: string, end: number): PipeNode {
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

  private checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0].type)) {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private control(context: 'if' | 'range' | 'with'): BranchNode {
    const mark = this.vars.length;
    try {
      const pipe = this.pipeline(context, I.RightDelim);
      if (context === 'range') this.rangeDepth++;
      let [list, next] = this.itemList();
      if (context === 'range') this.rangeDepth--;
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        if ((context === 'if' && this.peek().typ === I.If) || (context === 'with' && this.peek().typ === I.With)) {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control(context)] };
        } else {
          [elseList, next] = this.itemList();
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, pipe, list, elseList };
    } finally {
      this.vars.length = mark;
    }
  }

  private elseControl(): SimpleNode {
    const peek = this.peekNonSpace();
    if (peek.typ === I.If || peek.typ === I.With) return { type: 'else', pos: peek.pos };
    return { type: 'else', pos: this.expect(I.RightDelim, 'else').pos };
  }

  private templateName(t: Item, context: string): string {
    if (t.typ !== I.String && t.typ !== I.RawString) this.unexpected(t, context);
    const name = unquote(t.val);
    if (name === null) this.errorf('invalid syntax');
    return name;
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const t = this.nextNonSpace();
    const name = this.templateName(t, context);
    const pipe = this.pipeline(context, I.RightDelim);
    const block = new Parser(name, this.parseName, this.lex, this.hasFunction, this.trees);
    const [list, end] = block.itemList();
    if (end.type !== 'end') this.errorf(`unexpected ${nodeString(end)} in ${context}`);
    block.root = list;
    block.add();
    return { type: 'template', pos: t.pos, name, pipe };
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const t = this.nextNonSpace();
    const name = this.templateName(t, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== I.RightDelim) {
      this.backup();
      pipe = this.pipeline(context, I.RightDelim);
    }
    return { type: 'template', pos: t.pos, name, pipe };
  }

  private command(): CommandNode {
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

  private operand(): ArgNode | null {
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

  private term(): ArgNode | null {
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

  private newVariable(pos: number, name: string): VariableNode {
    return { type: 'variable', pos, ident: name.split('.') };
  }

  private useVar(pos: number, name: string): VariableNode {
    const v = this.newVariable(pos, name);
    if (!this.vars.includes(v.ident[0])) this.errorf(`undefined variable ${quote(v.ident[0])}`);
    return v;
  }
}

function isEmptyTree(n: Node): boolean {
  switch (n.type) {
    case 'comment':
      return true;
    case 'list':
      return n.nodes.every(isEmptyTree);
    case 'text':
      return n.text.trim() === '';
    default:
      return false;
  }
}

/** Parses `text` as the template `name`; defined templates land in the returned map. */
export function parseTrees(name: string, text: string, hasFunction: (n: string) => boolean): Map<string, Tree> | ParseError {
  const trees = new Map<string, Tree>();
  const p = new Parser(name, name, new Lexer(text), hasFunction, trees);
  try {
    p.parse();
    p.add();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  return trees;
}
