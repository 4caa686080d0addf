/** POSIX path arithmetic on plain strings ("/a/b"), as bash and coreutils see it. */

/** Resolves `path` against `cwd` and removes ".", ".." and repeated slashes. */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** The components of an absolute normalised path: "/a/b" -> ["a", "b"], "/" -> []. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

export function dirname(path: string): string {
  const parts = splitPath(path);
  parts.pop();
  return '/' + parts.join('/');
}

export function basename(path: string): string {
  const parts = splitPath(path);
  return parts.length ? parts[parts.length - 1] : '/';
}

export function joinPath(...parts: string[]): string {
  return resolvePath('/', parts.join('/'));
}

/** True when `path` is `prefix` or lies below it. */
export function isWithin(path: string, prefix: string): boolean {
  if (prefix === '/') return true;
  return path === prefix || path.startsWith(prefix + '/');
}

/** The part of `path` below `prefix` ("/" when equal); assumes isWithin. */
export function relativeTo(path: string, prefix: string): string {
  if (prefix === '/') return path;
  const rest = path.slice(prefix.length);
  return rest === '' ? '/' : rest;
}
