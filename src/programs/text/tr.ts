/**
 * tr: translate (-t truncates SET1), delete (-d), squeeze (-s), complement
 * (-c / -C); sets with ranges, \n-style and octal escapes, [:class:],
 * [=c=] and [c*n] repeats.
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: '+cCdst',
  long: {
    complement: { key: 'c' }, delete: { key: 'd' }, 'squeeze-repeats': { key: 's' }, 'truncate-set1': { key: 't' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: '+cCds' };

const CLASS: Record<string, () => string[]> = {
  alnum: () => [...range('0', '9'), ...range('A', 'Z'), ...range('a', 'z')],
  alpha: () => [...range('A', 'Z'), ...range('a', 'z')],
  blank: () => [' ', '\t'],
  cntrl: () => [...range('\x00', '\x1f'), '\x7f'],
  digit: () => range('0', '9'),
  graph: () => range('!', '~'),
  lower: () => range('a', 'z'),
  print: () => range(' ', '~'),
  punct: () => range('!', '~').filter((c) => !/[0-9A-Za-z]/.test(c)),
  space: () => ['\t', '\n', '\v', '\f', '\r', ' '],
  upper: () => range('A', 'Z'),
  xdigit: () => [...range('0', '9'), ...range('A', 'F'), ...range('a', 'f')],
};

function range(a: string, b: string): string[] {
  const out: string[] = [];
  for (let c = a.codePointAt(0) as number; c <= (b.codePointAt(0) as number); c++) out.push(String.fromCodePoint(c));
  return out;
}

const ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Reads one (possibly escaped) character at s[i]; returns it and the next index. */
function char(s: string[], i: number): [string, number] {
  if (s[i] !== '\\' || i + 1 >= s.length) return [s[i], i + 1];
  const n = s[i + 1];
  if (/[0-7]/.test(n)) {
    let j = i + 1;
    let v = '';
    while (j < s.length && v.length < 3 && /[0-7]/.test(s[j])) v += s[j++];
    return [String.fromCharCode(Number.parseInt(v, 8) & 0xff), j];
  }
  return [ESC[n] ?? n, i + 2];
}

/** Expands a set; `fill` gives the length [c*] repeats stretch to. Returns an error text on a bad set. */
function expand(cmd: Cmd, set: string, fill?: number): string[] | string {
  const s = [...set];
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i).join('');
    const cls = /^\[:(\w+):\]/.exec(rest);
    if (cls) {
      const f = CLASS[cls[1]];
      if (!f) return cmd.gnu ? `invalid character class ${cmd.lq(cls[1])}` : `unknown class '${cls[1]}'`;
      out.push(...f());
      i += cls[0].length;
      continue;
    }
    const eq = /^\[=(.)=\]/u.exec(rest);
    if (eq) {
      out.push(eq[1]);
      i += [...eq[0]].length;
      continue;
    }
    if (s[i] === '[' && i + 2 < s.length) {
      const [c, j] = char(s, i + 1);
      const rep = /^\*(\d*)\]/.exec(s.slice(j).join(''));
      if (rep) {
        const n = rep[1] === '' || Number(rep[1]) === 0 ? undefined : Number.parseInt(rep[1], rep[1].startsWith('0') ? 8 : 10);
        const count = n ?? Math.max(0, (fill ?? 0) - out.length - 0);
        for (let k = 0; k < count; k++) out.push(c);
        i = j + rep[0].length;
        continue;
      }
    }
    const [c, j] = char(s, i);
    if (s[j] === '-' && j + 1 < s.length) {
      const [hi, k] = char(s, j + 1);
      if (hi < c) {
        return cmd.gnu
          ? `range-endpoints of ${cmd.lq(`${c}-${hi}`)} are in reverse collating sequence order`
          : `bad range '${c}-${hi}'`;
      }
      out.push(...range(c, hi));
      i = k;
      continue;
    }
    out.push(c);
    i = j;
  }
  return out;
}

export const tr = (flavour: Flavour): Program =>
  make('tr', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const del = has(p, 'd');
    const squeeze = has(p, 's');
    const complement = has(p, 'c') || has(p, 'C');
    const ops = p.operands;
    const needed = del && squeeze ? 2 : del || (squeeze && ops.length < 2) ? 1 : 2;
    if (ops.length === 0) {
      if (cmd.gnu) {
        cmd.warn('missing operand');
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    if (cmd.gnu && ops.length < needed) {
      cmd.warn(`missing operand after ${cmd.lq(ops[ops.length - 1])}`);
      cmd.err(del ? 'Two strings must be given when both deleting and squeezing repeats.\n' : 'Two strings must be given when translating.\n');
      cmd.tryHelp();
      return 1;
    }
    if (cmd.gnu && ops.length > needed) {
      cmd.warn(`extra operand ${cmd.lq(ops[needed])}`);
      if (del && !squeeze) cmd.err('Only one string may be given when deleting without squeezing repeats.\n');
      cmd.tryHelp();
      return 1;
    }
    const orig = expand(cmd, ops[0]);
    if (typeof orig === 'string') return fail(cmd, orig);
    const origSet = new Set(orig);
    const inSet1 = (c: string) => origSet.has(c) !== complement;
    // the complement, in byte order, for translating
    const set1 = complement ? range('\x00', '\xff').filter((c) => !origSet.has(c)) : orig;
    const set2raw = ops[1] === undefined ? undefined : expand(cmd, ops[1], set1.length);
    if (typeof set2raw === 'string') return fail(cmd, set2raw);
    let out = [...cmd.ctx.stdin];
    let squeezes: ((c: string) => boolean) | undefined;
    if (del) {
      out = out.filter((c) => !inSet1(c));
      if (squeeze) {
        const s2 = new Set(set2raw ?? []);
        squeezes = (c) => s2.has(c);
      }
    } else if (set2raw !== undefined && set2raw.length) {
      const set2 = [...set2raw];
      const s1 = has(p, 't') ? set1.slice(0, set2.length) : set1;
      while (set2.length < s1.length) set2.push(set2[set2.length - 1]);
      const map = new Map<string, string>();
      s1.forEach((c, i) => map.set(c, set2[i]));
      const fallback = set2[set2.length - 1];
      out = out.map((c) => map.get(c) ?? (complement && inSet1(c) ? fallback : c));
      if (squeeze) {
        const s2 = new Set(set2raw);
        squeezes = (c) => s2.has(c);
      }
    } else if (squeeze) {
      squeezes = inSet1;
    }
    if (squeezes) {
      const sq = squeezes;
      const kept: string[] = [];
      for (const c of out) if (!(kept.length && kept[kept.length - 1] === c && sq(c))) kept.push(c);
      out = kept;
    }
    cmd.out(out.join(''));
    return 0;
  });

function fail(cmd: Cmd, text: string): number {
  cmd.warn(text);
  return 1;
}
