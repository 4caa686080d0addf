/**
 * ls: GNU coreutils 9 and busybox, colour-free, sorted by byte order as with
 * LC_ALL=C.UTF-8. One name a line into a pipe, columns on a terminal.
 */
import type { Program } from '../../shell/types.ts';
import type { FsErrorCode } from '../../vfs/types.ts';
import { FS_ERROR_TEXT } from '../../vfs/types.ts';
import { type Cmd, type Flavour, hooks, labNow, make } from '../util/common.ts';
import { type LStat, MAX_DEPTH, childPath, isFail, linkCount, lstat, readdirOrCode, realPath, slashOnNonDir, statOrCode } from '../util/fsx.ts';
import { type OptSpec, type Parsed, last } from '../util/getopt.ts';
import { type Entry, type Layout, formatEntries, totalLine } from './ls-format.ts';

const GNU_SPEC: OptSpec = {
  short: 'abcdfghiklmnopqrstuvw:xABCDFGHI:LNQRST:UXZ1',
  long: {
    all: { key: 'a' }, 'almost-all': { key: 'A' }, author: { key: 'author' }, escape: { key: 'b' },
    'block-size': { key: 'block-size', arg: 'required' }, 'ignore-backups': { key: 'B' },
    color: { key: 'color', arg: 'optional' }, directory: { key: 'd' }, dired: { key: 'D' },
    classify: { key: 'F', arg: 'optional' }, 'file-type': { key: 'file-type' }, format: { key: 'format', arg: 'required' },
    'full-time': { key: 'full-time' }, 'group-directories-first': { key: 'gdf' }, 'human-readable': { key: 'h' },
    si: { key: 'si' }, 'dereference-command-line': { key: 'H' }, 'dereference-command-line-symlink-to-dir': { key: 'dcl' },
    hide: { key: 'hide', arg: 'required' }, hyperlink: { key: 'hyperlink', arg: 'optional' },
    'indicator-style': { key: 'indicator-style', arg: 'required' }, inode: { key: 'i' }, ignore: { key: 'I', arg: 'required' },
    kibibytes: { key: 'k' }, dereference: { key: 'L' }, literal: { key: 'N' }, 'numeric-uid-gid': { key: 'n' },
    'no-group': { key: 'G' }, 'hide-control-chars': { key: 'q' }, 'show-control-chars': { key: 'scc' },
    'quote-name': { key: 'Q' }, 'quoting-style': { key: 'quoting-style', arg: 'required' }, reverse: { key: 'r' },
    recursive: { key: 'R' }, size: { key: 's' }, sort: { key: 'sort', arg: 'required' }, time: { key: 'time', arg: 'required' },
    'time-style': { key: 'time-style', arg: 'required' }, tabsize: { key: 'T', arg: 'required' },
    width: { key: 'w', arg: 'required' }, context: { key: 'Z' }, zero: { key: 'zero' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};

const BUSYBOX_SPEC: OptSpec = {
  short: '1AaCxdLHRFplinshrSXvctugkw:',
  long: {
    'full-time': { key: 'full-time' }, 'group-directories-first': { key: 'gdf' }, color: { key: 'color', arg: 'optional' },
  },
};

interface LsOptions {
  all: boolean;
  almost: boolean;
  dirOnly: boolean;
  recursive: boolean;
  reverse: boolean;
  sort: 'name' | 'time' | 'size' | 'none';
  deref: boolean;
  lay: Layout;
}

function options(cmd: Cmd, p: Parsed): LsOptions | string {
  const bb = !cmd.gnu;
  const env = cmd.ctx.env ?? {};
  const cols = Number.parseInt(env.COLUMNS ?? '', 10);
  const o: LsOptions = {
    all: false, almost: false, dirOnly: false, recursive: false, reverse: false, sort: 'name', deref: false,
    lay: {
      busybox: bb, long: false, human: false, numeric: false, noOwner: false, noGroup: false, blocks: false, inode: false, fullTime: false,
      classify: false, slash: false, format: cmd.ctx.isTTY ? 'columns' : 'one',
      width: cols > 0 ? cols : hooks(cmd.ctx).columns ?? 80, tabsize: 8, quote: !bb && cmd.ctx.isTTY, now: labNow(cmd.ctx),
    },
  };
  const lay = o.lay;
  for (const { key } of p.opts) {
    switch (key) {
      case 'a': o.all = true; o.almost = false; break;
      case 'A': if (!bb || !o.all) { o.all = false; o.almost = true; } break;
      case 'd': o.dirOnly = true; break;
      case 'R': o.recursive = true; break;
      case 'r': o.reverse = true; break;
      case 't': o.sort = 'time'; break;
      case 'S': o.sort = 'size'; break;
      case 'U': o.sort = 'none'; break;
      case 'f': o.sort = 'none'; o.all = true; break;
      case 'L': o.deref = true; break;
      case 'l': lay.long = true; lay.format = 'one'; break;
      case 'n': lay.long = true; lay.numeric = true; lay.format = 'one'; break;
      case 'g': lay.long = true; lay.noOwner = true; lay.format = 'one'; break;
      case 'o': lay.long = true; lay.noGroup = true; lay.format = 'one'; break;
      case 'G': if (!bb) lay.noGroup = true; break;
      case '1': if (!lay.long) lay.format = 'one'; break;
      case 'C': lay.format = 'columns'; if (!bb) lay.long = false; break;
      case 'x': lay.format = 'across'; if (!bb) lay.long = false; break;
      case 'h': lay.human = true; break;
      case 's': lay.blocks = true; break;
      case 'i': lay.inode = true; break;
      case 'full-time': lay.fullTime = true; lay.long = true; lay.format = 'one'; break;
      case 'F': lay.classify = true; break;
      case 'p': lay.slash = true; break;
      case 'N': lay.quote = false; break;
      case 'T': lay.tabsize = Number(last(p, 'T')) || 0; break;
      case 'help': case 'version': break;
    }
  }
  const w = last(p, 'w');
  if (w !== undefined) {
    const n = Number(w);
    if (!/^\d+$/.test(w)) return bb ? `invalid number '${w}'` : `invalid line width: ${cmd.lq(w)}`;
    lay.width = n === 0 ? Infinity : n;
  }
  if (bb && lay.long) lay.format = 'one';
  return o;
}

function sortEntries(list: Entry[], o: LsOptions): Entry[] {
  const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let sorted = list;
  if (o.sort === 'name') sorted = [...list].sort(byName);
  else if (o.sort === 'time') sorted = [...list].sort((a, b) => b.st.mtime - a.st.mtime || byName(a, b));
  else if (o.sort === 'size') sorted = [...list].sort((a, b) => b.st.size - a.st.size || byName(a, b));
  return o.reverse ? sorted.reverse() : sorted;
}

function entry(cmd: Cmd, name: string, path: string, st: LStat): Entry {
  return { name, path, st, nlink: linkCount(cmd.ctx.fs, path, st) };
}

function errorText(cmd: Cmd, what: 'access' | 'open', operand: string, code: FsErrorCode): void {
  if (cmd.gnu) {
    const verb = what === 'access' ? 'cannot access' : 'cannot open directory';
    cmd.warn(`${verb} ${cmd.q(operand)}: ${FS_ERROR_TEXT[code]}`);
  } else {
    cmd.warn(`${operand}: ${FS_ERROR_TEXT[code]}`);
  }
}

export const ls = (flavour: Flavour): Program =>
  make('ls', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC, 2, 1);
    if (typeof p === 'number') return p;
    const o = options(cmd, p);
    if (typeof o === 'string') {
      cmd.warn(o);
      if (cmd.gnu) return 2;
      return 1;
    }
    const fs = cmd.ctx.fs;
    const operands = p.operands.length ? p.operands : ['.'];
    let status = 0;
    const seriousStatus = cmd.gnu ? 2 : 1;
    const files: Entry[] = [];
    const dirs: Entry[] = [];
    for (const operand of operands) {
      const path = cmd.abs(operand);
      let st = slashOnNonDir(fs, operand, path) ?? lstat(fs, path);
      if (st && !isFail(st) && st.type === 'symlink') {
        // command-line symlinks are followed unless listing them long or as themselves
        const follow = o.deref || (!o.lay.long && !o.dirOnly) || operand.endsWith('/');
        const target = statOrCode(fs, path);
        if (follow && target && !isFail(target) && (o.deref || target.type === 'dir')) st = { ...target };
      }
      if (st === null || isFail(st)) {
        errorText(cmd, 'access', operand, st ? st.code : 'ENOENT');
        status = seriousStatus;
        continue;
      }
      const e = entry(cmd, operand, path, st);
      if (st.type === 'dir' && !o.dirOnly) dirs.push(e);
      else files.push(e);
    }
    let printed = false;
    if (files.length) {
      cmd.out(formatEntries(sortEntries(files, o), o.lay, cmd.gnu ? [...files, ...dirs] : files));
      printed = true;
    }
    const showHeaders = operands.length > 1 || o.recursive;
    const sortedDirs = o.sort === 'none' ? dirs : sortEntries(dirs, { ...o, sort: 'name', reverse: o.reverse });
    for (const d of sortedDirs) {
      const r = listDir(cmd, o, d.name, d.path, showHeaders, printed, 0);
      printed = true;
      if (r !== 0) status = status || (r === 2 ? seriousStatus : 1);
    }
    return status;
  });

/** Lists one directory (and, with -R, those below it). Returns 0, 1 (a subdirectory failed) or 2. */
function listDir(cmd: Cmd, o: LsOptions, shown: string, path: string, header: boolean, after: boolean, depth: number, up: string[] = []): number {
  const fs = cmd.ctx.fs;
  const names = readdirOrCode(fs, path);
  if (header) cmd.out(`${after ? '\n' : ''}${shown}:\n`);
  if (isFail(names)) {
    errorText(cmd, 'open', shown, names.code);
    return depth === 0 ? 2 : 1;
  }
  const entries: Entry[] = [];
  if (o.all) {
    const self = statOrCode(fs, path);
    const parent = statOrCode(fs, cmd.abs(`${path}/..`));
    if (self && !isFail(self)) entries.push(entry(cmd, '.', path, self));
    if (parent && !isFail(parent)) entries.push(entry(cmd, '..', cmd.abs(`${path}/..`), parent));
  }
  for (const name of names) {
    if (name.startsWith('.') && !o.all && !o.almost) continue;
    const child = childPath(path, name);
    let st = lstat(fs, child);
    if (st && !isFail(st) && st.type === 'symlink' && o.deref) {
      const t = statOrCode(fs, child);
      if (t && !isFail(t)) st = { ...t };
    }
    if (!st || isFail(st)) continue;
    entries.push(entry(cmd, name, child, st));
  }
  const sorted = sortEntries(entries, o);
  if (o.lay.long || o.lay.blocks) cmd.out(totalLine(sorted, o.lay));
  cmd.out(formatEntries(sorted, o.lay));
  let status = 0;
  if (o.recursive) {
    if (depth >= MAX_DEPTH) return 1;
    const below = o.deref ? [...up, realPath(fs, path)] : up;
    for (const e of sorted) {
      if (e.st.type !== 'dir' || e.name === '.' || e.name === '..' || e.st.link !== undefined) continue;
      const sub = shown === '.' && cmd.gnu ? `./${e.name}` : childPath(shown, e.name);
      if (o.deref && below.includes(realPath(fs, e.path))) {
        // -L through a link back up: listed already
        if (cmd.gnu) {
          cmd.warn(`${sub}: not listing already-listed directory`);
          status = 2;
        }
        continue;
      }
      const r = listDir(cmd, o, sub, e.path, true, true, depth + 1, below);
      if (r) status = Math.max(status, r);
    }
  }
  return status;
}

