/**
 * File system trees as plain JSON data, so a whole host or container layer can
 * be snapshotted, saved and restored. Short keys keep snapshots small.
 */

export interface FileNode {
  t: 'f';
  data: string;
  mode: number;
  mtime: number;
}

export interface DirNode {
  t: 'd';
  c: Record<string, FsNode>;
  mode: number;
  mtime: number;
  /** overlay: an opaque directory hides the lower layer's entries */
  o?: true;
}

export interface LinkNode {
  t: 'l';
  target: string;
  mtime: number;
}

/** overlay: marks a lower-layer entry as deleted in the upper layer */
export interface WhiteoutNode {
  t: 'w';
}

export type FsNode = FileNode | DirNode | LinkNode | WhiteoutNode;

export function dirNode(mtime = 0, mode = 0o755, children: Record<string, FsNode> = {}): DirNode {
  return { t: 'd', c: children, mode, mtime };
}

export function fileNode(data: string, mtime = 0, mode = 0o644): FileNode {
  return { t: 'f', data, mode, mtime };
}

/** Deep copy of a tree (copy-up, volume population from an image). */
export function cloneNode<T extends FsNode>(node: T): T {
  return structuredCloneNode(node) as T;
}

function structuredCloneNode(node: FsNode): FsNode {
  if (node.t !== 'd') return { ...node };
  const c: Record<string, FsNode> = {};
  for (const [k, v] of Object.entries(node.c)) c[k] = structuredCloneNode(v);
  const copy: DirNode = { t: 'd', c, mode: node.mode, mtime: node.mtime };
  if (node.o) copy.o = true;
  return copy;
}

/** Total bytes of file data under a node (volume sizes, `du`). */
export function treeSize(node: FsNode): number {
  if (node.t === 'f') return node.data.length;
  if (node.t !== 'd') return 0;
  let n = 0;
  for (const child of Object.values(node.c)) n += treeSize(child);
  return n;
}

/** Builds a tree from a flat description: { "/etc/hostname": "web\n", "/data/": null }. */
export function treeFromPaths(files: Record<string, string | null>, mtime = 0): DirNode {
  const root = dirNode(mtime);
  for (const [path, data] of Object.entries(files)) {
    const parts = path.split('/').filter(Boolean);
    const isDir = data === null || path.endsWith('/');
    let dir = root;
    parts.forEach((name, i) => {
      const last = i === parts.length - 1;
      if (last && !isDir) {
        dir.c[name] = fileNode(data ?? '', mtime, name.endsWith('.sh') ? 0o755 : 0o644);
        return;
      }
      let next = dir.c[name];
      if (!next || next.t !== 'd') {
        next = dirNode(mtime);
        dir.c[name] = next;
      }
      dir = next;
    });
  }
  return root;
}
