/**
 * env and printenv. `env [NAME=VALUE]... COMMAND` runs the command through
 * ctx.run with the assignments in front; -i and -u can only shape what env
 * prints, since ctx.run keeps the caller's environment.
 */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from './common.ts';
import { type OptSpec, has } from './getopt.ts';

const ENV_GNU: OptSpec = {
  short: '+0iu:C:S:v',
  long: {
    ignore: { key: 'i' }, 'ignore-environment': { key: 'i' }, null: { key: '0' }, unset: { key: 'u', arg: 'required' },
    chdir: { key: 'C', arg: 'required' }, 'split-string': { key: 'S', arg: 'required' }, 'debug': { key: 'v' },
    'block-signal': { key: 'bs', arg: 'optional' }, 'default-signal': { key: 'ds', arg: 'optional' },
    'ignore-signal': { key: 'is', arg: 'optional' }, 'list-signal-handling': { key: 'lsh' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const ENV_BUSYBOX: OptSpec = { short: '+iu:0', long: { 'ignore-environment': { key: 'i' }, unset: { key: 'u', arg: 'required' }, null: { key: '0' } } };

/** A word as sh would need it written: bare when safe, else single-quoted. */
export function shQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export const env = (flavour: Flavour): Program =>
  make('env', flavour, async (cmd) => {
    const args = cmd.args[0] === '-' ? ['-i', ...cmd.args.slice(1)] : cmd.args;
    const p = cmd.parse(cmd.gnu ? ENV_GNU : ENV_BUSYBOX, 125, 1, args);
    if (typeof p === 'number') return p;
    const vars: Record<string, string> = has(p, 'i') ? {} : { ...cmd.ctx.env };
    for (const o of p.opts) if (o.key === 'u' && o.value !== undefined) delete vars[o.value];
    const ops = [...p.operands];
    const assigns: string[] = [];
    while (ops.length && /^[^=]+=/.test(ops[0])) {
      const a = ops.shift() as string;
      const eq = a.indexOf('=');
      vars[a.slice(0, eq)] = a.slice(eq + 1);
      assigns.push(a);
    }
    if (!ops.length) {
      const end = has(p, '0') ? '\0' : '\n';
      cmd.out(Object.entries(vars).map(([k, v]) => `${k}=${v}${end}`).join(''));
      return 0;
    }
    const line = [...assigns.map((a) => `${a.slice(0, a.indexOf('=') + 1)}${shQuote(a.slice(a.indexOf('=') + 1))}`), ...ops.map(shQuote)].join(' ');
    return cmd.ctx.run(line, { stdin: cmd.ctx.stdin, stdout: cmd.ctx.stdout, stderr: cmd.ctx.stderr });
  });

export const printenv = (flavour: Flavour): Program =>
  make('printenv', flavour, async (cmd) => {
    const p = cmd.parse(
      cmd.gnu ? { short: '+0', long: { null: { key: '0' }, help: { key: 'help' }, version: { key: 'version' } } } : { short: '' },
      2,
      1,
    );
    if (typeof p === 'number') return p;
    const end = has(p, '0') ? '\0' : '\n';
    const vars = cmd.ctx.env;
    if (!p.operands.length) {
      cmd.out(Object.entries(vars).map(([k, v]) => `${k}=${v}${end}`).join(''));
      return 0;
    }
    let status = 0;
    for (const name of p.operands) {
      if (!name.includes('=') && Object.prototype.hasOwnProperty.call(vars, name)) cmd.out(vars[name] + end);
      else status = 1;
    }
    return status;
  });
