/** cat: concatenate files and standard input, with -n -b -s -v -E -T -A. */
import type { Program } from '../../shell/types.ts';
import { FS_ERROR_TEXT } from '../../vfs/types.ts';
import { type Flavour, lines, make } from '../util/common.ts';
import { isFail, readInput } from '../util/fsx.ts';
import { type OptSpec, has } from '../util/getopt.ts';

const GNU_SPEC: OptSpec = {
  short: 'benstuvAET',
  long: {
    'show-all': { key: 'A' }, 'number-nonblank': { key: 'b' }, 'show-ends': { key: 'E' }, number: { key: 'n' },
    'squeeze-blank': { key: 's' }, 'show-tabs': { key: 'T' }, 'show-nonprinting': { key: 'v' },
    help: { key: 'help' }, version: { key: 'version' },
  },
};
const BUSYBOX_SPEC: OptSpec = { short: 'nbvteAu' };

/** cat -v: ^X for control characters, M- for bytes above 127 (of the UTF-8 encoding). */
export function showNonprinting(text: string, tabs: boolean): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    let b = byte;
    if (b === 10 || (b === 9 && !tabs)) {
      out += String.fromCharCode(b);
      continue;
    }
    if (b >= 128) {
      out += 'M-';
      b -= 128;
    }
    if (b < 32) out += '^' + String.fromCharCode(b + 64);
    else if (b === 127) out += '^?';
    else out += String.fromCharCode(b);
  }
  return out;
}

export const cat = (flavour: Flavour): Program =>
  make('cat', flavour, async (cmd) => {
    const p = cmd.parse(cmd.gnu ? GNU_SPEC : BUSYBOX_SPEC);
    if (typeof p === 'number') return p;
    const all = has(p, 'A');
    const nonprinting = all || has(p, 'v') || has(p, 'e') || has(p, 't');
    const ends = all || has(p, 'E') || has(p, 'e');
    const tabs = all || has(p, 'T') || has(p, 't');
    const numberNonblank = has(p, 'b');
    const number = numberNonblank || has(p, 'n');
    const squeeze = has(p, 's');
    const operands = p.operands.length ? p.operands : ['-'];
    const stdin = { text: cmd.ctx.stdin };
    let status = 0;
    let lineNo = 0;
    let atLineStart = true;
    let lastBlank = false;

    const number1 = (text: string): string => {
      // GNU numbers the stream as one: a partial last line continues into the next file
      let out = '';
      for (const piece of text.split(/(?<=\n)/)) {
        if (piece === '') continue;
        const blank = atLineStart && piece === '\n';
        if (squeeze && blank && lastBlank) continue;
        if (atLineStart) lastBlank = blank;
        if (number && atLineStart && (!numberNonblank || !blank)) out += `${String(++lineNo).padStart(6)}\t`;
        out += piece;
        atLineStart = piece.endsWith('\n');
      }
      return out;
    };

    for (const operand of operands) {
      const text = readInput(cmd.ctx.fs, (x) => cmd.abs(x), operand, stdin);
      if (isFail(text)) {
        if (cmd.gnu) cmd.warn(`${operand}: ${FS_ERROR_TEXT[text.code]}`);
        else if (text.code === 'EISDIR') cmd.warn(`read error: ${FS_ERROR_TEXT[text.code]}`);
        else cmd.warn(`can't open '${operand}': ${FS_ERROR_TEXT[text.code]}`);
        status = 1;
        continue;
      }
      let chunk = text;
      if (!cmd.gnu && number) {
        // busybox numbers each file on its own, ending its last line
        atLineStart = true;
        chunk = lines(text).map((l) => l + '\n').join('');
      }
      if (nonprinting) chunk = showNonprinting(chunk, tabs);
      else if (tabs) chunk = chunk.replace(/\t/g, '^I');
      if (number || squeeze) chunk = number1(chunk);
      if (ends) chunk = chunk.replace(/\n/g, '$\n');
      cmd.out(chunk);
    }
    return status;
  });
