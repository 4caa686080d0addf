/**
 * The daemon's ContainerChanges (`docker diff`): what the container's
 * writable layer changed against its image, as overlayfs records it in the
 * upper directory. A: added, C: changed, D: deleted (a whiteout). Mount
 * points the engine created in the layer count as added, as in Docker;
 * what is written under a volume, bind or tmpfs mount is not in the layer.
 * Docker prints parents before their children but in no fixed order
 * otherwise (recorded: test/transcripts/storage/diff.txt); this sorts by name.
 */
import type { DirNode, FsNode } from '../../vfs/node.ts';

export type ChangeKind = 'A' | 'C' | 'D';

export interface Change {
  kind: ChangeKind;
  path: string;
}

function own(dir: DirNode | undefined, name: string): FsNode | undefined {
  return dir && Object.hasOwn(dir.c, name) ? dir.c[name] : undefined;
}

function walk(upper: DirNode, lower: DirNode | undefined, prefix: string, out: Change[]): void {
  for (const name of Object.keys(upper.c).sort()) {
    const path = `${prefix}/${name}`;
    const u = upper.c[name];
    const l = own(lower, name);
    const below = l && l.t !== 'w' ? l : undefined;
    if (u.t === 'w') {
      if (below) out.push({ kind: 'D', path });
      continue;
    }
    out.push({ kind: below ? 'C' : 'A', path });
    if (u.t === 'd') {
      const lowerDir = below?.t === 'd' && !u.o ? below : undefined;
      walk(u, lowerDir, path, out);
      // an opaque directory (deleted, then made again) hides all it had below
      if (u.o && below?.t === 'd') {
        for (const gone of Object.keys(below.c).sort()) {
          if (!Object.hasOwn(u.c, gone) && below.c[gone].t !== 'w') out.push({ kind: 'D', path: `${path}/${gone}` });
        }
      }
    }
  }
}

/** The changes of a writable layer over an image's root file system. */
export function layerChanges(layer: DirNode, rootfs: DirNode): Change[] {
  const out: Change[] = [];
  walk(layer, rootfs, '', out);
  return out;
}
