/** uniq: adjacent duplicates, with -c -d -D -u -i -f N -s N -w N and an optional output file. */
import type { Program } from '../../shell/types.ts';
import { type Flavour, lines, make } from '../util/common.ts';
import { attempt, isFail, readInput } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: '0123456789cdDf:is:uw:z',
  long: {
    count: { key: 'c' }, repeated: { key: 'd' }, 'all-repeated': { key: 'D', arg: 'optional' }, 'skip-fields': { key: 'f', arg: 'required' },
    group: { key: 'group', arg: 'optional' }, 'ignore-case': { key: 'i' }, 'skip-chars': { key: 's', arg: 'required' },
    unique: { key: 'u' }, 'zero-terminated': { key: 'z' }, 'check-chars': { key: 'w', arg: 'required' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'cf:s:w:udiz' };

export const uniq = (flavour: Flavour): Program =>
  make('uniq', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const num = (key: string, what: string): number | undefined | null => {
      const v = last(p, key);
      if (v === undefined) return undefined;
      if (/^\d+$/.test(v)) return Number(v);
      cmd.warn(cmd.gnu ? `${v}: invalid number of ${what}` : `invalid number '${v}'`);
      return null;
    };
    const skipFields = num('f', 'fields to skip');
    const skipChars = num('s', 'bytes to skip');
    const checkChars = num('w', 'bytes to compare');
    if (skipFields === null || skipChars === null || checkChars === null) return 1;
    if (p.operands.length > 2) {
      if (cmd.gnu) {
        cmd.warn(`extra operand ${cmd.q(p.operands[2])}`);
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    const input = p.operands[0] ?? '-';
    const text = readInput(cmd.ctx.fs, (x) => cmd.abs(x), input, { text: cmd.ctx.stdin });
    if (isFail(text)) {
      cmd.warn(cmd.gnu ? `${input}: ${text.text}` : `can't open '${input}': ${text.text}`);
      return 1;
    }
    const key = (line: string): string => {
      let s = line;
      for (let i = 0; i < (skipFields ?? 0); i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
      s = s.slice(skipChars ?? 0);
      if (checkChars !== undefined) s = s.slice(0, checkChars);
      return has(p, 'i') ? s.toLowerCase() : s;
    };
    const groups: string[][] = [];
    for (const line of lines(text)) {
      const g = groups[groups.length - 1];
      if (g && key(g[0]) === key(line)) g.push(line);
      else groups.push([line]);
    }
    const allRepeated = has(p, 'D');
    let out = '';
    for (const g of groups) {
      if (has(p, 'd') && g.length < 2) continue;
      if (has(p, 'u') && g.length > 1) continue;
      if (allRepeated) {
        if (g.length > 1) out += g.map((l) => l + '\n').join('');
        continue;
      }
      out += has(p, 'c') ? `${String(g.length).padStart(7)} ${g[0]}\n` : `${g[0]}\n`;
    }
    const output = p.operands[1];
    if (output !== undefined && output !== '-') {
      const r = attempt(() => cmd.ctx.fs.writeFile(cmd.abs(output), out));
      if (isFail(r)) {
        cmd.warn(cmd.gnu ? `${output}: ${r.text}` : `can't open '${output}': ${r.text}`);
        return 1;
      }
      return 0;
    }
    cmd.out(out);
    return 0;
  });
