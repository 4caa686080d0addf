/** basename and dirname: pure string work on their operands. */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from './common.ts';
import { type OptSpec, has, last } from './getopt.ts';

const BASENAME_GNU: OptSpec = {
  short: 'as:z',
  long: { multiple: { key: 'a' }, suffix: { key: 's', arg: 'required' }, zero: { key: 'z' }, help: { key: 'help' }, version: { key: 'version' } },
};
const BASENAME_BUSYBOX: OptSpec = { short: 'as:' };

export function baseName(name: string, suffix?: string): string {
  if (name === '') return '';
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  let base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  if (suffix && base !== suffix && base.endsWith(suffix)) base = base.slice(0, -suffix.length);
  return base;
}

export function dirName(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return name.startsWith('/') ? '/' : '.';
  const at = trimmed.lastIndexOf('/');
  if (at < 0) return '.';
  const dir = trimmed.slice(0, at).replace(/\/+$/, '');
  if (dir === '') return trimmed.startsWith('//') && !trimmed.startsWith('///') && at === 1 ? '//' : '/';
  return dir;
}

export const basename = (flavour: Flavour): Program =>
  make('basename', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? BASENAME_GNU : BASENAME_BUSYBOX);
    if (typeof p === 'number') return p;
    const suffix = last(p, 's');
    const multiple = has(p, 'a') || suffix !== undefined;
    const ops = p.operands;
    if (!ops.length || (!multiple && ops.length > 2)) {
      if (!cmd.gnu) cmd.usage();
      else {
        cmd.warn(ops.length ? `extra operand ${cmd.lq(ops[2])}` : 'missing operand');
        cmd.tryHelp();
      }
      return 1;
    }
    const end = has(p, 'z') ? '\0' : '\n';
    if (multiple) cmd.out(ops.map((o) => baseName(o, suffix) + end).join(''));
    else cmd.out(baseName(ops[0], ops[1]) + end);
    return 0;
  });

const DIRNAME_GNU: OptSpec = { short: 'z', long: { zero: { key: 'z' }, help: { key: 'help' }, version: { key: 'version' } } };

export const dirname = (flavour: Flavour): Program =>
  make('dirname', flavour, async (cmd) => {
    // busybox dirname parses no options: `dirname --x` prints "."
    const p = cmd.gnu ? cmd.parse(DIRNAME_GNU) : cmd.args.length === 1 && cmd.args[0] === '--help' ? (cmd.usage(), 0) : { opts: [], operands: cmd.args };
    if (typeof p === 'number') return p;
    const ops = p.operands;
    if (!ops.length || (!cmd.gnu && ops.length > 1)) {
      if (!cmd.gnu) cmd.usage();
      else {
        cmd.warn('missing operand');
        cmd.tryHelp();
      }
      return 1;
    }
    const end = has(p, 'z') ? '\0' : '\n';
    cmd.out(ops.map((o) => dirName(o) + end).join(''));
    return 0;
  });
