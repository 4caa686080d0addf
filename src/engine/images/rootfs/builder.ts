/**
 * A tiny writer for image root trees (plain data, see vfs/node.ts). Paths
 * are absolute; intermediate symlinks are followed the way the kernel would
 * (so writing /bin/ls on a merged-/usr image lands in /usr/bin/ls).
 */
import { dirNode, fileNode, type DirNode, type FsNode } from '../../../vfs/node.ts';
import { resolvePath, splitPath } from '../../../vfs/path.ts';

/** What an executable file holds in the simulation: a readable marker, not machine code. */
export function binaryMarker(name: string): string {
  return `ELF 64-bit LSB executable, x86-64 (simulated: ${name})\n`;
}

export function scriptMarker(name: string): string {
  return `#!/bin/sh\n# ${name} (simulated script)\n`;
}

export class TreeBuilder {
  readonly root: DirNode;

  constructor(readonly mtime: number) {
    this.root = dirNode(mtime, 0o755);
  }

  /** mkdir -p; returns the directory (following symlinks on the way). */
  dir(path: string, mode = 0o755): DirNode {
    let dir = this.root;
    let current = '/';
    const parts = splitPath(path);
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i];
      const next: FsNode | undefined = dir.c[name];
      if (next?.t === 'l') {
        const target = resolvePath(current, next.target);
        return this.dir([target, ...parts.slice(i + 1)].join('/'), mode);
      }
      if (!next || next.t !== 'd') {
        const created = dirNode(this.mtime, i === parts.length - 1 ? mode : 0o755);
        dir.c[name] = created;
        dir = created;
      } else {
        dir = next;
        if (i === parts.length - 1) dir.mode = mode;
      }
      current = resolvePath(current, name);
    }
    return dir;
  }

  private parentOf(path: string): { parent: DirNode; name: string } {
    const parts = splitPath(path);
    const name = parts.pop();
    if (!name) throw new Error(`not a file path: ${path}`);
    return { parent: this.dir('/' + parts.join('/'), this.modeOf('/' + parts.join('/'))), name };
  }

  private modeOf(path: string): number {
    let node: FsNode = this.root;
    for (const part of splitPath(path)) {
      if (node.t !== 'd') return 0o755;
      const next: FsNode | undefined = node.c[part];
      if (!next) return 0o755;
      node = next;
    }
    return node.t === 'd' ? node.mode : 0o755;
  }

  file(path: string, data: string, mode = 0o644): this {
    const { parent, name } = this.parentOf(path);
    parent.c[name] = fileNode(data, this.mtime, mode);
    return this;
  }

  link(path: string, target: string): this {
    const { parent, name } = this.parentOf(path);
    parent.c[name] = { t: 'l', target, mtime: this.mtime };
    return this;
  }

  /** Executables named `names` in `dir` (kept if something is already there). */
  bins(dir: string, names: Iterable<string>, marker: (name: string) => string = binaryMarker): this {
    const target = this.dir(dir, this.modeOf(dir));
    for (const name of names) {
      if (!target.c[name]) target.c[name] = fileNode(marker(name), this.mtime, 0o755);
    }
    return this;
  }

  /** Symlinks `dir/name -> target` for each name, as busybox --install -s would make them. */
  links(dir: string, names: Iterable<string>, target: string): this {
    const where = this.dir(dir, this.modeOf(dir));
    for (const name of names) {
      if (!where.c[name]) where.c[name] = { t: 'l', target, mtime: this.mtime };
    }
    return this;
  }

  /** The content of the file at `path`, or undefined (no symlink following). */
  read(path: string): string | undefined {
    let node: FsNode = this.root;
    for (const part of splitPath(path)) {
      if (node.t !== 'd') return undefined;
      const next: FsNode | undefined = node.c[part];
      if (!next) return undefined;
      node = next;
    }
    return node.t === 'f' ? node.data : undefined;
  }

  /** Appends a line to a text file (creating it). */
  appendLine(path: string, line: string): this {
    return this.file(path, (this.read(path) ?? '') + line + '\n');
  }

  /** Whether something exists at `path` (following symlinks). */
  exists(path: string): boolean {
    let node: FsNode = this.root;
    let current = '/';
    const parts = splitPath(path);
    for (let i = 0; i < parts.length; i++) {
      if (node.t !== 'd') return false;
      const next: FsNode | undefined = node.c[parts[i]];
      if (!next) return false;
      if (next.t === 'l') {
        const target = resolvePath(current, next.target);
        return this.exists([target, ...parts.slice(i + 1)].join('/'));
      }
      node = next;
      current = resolvePath(current, parts[i]);
    }
    return true;
  }
}
