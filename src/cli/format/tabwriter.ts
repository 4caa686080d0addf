/**
 * Go's text/tabwriter (elastic tabstops), as docker/cli forks it in
 * cli/command/formatter/tabwriter: cells are terminated by tabs, the text
 * after a line's last tab is not part of any column, and a column block is a
 * run of consecutive lines that have that column. Cell widths count display
 * columns as go-runewidth does (East Asian wide characters count 2).
 *
 * docker creates every table writer as `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)`:
 * see {@link DOCKER_TABLE}.
 */

export const FilterHTML = 1;
export const StripEscape = 2;
export const AlignRight = 4;
export const DiscardEmptyColumns = 8;
export const TabIndent = 16;
export const Debug = 32;

export interface TabwriterOptions {
  readonly minwidth: number;
  readonly tabwidth: number;
  readonly padding: number;
  readonly padchar: string;
  readonly flags: number;
}

/** The writer every docker table uses (formatter.Context, `docker network ls`, `docker ps` ...). */
export const DOCKER_TABLE: TabwriterOptions = { minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ', flags: 0 };

interface Cell {
  size: number; // length in UTF-16 units of the cell's text
  width: number; // display width
  htab: boolean; // terminated by a horizontal tab
}

/** Zero-width: combining marks, format characters, zero-width space/joiners. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u200b\u200c\u200d\u2060\ufe00-\ufe0f]$/u;
/** East Asian Wide (W) and Fullwidth (F) ranges, plus emoji presentation. */
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff],
  [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
];

/** go-runewidth's RuneWidth (EastAsianWidth off): 0 for controls and combining marks, 2 for wide. */
export function runeWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDE[mid][0]) hi = mid - 1;
    else if (cp > WIDE[mid][1]) lo = mid + 1;
    else return 2;
  }
  return 1;
}

/** go-runewidth's StringWidth. */
export function stringWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += runeWidth(ch.codePointAt(0)!);
  return w;
}

class Writer {
  private out = '';
  private buf = '';
  private cell: Cell = { size: 0, width: 0, htab: false };
  private lines: Cell[][] = [[]];
  private widths: number[] = [];

  constructor(private readonly o: TabwriterOptions) {}

  private reset(): void {
    this.buf = '';
    this.cell = { size: 0, width: 0, htab: false };
    this.lines = [[]];
    this.widths = [];
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.o.padchar === '\t' || useTabs) {
      if (this.o.tabwidth === 0) return;
      cellw = Math.ceil(cellw / this.o.tabwidth) * this.o.tabwidth;
      this.out += '\t'.repeat(Math.ceil((cellw - textw) / this.o.tabwidth));
      return;
    }
    this.out += this.o.padchar.repeat(Math.max(cellw - textw, 0));
  }

  private writeLines(pos: number, line0: number, line1: number): number {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      let useTabs = (this.o.flags & TabIndent) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && this.o.flags & Debug) this.out += '|';
        if (c.size === 0) {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j], useTabs);
          return;
        }
        useTabs = false;
        const text = this.buf.slice(pos, pos + c.size);
        pos += c.size;
        if (this.o.flags & AlignRight) {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j], false);
          this.out += text;
        } else {
          this.out += text;
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j], false);
        }
      });
      if (i + 1 === this.lines.length) {
        this.out += this.buf.slice(pos, pos + this.cell.size);
        pos += this.cell.size;
      } else this.out += '\n';
    }
    return pos;
  }

  /** Formats lines [line0, line1) whose text starts at pos (the elastic tabstops algorithm). */
  private format(pos: number, line0: number, line1: number): number {
    const column = this.widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= this.lines[t].length - 1) continue;
      pos = this.writeLines(pos, line0, t);
      line0 = t;
      let width = this.o.minwidth;
      let discardable = true;
      for (; t < line1; t++) {
        const line = this.lines[t];
        if (column >= line.length - 1) break;
        const c = line[column];
        width = Math.max(width, c.width + this.o.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.o.flags & DiscardEmptyColumns) width = 0;
      this.widths.push(width);
      pos = this.format(pos, line0, t);
      this.widths.pop();
      line0 = t;
    }
    return this.writeLines(pos, line0, line1);
  }

  private terminateCell(htab: boolean): number {
    this.cell.htab = htab;
    const line = this.lines[this.lines.length - 1];
    line.push(this.cell);
    this.cell = { size: 0, width: 0, htab: false };
    return line.length;
  }

  private flushLines(): void {
    if (this.cell.size > 0) this.terminateCell(false);
    this.format(0, 0, this.lines.length);
    this.reset();
  }

  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      const segment = text.slice(start, i);
      this.buf += segment;
      this.cell.size += segment.length;
      this.cell.width += stringWidth(segment);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || ncells === 1) {
          this.flushLines();
          if (ch === '\f' && this.o.flags & Debug) this.out += '---\n';
        }
      }
    }
    const rest = text.slice(start);
    this.buf += rest;
    this.cell.size += rest.length;
    this.cell.width += stringWidth(rest);
  }

  flush(): string {
    this.flushLines();
    const out = this.out;
    this.out = '';
    return out;
  }
}

/** Aligns `text` as a Go tabwriter with these options would, written at once then flushed. */
export function tabwrite(text: string, options: TabwriterOptions = DOCKER_TABLE): string {
  const w = new Writer(options);
  w.write(text);
  return w.flush();
}

/** An incremental writer, for output built in several writes before one flush. */
export function newTabwriter(options: TabwriterOptions = DOCKER_TABLE): { write(text: string): void; flush(): string } {
  return new Writer(options);
}
