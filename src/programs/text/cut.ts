/** cut: -b / -c positions and -f fields with -d, -s, --complement, --output-delimiter. */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, lines, make } from '../util/common.ts';
import { isFail, readInput } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'b:c:d:f:nsz',
  long: {
    bytes: { key: 'b', arg: 'required' }, characters: { key: 'c', arg: 'required' }, delimiter: { key: 'd', arg: 'required' },
    fields: { key: 'f', arg: 'required' }, 'only-delimited': { key: 's' }, complement: { key: 'complement' },
    'output-delimiter': { key: 'od', arg: 'required' }, 'zero-terminated': { key: 'z' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'b:c:f:d:sFnO:' };

type Range = [number, number]; // 1-based inclusive; Infinity for open ends

function parseList(cmd: Cmd, list: string, fields: boolean): Range[] | string {
  const ranges: Range[] = [];
  const what = fields ? 'field' : 'byte/character position';
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '' && (cmd.gnu || m[2] === ''))) {
      if (!cmd.gnu) return part === '' ? 'missing list of positions' : `invalid number '${part}'`;
      if (m && m[2] === '-') return 'invalid range with no endpoint: -';
      return fields && /^\d*-\d*-/.test(part) ? 'invalid field range' : `invalid ${what} ${cmd.lq(part)}`;
    }
    let lo = m[1] === '' ? 1 : Number(m[1]);
    let hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (cmd.gnu && (lo === 0 || hi === 0)) return fields ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1';
    if (!cmd.gnu) {
      lo = Math.max(lo, 1);
      hi = Math.max(hi, 1);
    }
    if (hi < lo) return cmd.gnu ? 'invalid decreasing range' : `${hi}<${lo - 1}`;
    ranges.push([lo, hi]);
  }
  return ranges;
}

export const cut = (flavour: Flavour): Program =>
  make('cut', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const lists = p.opts.filter((o) => o.key === 'b' || o.key === 'c' || o.key === 'f');
    const usageErr = (msg: string) => {
      cmd.warn(msg);
      if (cmd.gnu) cmd.tryHelp();
      return 1;
    };
    if (lists.length === 0) {
      return usageErr(cmd.gnu ? 'you must specify a list of bytes, characters, or fields' : 'expected a list of bytes, characters, or fields');
    }
    if (new Set(lists.map((o) => o.key)).size > 1) return usageErr(cmd.gnu ? 'only one list may be specified' : 'only one type of list may be specified');
    const mode = lists[lists.length - 1].key;
    const ranges = parseList(cmd, lists[lists.length - 1].value ?? '', mode === 'f');
    if (typeof ranges === 'string') return usageErr(ranges);
    const d = last(p, 'd');
    if (d !== undefined && mode !== 'f') return usageErr(cmd.gnu ? 'an input delimiter may be specified only when operating on fields' : 'suppressing non-delimited lines makes sense\n\tonly when operating on fields');
    if (d !== undefined && cmd.gnu && [...d].length > 1) return usageErr('the delimiter must be a single character');
    const delim = d === undefined || d === '' ? '\t' : [...d][0];
    const outDelim = last(p, 'od') ?? last(p, 'O') ?? delim;
    const complement = has(p, 'complement');
    const pick = (n: number) => ranges.some(([lo, hi]) => n >= lo && n <= hi) !== complement;
    const cutLine = (line: string): string | undefined => {
      if (mode === 'f') {
        if (!line.includes(delim)) return has(p, 's') ? undefined : line;
        return line.split(delim).filter((_, i) => pick(i + 1)).join(outDelim);
      }
      const units = mode === 'b' ? [...new TextEncoder().encode(line)] : [...line];
      if (mode === 'b') return new TextDecoder().decode(new Uint8Array(units.filter((_, i) => pick(i + 1)) as number[]));
      return (units as string[]).filter((_, i) => pick(i + 1)).join('');
    };
    const stdin = { text: cmd.ctx.stdin };
    let status = 0;
    for (const f of p.operands.length ? p.operands : ['-']) {
      const text = readInput(cmd.ctx.fs, (x) => cmd.abs(x), f, stdin);
      if (isFail(text)) {
        cmd.warn(`${f}: ${text.text}`);
        status = 1;
        continue;
      }
      let out = '';
      for (const line of lines(text)) {
        const r = cutLine(line);
        if (r !== undefined) out += r + '\n';
      }
      cmd.out(out);
    }
    return status;
  });
