/**
 * sort in the C locale (byte order): -r -n -g -h -M -V -f -d -i -b -u -s -c
 * -C -o -t -k POS1[,POS2] with per-key options, and GNU's last-resort whole
 * line comparison when keys tie.
 */
import type { Program } from '../../shell/types.ts';
import { type Cmd, type Flavour, lines as splitLines, make } from '../util/common.ts';
import { attempt, isFail, readInput } from '../util/fsx.ts';
import { type OptSpec, has, last } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'bcCdfghik:mMno:rRsS:t:T:uVz',
  long: {
    'ignore-leading-blanks': { key: 'b' }, 'dictionary-order': { key: 'd' }, 'ignore-case': { key: 'f' },
    'general-numeric-sort': { key: 'g' }, 'ignore-nonprinting': { key: 'i' }, 'month-sort': { key: 'M' },
    'human-numeric-sort': { key: 'h' }, 'numeric-sort': { key: 'n' }, 'random-sort': { key: 'R' },
    reverse: { key: 'r' }, sort: { key: 'sort', arg: 'required' }, 'version-sort': { key: 'V' }, check: { key: 'c', arg: 'optional' },
    key: { key: 'k', arg: 'required' }, merge: { key: 'm' }, output: { key: 'o', arg: 'required' }, stable: { key: 's' },
    'buffer-size': { key: 'S', arg: 'required' }, 'field-separator': { key: 't', arg: 'required' },
    'temporary-directory': { key: 'T', arg: 'required' }, parallel: { key: 'parallel', arg: 'required' },
    unique: { key: 'u' }, 'zero-terminated': { key: 'z' }, help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'nrugMcszbdfiok:t:o:VC' };

interface Flags {
  b: boolean; d: boolean; f: boolean; i: boolean; n: boolean; g: boolean; h: boolean; M: boolean; V: boolean; r: boolean;
}
interface Key {
  sf: number; sc: number; ef: number; ec: number; // fields 1-based; ef 0 = end of line; ec 0 = end of field
  flags: Flags;
  bStart: boolean;
  bEnd: boolean;
}

const FLAG_LETTERS = 'bdfinghMVr';
const noFlags = (): Flags => ({ b: false, d: false, f: false, i: false, n: false, g: false, h: false, M: false, V: false, r: false });

function parseKey(spec: string, global: Flags): Key | undefined {
  const m = /^(\d+)(?:\.(\d+))?([bdfinghMVrR]*)(?:,(\d+)(?:\.(\d+))?([bdfinghMVrR]*))?$/.exec(spec);
  if (!m) return undefined;
  const sf = Number(m[1]);
  const sc = m[2] === undefined ? 1 : Number(m[2]);
  if (sf === 0 || sc === 0) return undefined;
  const own = (m[3] ?? '') + (m[6] ?? '');
  const flags = own ? noFlags() : { ...global };
  for (const ch of own) if (FLAG_LETTERS.includes(ch)) flags[ch as keyof Flags] = true;
  return {
    sf, sc, ef: m[4] === undefined ? 0 : Number(m[4]), ec: m[5] === undefined ? 0 : Number(m[5]), flags,
    bStart: (m[3] ?? '').includes('b') || (!own && global.b), bEnd: (m[6] ?? '').includes('b') || (!own && global.b),
  };
}

/** Start offsets and ends of the fields of a line. */
function fields(line: string, sep: string | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (sep !== undefined) {
    let start = 0;
    for (;;) {
      const at = line.indexOf(sep, start);
      if (at < 0) break;
      out.push([start, at]);
      start = at + 1;
    }
    out.push([start, line.length]);
    return out;
  }
  let i = 0;
  while (i < line.length) {
    const start = i;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
    out.push([start, i]);
  }
  return out;
}

function skipBlanks(line: string, i: number, end: number): number {
  while (i < end && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

function keyText(line: string, k: Key, sep: string | undefined): string {
  const fs = fields(line, sep);
  if (k.sf > fs.length) return '';
  let start = fs[k.sf - 1][0];
  if (k.bStart) start = skipBlanks(line, start, fs[k.sf - 1][1]);
  start = Math.min(start + k.sc - 1, line.length);
  let end = line.length;
  if (k.ef > 0 && k.ef <= fs.length) {
    const [fStart, fEnd] = fs[k.ef - 1];
    if (k.ec === 0) end = fEnd;
    else end = Math.min((k.bEnd ? skipBlanks(line, fStart, fEnd) : fStart) + k.ec, fEnd);
  }
  return end > start ? line.slice(start, end) : '';
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function numeric(s: string): number {
  const m = /^[ \t]*(-?)(\d*)(\.\d*)?/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '.').length <= 1)) return 0;
  return Number(`${m[1]}${m[2] || '0'}${m[3] && m[3].length > 1 ? m[3] : ''}`);
}

function human(s: string): number {
  const m = /^[ \t]*(-?\d*\.?\d*)([KMGTPEZY]?)/.exec(s);
  if (!m || m[1] === '' || m[1] === '-') return 0;
  return Number(m[1]) * 1024 ** ' KMGTPEZY'.indexOf(m[2] || ' ');
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function versionCmp(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    const c = /^\d/.test(x) && /^\d/.test(y) ? Number(x) - Number(y) : cmpStr(x, y);
    if (c) return Math.sign(c);
  }
  return pa.length - pb.length;
}

function compareBy(a: string, b: string, f: Flags): number {
  let x = a;
  let y = b;
  if (f.b) {
    x = x.replace(/^[ \t]+/, '');
    y = y.replace(/^[ \t]+/, '');
  }
  let c: number;
  if (f.n) c = Math.sign(numeric(x) - numeric(y));
  else if (f.g) {
    const nx = Number.parseFloat(x);
    const ny = Number.parseFloat(y);
    c = Number.isNaN(nx) ? (Number.isNaN(ny) ? 0 : -1) : Number.isNaN(ny) ? 1 : Math.sign(nx - ny);
  } else if (f.h) c = Math.sign(human(x) - human(y));
  else if (f.M) c = MONTHS.indexOf(x.trim().slice(0, 3).toUpperCase()) - MONTHS.indexOf(y.trim().slice(0, 3).toUpperCase());
  else if (f.V) c = versionCmp(x, y);
  else {
    if (f.d) {
      x = x.replace(/[^ \t0-9A-Za-z]/g, '');
      y = y.replace(/[^ \t0-9A-Za-z]/g, '');
    }
    if (f.i) {
      x = x.replace(/[^\x20-\x7e]/g, '');
      y = y.replace(/[^\x20-\x7e]/g, '');
    }
    if (f.f) {
      x = x.toUpperCase();
      y = y.toUpperCase();
    }
    c = cmpStr(x, y);
  }
  return f.r ? -c : c;
}

export const sort = (flavour: Flavour): Program =>
  make('sort', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC, 2, 2);
    if (typeof p === 'number') return p;
    const global = noFlags();
    for (const ch of FLAG_LETTERS) if (has(p, ch)) global[ch as keyof Flags] = true;
    const keys: Key[] = [];
    for (const o of p.opts) {
      if (o.key !== 'k' || o.value === undefined) continue;
      const k = parseKey(o.value, global);
      if (!k) return keyError(cmd, o.value);
      keys.push(k);
    }
    const t = last(p, 't');
    if (t !== undefined && [...t].length !== 1) {
      cmd.warn(cmd.gnu ? (t === '' ? 'empty tab' : `multi-character tab ${cmd.lq(t)}`) : 'bad -t parameter');
      return 2;
    }
    const stdin = { text: cmd.ctx.stdin };
    const all: string[] = [];
    for (const f of p.operands.length ? p.operands : ['-']) {
      const text = readInput(cmd.ctx.fs, (x) => cmd.abs(x), f, stdin);
      if (isFail(text)) {
        if (!cmd.gnu && text.code === 'EISDIR') continue;
        if (!cmd.gnu) cmd.warn(`${f}: ${text.text}`);
        else if (text.code === 'EISDIR') cmd.warn(`read failed: ${f}: ${text.text}`);
        else cmd.warn(`cannot read: ${f}: ${text.text}`);
        return 2;
      }
      all.push(...splitLines(text));
    }
    const unique = has(p, 'u');
    // GNU -u keeps the first of equal lines as read; busybox sorts them fully first
    const stable = has(p, 's') || (unique && cmd.gnu);
    const keyCmp = (a: string, b: string): number => {
      if (!keys.length) return compareBy(a, b, global);
      for (const k of keys) {
        const c = compareBy(keyText(a, k, t), keyText(b, k, t), k.flags);
        if (c) return c;
      }
      return 0;
    };
    const full = (a: string, b: string): number => {
      const c = keyCmp(a, b);
      if (c || stable) return c;
      return global.r ? -cmpStr(a, b) : cmpStr(a, b);
    };
    if (has(p, 'c') || has(p, 'C')) {
      for (let i = 1; i < all.length; i++) {
        const c = unique ? keyCmp(all[i - 1], all[i]) : full(all[i - 1], all[i]);
        if (c > 0 || (unique && c === 0)) {
          if (!has(p, 'C')) {
            const name = p.operands[0] ?? '-';
            if (cmd.gnu) cmd.warn(`${name}:${i + 1}: disorder: ${all[i]}`);
            else cmd.err(`Check line ${i}\n`);
          }
          return 1;
        }
      }
      return 0;
    }
    const sorted = [...all].sort(full);
    const out: string[] = [];
    for (const line of sorted) {
      if (unique && out.length && keyCmp(out[out.length - 1], line) === 0) continue;
      out.push(line);
    }
    const text = out.map((l) => l + '\n').join('');
    const o = last(p, 'o');
    if (o !== undefined) {
      const r = attempt(() => cmd.ctx.fs.writeFile(cmd.abs(o), text));
      if (isFail(r)) {
        cmd.warn(cmd.gnu ? `open failed: ${o}: ${r.text}` : `can't open '${o}': ${r.text}`);
        return 2;
      }
      return 0;
    }
    cmd.out(text);
    return 0;
  });

function keyError(cmd: Cmd, spec: string): number {
  if (!cmd.gnu) {
    cmd.warn('bad field specification');
    return 2;
  }
  const m = /^(\d*)(\.(\d*))?/.exec(spec) as RegExpExecArray;
  if (m[1] === '') cmd.warn(`invalid number at field start: invalid count at start of ${cmd.lq(spec)}`);
  else if (Number(m[1]) === 0) cmd.warn(`field number is zero: invalid field specification ${cmd.lq(spec)}`);
  else if (m[3] !== undefined && Number(m[3]) === 0) cmd.warn(`character offset is zero: invalid field specification ${cmd.lq(spec)}`);
  else cmd.warn(`stray character in field spec: invalid field specification ${cmd.lq(spec)}`);
  return 2;
}
