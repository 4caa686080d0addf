/** touch: create empty files or bump their mtime to the lab clock. */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from '../util/common.ts';
import { attempt, isFail, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'acd:fhmr:t:',
  long: {
    'no-create': { key: 'c' }, date: { key: 'd', arg: 'required' }, 'no-dereference': { key: 'h' },
    reference: { key: 'r', arg: 'required' }, time: { key: 'time', arg: 'required' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = {
  short: 'cd:t:r:hma',
  long: { 'no-create': { key: 'c' }, date: { key: 'd', arg: 'required' }, reference: { key: 'r', arg: 'required' }, 'no-dereference': { key: 'h' } },
};

export const touch = (flavour: Flavour): Program =>
  make('touch', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    if (!p.operands.length) {
      if (cmd.gnu) {
        cmd.warn('missing file operand');
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    const fs = cmd.ctx.fs;
    let status = 0;
    for (const operand of p.operands) {
      const path = cmd.abs(operand);
      const st = statOrCode(fs, path);
      if (st === null && has(p, 'c')) continue;
      const r = isFail(st) ? st : attempt(() => fs.touch(path));
      if (isFail(r)) {
        if (cmd.gnu) cmd.warn(`cannot touch ${cmd.q(operand)}: ${r.text}`);
        else cmd.warn(`${operand}: ${r.text}`);
        status = 1;
      }
    }
    return status;
  });
