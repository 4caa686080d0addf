/** mkdir and rmdir. */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { attempt, isFail, lstat, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const MKDIR_GNU: OptSpec = {
  short: 'm:pvZ',
  long: {
    mode: { key: 'm', arg: 'required' }, parents: { key: 'p' }, verbose: { key: 'v' }, context: { key: 'Z', arg: 'optional' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const MKDIR_BUSYBOX: OptSpec = { short: 'm:pv', long: { mode: { key: 'm', arg: 'required' }, parents: { key: 'p' }, verbose: { key: 'v' } } };

function mkdirFailed(cmd: Cmd, shown: string, text: string): void {
  if (cmd.gnu) cmd.warn(`cannot create directory ${cmd.lq(shown)}: ${text}`);
  else cmd.warn(`can't create directory '${shown}': ${text}`);
}

function created(cmd: Cmd, shown: string): void {
  if (cmd.gnu) cmd.out(`mkdir: created directory ${cmd.q(shown)}\n`);
  else cmd.out(`created directory: '${shown}'\n`);
}

/** mkdir -p: each missing prefix in turn, as typed (busybox shows prefixes with their slash). */
function mkdirParents(cmd: Cmd, operand: string, verbose: boolean): boolean {
  const fs = cmd.ctx.fs;
  const parts = operand.split('/');
  let prefix = '';
  for (let i = 0; i < parts.length; i++) {
    prefix += (i ? '/' : '') + parts[i];
    if (parts[i] === '' || parts[i] === '.' || parts[i] === '..') continue;
    const last = parts.slice(i + 1).every((x) => x === '');
    const shown = cmd.gnu || last ? prefix : `${prefix}/`;
    const st = statOrCode(fs, cmd.abs(prefix));
    if (st && !isFail(st)) {
      if (st.type === 'dir') continue;
      mkdirFailed(cmd, shown, cmd.gnu ? 'Not a directory' : last ? 'File exists' : 'Not a directory');
      return false;
    }
    const r = attempt(() => fs.mkdir(cmd.abs(prefix)));
    if (isFail(r)) {
      mkdirFailed(cmd, shown, r.text);
      return false;
    }
    if (verbose) created(cmd, shown);
    if (last) break;
  }
  return true;
}

export const mkdir = (flavour: Flavour): Program =>
  make('mkdir', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? MKDIR_GNU : MKDIR_BUSYBOX);
    if (typeof p === 'number') return p;
    if (!p.operands.length) {
      cmd.missingOperand();
      return 1;
    }
    const verbose = has(p, 'v');
    let status = 0;
    for (const operand of p.operands) {
      if (has(p, 'p')) {
        if (!mkdirParents(cmd, operand, verbose)) status = 1;
        continue;
      }
      const r = attempt(() => cmd.ctx.fs.mkdir(cmd.abs(operand)));
      if (isFail(r)) {
        mkdirFailed(cmd, operand, r.text);
        status = 1;
      } else if (verbose) created(cmd, operand);
    }
    return status;
  });

const RMDIR_GNU: OptSpec = {
  short: 'pv',
  long: {
    parents: { key: 'p' }, verbose: { key: 'v' }, 'ignore-fail-on-non-empty': { key: 'ignore' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const RMDIR_BUSYBOX: OptSpec = { short: 'pv', long: { parents: { key: 'p' }, 'ignore-fail-on-non-empty': { key: 'ignore' } } };

export const rmdir = (flavour: Flavour): Program =>
  make('rmdir', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? RMDIR_GNU : RMDIR_BUSYBOX);
    if (typeof p === 'number') return p;
    if (!p.operands.length) {
      cmd.missingOperand();
      return 1;
    }
    const fs = cmd.ctx.fs;
    let status = 0;
    const removeOne = (shown: string): boolean => {
      if (has(p, 'v')) cmd.out(`rmdir: removing directory, ${cmd.gnu ? cmd.q(shown) : `'${shown}'`}\n`);
      const path = cmd.abs(shown);
      const st = lstat(fs, path);
      let text: string | undefined;
      if (st === null) text = 'No such file or directory';
      else if (isFail(st)) text = st.text;
      else if (st.type !== 'dir') text = 'Not a directory';
      else {
        const r = attempt(() => fs.rm(path));
        if (isFail(r)) text = r.text;
      }
      if (text !== undefined) {
        if (text === 'Directory not empty' && has(p, 'ignore')) return false;
        cmd.warn(cmd.gnu ? `failed to remove ${cmd.q(shown)}: ${text}` : `'${shown}': ${text}`);
        status = 1;
        return false;
      }
      return true;
    };
    for (const operand of p.operands) {
      if (!removeOne(operand) || !has(p, 'p')) continue;
      let rest = operand.replace(/\/+$/, '');
      while (rest.includes('/')) {
        rest = rest.slice(0, rest.lastIndexOf('/')).replace(/\/+$/, '');
        if (!rest || !removeOne(rest)) break;
      }
    }
    return status;
  });
