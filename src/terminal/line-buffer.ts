/** The line being edited: its text and cursor, with readline's editing commands. */

export class LineBuffer {
  text = '';
  cursor = 0;

  set(text: string): void {
    this.text = text;
    this.cursor = text.length;
  }

  insert(s: string): void {
    this.text = this.text.slice(0, this.cursor) + s + this.text.slice(this.cursor);
    this.cursor += s.length;
  }

  backspace(): boolean {
    if (this.cursor === 0) return false;
    this.text = this.text.slice(0, this.cursor - 1) + this.text.slice(this.cursor);
    this.cursor--;
    return true;
  }

  delete(): boolean {
    if (this.cursor >= this.text.length) return false;
    this.text = this.text.slice(0, this.cursor) + this.text.slice(this.cursor + 1);
    return true;
  }

  left(): boolean {
    if (this.cursor === 0) return false;
    this.cursor--;
    return true;
  }

  right(): boolean {
    if (this.cursor >= this.text.length) return false;
    this.cursor++;
    return true;
  }

  home(): void {
    this.cursor = 0;
  }

  end(): void {
    this.cursor = this.text.length;
  }

  wordLeft(): void {
    let i = this.cursor;
    while (i > 0 && !/\w/.test(this.text[i - 1])) i--;
    while (i > 0 && /\w/.test(this.text[i - 1])) i--;
    this.cursor = i;
  }

  wordRight(): void {
    let i = this.cursor;
    while (i < this.text.length && !/\w/.test(this.text[i])) i++;
    while (i < this.text.length && /\w/.test(this.text[i])) i++;
    this.cursor = i;
  }

  /** Ctrl+U: delete from the start of the line to the cursor; returns what was cut. */
  killBefore(): string {
    const cut = this.text.slice(0, this.cursor);
    this.text = this.text.slice(this.cursor);
    this.cursor = 0;
    return cut;
  }

  /** Ctrl+K: delete from the cursor to the end. */
  killAfter(): string {
    const cut = this.text.slice(this.cursor);
    this.text = this.text.slice(0, this.cursor);
    return cut;
  }

  /** Ctrl+W: delete the whitespace-delimited word before the cursor (readline's unix-word-rubout). */
  killWord(): string {
    let i = this.cursor;
    while (i > 0 && this.text[i - 1] === ' ') i--;
    while (i > 0 && this.text[i - 1] !== ' ') i--;
    const cut = this.text.slice(i, this.cursor);
    this.text = this.text.slice(0, i) + this.text.slice(this.cursor);
    this.cursor = i;
    return cut;
  }
}
