/**
 * grep (GNU grep 3.8 / busybox): BRE, ERE (-E) and fixed strings (-F)
 * through regex.ts; -i -v -c -n -o -w -x -q -s -l -L -h -H -m -A -B -C -r -R,
 * colour never. Status 0 when a line is selected, 1 when none, 2 on error.
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { MAX_DEPTH, childPath, isFail, lstat, readInput, readdirOrCode, realPath, statOrCode } from '../util/fsx.ts';
import { type OptSpec, type Parsed, all, getopt, has, last } from '../util/getopt.ts';
import { globMatch } from '../util/glob.ts';
import { RegexError, compile } from './regex.ts';

const L = (key: string, arg?: 'required' | 'optional') => ({ key, arg });
const GNU_SPEC: OptSpec = {
  short: '0123456789A:B:C:D:EFGHILPRTUVZabcd:e:f:hilm:noqrsuvwxyz',
  long: {
    'after-context': L('A', 'required'), 'before-context': L('B', 'required'), context: L('C', 'required'),
    regexp: L('e', 'required'), file: L('f', 'required'), 'ignore-case': L('i'), 'no-ignore-case': L('noi'),
    'word-regexp': L('w'), 'line-regexp': L('x'), count: L('c'), color: L('color', 'optional'), colour: L('color', 'optional'),
    'files-with-matches': L('l'), 'files-without-match': L('L'), 'max-count': L('m', 'required'), 'only-matching': L('o'),
    quiet: L('q'), silent: L('q'), 'no-messages': L('s'), 'invert-match': L('v'), 'with-filename': L('H'),
    'no-filename': L('h'), label: L('label', 'required'), 'line-number': L('n'), 'byte-offset': L('b'),
    recursive: L('r'), 'dereference-recursive': L('R'), include: L('include', 'required'), exclude: L('exclude', 'required'),
    'exclude-dir': L('exclude-dir', 'required'), 'extended-regexp': L('E'), 'fixed-strings': L('F'), 'basic-regexp': L('G'),
    'perl-regexp': L('P'), null: L('Z'), 'null-data': L('z'), text: L('a'), 'binary-files': L('binary-files', 'required'),
    'initial-tab': L('T'), 'line-buffered': L('lb'), help: L('help'), version: L('version'),
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'HhnlLoqvsrRiwFEzxcm:A:B:C:e:f:', long: { color: L('color', 'optional') } };
const GNU_USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...\n';

interface Search {
  re: RegExp;
  invert: boolean;
  o: Parsed;
  withName: boolean;
  before: number;
  after: number;
  maxCount: number;
  /** a context group was printed: the next one starts with -- */
  printedAny: boolean;
  selected: boolean;
  /** busybox -L succeeds when it lists a file */
  listed: boolean;
  error: boolean;
}

function usageError(cmd: Cmd, message?: string): number {
  if (message) cmd.warn(message);
  if (cmd.gnu) cmd.err(`${GNU_USAGE}Try '${cmd.name} --help' for more information.\n`);
  else cmd.usage();
  return 2;
}

function number(v: string | undefined, fallback: number): number | undefined {
  if (v === undefined) return fallback;
  return /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Searches one text; returns true when grep -q may stop. */
function searchText(cmd: Cmd, s: Search, text: string, name: string): boolean {
  const o = s.o;
  const nul = has(o, 'z');
  const eol = nul ? '\0' : '\n';
  const lines = text.split(eol);
  if (lines[lines.length - 1] === '') lines.pop();
  const test = (line: string) => {
    s.re.lastIndex = 0;
    return s.re.test(line) !== s.invert;
  };
  const binary = cmd.gnu && !nul && !has(o, 'a') && text.includes('\0');
  const quiet = has(o, 'q');
  const listing = has(o, 'l') || has(o, 'L');
  const counting = has(o, 'c');
  const only = has(o, 'o');
  const prefix = (i: number, sep: string, offset?: number) =>
    (s.withName ? name + sep : '') + (has(o, 'n') ? `${i + 1}${sep}` : '') + (has(o, 'b') ? `${offset ?? 0}${sep}` : '');
  let count = 0;
  let lastPrinted = -1;
  let afterLeft = 0;
  const offsets: number[] = [];
  let off = 0;
  for (const line of lines) {
    offsets.push(off);
    off += new TextEncoder().encode(line).length + 1;
  }
  const printLine = (i: number, sep: string) => {
    if (lastPrinted >= 0 ? i > lastPrinted + 1 : s.printedAny) {
      if (s.before || s.after) cmd.out('--\n');
    }
    cmd.out(prefix(i, sep, offsets[i]) + lines[i] + eol);
    lastPrinted = i;
    s.printedAny = true;
  };
  for (let i = 0; i < lines.length; i++) {
    if (count >= s.maxCount) {
      if (afterLeft > 0 && !counting && !listing && !quiet && !only && !binary) {
        printLine(i, '-');
        afterLeft--;
        continue;
      }
      break;
    }
    if (!test(lines[i])) {
      if (afterLeft > 0 && !counting && !listing && !quiet && !only && !binary) {
        printLine(i, '-');
        afterLeft--;
      }
      continue;
    }
    count++;
    s.selected = true;
    if (quiet) return true;
    if (listing || counting || binary) continue;
    if (only) {
      if (s.invert) continue;
      s.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = s.re.exec(lines[i])) !== null) {
        if (m[0] === '') {
          s.re.lastIndex++;
          continue;
        }
        cmd.out(prefix(i, ':', offsets[i] + m.index) + m[0] + eol);
      }
      continue;
    }
    for (let j = Math.max(lastPrinted + 1, i - s.before); j < i; j++) printLine(j, '-');
    printLine(i, ':');
    afterLeft = s.after;
  }
  if (counting) cmd.out(`${s.withName ? name + ':' : ''}${count}\n`);
  if (has(o, 'l') && count > 0) cmd.out(name + '\n');
  if (has(o, 'L') && count === 0) {
    cmd.out(name + '\n');
    if (!cmd.gnu) s.listed = true;
  }
  if (binary && count > 0 && !counting && !listing) cmd.err(`${cmd.name}: ${name}: binary file matches\n`);
  return false;
}

/** Searches a file operand (a tree with -r). Returns true when grep -q may stop. */
function searchPath(cmd: Cmd, s: Search, operand: string, shown: string, top: boolean, depth: number, seen: string[] = []): boolean {
  const o = s.o;
  const recursive = has(o, 'r') || has(o, 'R');
  const fs = cmd.ctx.fs;
  const complain = (text: string) => {
    if (!has(o, 's')) cmd.warn(`${shown}: ${text}`);
    s.error = true;
  };
  if (operand === '-') {
    const label = last(o, 'label') ?? '(standard input)';
    return searchText(cmd, s, cmd.ctx.stdin, label);
  }
  const path = cmd.abs(operand);
  if (recursive) {
    const l = lstat(fs, path);
    if (!top && l && !isFail(l) && l.type === 'symlink') {
      // GNU -r skips symlinks met on the way; busybox reads links to files
      const t = statOrCode(fs, path);
      if (has(o, 'R')) {
        /* followed below */
      } else if (cmd.gnu || !t || isFail(t) || t.type === 'dir') return false;
    }
    const st = statOrCode(fs, path);
    if (st && !isFail(st) && st.type === 'dir') {
      if (!top && all(o, 'exclude-dir').some((g) => globMatch(g, operand.split('/').pop() ?? ''))) return false;
      const names = readdirOrCode(fs, path);
      if (isFail(names)) {
        complain(names.text);
        return false;
      }
      if (depth >= MAX_DEPTH) return false;
      const real = realPath(fs, path);
      if (seen.includes(real)) {
        if (cmd.gnu) cmd.warn(`${shown}: warning: recursive directory loop`);
        return false;
      }
      for (const n of names) {
        const childShown = shown === '' ? n : childPath(shown, n);
        if (searchPath(cmd, s, childPath(operand, n), childShown, false, depth + 1, [...seen, real])) return true;
      }
      return false;
    }
  }
  const base = operand.split('/').pop() ?? operand;
  const includes = all(o, 'include');
  if (includes.length && !includes.some((g) => globMatch(g, base)) && !top) return false;
  if (all(o, 'exclude').some((g) => globMatch(g, base)) && !top) return false;
  const text = readInput(fs, (x) => cmd.abs(x), operand, { text: '' });
  if (isFail(text)) {
    if (text.code === 'EISDIR' && !cmd.gnu) return false;
    complain(text.text);
    return false;
  }
  return searchText(cmd, s, text, shown);
}

export const grep = (flavour: Flavour): Program =>
  make('grep', flavour, async (cmd) => {
    if (!cmd.gnu && cmd.args.length === 1 && cmd.args[0] === '--help') {
      cmd.usage();
      return 0;
    }
    const o = getopt(cmd.args, cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    const info = cmd.gnu && o.opts.find((x) => x.key === 'help' || x.key === 'version' || x.key === 'V');
    if (info) await cmd.loadInfo();
    if (info && cmd.printInfo(info.key === 'help' ? 'help' : 'version')) return 0;
    if (o.error) {
      return usageError(cmd, cmd.optErrorLine(o.error));
    }
    const operands = [...o.operands];
    const patterns: string[] = [];
    let given = false;
    for (const opt of o.opts) {
      if (opt.key === 'e' && opt.value !== undefined) {
        patterns.push(...opt.value.split('\n'));
        given = true;
      } else if (opt.key === 'f' && opt.value !== undefined) {
        const text = readInput(cmd.ctx.fs, (x) => cmd.abs(x), opt.value, { text: cmd.ctx.stdin });
        if (isFail(text)) {
          cmd.warn(`${opt.value}: ${text.text}`);
          return 2;
        }
        patterns.push(...text.split('\n').filter((_, i, a) => i < a.length - 1 || a[i] !== ''));
        given = true;
      }
    }
    if (!given) {
      if (!operands.length) return usageError(cmd);
      patterns.push(...(operands.shift() as string).split('\n'));
    }
    // -digits is GNU's -C
    let digits = '';
    let before = 0;
    let after = 0;
    for (const opt of o.opts) {
      if (/^\d$/.test(opt.key)) {
        digits += opt.key;
        before = after = Number(digits);
        continue;
      }
      digits = '';
      if (opt.key === 'A' || opt.key === 'B' || opt.key === 'C') {
        const n = number(opt.value, 0);
        if (n === undefined) {
          cmd.warn(cmd.gnu ? `${opt.value}: invalid context length argument` : `invalid number '${opt.value}'`);
          return 2;
        }
        if (opt.key !== 'A') before = n;
        if (opt.key !== 'B') after = n;
      }
    }
    const maxCount = number(last(o, 'm'), Infinity);
    if (maxCount === undefined) {
      cmd.warn(cmd.gnu ? 'invalid max count' : `invalid number '${last(o, 'm')}'`);
      return 2;
    }
    let compiled: ReturnType<typeof compile>;
    try {
      compiled = compile(patterns, {
        extended: has(o, 'E'),
        fixed: has(o, 'F'),
        ignoreCase: (has(o, 'i') || has(o, 'y')) && !has(o, 'noi'),
        word: has(o, 'w'),
        line: has(o, 'x'),
        perl: cmd.gnu && has(o, 'P'),
      });
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      cmd.warn(cmd.gnu ? e.message : `bad regex '${patterns.join('\n')}'`);
      return 2;
    }
    if (cmd.gnu) for (const w of compiled.warnings) cmd.warn(`warning: ${w}`);
    const recursive = has(o, 'r') || has(o, 'R');
    const files = operands.length ? operands : recursive && cmd.gnu ? [''] : ['-'];
    const firstIsDir = () => {
      const st = statOrCode(cmd.ctx.fs, cmd.abs(files[0] || '.'));
      return !!st && !isFail(st) && st.type === 'dir';
    };
    const withName = has(o, 'H') || (!has(o, 'h') && (files.length > 1 || (recursive && firstIsDir())));
    const s: Search = {
      re: compiled.re, invert: has(o, 'v'), o, withName, before, after, maxCount,
      printedAny: false, selected: false, listed: false, error: false,
    };
    for (const f of files) {
      if (searchPath(cmd, s, f || '.', f, true, 0)) return 0;
    }
    if (s.error && !(has(o, 'q') && s.selected)) return 2;
    return s.selected || s.listed ? 0 : 1;
  });
