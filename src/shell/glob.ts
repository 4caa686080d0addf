/**
 * Pathname expansion (`*`, `?`, `[...]`) against the FileSystem, and pattern
 * matching for `case` and `${var#pattern}`. Patterns are strings in which a
 * backslash makes the next character literal (quoted text is escaped so).
 */
import { resolvePath } from '../vfs/path.ts';
import type { FileSystem } from '../vfs/types.ts';

/** Escapes glob characters so the text matches only itself. */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

/** Removes the escaping backslashes of a pattern. */
export function unescapeGlob(pat: string): string {
  return pat.replace(/\\(.)/gs, '$1');
}

/** True when the pattern has an unescaped `*`, `?` or a complete `[...]`. */
export function hasGlob(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && bracketEnd(pat, i) > 0) return true;
  }
  return false;
}

/** Index of the `]` closing a bracket expression opened at `start`, or -1. */
function bracketEnd(pat: string, start: number): number {
  let i = start + 1;
  if (pat[i] === '!' || pat[i] === '^') i++;
  if (pat[i] === ']') i++;
  for (; i < pat.length; i++) {
    if (pat[i] === '\\') i++;
    else if (pat[i] === ']') return i;
  }
  return -1;
}

const cache = new Map<string, RegExp>();

/** The pattern as an anchored regular expression. */
export function patternRegExp(pat: string): RegExp {
  const hit = cache.get(pat);
  if (hit) return hit;
  let re = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\' && i + 1 < pat.length) re += escapeRe(pat[++i]);
    else if (c === '*') re += '[^]*';
    else if (c === '?') re += '[^]';
    else if (c === '[' && bracketEnd(pat, i) > 0) {
      const end = bracketEnd(pat, i);
      let body = pat.slice(i + 1, end);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      let cls = '';
      for (let k = 0; k < body.length; k++) {
        let ch = body[k];
        if (ch === '\\' && k + 1 < body.length) ch = body[++k];
        if (body[k + 1] === '-' && k + 2 < body.length) {
          cls += `${escapeClassChar(ch)}-${escapeClassChar(body[k + 2])}`;
          k += 2;
        } else cls += escapeClassChar(ch);
      }
      re += `[${negate ? '^' : ''}${cls}]`;
      i = end;
    } else re += escapeRe(c);
  }
  let compiled: RegExp;
  try {
    compiled = new RegExp(`^${re}$`, 'u');
  } catch {
    compiled = new RegExp(`^${escapeRe(unescapeGlob(pat))}$`, 'u');
  }
  if (cache.size > 500) cache.clear();
  cache.set(pat, compiled);
  return compiled;
}

/** Escapes for use outside a class: in unicode mode `\-` is only valid inside one. */
function escapeRe(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeClassChar(c: string): string {
  return c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

export function matchPattern(pat: string, text: string): boolean {
  return patternRegExp(pat).test(text);
}

/** Paths matching a pattern, sorted; empty when nothing matches (the caller keeps the word). */
export function glob(pat: string, fs: FileSystem, cwd: string): string[] {
  const absolute = pat.startsWith('/');
  const trailingSlash = pat.endsWith('/');
  const components = pat.split('/').filter((c) => c !== '');
  let candidates = [absolute ? '/' : ''];
  for (const comp of components) {
    const next: string[] = [];
    if (!hasGlob(comp)) {
      const name = unescapeGlob(comp);
      for (const c of candidates) next.push(join(c, name));
    } else {
      const re = patternRegExp(comp);
      const dotOk = comp.startsWith('.') || comp.startsWith('\\.');
      for (const c of candidates) {
        const dir = resolvePath(cwd, c === '' ? '.' : c);
        let names: string[];
        try {
          if (fs.stat(dir)?.type !== 'dir') continue;
          names = fs.readdir(dir);
        } catch {
          continue;
        }
        for (const n of names) if ((dotOk || !n.startsWith('.')) && re.test(n)) next.push(join(c, n));
      }
    }
    candidates = next;
    if (!candidates.length) return [];
  }
  const out = candidates.filter((c) => {
    try {
      const st = fs.stat(resolvePath(cwd, c));
      return st !== null && (!trailingSlash || st.type === 'dir');
    } catch {
      return false;
    }
  });
  return out.map((c) => (trailingSlash ? c + '/' : c)).sort(compareCodePoints);
}

function join(base: string, name: string): string {
  if (base === '') return name;
  return base === '/' ? '/' + name : `${base}/${name}`;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
