/**
 * Small additions over the FileSystem contract: lstat (the contract's stat
 * follows symlinks), safe lookups that report FsError codes instead of
 * throwing, and a guarded tree walk.
 */
import { dirname } from '../../vfs/path.ts';
import { FS_ERROR_TEXT, type FileStat, type FileSystem, type FsErrorCode, FsError } from '../../vfs/types.ts';

export interface LStat extends FileStat {
  /** the symlink's target, when the path is a symlink */
  link?: string;
}

/** strerror() as glibc and musl word it (EBUSY reads "Device or resource busy"). */
export function errText(code: FsErrorCode): string {
  if (code === 'EBUSY') return 'Device or resource busy';
  return FS_ERROR_TEXT[code] ?? code;
}

/** A failed fs call: the FsError's code. */
export class Fail {
  constructor(readonly code: FsErrorCode) {}

  get text(): string {
    return errText(this.code);
  }
}

/** Runs an fs call; an FsError comes back as a Fail. */
export function attempt<T>(op: () => T): T | Fail {
  try {
    return op();
  } catch (e) {
    if (e instanceof FsError) return new Fail(e.code);
    throw e;
  }
}

export function isFail(v: unknown): v is Fail {
  return v instanceof Fail;
}

/** stat following symlinks; null when missing, a Fail when the path cannot be walked. */
export function statOrCode(fs: FileSystem, path: string): FileStat | null | Fail {
  return attempt(() => fs.stat(path));
}

/**
 * stat without following a final symlink. A symlink reports its target's
 * length as size; its mtime is the target's (or the parent's when dangling),
 * as the contract does not expose the link's own.
 */
export function lstat(fs: FileSystem, path: string): LStat | null | Fail {
  const link = attempt(() => fs.readlink(path));
  if (isFail(link)) return link;
  if (link === null) {
    const st = attempt(() => fs.stat(path));
    return st === null || isFail(st) ? st : { ...st };
  }
  const target = attempt(() => fs.stat(path));
  const parent = attempt(() => fs.stat(dirname(path)));
  const mtime = target && !isFail(target) ? target.mtime : parent && !isFail(parent) ? parent.mtime : 0;
  const readOnly = parent && !isFail(parent) ? parent.readOnly : false;
  return { type: 'symlink', size: link.length, mode: 0o777, mtime, readOnly, link };
}

/** Entries of a directory, or a Fail. */
export function readdirOrCode(fs: FileSystem, path: string): string[] | Fail {
  return attempt(() => fs.readdir(path));
}

/**
 * `file/` names a directory: on anything else the kernel says ENOTDIR. The
 * FileSystem normalises the slash away, so programs check it here.
 */
export function slashOnNonDir(fs: FileSystem, operand: string, abs: string): Fail | undefined {
  if (!operand.endsWith('/')) return undefined;
  const st = attempt(() => fs.stat(abs));
  if (st && !isFail(st) && st.type !== 'dir') return new Fail('ENOTDIR');
  return undefined;
}

/** path joined with a child name, without doubling slashes */
export function childPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Deepest tree walk the programs do; deeper trees are treated as a loop. */
export const MAX_DEPTH = 256;

/**
 * Reads an input operand: `-` is standard input (read once: later `-` get
 * nothing), anything else a file. Directories fail with EISDIR.
 */
export function readInput(
  fs: FileSystem,
  abs: (p: string) => string,
  operand: string,
  stdin: { text: string },
): string | Fail {
  if (operand === '-') {
    const t = stdin.text;
    stdin.text = '';
    return t;
  }
  const bad = slashOnNonDir(fs, operand, abs(operand));
  if (bad) return bad;
  return attempt(() => fs.readFile(abs(operand)));
}

/** Link count as ls and stat show it: 2 + subdirectories for a directory, 1 otherwise. */
export function linkCount(fs: FileSystem, path: string, st: Pick<FileStat, 'type'>): number {
  if (st.type !== 'dir') return 1;
  const names = readdirOrCode(fs, path);
  if (isFail(names)) return 2;
  let n = 2;
  for (const name of names) {
    const s = lstat(fs, childPath(path, name));
    if (s && !isFail(s) && s.type === 'dir') n++;
  }
  return n;
}

/** A stable made-up inode number for a path. */
export function inodeOf(path: string): number {
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 16777619);
  return 100000 + ((h >>> 0) % 9000000);
}

/** The path with every symlink resolved (loops give up after 40 links), to notice directory loops. */
export function realPath(fs: FileSystem, abs: string): string {
  let rest = abs.split('/').filter(Boolean);
  let resolved = '/';
  for (let hops = 0; rest.length; ) {
    const name = rest.shift() as string;
    if (name === '.') continue;
    if (name === '..') {
      resolved = dirname(resolved);
      continue;
    }
    const candidate = childPath(resolved, name);
    const link = attempt(() => fs.readlink(candidate));
    if (typeof link !== 'string') {
      resolved = candidate;
      continue;
    }
    if (++hops > 40) return candidate;
    rest = [...link.split('/').filter(Boolean), ...rest];
    if (link.startsWith('/')) resolved = '/';
  }
  return resolved;
}
