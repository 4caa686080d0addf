/**
 * A tmpfs mount's tree. It behaves as any in-memory tree, except that a
 * directory's size is what the kernel's shmem reports: 20 bytes per entry
 * (BOGO_DIRENT_SIZE) counting `.` and `..`, so an empty directory is 40,
 * not the 4096 of a disk directory (`ls -ld`, `stat -c %s`).
 */
import { LayeredFs } from './layered-fs.ts';
import type { FileStat } from './types.ts';

const BOGO_DIRENT_SIZE = 20;

export class TmpfsFs extends LayeredFs {
  override stat(path: string): FileStat | null {
    const s = super.stat(path);
    if (s?.type !== 'dir') return s;
    return { ...s, size: BOGO_DIRENT_SIZE * (2 + this.readdir(path).length) };
  }
}
