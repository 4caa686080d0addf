/**
 * wc: lines, words, characters, bytes, longest line, with the column widths
 * the real ones use: GNU pads to the digits of the total size of the regular
 * files (7 when any input is a pipe or not a regular file; none for one count
 * of one input); busybox pads every column to 9 unless one count of one input.
 */
import type { Program } from '../../shell/types.ts';
import { type Flavour, make } from '../util/common.ts';
import { isFail, readInput, statOrCode } from '../util/fsx.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'clLmw',
  long: {
    bytes: { key: 'c' }, chars: { key: 'm' }, lines: { key: 'l' }, 'files0-from': { key: 'f0', arg: 'required' },
    'max-line-length': { key: 'L' }, words: { key: 'w' }, total: { key: 'total', arg: 'required' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'lwmcL' };

type Counts = [number, number, number, number, number]; // lines words chars bytes maxlen

function count(text: string): Counts {
  let lines = 0;
  let words = 0;
  let chars = 0;
  let maxlen = 0;
  let col = 0;
  let inWord = false;
  for (const ch of text) {
    chars++;
    if (ch === '\n') {
      lines++;
      maxlen = Math.max(maxlen, col);
      col = 0;
    } else if (ch === '\t') col += 8 - (col % 8);
    else if (ch !== '\r' && ch !== '\f' && ch !== '\v') col++;
    if (/\s/.test(ch)) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  maxlen = Math.max(maxlen, col);
  return [lines, words, chars, new TextEncoder().encode(text).length, maxlen];
}

export const wc = (flavour: Flavour): Program =>
  make('wc', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    let show = [has(p, 'l'), has(p, 'w'), has(p, 'm'), has(p, 'c'), has(p, 'L')];
    if (!show.some(Boolean)) show = [true, true, false, true, false];
    const ncols = show.filter(Boolean).length;
    const operands = p.operands.length ? p.operands : ['-'];
    const named = p.operands.length > 0;
    const fs = cmd.ctx.fs;
    const stdin = { text: cmd.ctx.stdin };

    // GNU: the width comes from what stat says of the inputs before reading them
    let width = 1;
    if (cmd.gnu && !(operands.length === 1 && ncols === 1)) {
      const stats = operands.map((o) => (o === '-' ? 'pipe' : statOrCode(fs, cmd.abs(o))));
      const failed = (s: (typeof stats)[number]) => s === null || isFail(s);
      if (!failed(stats[0])) {
        let min = 1;
        let total = 0;
        for (const s of stats) {
          if (s === null || isFail(s)) continue;
          if (s !== 'pipe' && s.type === 'file') total += s.size;
          else min = 7;
        }
        width = Math.max(String(total).length, min);
      }
    }
    const bbPad = !(ncols === 1 && operands.length === 1);
    const line = (c: Counts, name: string | undefined): string => {
      const cells = c.filter((_, i) => show[i]).map((n) => String(n));
      const body = cmd.gnu
        ? cells.map((s) => s.padStart(width)).join(' ')
        : bbPad
          ? cells.map((s) => s.padStart(9)).join(' ')
          : cells.join(' ');
      return name === undefined ? `${body}\n` : `${body} ${name}\n`;
    };

    const total: Counts = [0, 0, 0, 0, 0];
    let status = 0;
    for (const operand of operands) {
      const text = readInput(fs, (x) => cmd.abs(x), operand, stdin);
      let c: Counts = [0, 0, 0, 0, 0];
      if (isFail(text)) {
        cmd.warn(`${operand}: ${text.text}`);
        status = 1;
        if (text.code !== 'EISDIR') continue;
      } else c = count(text);
      for (let i = 0; i < 4; i++) total[i] += c[i];
      total[4] = Math.max(total[4], c[4]);
      cmd.out(line(c, named ? operand : undefined));
    }
    if (operands.length > 1) cmd.out(line(total, 'total'));
    return status;
  });
