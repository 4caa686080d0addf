/**
 * How ls lays entries out: the long format of GNU and busybox, the columns a
 * terminal gets (GNU's fitted columns, busybox's uniform ones), indicators
 * (-F, -p) and GNU's shell quoting of odd names on a terminal.
 */
import { blocks1k, humanBusybox, humanGnu, lsDate, modeString, pad2, utc } from '../util/human.ts';
import { type LStat, inodeOf } from '../util/fsx.ts';

export interface Entry {
  /** as printed: the name in a directory, or the operand as typed */
  name: string;
  /** absolute path */
  path: string;
  st: LStat;
  /** link count (2 + subdirectories for a directory) */
  nlink: number;
}

export interface Layout {
  busybox: boolean;
  long: boolean;
  human: boolean;
  numeric: boolean;
  noOwner: boolean;
  noGroup: boolean;
  blocks: boolean;
  /** -i: inode numbers first */
  inode: boolean;
  /** --full-time: ISO dates with seconds (implies -l) */
  fullTime: boolean;
  classify: boolean;
  slash: boolean;
  /** one per line, columns, or rows across */
  format: 'one' | 'columns' | 'across';
  width: number;
  /** GNU pads columns with tabs at these stops (0: spaces only) */
  tabsize: number;
  /** GNU on a terminal: quote names the shell would need quoted */
  quote: boolean;
  now: number | undefined;
}

export function indicator(e: Entry, lay: Layout): string {
  const { st } = e;
  if (lay.classify) {
    if (st.type === 'dir') return '/';
    if (st.type === 'symlink') return lay.long ? '' : '@';
    if (st.mode & 0o111) return '*';
    return '';
  }
  if (lay.slash && st.type === 'dir') return '/';
  return '';
}

const UNSAFE = /[\s!"#$&'()*;<>?[\\\]^`{|}~]/;

/** GNU's shell-escape quoting: `'a b'`, `"it's"`. */
export function shellQuote(name: string): string {
  if (!UNSAFE.test(name)) return name;
  if (name.includes("'") && !/["$`\\!]/.test(name)) return `"${name}"`;
  return `'${name.replace(/'/g, `'\\''`)}'`;
}

function shownName(e: Entry, lay: Layout, padQuotes: boolean): string {
  let n = e.name;
  if (lay.quote) {
    const qn = shellQuote(n);
    n = qn === n && padQuotes ? ` ${n}` : qn;
  }
  return n + indicator(e, lay);
}

/** `2024-11-22 07:41:00.000000000 +0000` (GNU) or without the fraction (busybox). */
function fullTime(ms: number, busybox: boolean): string {
  const t = utc(ms);
  const frac = busybox ? '' : `.${String(((ms % 1000) + 1000) % 1000).padStart(3, '0')}000000`;
  return `${t.year}-${pad2(t.month + 1)}-${pad2(t.day)} ${pad2(t.hour)}:${pad2(t.min)}:${pad2(t.sec)}${frac} +0000`;
}

function inodeCell(e: Entry, lay: Layout, width: number): string {
  return `${String(inodeOf(e.path)).padStart(lay.busybox ? 7 : width)} `;
}

function blockCount(e: Entry): number {
  return blocks1k(e.st);
}

/** The `total N` line of a directory listing in long (or -s) format. */
export function totalLine(entries: Entry[], lay: Layout): string {
  const total = entries.reduce((n, e) => n + blockCount(e), 0);
  if (!lay.human) return `total ${total}\n`;
  if (lay.busybox) return `total ${humanBusybox(total * 1024, false).padEnd(7)}\n`;
  return `total ${humanGnu(total * 1024)}\n`;
}

function sizeText(e: Entry, lay: Layout): string {
  if (!lay.human) return String(e.st.size);
  return lay.busybox ? humanBusybox(e.st.size) : humanGnu(e.st.size);
}

function longLines(entries: Entry[], lay: Layout, widthsOf: Entry[]): string {
  const quoted = lay.quote && entries.some((e) => shellQuote(e.name) !== e.name);
  const row = (e: Entry) => ({
    e,
    blocks: lay.human ? (lay.busybox ? humanBusybox(blockCount(e) * 1024) : humanGnu(blockCount(e) * 1024)) : String(blockCount(e)),
    nlink: String(e.nlink),
    owner: lay.numeric ? '0' : 'root',
    group: lay.numeric ? '0' : 'root',
    size: sizeText(e, lay),
  });
  const rows = entries.map(row);
  const measured = widthsOf.map(row);
  const w = (f: (r: (typeof rows)[number]) => string) => Math.max(0, ...measured.map((r) => f(r).length));
  const wb = w((r) => r.blocks);
  const wi = Math.max(0, ...widthsOf.map((e) => String(inodeOf(e.path)).length));
  const wl = w((r) => r.nlink);
  const wo = w((r) => r.owner);
  const wg = w((r) => r.group);
  const ws = w((r) => r.size);
  let out = '';
  for (const r of rows) {
    const { e } = r;
    const date = lay.fullTime ? fullTime(e.st.mtime, lay.busybox) : lsDate(e.st.mtime, lay.now, lay.busybox);
    const mode = modeString(e.st.type, e.st.mode);
    let line = lay.inode ? inodeCell(e, lay, wi) : '';
    if (lay.busybox) {
      line += lay.blocks ? `${r.blocks.padStart(6)} ` : '';
      line += `${mode} ${r.nlink.padStart(4)} `;
      if (!lay.noOwner) line += `${r.owner.padEnd(8)} `;
      if (!lay.noGroup) line += `${r.group.padEnd(8)} `;
      line += lay.human ? `${r.size.padStart(7)} ` : `${r.size.padStart(9)} `;
    } else {
      line += lay.blocks ? `${r.blocks.padStart(wb)} ` : '';
      line += `${mode} ${r.nlink.padStart(wl)} `;
      if (!lay.noOwner) line += `${r.owner.padEnd(wo)} `;
      if (!lay.noGroup) line += `${r.group.padEnd(wg)} `;
      line += `${r.size.padStart(ws)} `;
    }
    line += `${date} ${shownName(e, lay, quoted)}`;
    if (e.st.link !== undefined) line += ` -> ${lay.quote ? shellQuote(e.st.link) : e.st.link}`;
    out += line + '\n';
  }
  return out;
}

/** GNU ls -C: the most columns whose widths (name + 2, last column bare) fit the line. */
/** GNU's indent(): tabs where a whole tab stop fits, then spaces. */
function indent(from: number, to: number, tabsize: number): string {
  let out = '';
  while (from < to) {
    if (tabsize > 0 && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      out += '\t';
      from += tabsize - (from % tabsize);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

function gnuColumns(cells: string[], width: number, across: boolean, tabsize: number): string {
  const n = cells.length;
  const maxCols = Math.max(1, Math.min(Math.floor(width / 3), n));
  let chosen = 1;
  let chosenWidths = [Math.max(...cells.map((c) => c.length))];
  for (let cols = maxCols; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    const widths = new Array<number>(cols).fill(0);
    cells.forEach((c, i) => {
      const col = across ? i % cols : Math.floor(i / rows);
      widths[col] = Math.max(widths[col], c.length + (col === cols - 1 ? 0 : 2));
    });
    const total = widths.reduce((a, b) => a + b, 0);
    if (total < width || cols === 1) {
      chosen = cols;
      chosenWidths = widths;
      break;
    }
  }
  const cols = chosen;
  const rows = Math.ceil(n / cols);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    let pos = 0;
    for (let c = 0; c < cols; c++) {
      const i = across ? r * cols + c : c * rows + r;
      if (i >= n) break;
      const next = across ? i + 1 : i + rows;
      const lastInRow = across ? c === cols - 1 || next >= n : next >= n;
      line += cells[i];
      if (lastInRow) break;
      line += indent(pos + cells[i].length, pos + chosenWidths[c], tabsize);
      pos += chosenWidths[c];
    }
    out += line + '\n';
  }
  return out;
}

/** busybox ls -C: every column as wide as the longest name + 2. */
function busyboxColumns(cells: string[], width: number, across: boolean): string {
  const n = cells.length;
  const colWidth = Math.max(...cells.map((c) => c.length)) + 2;
  let ncols = Math.floor(width / colWidth);
  let nrows: number;
  if (ncols > 1) {
    nrows = Math.ceil(n / ncols);
  } else {
    nrows = n;
    ncols = 1;
  }
  let out = '';
  for (let r = 0; r < nrows; r++) {
    let line = '';
    let column = 0;
    let nexttab = 0;
    for (let c = 0; c < ncols; c++) {
      const i = across ? r * ncols + c : c * nrows + r;
      if (i >= n) continue;
      if (column > 0) {
        line += ' '.repeat(Math.max(0, nexttab - column));
        column = nexttab;
      }
      nexttab = column + colWidth;
      line += cells[i];
      column += cells[i].length;
    }
    out += line + '\n';
  }
  return out;
}

/**
 * The listing of one group of entries (a directory's contents, or the file
 * operands). GNU sizes the long-format columns of the file operands over all
 * operands, directories included: `widthsOf`.
 */
export function formatEntries(entries: Entry[], lay: Layout, widthsOf: Entry[] = entries): string {
  if (entries.length === 0) return '';
  if (lay.long) return longLines(entries, lay, widthsOf);
  const quoted = lay.quote && entries.some((e) => shellQuote(e.name) !== e.name);
  let cells = entries.map((e) => shownName(e, lay, quoted));
  if (lay.blocks) {
    const bl = entries.map((e) =>
      lay.human ? (lay.busybox ? humanBusybox(blockCount(e) * 1024) : humanGnu(blockCount(e) * 1024)) : String(blockCount(e)),
    );
    const wb = lay.busybox ? 6 : Math.max(...bl.map((b) => b.length));
    cells = cells.map((c, i) => `${bl[i].padStart(wb)} ${c}`);
  }
  if (lay.inode) {
    const wi = Math.max(...entries.map((e) => String(inodeOf(e.path)).length));
    cells = cells.map((c, i) => inodeCell(entries[i], lay, wi) + c);
  }
  if (lay.format === 'one') return cells.map((c) => c + '\n').join('');
  const across = lay.format === 'across';
  return lay.busybox ? busyboxColumns(cells, lay.width, across) : gnuColumns(cells, lay.width, across, lay.tabsize);
}
