/**
 * The parse tree of Go's text/template (text/template/parse/node.go): node
 * shapes, String() as Go prints nodes in error messages, number literals
 * (newNumber) and string literals (strconv.Unquote).
 */
import { quote } from './gonumber.ts';

export interface Pos {
  pos: number;
}
export interface TextNode extends Pos {
  type: 'text';
  text: string;
}
export interface CommentNode extends Pos {
  type: 'comment';
  text: string;
}
export interface ListNode extends Pos {
  type: 'list';
  nodes: Node[];
}
export interface PipeNode extends Pos {
  type: 'pipe';
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface ActionNode extends Pos {
  type: 'action';
  pipe: PipeNode;
}
export interface BranchNode extends Pos {
  type: 'if' | 'range' | 'with';
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | null;
}
export interface TemplateNode extends Pos {
  type: 'template';
  name: string;
  pipe: PipeNode | null;
}
export interface SimpleNode extends Pos {
  type: 'break' | 'continue' | 'end' | 'else' | 'dot' | 'nil';
}
export interface CommandNode extends Pos {
  type: 'command';
  args: ArgNode[];
}
export interface FieldNode extends Pos {
  type: 'field';
  ident: string[];
}
export interface VariableNode extends Pos {
  type: 'variable';
  ident: string[];
}
export interface ChainNode extends Pos {
  type: 'chain';
  node: ArgNode;
  field: string[];
}
export interface IdentifierNode extends Pos {
  type: 'identifier';
  ident: string;
}
export interface BoolNode extends Pos {
  type: 'bool';
  value: boolean;
}
export interface StringNode extends Pos {
  type: 'string';
  quoted: string;
  text: string;
}
export interface NumberNode extends Pos {
  type: 'number';
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int: number;
  float: number;
  text: string;
}
export type ArgNode =
  | FieldNode
  | VariableNode
  | ChainNode
  | IdentifierNode
  | BoolNode
  | StringNode
  | NumberNode
  | PipeNode
  | SimpleNode;
export type Node =
  | TextNode
  | CommentNode
  | ListNode
  | ActionNode
  | BranchNode
  | TemplateNode
  | CommandNode
  | ArgNode;

/** Node.String() as Go writes it (used in `executing "" at <...>`). */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'text':
      return n.text;
    case 'comment':
      return `{{${n.text}}}`;
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'pipe': {
      const decl = n.decl.length ? n.decl.map(nodeString).join(', ') + ' := ' : '';
      return decl + n.cmds.map(nodeString).join(' | ');
    }
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'if':
    case 'range':
    case 'with': {
      const els = n.elseList ? '{{else}}' + nodeString(n.elseList) : '';
      return `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}${els}{{end}}`;
    }
    case 'template':
      return `{{template ${quote(n.name)}${n.pipe ? ' ' + nodeString(n.pipe) : ''}}}`;
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'field':
      return n.ident.map((i) => '.' + i).join('');
    case 'variable':
      return n.ident.join('.');
    case 'chain': {
      const base = n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node);
      return base + n.field.map((f) => '.' + f).join('');
    }
    case 'identifier':
      return n.ident;
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'string':
      return n.quoted;
    case 'number':
      return n.text;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
  }
}

const SIMPLE_ESC: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** strconv.UnquoteChar: one (possibly escaped) character of s at i. */
function unquoteChar(s: string, i: number, quoteChar: string): [number, number] | null {
  const c = s[i];
  if (c === quoteChar && (quoteChar === "'" || quoteChar === '"')) return null;
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    return [cp, i + (cp > 0xffff ? 2 : 1)];
  }
  const e = s[i + 1];
  if (e === undefined) return null;
  if (e in SIMPLE_ESC) return [SIMPLE_ESC[e], i + 2];
  if (e === "'" || e === '"') return e === quoteChar ? [e.charCodeAt(0), i + 2] : null;
  const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (hexLen) {
    const h = s.slice(i + 2, i + 2 + hexLen);
    if (h.length !== hexLen || !/^[0-9a-fA-F]+$/.test(h)) return null;
    const v = parseInt(h, 16);
    if (e !== 'x' && (v > 0x10ffff || (v >= 0xd800 && v < 0xe000))) return null;
    return [v, i + 2 + hexLen];
  }
  if (e >= '0' && e <= '7') {
    const o = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(o) || parseInt(o, 8) > 255) return null;
    return [parseInt(o, 8), i + 4];
  }
  return null;
}

/** strconv.Unquote of a "..." or `...` literal; null on a syntax error. */
export function unquote(lit: string): string | null {
  if (lit.length < 2) return null;
  const q = lit[0];
  if (q !== lit[lit.length - 1]) return null;
  const body = lit.slice(1, -1);
  if (q === '`') return body.includes('`') ? null : body.replace(/\r/g, '');
  if (q !== '"' && q !== "'") return null;
  let out = '';
  const bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length) out += new TextDecoder().decode(new Uint8Array(bytes.splice(0)));
  };
  for (let i = 0; i < body.length; ) {
    const r = unquoteChar(body, i, q);
    if (!r) return null;
    if (body[i] === '\\' && (body[i + 1] === 'x' || (body[i + 1] >= '0' && body[i + 1] <= '7'))) bytes.push(r[0]);
    else {
      flush();
      out += String.fromCodePoint(r[0]);
    }
    i = r[1];
  }
  flush();
  return out;
}

/** Go's underscoreOK: underscores only between digits or after a base prefix. */
function underscoreOK(s: string): boolean {
  const body = s.replace(/^[+-]/, '');
  if (!body.includes('_')) return true;
  const prefixed = /^0[xXbBoO]/.test(body);
  return /^(0[xXbBoO]_?)?[0-9a-fA-F.pP+-]+(_[0-9a-fA-F.pP+-]+)*$/.test(body) && (prefixed || !body.startsWith('_'));
}

function parseInteger(text: string, signed: boolean): number | null {
  if (!underscoreOK(text)) return null;
  let s = text.replace(/_/g, '');
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    if (!signed) return null;
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let re = /^[0-9]+$/;
  let base = 10;
  if (/^0[xX]/.test(s)) [base, re, s] = [16, /^[0-9a-fA-F]+$/, s.slice(2)];
  else if (/^0[oO]/.test(s)) [base, re, s] = [8, /^[0-7]+$/, s.slice(2)];
  else if (/^0[bB]/.test(s)) [base, re, s] = [2, /^[01]+$/, s.slice(2)];
  else if (/^0[0-9]/.test(s)) [base, re, s] = [8, /^[0-7]+$/, s.slice(1)];
  if (!re.test(s)) return null;
  const v = BigInt(base === 10 ? s : (base === 16 ? '0x' : base === 8 ? '0o' : '0b') + s) * (neg ? -1n : 1n);
  if (signed ? v < -(2n ** 63n) || v >= 2n ** 63n : v >= 2n ** 64n) return null;
  return Number(v);
}

/** parse.newNumber: the literal under every type that can represent it. */
export function newNumber(pos: number, text: string, charConstant: boolean): NumberNode | string {
  const n: NumberNode = { type: 'number', pos, text, isInt: false, isUint: false, isFloat: false, isComplex: false, int: 0, float: 0 };
  if (charConstant) {
    const r = unquoteChar(text, 1, "'");
    if (!r) return 'invalid syntax';
    if (text.slice(r[1]) !== "'") return `malformed character constant: ${text}`;
    return { ...n, isInt: true, isUint: true, isFloat: true, int: r[0], float: r[0] };
  }
  if (text.endsWith('i')) return `illegal number syntax: ${quote(text)}`;
  const u = parseInteger(text, false);
  if (u !== null) [n.isUint, n.int] = [true, u];
  const i = parseInteger(text, true);
  if (i !== null) [n.isInt, n.int] = [true, i];
  if (n.isInt || n.isUint) [n.isFloat, n.float] = [true, n.int];
  else if (underscoreOK(text)) {
    const f = Number(text.replace(/_/g, ''));
    if (!Number.isNaN(f) && text.trim() !== '' && !/^[+-]?0[xXbBoO]/.test(text)) {
      if (!/[.eEpP]/.test(text)) return `integer overflow: ${quote(text)}`;
      [n.isFloat, n.float] = [true, f];
      if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) [n.isInt, n.int] = [true, f];
      if (Number.isInteger(f) && f >= 0 && f < 2 ** 64) n.isUint = true;
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) return `illegal number syntax: ${quote(text)}`;
  return n;
}
