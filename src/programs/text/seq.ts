/**
 * seq: integers, or decimals with the precision of FIRST and INCREMENT;
 * -w, -s, -f (GNU). Stops after SEQ_LIMIT numbers so no sequence runs away
 * (busybox's zero increment repeats until then).
 */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from '../util/common.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';

export const SEQ_LIMIT = 1_000_000;

const GNU_SPEC: OptSpec = {
  short: '+f:s:w',
  long: {
    format: { key: 'f', arg: 'required' }, separator: { key: 's', arg: 'required' }, 'equal-width': { key: 'w' },
    help: { key: 'help' }, version: { key: 'version' },
  },
  negativeNumbers: true,
};
const BUSYBOX_SPEC: OptSpec = { short: '+ws:' };

function decimals(s: string): number {
  const m = /\.(\d*)/.exec(s.replace(/e.*$/i, ''));
  return m ? m[1].length : 0;
}

/** printf of one floating conversion, as seq -f uses it. */
export function formatFloat(fmt: string, v: number): string | undefined {
  const m = /^([^%]*(?:%%[^%]*)*)%([-+ #0]*)(\d*)(?:\.(\d*))?([gGeEfF])((?:[^%]|%%)*)$/.exec(fmt);
  if (!m) return undefined;
  const [, pre, flags, width, precStr, conv, post] = m;
  const prec = precStr === undefined ? 6 : precStr === '' ? 0 : Number(precStr);
  let body: string;
  const lower = conv.toLowerCase();
  const a = Math.abs(v);
  if (lower === 'f') body = a.toFixed(prec);
  else if (lower === 'e') body = a.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2');
  else {
    const p = prec === 0 ? 1 : prec;
    const exp = a === 0 ? 0 : Math.floor(Math.log10(a));
    if (exp < -4 || exp >= p) body = a.toExponential(p - 1).replace(/e([+-])(\d)$/, 'e$10$2');
    else body = a.toFixed(Math.max(0, p - 1 - exp));
    if (!flags.includes('#') && body.includes('.')) body = body.replace(/\.?0+(?=e|$)/, '');
  }
  if (conv === conv.toUpperCase()) body = body.toUpperCase();
  const sign = v < 0 || Object.is(v, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  let text = sign + body;
  const w = Number(width || 0);
  if (text.length < w) {
    if (flags.includes('-')) text = text.padEnd(w);
    else if (flags.includes('0')) text = sign + body.padStart(w - sign.length, '0');
    else text = text.padStart(w);
  }
  return pre.replace(/%%/g, '%') + text + post.replace(/%%/g, '%');
}

export const seq = (flavour: Flavour): Program =>
  make('seq', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const ops = p.operands;
    const usage = (msg?: string) => {
      if (!cmd.gnu) cmd.usage();
      else {
        cmd.warn(msg ?? 'missing operand');
        cmd.tryHelp();
      }
      return 1;
    };
    if (!ops.length) return usage();
    if (ops.length > 3) return usage(`extra operand ${cmd.lq(ops[3])}`);
    const nums: number[] = [];
    for (const op of ops) {
      const n = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(op) ? Number(op) : Number.NaN;
      if (Number.isNaN(n)) return usage(`invalid floating point argument: ${cmd.lq(op)}`);
      nums.push(n);
    }
    const [first, inc, lastN] = ops.length === 1 ? [1, 1, nums[0]] : ops.length === 2 ? [nums[0], 1, nums[1]] : nums;
    if (inc === 0 && cmd.gnu) return usage(`invalid Zero increment value: ${cmd.lq(ops[1])}`);
    const fmt = last(p, 'f');
    const sep = last(p, 's') ?? '\n';
    const prec = Math.max(decimals(ops.length > 1 ? ops[0] : '1'), decimals(ops.length === 3 ? ops[1] : '1'));
    const show = (v: number): string | undefined => {
      if (fmt !== undefined) return formatFloat(fmt, v);
      return v.toFixed(prec);
    };
    if (fmt !== undefined && show(1) === undefined) {
      cmd.warn(`format ${cmd.lq(fmt)} has no % directive`);
      return 1;
    }
    const values: string[] = [];
    for (let i = 0; i < SEQ_LIMIT; i++) {
      const v = first + i * inc;
      if (inc > 0 ? v > lastN + 1e-10 : inc < 0 ? v < lastN - 1e-10 : first > lastN) break;
      values.push(show(Number(v.toFixed(12))) as string);
    }
    if (has(p, 'w') && fmt === undefined) {
      const width = Math.max(...values.map((v) => v.length), show(lastN)?.length ?? 0);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        values[i] = v.startsWith('-') ? `-${v.slice(1).padStart(width - 1, '0')}` : v.padStart(width, '0');
      }
    }
    if (values.length) cmd.out(values.join(sep) + '\n');
    return 0;
  });
