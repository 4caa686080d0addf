/**
 * xargs: builds command lines from standard input (blanks and newlines
 * separate items; quotes and backslashes as in GNU xargs) and runs them with
 * ctx.run. -n, -L, -I, -0, -d, -r, -t, -E; echo by default.
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from './common.ts';
import { shQuote } from './env.ts';
import { type OptSpec, has, last } from './getopt.ts';

const GNU_SPEC: OptSpec = {
  short: '+0a:d:E:e::I:i::L:l::n:oP:prs:tvxX',
  long: {
    null: { key: '0' }, 'arg-file': { key: 'a', arg: 'required' }, delimiter: { key: 'd', arg: 'required' },
    eof: { key: 'e', arg: 'optional' }, replace: { key: 'i', arg: 'optional' }, 'max-lines': { key: 'l', arg: 'optional' },
    'max-args': { key: 'n', arg: 'required' }, 'open-tty': { key: 'o' }, interactive: { key: 'p' },
    'no-run-if-empty': { key: 'r' }, 'max-chars': { key: 's', arg: 'required' }, verbose: { key: 't' },
    'show-limits': { key: 'show-limits' }, exit: { key: 'x' }, 'max-procs': { key: 'P', arg: 'required' },
    'process-slot-var': { key: 'psv', arg: 'required' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: '+e::E:I:n:s:tprxa:0P:o' };

/** Items of GNU xargs input: quotes and backslashes group, blanks and newlines separate. */
function splitItems(cmd: Cmd, text: string, eof: string | undefined): string[] | undefined {
  const items: string[] = [];
  let cur = '';
  let inItem = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '"') {
      const end = text.indexOf(ch, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        cmd.warn(
          cmd.gnu
            ? `unmatched ${ch === "'" ? 'single' : 'double'} quote; by default quotes are special to xargs unless you use the -0 option`
            : `unmatched ${ch === "'" ? 'single' : 'double'} quote`,
        );
        return undefined;
      }
      cur += text.slice(i + 1, end);
      i = end;
      inItem = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inItem = true;
    } else if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (inItem) {
        if (eof !== undefined && cur === eof) return items;
        items.push(cur);
      }
      cur = '';
      inItem = false;
    } else {
      cur += ch;
      inItem = true;
    }
  }
  if (inItem && !(eof !== undefined && cur === eof)) items.push(cur);
  return items;
}

export const xargs = (flavour: Flavour): Program =>
  make('xargs', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const num = (key: string): number | undefined | null => {
      const v = last(p, key);
      if (v === undefined) return undefined;
      if (/^\d+$/.test(v) && Number(v) > 0) return Number(v);
      cmd.warn(cmd.gnu ? `invalid number "${v}" for -${key} option` : `invalid number '${v}'`);
      if (cmd.gnu) cmd.tryHelp();
      return null;
    };
    const maxArgs = num('n');
    const maxLines = num('L');
    if (maxArgs === null || maxLines === null) return 1;
    const replace = last(p, 'I') ?? (has(p, 'i') ? last(p, 'i') ?? '{}' : undefined);
    const command = p.operands.length ? p.operands : ['echo'];
    const text = cmd.ctx.stdin;
    let items: string[];
    const delim = last(p, 'd');
    if (has(p, '0') || delim !== undefined) {
      const sep = has(p, '0') ? '\0' : delim === '\\n' ? '\n' : delim === '\\t' ? '\t' : (delim as string)[0] ?? '\n';
      items = text.split(sep);
      if (items[items.length - 1] === '') items.pop();
    } else if (replace !== undefined || maxLines !== undefined) {
      items = text.split('\n').map((l) => l.replace(/^[ \t]+/, '')).filter((l) => l !== '');
    } else {
      const split = splitItems(cmd, text, last(p, 'E') ?? last(p, 'e'));
      if (!split) return 1;
      items = split;
    }
    // one command per group of items
    const groups: string[][] = [];
    if (replace !== undefined) for (const item of items) groups.push([item]);
    else if (maxLines !== undefined) {
      for (let i = 0; i < items.length; i += maxLines) groups.push(items.slice(i, i + maxLines).flatMap((l) => splitItems(cmd, l, undefined) ?? []));
    } else if (maxArgs !== undefined) for (let i = 0; i < items.length; i += maxArgs) groups.push(items.slice(i, i + maxArgs));
    else if (items.length) groups.push(items);
    if (!groups.length && !has(p, 'r') && replace === undefined) groups.push([]);
    let status = 0;
    for (const g of groups) {
      if (cmd.ctx.signal.aborted) return 130;
      const argv = replace !== undefined ? command.map((w) => w.split(replace).join(g[0])) : [...command, ...g];
      if (has(p, 't') || has(p, 'p')) cmd.err(argv.join(' ') + '\n');
      const code = await cmd.ctx.run(argv.map(shQuote).join(' '), { stdin: '' });
      if (code === 255) {
        cmd.warn(`${command[0]}: exited with status 255; aborting`);
        return 124;
      }
      if (code === 126 || code === 127) return code;
      if (code >= 128) return 125;
      if (code !== 0) status = 123;
    }
    return status;
  });
