/** mv: rename within the file system (the FileSystem copies across mounts itself). */
import type { Program } from '../../shell/types.ts';
import { isWithin } from '../../vfs/path.ts';
import { type Flavour, make } from '../util/common.ts';
import { attempt, childPath, isFail, lstat } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';
import { baseOf, sourcesAndTarget } from './cp.ts';

const GNU_SPEC: OptSpec = {
  short: 'bfint:uvS:TZ',
  long: {
    backup: { key: 'b', arg: 'optional' }, force: { key: 'f' }, interactive: { key: 'i' }, 'no-clobber': { key: 'n' },
    'no-copy': { key: 'nc' }, 'strip-trailing-slashes': { key: 'sts' }, suffix: { key: 'S', arg: 'required' },
    'target-directory': { key: 't', arg: 'required' }, 'no-target-directory': { key: 'T' }, update: { key: 'u', arg: 'optional' },
    verbose: { key: 'v' }, context: { key: 'Z' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'finTt:v', long: { 'target-directory': { key: 't', arg: 'required' } } };

export const mv = (flavour: Flavour): Program =>
  make('mv', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const plan = sourcesAndTarget(cmd, p.operands, last(p, 't'), has(p, 'T'));
    if (typeof plan === 'number') return plan;
    const fs = cmd.ctx.fs;
    const q = (x: string) => (cmd.gnu ? cmd.q(x) : `'${x}'`);
    let status = 0;
    const fail = (gnu: string, busybox: string) => {
      cmd.warn(cmd.gnu ? gnu : busybox);
      status = 1;
    };
    for (const src of plan.sources) {
      const dst = plan.intoDir ? childPath(plan.dest, baseOf(src)) : plan.dest;
      const srcAbs = cmd.abs(src);
      const dstAbs = cmd.abs(dst);
      const st = lstat(fs, srcAbs);
      if (st === null || isFail(st)) {
        const text = st ? st.text : 'No such file or directory';
        fail(`cannot stat ${q(src)}: ${text}`, `can't rename '${src}': ${text}`);
        continue;
      }
      const dstSt = lstat(fs, dstAbs);
      if (isFail(dstSt)) {
        fail(`cannot move ${q(src)} to ${q(dst)}: ${dstSt.text}`, `can't stat '${dst}': Path has non-directory component`);
        continue;
      }
      if (srcAbs === dstAbs) {
        fail(`${q(src)} and ${q(dst)} are the same file`, `'${src}' and '${dst}' are the same file`);
        continue;
      }
      if (st.type === 'dir' && isWithin(dstAbs, srcAbs)) {
        fail(`cannot move ${q(src)} to a subdirectory of itself, ${q(dst)}`, `can't rename '${src}': Invalid argument`);
        continue;
      }
      if (dstSt && st.type === 'dir' && dstSt.type !== 'dir') {
        fail(`cannot overwrite non-directory ${q(dst)} with directory ${q(src)}`, `can't rename '${src}': Not a directory`);
        continue;
      }
      if (dstSt && st.type !== 'dir' && dstSt.type === 'dir') {
        fail(`cannot overwrite directory ${q(dst)} with non-directory`, `can't rename '${src}': Is a directory`);
        continue;
      }
      if (dstSt && has(p, 'n')) continue;
      const r = attempt(() => fs.rename(srcAbs, dstAbs));
      if (isFail(r)) {
        fail(`cannot move ${q(src)} to ${q(dst)}: ${r.text}`, `can't rename '${src}': ${r.text}`);
        continue;
      }
      if (has(p, 'v')) cmd.out(cmd.gnu ? `renamed ${q(src)} -> ${q(dst)}\n` : `${q(src)} -> ${q(dst)}\n`);
    }
    return status;
  });
