/**
 * sleep: NUMBER[smhd] (fractions too), several summed, `infinity`. Waits on
 * ctx.sleep in chunks of at most a day, so Ctrl+C ends it (status 130) and a
 * virtual clock never spins: `sleep infinity` gives up after 100 lab years.
 */
import type { Program } from '../../shell/types.ts';
import { Interrupted } from '../../shell/types.ts';
import { type Flavour, make } from './common.ts';
import type { OptSpec } from './getopt.ts';

const GNU_SPEC: OptSpec = { short: '', long: { help: { key: 'help' }, version: { key: 'version' } } };
const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
const DAY_MS = 86400000;
const MAX_CHUNKS = 36500;

export function parseInterval(s: string): number | undefined {
  const m = /^\s*\+?((\d+\.?\d*|\.\d+)(e[+-]?\d+)?|inf|infinity)([smhd]?)$/i.exec(s);
  if (!m) return undefined;
  const n = /^inf/i.test(m[1]) ? Infinity : Number(m[1]);
  return n * UNIT[m[4]];
}

export const sleep = (flavour: Flavour): Program =>
  make('sleep', flavour, async (cmd) => {
    // busybox sleep takes no options: `sleep -1` is a bad number, not a bad option
    const p = cmd.gnu ? cmd.parse(GNU_SPEC) : cmd.args.length === 1 && cmd.args[0] === '--help' ? (cmd.usage(), 0) : { opts: [], operands: cmd.args };
    if (typeof p === 'number') return p;
    if (!p.operands.length) {
      if (cmd.gnu) {
        cmd.warn('missing operand');
        cmd.tryHelp();
      } else cmd.usage();
      return 1;
    }
    let total = 0;
    let bad = false;
    for (const op of p.operands) {
      const secs = parseInterval(op);
      if (secs === undefined) {
        cmd.warn(cmd.gnu ? `invalid time interval ${cmd.lq(op)}` : `invalid number '${op}'`);
        bad = true;
        if (!cmd.gnu) return 1;
        continue;
      }
      total += secs;
    }
    if (bad) {
      cmd.tryHelp();
      return 1;
    }
    let left = total * 1000;
    try {
      for (let i = 0; left > 0 && i < MAX_CHUNKS; i++) {
        if (cmd.ctx.signal.aborted) return 130;
        const chunk = Math.min(left, DAY_MS);
        await cmd.ctx.sleep(chunk);
        left -= chunk;
      }
    } catch (e) {
      if (e instanceof Interrupted) return 130;
      throw e;
    }
    return cmd.ctx.signal.aborted ? 130 : 0;
  });
