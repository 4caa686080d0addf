/**
 * A container's view of files: its root file system plus mounts (volumes,
 * bind mounts, tmpfs) laid over it at their targets, as the kernel resolves
 * them: the longest mount target containing a path wins.
 */
import { dirname, isWithin, joinPath, relativeTo, resolvePath } from './path.ts';
import { type FileStat, type FileSystem, FsError } from './types.ts';

/** A directory (or single file) of another file system, seen as a root. */
export class SubtreeFs implements FileSystem {
  constructor(
    private readonly base: FileSystem,
    private readonly root: string,
  ) {}

  private map(path: string): string {
    const rel = resolvePath('/', path);
    return rel === '/' ? this.root : joinPath(this.root, rel);
  }

  stat(path: string) { return this.base.stat(this.map(path)); }
  readFile(path: string) { return this.base.readFile(this.map(path)); }
  writeFile(path: string, data: string, options?: { append?: boolean }) { this.base.writeFile(this.map(path), data, options); }
  readdir(path: string) { return this.base.readdir(this.map(path)); }
  mkdir(path: string, options?: { parents?: boolean }) { this.base.mkdir(this.map(path), options); }
  rm(path: string, options?: { recursive?: boolean }) { this.base.rm(this.map(path), options); }
  rename(from: string, to: string) { this.base.rename(this.map(from), this.map(to)); }
  symlink(target: string, path: string) { this.base.symlink(target, this.map(path)); }
  readlink(path: string) { return this.base.readlink(this.map(path)); }
  touch(path: string) { this.base.touch(this.map(path)); }
  chmod(path: string, mode: number) { this.base.chmod(this.map(path), mode); }
}

/** Refuses every change with EROFS: `:ro` binds and `readonly` mounts. */
export class ReadOnlyFs implements FileSystem {
  constructor(private readonly base: FileSystem) {}

  stat(path: string): FileStat | null {
    const s = this.base.stat(path);
    return s ? { ...s, readOnly: true } : null;
  }
  readFile(path: string) { return this.base.readFile(path); }
  readdir(path: string) { return this.base.readdir(path); }
  readlink(path: string) { return this.base.readlink(path); }
  writeFile(path: string): void { throw new FsError('EROFS', path); }
  mkdir(path: string, options?: { parents?: boolean }): void {
    if (options?.parents && this.base.stat(path)?.type === 'dir') return;
    throw new FsError(this.base.stat(path) ? 'EEXIST' : 'EROFS', path);
  }
  rm(path: string): void { throw new FsError(this.base.stat(path) ? 'EROFS' : 'ENOENT', path); }
  rename(from: string): void { throw new FsError('EROFS', from); }
  symlink(_target: string, path: string): void { throw new FsError('EROFS', path); }
  touch(path: string): void { throw new FsError('EROFS', path); }
  chmod(path: string): void { throw new FsError(this.base.stat(path) ? 'EROFS' : 'ENOENT', path); }
}

export interface MountedFs {
  /** absolute path inside the container */
  target: string;
  fs: FileSystem;
}

export class MountFs implements FileSystem {
  private readonly mounts: MountedFs[];

  constructor(
    private readonly root: FileSystem,
    mounts: MountedFs[],
  ) {
    // longest target first; a later mount on the same target hides an earlier one
    this.mounts = [...mounts].reverse().sort((a, b) => b.target.length - a.target.length);
  }

  private route(path: string): { fs: FileSystem; path: string; mount?: MountedFs } {
    const abs = resolvePath('/', path);
    for (const mount of this.mounts) {
      if (isWithin(abs, mount.target)) return { fs: mount.fs, path: relativeTo(abs, mount.target), mount };
    }
    return { fs: this.root, path: abs };
  }

  stat(path: string) { const r = this.route(path); return r.fs.stat(r.path); }
  readFile(path: string) { const r = this.route(path); return this.wrap(path, () => r.fs.readFile(r.path)); }
  writeFile(path: string, data: string, options?: { append?: boolean }) {
    const r = this.route(path);
    this.wrap(path, () => r.fs.writeFile(r.path, data, options));
  }
  readdir(path: string) { const r = this.route(path); return this.wrap(path, () => r.fs.readdir(r.path)); }
  mkdir(path: string, options?: { parents?: boolean }) {
    if (options?.parents) {
      // each component may live on a different mount
      let current = '';
      for (const part of resolvePath('/', path).split('/').filter(Boolean)) {
        current += '/' + part;
        const s = this.stat(current);
        if (!s) this.mkdir(current);
        else if (s.type !== 'dir') throw new FsError('ENOTDIR', current);
      }
      return;
    }
    const r = this.route(path);
    this.wrap(path, () => r.fs.mkdir(r.path));
  }
  rm(path: string, options?: { recursive?: boolean }) {
    const abs = resolvePath('/', path);
    if (this.mounts.some((m) => m.target === abs)) throw new FsError('EBUSY', path);
    const inside = this.mounts.filter((m) => isWithin(m.target, abs) && m.target !== abs);
    if (inside.length && options?.recursive) {
      // rm -r over a mount point empties what it can and stops at the mount
      for (const name of this.readdir(abs)) {
        const child = joinPath(abs, name);
        if (this.mounts.some((m) => m.target === child)) continue;
        this.rm(child, options);
      }
      throw new FsError('EBUSY', path);
    }
    const r = this.route(path);
    this.wrap(path, () => r.fs.rm(r.path, options));
  }
  rename(from: string, to: string) {
    const a = this.route(from);
    const b = this.route(to);
    if (a.fs === b.fs) {
      this.wrap(from, () => a.fs.rename(a.path, b.path));
      return;
    }
    // across mounts: copy then delete, as mv does on EXDEV
    if (!this.stat(from)) throw new FsError('ENOENT', from);
    copyAcross(this, resolvePath('/', from), this, resolvePath('/', to));
    this.rm(from, { recursive: true });
  }
  symlink(target: string, path: string) { const r = this.route(path); this.wrap(path, () => r.fs.symlink(target, r.path)); }
  readlink(path: string) { const r = this.route(path); return r.fs.readlink(r.path); }
  touch(path: string) { const r = this.route(path); this.wrap(path, () => r.fs.touch(r.path)); }
  chmod(path: string, mode: number) { const r = this.route(path); this.wrap(path, () => r.fs.chmod(r.path, mode)); }

  /** Errors name the path as the caller gave it, not the path inside the mount. */
  private wrap<T>(path: string, op: () => T): T {
    try {
      return op();
    } catch (e) {
      if (e instanceof FsError) throw new FsError(e.code, path);
      throw e;
    }
  }
}

/** Recursive copy between two file systems (cp -r, mv across mounts, volume population). */
export function copyAcross(src: FileSystem, from: string, dst: FileSystem, to: string): void {
  const s = src.stat(from);
  if (!s) throw new FsError('ENOENT', from);
  if (s.type === 'dir') {
    if (!dst.stat(to)) dst.mkdir(to);
    for (const name of src.readdir(from)) copyAcross(src, joinPath(from, name), dst, joinPath(to, name));
    return;
  }
  if (s.type === 'symlink') {
    dst.symlink(src.readlink(from) ?? '', to);
    return;
  }
  if (!dst.stat(dirname(to))) dst.mkdir(dirname(to), { parents: true });
  dst.writeFile(to, src.readFile(from));
}
