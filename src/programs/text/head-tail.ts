/**
 * head and tail: -n N / -N / -c N (with K, M, G suffixes), -n -N (head: all
 * but the last N), -n +N (tail: from line N), `==> f <==` headers for several
 * inputs, and tail -f / -F, which follows until Ctrl+C, checking every
 * second (-s) on the lab clock.
 */
import type { Program } from '../../shell/types.ts';
import { Interrupted } from '../../shell/types.ts';
import { type Cmd, type Flavour, make } from '../util/common.ts';
import { type Fail, isFail, readInput, statOrCode } from '../util/fsx.ts';
import { type OptSpec, type Parsed, has } from '../util/getopt.ts';

const COMMON_LONG = {
  lines: { key: 'n', arg: 'required' as const }, bytes: { key: 'c', arg: 'required' as const },
  quiet: { key: 'q' }, silent: { key: 'q' }, verbose: { key: 'v' }, 'zero-terminated': { key: 'z' },
  help: { key: 'help' }, version: { key: 'version' },
};
const HEAD_GNU: OptSpec = { short: 'c:n:qvz', long: COMMON_LONG };
const HEAD_BUSYBOX: OptSpec = { short: 'n:c:qv', shortOnly: true };
const TAIL_GNU: OptSpec = {
  short: 'c:n:fFqs:vz',
  long: {
    ...COMMON_LONG, follow: { key: 'f', arg: 'optional' }, retry: { key: 'retry' }, pid: { key: 'pid', arg: 'required' },
    'sleep-interval': { key: 's', arg: 'required' }, 'max-unchanged-stats': { key: 'mus', arg: 'required' },
  },
};
const TAIL_BUSYBOX: OptSpec = { short: 'fFqs:vn:c:' };

/** tail -f gives up after following this long on the lab clock, so a virtual clock nobody stops cannot spin forever. */
export const TAIL_FOLLOW_LIMIT_MS = 24 * 3600 * 1000;

const SUFFIX: Record<string, number> = {
  '': 1, b: 512, K: 1024, KiB: 1024, kB: 1000, M: 1024 ** 2, MiB: 1024 ** 2, MB: 1e6, G: 1024 ** 3, GiB: 1024 ** 3, GB: 1e9,
};

interface Amount {
  n: number;
  sign: '' | '+' | '-';
}

const BUSYBOX_SUFFIX: Record<string, number> = { '': 1, b: 512, k: 1024, m: 1024 ** 2 };

function parseAmount(v: string, busybox: boolean, head: boolean): Amount | undefined {
  const m = /^\s*([+-]?)(\d+)([A-Za-z]*)$/.exec(v);
  const table = busybox ? BUSYBOX_SUFFIX : SUFFIX;
  if (!m || table[m[3]] === undefined || (busybox && head && m[1] === '+')) return undefined;
  if (busybox) return { n: Number(m[2]) * table[m[3]], sign: m[1] as Amount['sign'] };
  return { n: Number(m[2]) * SUFFIX[m[3]], sign: m[1] as Amount['sign'] };
}

/** `-5` as the first argument means `-n 5`. */
function legacy(args: string[]): string[] {
  const m = /^-(\d+)([cl]?)$/.exec(args[0] ?? '');
  if (!m) return args;
  return [m[2] === 'c' ? '-c' : '-n', m[1], ...args.slice(1)];
}

interface Setup {
  p: Parsed;
  bytes: boolean;
  amount: Amount;
  files: string[];
  headers: boolean;
}

function setup(cmd: Cmd, spec: OptSpec, head: boolean): Setup | number {
  const p = cmd.parse(spec, 1, 1, legacy(cmd.args));
  if (typeof p === 'number') return p;
  let amount: Amount = { n: 10, sign: '' };
  let bytes = false;
  for (const o of p.opts) {
    if ((o.key !== 'n' && o.key !== 'c') || o.value === undefined) continue;
    const a = parseAmount(o.value, !cmd.gnu, head);
    if (!a) {
      if (cmd.gnu) cmd.warn(`invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${cmd.lq(o.value)}`);
      else cmd.warn(`invalid number '${o.value}'`);
      return 1;
    }
    amount = a;
    bytes = o.key === 'c';
  }
  const files = p.operands.length ? p.operands : ['-'];
  let headers = files.length > 1;
  for (const o of p.opts) {
    if (o.key === 'q') headers = false;
    if (o.key === 'v') headers = true;
  }
  return { p, bytes, amount, files, headers };
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function headOf(text: string, bytes: boolean, a: Amount): string {
  if (bytes) {
    const b = enc.encode(text);
    return dec.decode(a.sign === '-' ? b.slice(0, Math.max(0, b.length - a.n)) : b.slice(0, a.n));
  }
  const parts = text.split(/(?<=\n)/).filter((x) => x !== '');
  return (a.sign === '-' ? parts.slice(0, Math.max(0, parts.length - a.n)) : parts.slice(0, a.n)).join('');
}

function tailOf(text: string, bytes: boolean, a: Amount): string {
  if (bytes) {
    const b = enc.encode(text);
    return dec.decode(a.sign === '+' ? b.slice(Math.max(0, a.n - 1)) : b.slice(Math.max(0, b.length - a.n)));
  }
  const parts = text.split(/(?<=\n)/).filter((x) => x !== '');
  if (a.sign === '+') return parts.slice(Math.max(0, a.n - 1)).join('');
  return a.n === 0 ? '' : parts.slice(-a.n).join('');
}

function read(cmd: Cmd, operand: string, stdin: { text: string }): string | Fail {
  return readInput(cmd.ctx.fs, (x) => cmd.abs(x), operand, stdin);
}

export const head = (flavour: Flavour): Program =>
  make('head', flavour, async (cmd) => {
    const s = setup(cmd, cmd.gnu ? HEAD_GNU : HEAD_BUSYBOX, true);
    if (typeof s === 'number') return s;
    const stdin = { text: cmd.ctx.stdin };
    let status = 0;
    let first = true;
    for (const f of s.files) {
      const text = read(cmd, f, stdin);
      if (isFail(text)) {
        if (!cmd.gnu) cmd.warn(`${f}: ${text.code === 'EISDIR' ? 'Input/output error' : text.text}`);
        else if (text.code === 'EISDIR') cmd.warn(`error reading ${cmd.q(f)}: ${text.text}`);
        else cmd.warn(`cannot open ${cmd.q(f)} for reading: ${text.text}`);
        status = 1;
        continue;
      }
      if (s.headers) cmd.out(`${first ? '' : '\n'}==> ${f === '-' && cmd.gnu ? 'standard input' : f} <==\n`);
      first = false;
      cmd.out(headOf(text, s.bytes, s.amount));
    }
    return status;
  });

export const tail = (flavour: Flavour): Program =>
  make('tail', flavour, async (cmd) => {
    const s = setup(cmd, cmd.gnu ? TAIL_GNU : TAIL_BUSYBOX, false);
    if (typeof s === 'number') return s;
    const stdin = { text: cmd.ctx.stdin };
    const follow = has(s.p, 'f') || has(s.p, 'F');
    const retry = has(s.p, 'F') || has(s.p, 'retry');
    let status = 0;
    let shown: string | undefined;
    let opened = 0;
    const seen = new Map<string, number>(); // followed file -> length already printed
    const header = (f: string) => {
      if (s.headers && shown !== f) cmd.out(`${shown === undefined ? '' : '\n'}==> ${f === '-' && cmd.gnu ? 'standard input' : f} <==\n`);
      shown = f;
    };
    for (const f of s.files) {
      const text = read(cmd, f, stdin);
      if (isFail(text)) {
        if (cmd.gnu && text.code === 'EISDIR') cmd.warn(`error reading ${cmd.q(f)}: ${text.text}`);
        else if (cmd.gnu) cmd.warn(`cannot open ${cmd.q(f)} for reading: ${text.text}`);
        else if (text.code === 'EISDIR') cmd.warn(`read error: ${text.text}`);
        else cmd.warn(`can't open '${f}': ${text.text}`);
        status = 1;
        if (text.code === 'EISDIR') opened++;
        if (retry && f !== '-') seen.set(f, -1);
        continue;
      }
      opened++;
      header(f);
      cmd.out(tailOf(text, s.bytes, s.amount));
      if (f !== '-') seen.set(f, text.length);
    }
    if (!cmd.gnu && opened === 0 && !retry) {
      cmd.warn('no files');
      return 1;
    }
    if (!follow || seen.size === 0) return status;
    const interval = Math.max(0, Number(s.p.opts.filter((o) => o.key === 's').pop()?.value ?? 1) || 1) * 1000;
    try {
      for (let waited = 0; !cmd.ctx.signal.aborted; waited += interval) {
        if (waited >= TAIL_FOLLOW_LIMIT_MS) return status;
        await cmd.ctx.sleep(interval);
        for (const [f, len] of seen) {
          const st = statOrCode(cmd.ctx.fs, cmd.abs(f));
          if (!st || isFail(st) || st.type === 'dir') continue;
          const text = read(cmd, f, stdin);
          if (isFail(text)) continue;
          if (len < 0) {
            cmd.warn(`${cmd.gnu ? cmd.q(f) : `'${f}'`} has appeared;  following new file`);
            header(f);
            cmd.out(text);
          } else if (text.length < len) {
            cmd.warn(`${f}: file truncated`);
            header(f);
            cmd.out(text);
          } else if (text.length > len) {
            header(f);
            cmd.out(text.slice(len));
          }
          seen.set(f, text.length);
        }
      }
    } catch (e) {
      if (e instanceof Interrupted) return 130;
      throw e;
    }
    return 130;
  });
