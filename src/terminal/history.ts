/**
 * Command history as bash keeps it: up/down walk through earlier lines, the
 * line being typed is kept as a draft, consecutive duplicates and lines
 * starting with a space are not stored. Plain data, so it can be saved.
 */

export const HISTORY_LIMIT = 500;

export class History {
  private entries: string[];
  /** position while browsing: entries.length means "the draft" */
  private index: number;
  private draft = '';

  constructor(entries: string[] = []) {
    this.entries = entries.slice(-HISTORY_LIMIT);
    this.index = this.entries.length;
  }

  add(line: string): void {
    this.index = this.entries.length;
    if (line.trim() === '' || line.startsWith(' ')) return;
    if (this.entries[this.entries.length - 1] !== line) this.entries.push(line);
    if (this.entries.length > HISTORY_LIMIT) this.entries.shift();
    this.index = this.entries.length;
    this.draft = '';
  }

  /** The previous entry, or null at the oldest; `current` is what is on the line now. */
  previous(current: string): string | null {
    if (this.index === 0) return null;
    if (this.index === this.entries.length) this.draft = current;
    this.index--;
    return this.entries[this.index];
  }

  next(): string | null {
    if (this.index >= this.entries.length) return null;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Stop browsing (after Enter or Ctrl+C). */
  reset(): void {
    this.index = this.entries.length;
    this.draft = '';
  }

  toJSON(): string[] {
    return [...this.entries];
  }
}
