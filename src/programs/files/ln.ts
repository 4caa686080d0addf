/**
 * ln: symbolic links with -s. The file system contract has no hard links, so
 * `ln FILE LINK` makes a copy of the file (the same content, a separate file).
 */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from '../util/common.ts';
import { attempt, childPath, isFail, lstat, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';
import { baseOf } from './cp.ts';

const GNU_SPEC: OptSpec = {
  short: 'bdfinrst:vFLPS:T',
  long: {
    backup: { key: 'b', arg: 'optional' }, directory: { key: 'd' }, force: { key: 'f' }, interactive: { key: 'i' },
    logical: { key: 'L' }, 'no-dereference': { key: 'n' }, physical: { key: 'P' }, relative: { key: 'r' },
    symbolic: { key: 's' }, suffix: { key: 'S', arg: 'required' }, 'target-directory': { key: 't', arg: 'required' },
    'no-target-directory': { key: 'T' }, verbose: { key: 'v' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'sfnbS:vT' };

export const ln = (flavour: Flavour): Program =>
  make('ln', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const fs = cmd.ctx.fs;
    const ops = p.operands;
    if (!ops.length) {
      if (cmd.gnu) {
        cmd.warn('missing file operand');
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    const targetDir = last(p, 't');
    let targets: string[];
    let dest: string;
    let intoDir: boolean;
    if (targetDir !== undefined) {
      targets = ops;
      dest = targetDir;
      intoDir = true;
    } else if (ops.length === 1) {
      targets = ops;
      dest = '.';
      intoDir = true;
    } else {
      targets = ops.slice(0, -1);
      dest = ops[ops.length - 1];
      const st = has(p, 'n') ? lstat(fs, cmd.abs(dest)) : statOrCode(fs, cmd.abs(dest));
      const isDir = !!st && !isFail(st) && st.type === 'dir';
      if (targets.length > 1 && !isDir) {
        if (cmd.gnu) cmd.warn(`target ${cmd.q(dest)}: ${isFail(st) ? st.text : st ? 'Not a directory' : 'No such file or directory'}`);
        else cmd.warn(`${dest}: ${st ? 'Not a directory' : 'File exists'}`);
        return 1;
      }
      intoDir = isDir && !has(p, 'T');
    }
    let status = 0;
    const symbolic = has(p, 's');
    for (const target of targets) {
      const link = intoDir ? (dest === '.' && ops.length === 1 ? baseOf(target) : childPath(dest, baseOf(target))) : dest;
      const linkAbs = cmd.abs(link);
      const fail = (text: string) => {
        if (cmd.gnu) cmd.warn(`failed to create ${symbolic ? 'symbolic' : 'hard'} link ${cmd.q(link)}${symbolic ? '' : ` => ${cmd.q(target)}`}: ${text}`);
        else cmd.warn(`${link}: ${text}`);
        status = 1;
      };
      if (!symbolic) {
        const src = statOrCode(fs, cmd.abs(target));
        if (src === null || isFail(src)) {
          const text = src ? src.text : 'No such file or directory';
          cmd.warn(cmd.gnu ? `failed to access ${cmd.q(target)}: ${text}` : `${target}: ${text}`);
          status = 1;
          continue;
        }
        if (src.type === 'dir') {
          cmd.warn(cmd.gnu ? `${cmd.q(target)}: hard link not allowed for directory` : `${link}: Operation not permitted`);
          status = 1;
          continue;
        }
      }
      const existing = lstat(fs, linkAbs);
      if (existing && !isFail(existing)) {
        if (!has(p, 'f')) {
          fail('File exists');
          continue;
        }
        if (existing.type === 'dir') {
          fail('Is a directory');
          continue;
        }
        const r = attempt(() => fs.rm(linkAbs));
        if (isFail(r)) {
          // busybox goes on to symlink() over the file it could not remove
          fail(cmd.gnu ? r.text : 'File exists');
          continue;
        }
      }
      const r = symbolic
        ? attempt(() => fs.symlink(target, linkAbs))
        : attempt(() => fs.writeFile(linkAbs, fs.readFile(cmd.abs(target))));
      if (isFail(r)) {
        fail(r.text);
        continue;
      }
      if (has(p, 'v')) cmd.out(`${cmd.gnu ? cmd.q(link) : `'${link}'`} -> ${cmd.gnu ? cmd.q(target) : `'${target}'`}\n`);
    }
    return status;
  });
