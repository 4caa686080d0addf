/**
 * cp: files, and trees with -r/-a (symlinks copied as links). The file system
 * contract has no chmod or utimes, so copies get the default mode and the
 * lab clock's mtime (-p/-a preserve nothing more than the content).
 */
import type { Program } from '../../shell/types.ts';
import { isWithin } from '../../vfs/path.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { MAX_DEPTH, attempt, childPath, isFail, lstat, readdirOrCode, realPath, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'abdfHilLnprst:uvxPRS:TZ',
  long: {
    archive: { key: 'a' }, 'attributes-only': { key: 'ao' }, backup: { key: 'b', arg: 'optional' }, 'copy-contents': { key: 'cc' },
    force: { key: 'f' }, interactive: { key: 'i' }, link: { key: 'l' }, dereference: { key: 'L' }, 'no-clobber': { key: 'n' },
    'no-dereference': { key: 'P' }, preserve: { key: 'preserve', arg: 'optional' }, 'no-preserve': { key: 'np', arg: 'required' },
    parents: { key: 'parents' }, recursive: { key: 'r' }, 'remove-destination': { key: 'rd' }, reflink: { key: 'reflink', arg: 'optional' },
    sparse: { key: 'sparse', arg: 'required' }, 'strip-trailing-slashes': { key: 'sts' }, suffix: { key: 'S', arg: 'required' },
    'symbolic-link': { key: 's' }, 'target-directory': { key: 't', arg: 'required' }, 'no-target-directory': { key: 'T' },
    update: { key: 'u', arg: 'optional' }, verbose: { key: 'v' }, 'one-file-system': { key: 'x' }, context: { key: 'Z', arg: 'optional' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'arPLHpfinlsTuvdRt:', long: { 'target-directory': { key: 't', arg: 'required' } } };

interface CpState {
  recursive: boolean;
  deref: boolean;
  verbose: boolean;
  noClobber: boolean;
  /** busybox: the directory created at the top, never copied into itself */
  created: string[];
  status: number;
}

function fail(cmd: Cmd, s: CpState, gnu: string, busybox: string): false {
  cmd.warn(cmd.gnu ? gnu : busybox);
  s.status = 1;
  return false;
}

function copy(cmd: Cmd, s: CpState, src: string, dst: string, top: boolean, depth: number, up: string[] = []): boolean {
  const fs = cmd.ctx.fs;
  const q = (x: string) => (cmd.gnu ? cmd.q(x) : `'${x}'`);
  const srcAbs = cmd.abs(src);
  const dstAbs = cmd.abs(dst);
  let st = lstat(fs, srcAbs);
  if (st && !isFail(st) && st.type === 'symlink' && (s.deref || (top && !s.recursive))) {
    const t = statOrCode(fs, srcAbs);
    st = t && !isFail(t) ? { ...t } : t;
  }
  if (st === null || isFail(st)) {
    const text = st ? st.text : 'No such file or directory';
    return fail(cmd, s, `cannot stat ${q(src)}: ${text}`, `can't stat '${src}': ${text}`);
  }
  const dstSt = lstat(fs, dstAbs);
  if (isFail(dstSt) && dstSt.code !== 'ENOENT')
    return fail(cmd, s, `cannot stat ${q(dst)}: ${dstSt.text}`, `can't stat '${dst}': ${dstSt.text}`);
  const dstExists = dstSt && !isFail(dstSt);
  const verbose = () => s.verbose && cmd.out(`${q(src)} -> ${q(dst)}\n`);
  if (st.type === 'dir') {
    if (!s.recursive) return fail(cmd, s, `-r not specified; omitting directory ${q(src)}`, `omitting directory '${src}'`);
    const real = s.deref ? realPath(fs, srcAbs) : srcAbs;
    if (s.deref && up.includes(real)) {
      if (!cmd.gnu) return false;
      return fail(cmd, s, `cannot copy cyclic symbolic link ${q(src)}`, '');
    }
    if (!cmd.gnu && s.created.includes(srcAbs)) return fail(cmd, s, '', `recursion detected, omitting directory '${src}'`);
    if (cmd.gnu && top && isWithin(dstAbs, srcAbs))
      return fail(cmd, s, `cannot copy a directory, ${q(src)}, into itself, ${q(dst)}`, '');
    if (dstExists && dstSt.type !== 'dir')
      return fail(cmd, s, `cannot overwrite non-directory ${q(dst)} with directory ${q(src)}`, `can't create directory '${dst}': File exists`);
    if (!dstExists) {
      const r = attempt(() => fs.mkdir(dstAbs));
      if (isFail(r)) return fail(cmd, s, `cannot create directory ${q(dst)}: ${r.text}`, `can't create directory '${dst}': ${r.text}`);
      if (top) s.created.push(dstAbs);
    }
    if (cmd.gnu) verbose();
    const names = readdirOrCode(fs, srcAbs);
    if (isFail(names)) return fail(cmd, s, `cannot access ${q(src)}: ${names.text}`, `can't open '${src}': ${names.text}`);
    let ok = depth < MAX_DEPTH;
    if (ok) for (const n of names) if (!copy(cmd, s, childPath(src, n), childPath(dst, n), false, depth + 1, [...up, real])) ok = false;
    if (!cmd.gnu) verbose();
    return ok;
  }
  if (dstExists && dstSt.type === 'dir')
    return fail(cmd, s, `cannot overwrite directory ${q(dst)} with non-directory`, `can't create '${dst}': Is a directory`);
  if (dstExists && s.noClobber) return true;
  if (srcAbs === dstAbs || (dstExists && st.type !== 'symlink' && sameFile(cmd, srcAbs, dstAbs)))
    return fail(cmd, s, `${q(src)} and ${q(dst)} are the same file`, `'${src}' and '${dst}' are the same file`);
  if (st.type === 'symlink') {
    const target = st.link ?? '';
    if (dstExists) attempt(() => fs.rm(dstAbs));
    const r = attempt(() => fs.symlink(target, dstAbs));
    if (isFail(r)) return fail(cmd, s, `cannot create symbolic link ${q(dst)}: ${r.text}`, `can't create symlink '${dst}': ${r.text}`);
    verbose();
    return true;
  }
  const data = attempt(() => fs.readFile(srcAbs));
  if (isFail(data)) return fail(cmd, s, `cannot open ${q(src)} for reading: ${data.text}`, `can't open '${src}': ${data.text}`);
  const r = attempt(() => fs.writeFile(dstAbs, data));
  if (isFail(r)) return fail(cmd, s, `cannot create regular file ${q(dst)}: ${r.text}`, `can't create '${dst}': ${r.text}`);
  verbose();
  return true;
}

/** Two paths naming one file: the same path once symlinks are followed. */
function sameFile(cmd: Cmd, a: string, b: string): boolean {
  const fs = cmd.ctx.fs;
  const la = fs.readlink(a);
  const lb = fs.readlink(b);
  const ra = la !== null ? cmd.abs(`${a}/../${la}`) : a;
  const rb = lb !== null ? cmd.abs(`${b}/../${lb}`) : b;
  return ra === rb;
}

/** Splits operands into sources and a destination; prints the error and returns a status when impossible. */
export function sourcesAndTarget(
  cmd: Cmd,
  operands: string[],
  targetDir: string | undefined,
  noTargetDir: boolean,
): { sources: string[]; dest: string; intoDir: boolean } | number {
  if (targetDir !== undefined) {
    if (!operands.length) {
      cmd.missingOperand();
      return 1;
    }
    return { sources: operands, dest: targetDir, intoDir: true };
  }
  if (operands.length < 2) {
    if (cmd.gnu && operands.length === 1) cmd.missingOperand(operands[0]);
    else if (cmd.gnu) {
      cmd.warn('missing file operand');
      cmd.tryHelp();
    } else cmd.usage();
    return 1;
  }
  const dest = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  const st = statOrCode(cmd.ctx.fs, cmd.abs(dest));
  const isDir = !!st && !isFail(st) && st.type === 'dir';
  if (sources.length > 1 && !isDir && cmd.gnu) {
    const text = isFail(st) ? st.text : st ? 'Not a directory' : 'No such file or directory';
    cmd.warn(`target ${cmd.q(dest)}: ${text}`);
    return 1;
  }
  return { sources, dest, intoDir: !noTargetDir && (isDir || sources.length > 1) };
}

export function baseOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}

export const cp = (flavour: Flavour): Program =>
  make('cp', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const archive = has(p, 'a');
    const plan = sourcesAndTarget(cmd, p.operands, last(p, 't'), has(p, 'T'));
    if (typeof plan === 'number') return plan;
    const s: CpState = {
      recursive: archive || has(p, 'r') || has(p, 'R'),
      deref: has(p, 'L'),
      verbose: has(p, 'v'),
      noClobber: has(p, 'n'),
      created: [],
      status: 0,
    };
    for (const src of plan.sources) {
      const dst = plan.intoDir ? childPath(plan.dest, baseOf(src)) : plan.dest;
      copy(cmd, s, src, dst, true, 0);
    }
    return s.status;
  });
