/**
 * The parser of Go's text/template (text/template/parse/parse.go, Go 1.24),
 * ported function for function so that parse errors read exactly as Go's:
 * `template: :1: function "foo" not defined`, `template: :1: unexpected EOF` ...
 * This file has the actions and control structures; template-expr.ts the
 * pipelines, template-tokens.ts the token buffer.
 */
import { quote } from './gonumber.ts';
import { ExprParser } from './template-expr.ts';
import { I, type Item } from './template-items.ts';
import { Lexer } from './template-lex.ts';
import { type BranchNode, type ListNode, type Node, nodeString, type PipeNode, type SimpleNode, type TemplateNode, unquote } from './template-nodes.ts';
import { ParseError } from './template-tokens.ts';

export { ParseError } from './template-tokens.ts';

/** One parsed template: a name (docker's is "") and its root list. */
export interface Tree {
  name: string;
  root: ListNode;
}

class Parser extends ExprParser {
  private rangeDepth = 0;
  root: ListNode = { type: 'list', pos: 0, nodes: [] };

  constructor(
    public name: string,
    parseName: string,
    lex: Lexer,
    hasFunction: (name: string) => boolean,
    private readonly trees: Map<string, Tree>,
  ) {
    super(parseName, lex, hasFunction);
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
