/**
 * A FileSystem over plain-data trees. With only an upper tree it is an ordinary
 * file system (the host, a tmpfs); with a lower tree too it is overlayfs as
 * Docker uses it: the image's layers below, read-only, and the container's
 * writable layer above, where writes are copied up and deletions are whiteouts.
 */
import { type DirNode, type FsNode, cloneNode, dirNode, fileNode } from './node.ts';
import { basename, dirname, resolvePath, splitPath } from './path.ts';
import { type FileStat, type FileSystem, FsError } from './types.ts';

const MAX_LINK_HOPS = 40;

/** A directory entry by name; names like "constructor" or "__proto__" are entries too, never Object's members. */
function entry(dir: DirNode, name: string): FsNode | undefined {
  return Object.hasOwn(dir.c, name) ? dir.c[name] : undefined;
}

function setEntry(dir: DirNode, name: string, node: FsNode): void {
  Object.defineProperty(dir.c, name, { value: node, enumerable: true, writable: true, configurable: true });
}

/** Where a path lands in each layer. */
interface Found {
  path: string; // the resolved path (symlinks followed in directories)
  upper?: FsNode;
  lower?: FsNode;
}

export class LayeredFs implements FileSystem {
  constructor(
    private readonly upper: DirNode,
    private readonly lower: DirNode | undefined,
    private readonly now: () => number,
  ) {}

  stat(path: string): FileStat | null {
    const node = this.merged(this.find(path, true));
    if (!node) return null;
    return statOf(node);
  }

  readFile(path: string): string {
    const node = this.merged(this.find(path, true));
    if (!node) throw new FsError('ENOENT', path);
    if (node.t === 'd') throw new FsError('EISDIR', path);
    if (node.t !== 'f') throw new FsError('ENOENT', path);
    return node.data;
  }

  writeFile(path: string, data: string, options?: { append?: boolean }): void {
    const found = this.find(path, true);
    const existing = this.merged(found);
    if (existing?.t === 'd') throw new FsError('EISDIR', path);
    const parent = this.upperDir(dirname(found.path), path);
    const old = existing?.t === 'f' ? existing : undefined;
    const content = options?.append && old ? old.data + data : data;
    setEntry(parent, basename(found.path), fileNode(content, this.now(), old?.mode ?? 0o644));
    parent.mtime = this.now();
  }

  readdir(path: string): string[] {
    const found = this.find(path, true);
    const node = this.merged(found);
    if (!node) throw new FsError('ENOENT', path);
    if (node.t !== 'd') throw new FsError('ENOTDIR', path);
    return Object.keys(this.mergedChildren(found.upper, found.lower)).sort();
  }

  mkdir(path: string, options?: { parents?: boolean }): void {
    const abs = resolvePath('/', path);
    if (options?.parents) {
      let current = '';
      for (const part of splitPath(abs)) {
        current += '/' + part;
        const node = this.merged(this.find(current, true));
        if (!node) this.mkdir(current);
        else if (node.t !== 'd') throw new FsError('ENOTDIR', current);
      }
      return;
    }
    const found = this.find(abs, false);
    if (this.merged(found)) throw new FsError('EEXIST', path);
    const parent = this.upperDir(dirname(found.path), path);
    const dir = dirNode(this.now());
    // a whiteout was here: the new directory must not show the old lower entries
    if (found.upper?.t === 'w' || found.lower) dir.o = true;
    setEntry(parent, basename(found.path), dir);
    parent.mtime = this.now();
  }

  rm(path: string, options?: { recursive?: boolean }): void {
    const found = this.find(path, false);
    const node = this.merged(found);
    if (!node) throw new FsError('ENOENT', path);
    if (found.path === '/') throw new FsError('EBUSY', path);
    if (node.t === 'd' && !options?.recursive) {
      if (Object.keys(this.mergedChildren(found.upper, found.lower)).length) throw new FsError('ENOTEMPTY', path);
    }
    const parent = this.upperDir(dirname(found.path), path);
    const name = basename(found.path);
    if (found.lower && found.lower.t !== 'w') setEntry(parent, name, { t: 'w' });
    else delete parent.c[name];
    parent.mtime = this.now();
  }

  rename(from: string, to: string): void {
    const src = this.find(from, false);
    const node = this.merged(src);
    if (!node) throw new FsError('ENOENT', from);
    const tree = this.materialize(src.upper, src.lower);
    const dst = this.find(to, false);
    const target = this.merged(dst);
    if (target?.t === 'd' && tree.t !== 'd') throw new FsError('EISDIR', to);
    if (target && target.t !== 'd' && tree.t === 'd') throw new FsError('ENOTDIR', to);
    if (target) this.rm(to, { recursive: true });
    const parent = this.upperDir(dirname(dst.path), to);
    setEntry(parent, basename(dst.path), tree);
    this.rm(from, { recursive: true });
  }

  symlink(target: string, path: string): void {
    const found = this.find(path, false);
    if (this.merged(found)) throw new FsError('EEXIST', path);
    const parent = this.upperDir(dirname(found.path), path);
    setEntry(parent, basename(found.path), { t: 'l', target, mtime: this.now() });
  }

  readlink(path: string): string | null {
    const node = this.merged(this.find(path, false));
    return node?.t === 'l' ? node.target : null;
  }

  touch(path: string): void {
    const found = this.find(path, true);
    const node = this.merged(found);
    if (!node) {
      this.writeFile(path, '');
      return;
    }
    if (found.upper && found.upper.t !== 'w') {
      (found.upper as { mtime: number }).mtime = this.now();
    } else if (node.t === 'f') {
      this.writeFile(path, node.data);
    }
  }

  chmod(path: string, mode: number): void {
    const found = this.find(path, true);
    const node = this.merged(found);
    if (!node) throw new FsError('ENOENT', path);
    if (node.t === 'l' || node.t === 'w') return;
    if (!found.upper || found.upper.t === 'w') {
      // copy up before changing the mode, as overlayfs does
      if (node.t === 'f') this.writeFile(path, node.data);
      else if (node.t === 'd') {
        const parent = this.upperDir(dirname(found.path), path);
        const dir = dirNode(node.mtime, node.mode);
        setEntry(parent, basename(found.path), dir);
      }
    }
    const upper = this.find(path, true).upper;
    if (upper && upper.t !== 'w' && upper.t !== 'l') upper.mode = mode & 0o7777;
  }

  /** The node a path names, merged across layers, as a standalone copy. */
  exportTree(path: string): FsNode | null {
    const found = this.find(path, true);
    if (!this.merged(found)) return null;
    return this.materialize(found.upper, found.lower);
  }

  // --- resolution -----------------------------------------------------------

  private merged(found: Found): FsNode | undefined {
    if (found.upper) return found.upper.t === 'w' ? undefined : found.upper;
    return found.lower;
  }

  /** Walks a path through both layers, following symlinks in directories (and at the end if asked). */
  private find(path: string, followLast: boolean, hops = 0): Found {
    const parts = splitPath(resolvePath('/', path));
    let upper: FsNode | undefined = this.upper;
    let lower: FsNode | undefined = this.lower;
    let current = '/';
    for (let i = 0; i < parts.length; i++) {
      const here = this.merged({ path: current, upper, lower });
      if (!here) return { path: resolvePath(current, parts.slice(i).join('/')) };
      if (here.t !== 'd') throw new FsError('ENOTDIR', path);
      const name = parts[i];
      const opaque = upper?.t === 'd' && upper.o;
      const nextUpper: FsNode | undefined = upper?.t === 'd' ? entry(upper, name) : undefined;
      const nextLower: FsNode | undefined =
        !opaque && nextUpper?.t !== 'w' && lower?.t === 'd' && (!upper || upper.t === 'd') ? entry(lower, name) : undefined;
      const next = nextUpper && nextUpper.t !== 'w' ? nextUpper : nextLower;
      const last = i === parts.length - 1;
      if (next?.t === 'l' && (!last || followLast)) {
        if (hops >= MAX_LINK_HOPS) throw new FsError('EINVAL', path);
        const rest = parts.slice(i + 1).join('/');
        const target = resolvePath(current, next.target);
        return this.find(rest ? `${target}/${rest}` : target, followLast, hops + 1);
      }
      upper = nextUpper;
      lower = nextLower;
      current = resolvePath(current, name);
    }
    return { path: current, upper, lower };
  }

  private mergedChildren(upper: FsNode | undefined, lower: FsNode | undefined): Record<string, FsNode> {
    const out: Record<string, FsNode> = Object.create(null);
    const useLower = lower?.t === 'd' && !(upper?.t === 'd' && upper.o) && (!upper || upper.t === 'd');
    if (useLower) Object.assign(out, (lower as DirNode).c);
    if (upper?.t === 'd') {
      for (const [name, node] of Object.entries(upper.c)) {
        if (node.t === 'w') delete out[name];
        else out[name] = node;
      }
    }
    return out;
  }

  /** A standalone copy of the merged view of a node. */
  private materialize(upper: FsNode | undefined, lower: FsNode | undefined): FsNode {
    const node = upper && upper.t !== 'w' ? upper : lower;
    if (!node) throw new FsError('ENOENT', '');
    if (node.t !== 'd') return cloneNode(node);
    const out = dirNode(node.mtime, node.mode);
    const lowerDir = lower?.t === 'd' && !(upper?.t === 'd' && upper.o) ? lower : undefined;
    for (const name of Object.keys(this.mergedChildren(upper, lower))) {
      const u = upper?.t === 'd' ? entry(upper, name) : undefined;
      const l = u?.t === 'w' || !lowerDir ? undefined : entry(lowerDir, name);
      setEntry(out, name, this.materialize(u, l));
    }
    return out;
  }

  /** The upper-layer directory at a resolved path, copying up its chain from the lower layer. */
  private upperDir(dirPath: string, forPath: string): DirNode {
    let upper: DirNode = this.upper;
    let lower: FsNode | undefined = this.lower;
    for (const name of splitPath(dirPath)) {
      const lowerChild: FsNode | undefined = !upper.o && lower?.t === 'd' ? entry(lower, name) : undefined;
      let child: FsNode | undefined = entry(upper, name);
      if (child?.t === 'w') child = undefined;
      if (!child) {
        if (lowerChild?.t !== 'd') throw new FsError(lowerChild ? 'ENOTDIR' : 'ENOENT', forPath);
        child = dirNode(lowerChild.mtime, lowerChild.mode);
        setEntry(upper, name, child);
      }
      if (child.t !== 'd') throw new FsError('ENOTDIR', forPath);
      lower = child.o ? undefined : lowerChild;
      upper = child;
    }
    return upper;
  }
}

export function statOf(node: FsNode, readOnly = false): FileStat {
  switch (node.t) {
    case 'f':
      return { type: 'file', size: new TextEncoder().encode(node.data).length, mode: node.mode, mtime: node.mtime, readOnly };
    case 'd':
      return { type: 'dir', size: 4096, mode: node.mode, mtime: node.mtime, readOnly };
    case 'l':
      return { type: 'symlink', size: node.target.length, mode: 0o777, mtime: node.mtime, readOnly };
    default:
      throw new Error('whiteout has no stat');
  }
}
