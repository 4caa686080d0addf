/**
 * date: the lab clock, read from `ctx.world.now()` (ms since the epoch; 0
 * when the world has no clock), always in UTC as in the containers. Formats
 * with +FORMAT, -d/--date (@SECONDS, YYYY-MM-DD[ HH:MM[:SS]], now), -u,
 * -R, -I. Setting the clock is refused as in a container.
 */
import type { Program } from '../../shell/types.ts';
import { type Flavour, labNow, make } from './common.ts';
import { type OptSpec, has, last } from './getopt.ts';
import { pad2, utc } from './human.ts';

const GNU_SPEC: OptSpec = {
  short: 'd:f:I::r:Rs:u',
  long: {
    date: { key: 'd', arg: 'required' }, debug: { key: 'debug' }, file: { key: 'f', arg: 'required' },
    'iso-8601': { key: 'I', arg: 'optional' }, 'resolution': { key: 'res' }, reference: { key: 'r', arg: 'required' },
    'rfc-email': { key: 'R' }, 'rfc-2822': { key: 'R' }, 'rfc-3339': { key: 'rfc3339', arg: 'required' }, set: { key: 's', arg: 'required' },
    universal: { key: 'u' }, utc: { key: 'u' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'Rs:ud:r:I::D:' };

const FULL_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** strftime in UTC for a time in ms. */
export function strftime(format: string, ms: number): string {
  const t = utc(ms);
  const secs = Math.floor(ms / 1000);
  const yday = Math.floor((Date.UTC(t.year, t.month, t.day) - Date.UTC(t.year, 0, 1)) / 86400000) + 1;
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const f: Record<string, () => string> = {
    a: () => t.dayName, A: () => FULL_DAYS[t.wday], b: () => t.monthName, h: () => t.monthName, B: () => FULL_MONTHS[t.month],
    c: () => strftime('%a %b %e %H:%M:%S %Y', ms), C: () => pad2(Math.floor(t.year / 100)), d: () => pad2(t.day),
    D: () => strftime('%m/%d/%y', ms), e: () => String(t.day).padStart(2, ' '), F: () => strftime('%Y-%m-%d', ms),
    H: () => pad2(t.hour), I: () => pad2(h12), j: () => String(yday).padStart(3, '0'), k: () => String(t.hour).padStart(2, ' '),
    l: () => String(h12).padStart(2, ' '), m: () => pad2(t.month + 1), M: () => pad2(t.min), n: () => '\n',
    N: () => String((((ms % 1000) + 1000) % 1000) * 1e6).padStart(9, '0'), p: () => (t.hour < 12 ? 'AM' : 'PM'),
    P: () => (t.hour < 12 ? 'am' : 'pm'), r: () => strftime('%I:%M:%S %p', ms), R: () => strftime('%H:%M', ms),
    s: () => String(secs), S: () => pad2(t.sec), t: () => '\t', T: () => strftime('%H:%M:%S', ms),
    u: () => String(t.wday === 0 ? 7 : t.wday), w: () => String(t.wday), x: () => strftime('%m/%d/%y', ms),
    X: () => strftime('%H:%M:%S', ms), y: () => pad2(t.year % 100),
    U: () => pad2(Math.floor((yday - 1 + 7 - t.wday) / 7)), W: () => pad2(Math.floor((yday - 1 + 7 - ((t.wday + 6) % 7)) / 7)),
    V: () => pad2(isoWeek(ms).week), G: () => String(isoWeek(ms).year), g: () => pad2(isoWeek(ms).year % 100), Y: () => String(t.year), z: () => '+0000', Z: () => 'UTC',
    '%': () => '%',
  };
  return format.replace(/%(:?)([A-Za-z%])/g, (whole, colon: string, c: string) => {
    if (colon) return c === 'z' ? '+00:00' : whole;
    return f[c] ? f[c]() : whole;
  });
}

/** ISO 8601 week number and its year. */
function isoWeek(ms: number): { week: number; year: number } {
  const thursday = (t: Date) => {
    const d = new Date(Math.floor(t.getTime() / 86400000) * 86400000);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
    return d;
  };
  const d = thursday(new Date(ms));
  const year = d.getUTCFullYear();
  const first = thursday(new Date(Date.UTC(year, 0, 4)));
  return { week: 1 + Math.round((d.getTime() - first.getTime()) / 604800000), year };
}

/** The few -d forms the course needs; undefined when not understood. */
export function parseDate(s: string, now: number, busybox = false): number | undefined {
  const v = s.trim();
  if (busybox && v.includes('T')) return undefined;
  if (v === '' || v === 'now' || v === 'today') return now;
  let m = /^@(-?\d+)(\.\d+)?$/.exec(v);
  if (m) return Number(m[1]) * 1000;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:Z|UTC|\+0000|\+00:00)?$/.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, sec] = m;
    const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
    return Number.isNaN(t) || Number(mo) > 12 || Number(d) > 31 ? undefined : t;
  }
  m = /^(yesterday|tomorrow)$/.exec(v);
  if (m) return now + (m[1] === 'tomorrow' ? 86400000 : -86400000);
  m = /^([+-]?\d+)\s*(second|sec|minute|min|hour|day|week)s?(\s+ago)?$/.exec(v);
  if (m) {
    const unit = { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, day: 86400, week: 604800 }[m[2]] as number;
    return now + (m[3] ? -1 : 1) * Number(m[1]) * unit * 1000;
  }
  return undefined;
}

export const date = (flavour: Flavour): Program =>
  make('date', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const now = labNow(cmd.ctx) ?? 0;
    let format: string | undefined;
    const rest: string[] = [];
    for (const op of p.operands) {
      if (op.startsWith('+') && format === undefined) format = op.slice(1);
      else rest.push(op);
    }
    if (rest.length || has(p, 's')) {
      if (rest.length > 1 || (rest.length && format !== undefined)) {
        if (cmd.gnu) {
          cmd.warn(`extra operand ${cmd.lq(rest[rest.length - 1])}`);
          cmd.tryHelp();
        } else cmd.usage();
        return 1;
      }
      cmd.warn(cmd.gnu ? 'cannot set date: Operation not permitted' : "can't set date: Operation not permitted");
      return 1;
    }
    let when = now;
    const d = last(p, 'd');
    if (d !== undefined) {
      const t = parseDate(d, now, !cmd.gnu);
      if (t === undefined) {
        cmd.warn(`invalid date ${cmd.gnu ? cmd.lq(d) : `'${d}'`}`);
        return 1;
      }
      when = t;
    }
    if (format === undefined) {
      if (has(p, 'R')) format = '%a, %d %b %Y %H:%M:%S %z';
      else if (p.opts.some((o) => o.key === 'I')) {
        const kind = last(p, 'I') ?? 'date';
        const fmts: Record<string, string> = {
          date: '%Y-%m-%d', hours: '%Y-%m-%dT%H%:z', minutes: '%Y-%m-%dT%H:%M%:z', seconds: '%Y-%m-%dT%H:%M:%S%:z',
          ns: '%Y-%m-%dT%H:%M:%S,%N%:z',
        };
        const match = Object.keys(fmts).filter((k) => k.startsWith(kind));
        if (match.length !== 1) {
          cmd.warn(cmd.gnu ? `invalid argument ${cmd.lq(kind)} for '--iso-8601'` : `invalid argument '${kind}'`);
          return 1;
        }
        format = fmts[match[0]];
      } else format = '%a %b %e %H:%M:%S %Z %Y';
    }
    cmd.out(strftime(format, when) + '\n');
    return 0;
  });
