/** tee: standard input to standard output and files (-a appends). */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from '../util/common.ts';
import { attempt, isFail } from '../util/fsx.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'aip',
  long: {
    append: { key: 'a' }, 'ignore-interrupts': { key: 'i' }, 'output-error': { key: 'p', arg: 'optional' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'ai', long: { append: { key: 'a' }, 'ignore-interrupts': { key: 'i' } } };

export const tee = (flavour: Flavour): Program =>
  make('tee', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const data = cmd.ctx.stdin;
    let status = 0;
    for (const f of p.operands) {
      if (f === '-' && !cmd.gnu) {
        cmd.out(data);
        continue;
      }
      const r = attempt(() => cmd.ctx.fs.writeFile(cmd.abs(f), data, { append: has(p, 'a') }));
      if (isFail(r)) {
        cmd.warn(`${f}: ${r.text}`);
        status = 1;
      }
    }
    cmd.out(data);
    return status;
  });
