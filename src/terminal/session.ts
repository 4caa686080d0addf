/**
 * The terminal's behaviour without a browser: a prompt, an editable line
 * (arrows, Home/End, Ctrl+A/E/U/K/W, Backspace/Delete), history, Tab
 * completion, continuation lines (`> `) for incomplete input, running a
 * line on the lab while streaming its output, and Ctrl+C. It writes escape
 * sequences to a TerminalOutput; one adapter file connects it to xterm.js.
 */
import { type CompletionData, commonPrefix, complete } from './completion.ts';
import { History } from './history.ts';
import { type Key, parseKeys } from './keys.ts';
import { LineBuffer } from './line-buffer.ts';
import { displayWidth } from './width.ts';

export interface TerminalLab {
  exec(
    line: string,
    options: { onStdout(chunk: string): void; onStderr(chunk: string): void; signal: { readonly aborted: boolean } },
  ): Promise<{ exitCode: number }>;
  prompt(): string;
  /** false while the text needs more lines (open quote, trailing `\`, `|`, heredoc) */
  isComplete(text: string): boolean;
  completionData(): CompletionData;
  /** true at the Docker host's own prompt (Ctrl+D does nothing there), false inside a container's shell */
  atHost(): boolean;
}

export interface TerminalOutput {
  write(data: string): void;
  readonly cols: number;
}

const CONTINUATION = '> ';

/** Colours the host and container prompts like Ubuntu's bashrc does (bold green user@host, bold blue path). */
export function colorPrompt(prompt: string): string {
  const m = /^([^@\s]+@[^:\s]+):(.*)([#$] )$/.exec(prompt);
  if (!m) return prompt;
  return `\x1b[01;32m${m[1]}\x1b[00m:\x1b[01;34m${m[2]}\x1b[00m${m[3]}`;
}

export class TerminalSession {
  private readonly line = new LineBuffer();
  private prompt = '';
  /** earlier lines of an incomplete command (continued with `> `) */
  private continued: string[] = [];
  private running: { aborted: boolean } | null = null;
  private typeAhead = '';
  private lastKeyWasTab = false;
  /** cursor row below the prompt's first row, for redrawing */
  private cursorRow = 0;
  private readonly listeners: ((state: 'idle' | 'running') => void)[] = [];

  constructor(
    private readonly lab: TerminalLab,
    private readonly out: TerminalOutput,
    readonly history: History = new History(),
    private readonly onCommand?: (line: string, exitCode: number) => void,
  ) {}

  /** Shows the first prompt. */
  start(): void {
    this.showPrompt();
  }

  onStateChange(listener: (state: 'idle' | 'running') => void): void {
    this.listeners.push(listener);
  }

  get busy(): boolean {
    return this.running !== null;
  }

  /** Input from the keyboard or a paste (xterm's onData). */
  handleData(data: string): void {
    if (this.running) {
      if (data.includes('\x03')) {
        this.running.aborted = true;
        this.out.write('^C');
      } else this.typeAhead += data;
      return;
    }
    const keys = parseKeys(data);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (this.running) {
        // a pasted block: the rest waits for the prompt
        this.typeAhead += keysToText(keys.slice(i));
        return;
      }
      this.handleKey(key);
    }
  }

  /** Types a whole command as if the learner had typed it and pressed Enter (the "run" buttons). */
  type(command: string): void {
    if (this.running) {
      this.typeAhead += command + '\r';
      return;
    }
    this.line.set('');
    this.redraw();
    this.handleData(command.replace(/\n/g, '\r') + '\r');
  }

  /** Clears the screen and shows a fresh prompt (reset, Ctrl+L). */
  clearScreen(): void {
    this.out.write('\x1b[H\x1b[2J');
    this.cursorRow = 0;
    this.drawLine();
  }

  private handleKey(key: Key): void {
    const wasTab = this.lastKeyWasTab;
    this.lastKeyWasTab = key.kind === 'tab';
    switch (key.kind) {
      case 'text':
        this.line.insert(key.text);
        this.redraw();
        break;
      case 'enter':
        void this.submit();
        break;
      case 'backspace':
        if (this.line.backspace()) this.redraw();
        break;
      case 'delete':
        if (this.line.delete()) this.redraw();
        break;
      case 'left':
        if (this.line.left()) this.redraw();
        break;
      case 'right':
        if (this.line.right()) this.redraw();
        break;
      case 'home':
        this.line.home();
        this.redraw();
        break;
      case 'end':
        this.line.end();
        this.redraw();
        break;
      case 'wordLeft':
        this.line.wordLeft();
        this.redraw();
        break;
      case 'wordRight':
        this.line.wordRight();
        this.redraw();
        break;
      case 'up': {
        const prev = this.history.previous(this.line.text);
        if (prev !== null) {
          this.line.set(prev);
          this.redraw();
        }
        break;
      }
      case 'down': {
        const next = this.history.next();
        if (next !== null) {
          this.line.set(next);
          this.redraw();
        }
        break;
      }
      case 'killBefore':
        this.line.killBefore();
        this.redraw();
        break;
      case 'killAfter':
        this.line.killAfter();
        this.redraw();
        break;
      case 'killWord':
        this.line.killWord();
        this.redraw();
        break;
      case 'interrupt':
        this.moveToEnd();
        this.out.write('^C\r\n');
        this.line.set('');
        this.continued = [];
        this.history.reset();
        this.showPrompt();
        break;
      case 'clear':
        this.clearScreen();
        break;
      case 'eof':
        if (this.line.text === '' && this.continued.length === 0 && !this.lab.atHost()) {
          this.line.set('exit');
          void this.submit();
        } else if (this.line.delete()) this.redraw();
        break;
      case 'tab':
        this.completeWord(wasTab);
        break;
      default:
        break;
    }
  }

  private completeWord(secondTab: boolean): void {
    const { start, candidates } = complete(this.line.text, this.line.cursor, this.lab.completionData());
    if (candidates.length === 0) {
      this.out.write('\x07');
      return;
    }
    const typed = this.line.text.slice(start, this.line.cursor);
    if (candidates.length === 1) {
      const word = candidates[0];
      this.line.insert(word.slice(typed.length) + (/[:/=]$/.test(word) ? '' : ' '));
      this.redraw();
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > typed.length) {
      this.line.insert(prefix.slice(typed.length));
      this.redraw();
      return;
    }
    if (!secondTab) {
      this.out.write('\x07');
      return;
    }
    // second Tab: list the candidates in columns, then redraw the line
    this.moveToEnd();
    const width = Math.max(...candidates.map(displayWidth)) + 2;
    const perRow = Math.max(1, Math.floor(this.out.cols / width));
    const rows: string[] = [];
    for (let i = 0; i < candidates.length; i += perRow) {
      rows.push(candidates.slice(i, i + perRow).map((c) => c + ' '.repeat(width - displayWidth(c))).join('').trimEnd());
    }
    this.out.write('\r\n' + rows.join('\r\n') + '\r\n');
    this.cursorRow = 0;
    this.drawLine();
  }

  private async submit(): Promise<void> {
    this.moveToEnd();
    this.out.write('\r\n');
    const text = [...this.continued, this.line.text].join('\n');
    if (!this.lab.isComplete(text)) {
      this.continued.push(this.line.text);
      this.line.set('');
      this.prompt = CONTINUATION;
      this.cursorRow = 0;
      this.drawLine();
      return;
    }
    this.continued = [];
    this.line.set('');
    this.history.add(text);
    if (text.trim() === '') {
      this.showPrompt();
      return;
    }
    const signal = { aborted: false };
    this.running = signal;
    this.listeners.forEach((l) => l('running'));
    const write = (chunk: string) => this.out.write(chunk.replace(/\r?\n/g, '\r\n'));
    let exitCode = 0;
    try {
      ({ exitCode } = await this.lab.exec(text, { onStdout: write, onStderr: write, signal }));
    } catch (e) {
      write(`bash: ${e instanceof Error ? e.message : String(e)}\n`);
      exitCode = 1;
    }
    if (signal.aborted) this.out.write('\r\n');
    this.running = null;
    this.listeners.forEach((l) => l('idle'));
    this.onCommand?.(text, exitCode);
    this.showPrompt();
    const pending = this.typeAhead;
    this.typeAhead = '';
    if (pending) this.handleData(pending);
  }

  private showPrompt(): void {
    this.prompt = this.lab.prompt();
    this.cursorRow = 0;
    this.drawLine();
  }

  /** Writes prompt + line from the current row's start and places the cursor. */
  private drawLine(): void {
    const cols = Math.max(1, this.out.cols);
    const promptText = colorPrompt(this.prompt);
    const promptWidth = displayWidth(this.prompt);
    const total = promptWidth + displayWidth(this.line.text);
    this.out.write('\r' + promptText + this.line.text + '\x1b[J');
    let endRow = Math.floor(total / cols);
    if (total > 0 && total % cols === 0) this.out.write(' \b'); // leave xterm's pending-wrap state
    else if (total === 0) endRow = 0;
    const cursorAt = promptWidth + displayWidth(this.line.text.slice(0, this.line.cursor));
    const row = Math.floor(cursorAt / cols);
    const col = cursorAt % cols;
    if (endRow > row) this.out.write(`\x1b[${endRow - row}A`);
    this.out.write(`\r${col > 0 ? `\x1b[${col}C` : ''}`);
    this.cursorRow = row;
  }

  private redraw(): void {
    if (this.cursorRow > 0) this.out.write(`\x1b[${this.cursorRow}A`);
    this.drawLine();
  }

  /** Moves the cursor below the end of the line being edited. */
  private moveToEnd(): void {
    const cols = Math.max(1, this.out.cols);
    const total = displayWidth(this.prompt) + displayWidth(this.line.text);
    const endRow = Math.floor(total / cols);
    if (endRow > this.cursorRow) this.out.write(`\x1b[${endRow - this.cursorRow}B`);
    this.out.write(`\r\x1b[${total % cols}C`.replace('\x1b[0C', ''));
    this.cursorRow = endRow;
  }
}

function keysToText(keys: Key[]): string {
  return keys.map((k) => (k.kind === 'text' ? k.text : k.kind === 'enter' ? '\r' : '')).join('');
}
