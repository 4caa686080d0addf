/** rm: files, and whole trees with -r; -f quiet about missing files; -i asks (answers read from stdin). */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { MAX_DEPTH, attempt, childPath, isFail, lstat, readdirOrCode } from '../util/fsx.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'dfirvIR',
  long: {
    force: { key: 'f' }, interactive: { key: 'interactive', arg: 'optional' }, 'one-file-system': { key: 'x' },
    'no-preserve-root': { key: 'npr' }, 'preserve-root': { key: 'pr', arg: 'optional' }, recursive: { key: 'r' },
    dir: { key: 'd' }, verbose: { key: 'v' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'fiRrv', long: { force: { key: 'f' }, interactive: { key: 'i' }, recursive: { key: 'r' }, verbose: { key: 'v' } } };

interface RmState {
  force: boolean;
  recursive: boolean;
  dirs: boolean;
  verbose: boolean;
  interactive: boolean;
  answers: string[];
  status: number;
}

function cannot(cmd: Cmd, shown: string, text: string): void {
  cmd.warn(cmd.gnu ? `cannot remove ${cmd.q(shown)}: ${text}` : `can't remove '${shown}': ${text}`);
}

function ask(cmd: Cmd, s: RmState, question: string): boolean {
  if (!s.interactive) return true;
  cmd.err(`${cmd.name}: ${question}? `);
  const answer = s.answers.shift() ?? '';
  return /^[yY]/.test(answer);
}

function what(type: string, size: number): string {
  if (type === 'dir') return 'directory';
  if (type === 'symlink') return 'symbolic link';
  return size === 0 ? 'regular empty file' : 'regular file';
}

/** Removes one path (a tree with -r). Returns true when it is gone. */
function remove(cmd: Cmd, s: RmState, shown: string, path: string, depth: number): boolean {
  const fs = cmd.ctx.fs;
  const st = lstat(fs, path);
  if (st === null || isFail(st)) {
    const text = st ? st.text : 'No such file or directory';
    if (s.force && (st === null || st.code === 'ENOENT')) return true;
    if (!cmd.gnu && st && st.code !== 'ENOENT') cmd.warn(`can't stat '${shown}': ${text}`);
    else cannot(cmd, shown, text);
    s.status = 1;
    return false;
  }
  const q = cmd.gnu ? cmd.q(shown) : `'${shown}'`;
  if (st.type === 'dir') {
    if (!s.recursive) {
      if (s.dirs) return removeEmptyDir(cmd, s, shown, path, q);
      if (cmd.gnu) cannot(cmd, shown, 'Is a directory');
      else cmd.warn(`'${shown}' is a directory`);
      s.status = 1;
      return false;
    }
    const names = readdirOrCode(fs, path);
    if (isFail(names)) {
      cannot(cmd, shown, names.text);
      s.status = 1;
      return false;
    }
    if (names.length && s.interactive && !ask(cmd, s, `descend into directory ${q}`)) return false;
    let all = true;
    if (depth < MAX_DEPTH) {
      for (const name of names) if (!remove(cmd, s, childPath(shown, name), childPath(path, name), depth + 1)) all = false;
    } else all = false;
    if (!all) return false;
    return removeEmptyDir(cmd, s, shown, path, q);
  }
  if (!ask(cmd, s, cmd.gnu ? `remove ${what(st.type, st.size)} ${q}` : `remove ${q}`)) return false;
  const r = attempt(() => fs.rm(path));
  if (isFail(r)) {
    cannot(cmd, shown, r.text);
    s.status = 1;
    return false;
  }
  if (s.verbose) cmd.out(`removed ${q}\n`);
  return true;
}

function removeEmptyDir(cmd: Cmd, s: RmState, shown: string, path: string, q: string): boolean {
  if (!ask(cmd, s, `remove directory ${q}`)) return false;
  const r = attempt(() => cmd.ctx.fs.rm(path));
  if (isFail(r)) {
    cannot(cmd, shown, r.text);
    s.status = 1;
    return false;
  }
  if (s.verbose) cmd.out(cmd.gnu ? `removed directory ${q}\n` : `removed directory: ${q}\n`);
  return true;
}

export const rm = (flavour: Flavour): Program =>
  make('rm', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const s: RmState = {
      force: false, recursive: has(p, 'r') || has(p, 'R'), dirs: has(p, 'd'), verbose: has(p, 'v'),
      interactive: false, answers: cmd.ctx.stdin.split('\n'), status: 0,
    };
    for (const { key } of p.opts) {
      if (key === 'f') { s.force = true; s.interactive = false; }
      if (key === 'i' || key === 'interactive') { s.interactive = true; s.force = false; }
    }
    if (!p.operands.length) {
      if (s.force) return 0;
      cmd.missingOperand();
      return 1;
    }
    for (const operand of p.operands) {
      const base = operand.replace(/\/+$/, '').split('/').pop();
      if (s.recursive && (base === '.' || base === '..')) {
        if (cmd.gnu) cmd.warn(`refusing to remove '.' or '..' directory: skipping ${cmd.q(operand)}`);
        else cmd.warn(`can't remove '.' or '..'`);
        s.status = 1;
        continue;
      }
      if (cmd.gnu && s.recursive && cmd.abs(operand) === '/' && !has(p, 'npr')) {
        cmd.warn(`it is dangerous to operate recursively on ${cmd.q(operand === '/' ? '/' : operand)}`);
        if (operand !== '/') cmd.warn(`(same as ${cmd.q('/')})`);
        cmd.warn('use --no-preserve-root to override this failsafe');
        s.status = 1;
        continue;
      }
      remove(cmd, s, operand, cmd.abs(operand), 0);
    }
    return s.status;
  });
