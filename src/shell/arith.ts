/**
 * `$(( ... ))`: integer arithmetic as the shells do it, with variables,
 * assignment operators, comparisons, logic, bit operations and `?:`.
 */

export class ArithError extends Error {
  constructor(
    readonly kind: 'div0' | 'syntax',
    /** the rest of the expression from the offending token (bash's "error token is") */
    readonly token: string,
  ) {
    super(kind);
  }
}

export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

const BINARY: [string[], boolean][] = [
  [['||'], false],
  [['&&'], false],
  [['|'], false],
  [['^'], false],
  [['&'], false],
  [['==', '!='], false],
  [['<=', '>=', '<', '>'], false],
  [['<<', '>>'], false],
  [['+', '-'], false],
  [['*', '/', '%'], false],
  [['**'], true],
];
const ASSIGN = ['=', '*=', '/=', '%=', '+=', '-=', '<<=', '>>=', '&=', '^=', '|='];
const TOKEN = /^\s*(0[xX][0-9a-fA-F]+|[0-9]+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<<=|>>=|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[*/%+\-^&|]=|[-+*/%()<>=!~^&|?:,])/;
/** dash has no `**`, `++` or `--`: they read as two operators */
const DASH_TOKEN = new RegExp(TOKEN.source.replace('\\*\\*|', '').replace('\\+\\+|--|', ''));

export function evaluate(expr: string, vars: ArithVars, depth = 0, dash = false): number {
  const tokens: { v: string; pos: number }[] = [];
  let rest = expr;
  let pos = 0;
  while (rest.trim() !== '') {
    const m = (dash ? DASH_TOKEN : TOKEN).exec(rest);
    if (!m) throw new ArithError('syntax', rest.trim());
    tokens.push({ v: m[1], pos: pos + m[0].length - m[1].length });
    pos += m[0].length;
    rest = rest.slice(m[0].length);
  }
  let i = 0;
  const peek = () => tokens[i]?.v;
  const errorAt = () => new ArithError('syntax', i < tokens.length ? expr.slice(tokens[i].pos).trim() : '');
  const valueOf = (name: string): number => {
    const v = vars.get(name);
    if (v === undefined || v.trim() === '') return 0;
    if (depth > 20) throw new ArithError('syntax', name);
    return evaluate(v, vars, depth + 1, dash);
  };
  const wrap = (n: number) => (Number.isFinite(n) ? Number(BigInt.asIntN(64, BigInt(Math.trunc(n)))) : 0);

  const comma = (): number => {
    let v = assign();
    while (peek() === ',') {
      i++;
      v = assign();
    }
    return v;
  };
  const assign = (): number => {
    const name = tokens[i]?.v;
    const op = tokens[i + 1]?.v;
    if (name && /^[A-Za-z_]/.test(name) && op && ASSIGN.includes(op)) {
      i += 2;
      const rhs = assign();
      const v = op === '=' ? rhs : apply(op.slice(0, -1), valueOf(name), rhs);
      vars.set(name, String(v));
      return v;
    }
    return ternary();
  };
  const ternary = (): number => {
    const cond = binary(0);
    if (peek() !== '?') return cond;
    i++;
    const a = assign();
    if (peek() !== ':') throw errorAt();
    i++;
    const b = assign();
    return cond ? a : b;
  };
  const binary = (level: number): number => {
    if (level >= BINARY.length) return unary();
    const [ops, right] = BINARY[level];
    let left = binary(level + 1);
    while (ops.includes(peek() ?? '')) {
      const op = tokens[i++].v;
      if (op === '&&' && !left) {
        binary(level + 1);
        left = 0;
        continue;
      }
      if (op === '||' && left) {
        binary(level + 1);
        left = 1;
        continue;
      }
      const r = right ? binary(level) : binary(level + 1);
      left = apply(op, left, r);
    }
    return left;
  };
  const unary = (): number => {
    const t = peek();
    if (t === '-' || t === '+' || t === '!' || t === '~') {
      i++;
      const v = unary();
      return t === '-' ? wrap(-v) : t === '+' ? v : t === '!' ? Number(!v) : wrap(~v);
    }
    if (t === '++' || t === '--') {
      i++;
      const name = tokens[i]?.v;
      if (!name || !/^[A-Za-z_]/.test(name)) throw errorAt();
      i++;
      const v = valueOf(name) + (t === '++' ? 1 : -1);
      vars.set(name, String(v));
      return v;
    }
    return postfix();
  };
  const postfix = (): number => {
    const t = tokens[i];
    if (!t) throw errorAt();
    if (t.v === '(') {
      i++;
      const v = comma();
      if (peek() !== ')') throw errorAt();
      i++;
      return v;
    }
    if (/^[0-9]/.test(t.v)) {
      i++;
      if (/^0[xX]/.test(t.v)) return parseInt(t.v.slice(2), 16);
      if (/^0[0-7]+$/.test(t.v)) return parseInt(t.v, 8);
      if (/^0[0-9]+$/.test(t.v)) throw new ArithError('syntax', t.v);
      return Number(t.v);
    }
    if (/^[A-Za-z_]/.test(t.v)) {
      i++;
      const v = valueOf(t.v);
      if (peek() === '++' || peek() === '--') {
        vars.set(t.v, String(v + (tokens[i++].v === '++' ? 1 : -1)));
      }
      return v;
    }
    throw errorAt();
  };
  const apply = (op: string, a: number, b: number): number => {
    switch (op) {
      case '+': return wrap(a + b);
      case '-': return wrap(a - b);
      case '*': return wrap(a * b);
      case '/':
      case '%':
        if (b === 0) throw new ArithError('div0', String(b));
        return op === '/' ? wrap(a / b) : wrap(a % b);
      case '**': return b < 0 ? 0 : wrap(a ** b);
      case '<<': return wrap(a * 2 ** b);
      case '>>': return Math.floor(a / 2 ** b);
      case '&': return a & b;
      case '|': return a | b;
      case '^': return a ^ b;
      case '==': return Number(a === b);
      case '!=': return Number(a !== b);
      case '<': return Number(a < b);
      case '>': return Number(a > b);
      case '<=': return Number(a <= b);
      case '>=': return Number(a >= b);
      case '&&': return Number(!!a && !!b);
      case '||': return Number(!!a || !!b);
      default: throw new ArithError('syntax', op);
    }
  };

  if (tokens.length === 0) return 0;
  const v = comma();
  if (i < tokens.length) throw errorAt();
  return v;
}
