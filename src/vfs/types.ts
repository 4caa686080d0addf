/**
 * The file system contract shared by the engine (volumes, container layers),
 * the shell (redirections, cd) and the programs. A leaf module: imports nothing.
 */

/** Error codes a file system reports; programs turn them into the real messages. */
export type FsErrorCode =
  | 'ENOENT' // No such file or directory
  | 'EEXIST' // File exists
  | 'ENOTDIR' // Not a directory
  | 'EISDIR' // Is a directory
  | 'ENOTEMPTY' // Directory not empty
  | 'EROFS' // Read-only file system
  | 'EACCES' // Permission denied
  | 'EBUSY' // Resource busy (removing a mount point)
  | 'EINVAL'; // Invalid argument

export const FS_ERROR_TEXT: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EEXIST: 'File exists',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
  EACCES: 'Permission denied',
  EBUSY: 'Resource busy',
  EINVAL: 'Invalid argument',
};

/** Thrown by FileSystem methods; programs catch it and print `prog: path: text`. */
export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${path}: ${FS_ERROR_TEXT[code]}`);
    this.name = 'FsError';
  }
}

export type FileType = 'file' | 'dir' | 'symlink';

export interface FileStat {
  type: FileType;
  /** bytes for files (UTF-16 length is fine: content is text), 4096 for directories */
  size: number;
  /** permission bits, e.g. 0o755 */
  mode: number;
  /** modification time, ms since the epoch of the lab clock */
  mtime: number;
  /** true when the path lives on a read-only mount */
  readOnly: boolean;
}

/**
 * A POSIX-like file system over absolute, normalised paths ("/a/b").
 * Every method throws FsError for a user-level failure and nothing else.
 */
export interface FileSystem {
  /** stat following symlinks; null when nothing is there */
  stat(path: string): FileStat | null;
  readFile(path: string): string;
  /** creates the file if missing (parent must exist); append adds to the end */
  writeFile(path: string, data: string, options?: { append?: boolean }): void;
  /** entry names, sorted by code point */
  readdir(path: string): string[];
  mkdir(path: string, options?: { parents?: boolean }): void;
  /** removes a file, or an empty directory; recursive removes a whole tree */
  rm(path: string, options?: { recursive?: boolean }): void;
  /** moves a file or directory (same file system only) */
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  /** the target of a symlink, or null */
  readlink(path: string): string | null;
  /** sets mtime to now, creating an empty file when missing */
  touch(path: string): void;
  /** sets the permission bits (chmod) */
  chmod(path: string, mode: number): void;
}
