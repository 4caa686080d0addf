/** Shell wildcards (fnmatch) for find -name, grep --include and the like. */

/** A RegExp matching the whole string against a glob: * ? [...] [!...] and backslash escapes. */
export function globToRegExp(glob: string, ignoreCase = false): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') src += '[^]*';
    else if (ch === '?') src += '[^]';
    else if (ch === '\\' && i + 1 < glob.length) src += escape(glob[++i]);
    else if (ch === '[') {
      const end = glob.indexOf(']', i + (glob[i + 1] === '!' || glob[i + 1] === '^' ? 3 : 2));
      if (end < 0) {
        src += '\\[';
        continue;
      }
      let body = glob.slice(i + 1, end);
      let neg = '';
      if (body[0] === '!' || body[0] === '^') {
        neg = '^';
        body = body.slice(1);
      }
      body = body.replace(/\[:(\w+):\]/g, (_, name: string) => CLASS[name] ?? '');
      src += `[${neg}${body.replace(/[\\\]^]/g, (c) => (c === ']' ? '\\]' : `\\${c}`))}]`;
      i = end;
    } else src += escape(ch);
  }
  return new RegExp(`^${src}$`, ignoreCase ? 'i' : '');
}

const CLASS: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v', xdigit: '0-9A-Fa-f',
};

function escape(ch: string): string {
  return /[\\^$.|?*+()[\]{}/]/.test(ch) ? `\\${ch}` : ch;
}

/** True when the name matches the glob; a malformed glob matches nothing rather than throwing. */
export function globMatch(glob: string, name: string, ignoreCase = false): boolean {
  try {
    return globToRegExp(glob, ignoreCase).test(name);
  } catch {
    return false;
  }
}
