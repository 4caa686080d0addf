/**
 * The one file that imports xterm.js: it opens a Terminal in a page element,
 * fits it to its box (and keeps it fitted), feeds keystrokes and pastes to a
 * TerminalSession, and is the session's TerminalOutput. It adds what a web
 * page needs around a terminal: a screen-reader mode, copy with
 * Ctrl+Shift+C / Cmd+C, and a way out by keyboard (Escape, then Tab), since
 * Tab itself completes names inside the terminal.
 */
import { FitAddon } from '@xterm/addon-fit';
import { type ITheme, Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import type { TerminalOutput } from './session.ts';

/** Monospace fonts people have, then ones with Hangul (Korean glyphs), then the course's bundled coding font. */
export const TERMINAL_FONT_FAMILY = [
  '"Cascadia Mono"',
  '"SF Mono"',
  'Menlo',
  'Consolas',
  '"DejaVu Sans Mono"',
  '"Liberation Mono"',
  '"Ubuntu Mono"',
  'D2Coding',
  '"Nanum Gothic Coding"',
  '"Noto Sans Mono CJK KR"',
  '"Apple SD Gothic Neo"',
  '"Malgun Gothic"',
  '"Course Mono KR"', // Nanum Gothic Coding's Hangul, shipped with the site (src/components/Fonts.astro)
  'monospace',
].join(', ');

/** A dark theme whose every colour reads at 4.5:1 or better on the background. */
export const TERMINAL_THEME: ITheme = {
  background: '#14181f',
  foreground: '#e8ebf0',
  cursor: '#ffd866',
  cursorAccent: '#14181f',
  selectionBackground: '#3d5a80',
  selectionForeground: '#ffffff',
  black: '#14181f',
  red: '#ff7b72',
  green: '#7ee787',
  yellow: '#f2cc60',
  blue: '#79c0ff',
  magenta: '#d2a8ff',
  cyan: '#76e3ea',
  white: '#d8dee4',
  brightBlack: '#9aa4b2',
  brightRed: '#ffa198',
  brightGreen: '#8ddb8c',
  brightYellow: '#f8e3a1',
  brightBlue: '#a5d6ff',
  brightMagenta: '#e2c5ff',
  brightCyan: '#b3f0ff',
  brightWhite: '#ffffff',
};

export interface XtermOptions {
  /** accessible name of the terminal's input */
  label: string;
  /** id of an element that explains how to use and leave the terminal */
  describedBy?: string;
  fontSize?: number;
}

export interface XtermTerminal extends TerminalOutput {
  /** sends input (keys, pastes) to this handler from now on: the current session */
  connect(session: { handleData(data: string): void }): void;
  /** called with the new width in columns whenever the terminal is resized */
  onResize(listener: (cols: number) => void): void;
  focus(): void;
  /** clears the screen and scrollback (a reset lab starts on an empty screen) */
  reset(): void;
  dispose(): void;
}

export function openXterm(parent: HTMLElement, options: XtermOptions): XtermTerminal {
  const term = new Terminal({
    screenReaderMode: true,
    cursorBlink: true,
    fontFamily: TERMINAL_FONT_FAMILY,
    fontSize: options.fontSize ?? 14,
    lineHeight: 1.15,
    theme: TERMINAL_THEME,
    minimumContrastRatio: 4.5,
    drawBoldTextInBrightColors: true,
    scrollback: 2000,
    convertEol: false,
    allowProposedApi: false,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(parent);

  const textarea = term.textarea;
  if (textarea) {
    textarea.setAttribute('aria-label', options.label);
    if (options.describedBy) textarea.setAttribute('aria-describedby', options.describedBy);
  }

  let target: { handleData(data: string): void } | null = null;
  term.onData((data) => target?.handleData(data));

  // In screen-reader mode xterm leaves text inserted without a key press (emoji and
  // character pickers, dictation, some on-screen keyboards) to the screen reader; type it too.
  let keyDown = false;
  if (textarea) {
    textarea.addEventListener('keydown', () => (keyDown = true));
    textarea.addEventListener('keyup', () => (keyDown = false));
    textarea.addEventListener('input', (event) => {
      const input = event as InputEvent;
      if (input.inputType === 'insertText' && input.data && !input.isComposing && !keyDown) target?.handleData(input.data);
    });
  }

  const copySelection = () => {
    const text = term.getSelection();
    if (text) void navigator.clipboard?.writeText(text).catch(() => undefined);
  };

  // Escape arms "leave": the next Tab or Shift+Tab moves focus out instead of completing.
  let leaving = false;
  term.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown') return !(leaving && event.key === 'Tab');
    if (event.key === 'Escape') {
      leaving = true;
      return false;
    }
    if (event.key === 'Tab' && leaving) {
      leaving = false;
      return false; // the browser's own focus move happens
    }
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) leaving = false;
    const key = event.key.toLowerCase();
    if ((event.ctrlKey && event.shiftKey && key === 'c') || (event.metaKey && !event.ctrlKey && key === 'c')) {
      if (term.hasSelection()) copySelection();
      event.preventDefault();
      return false;
    }
    // Ctrl+Shift+V and Cmd+V: let the browser paste; xterm's paste handler feeds the text to onData
    if ((event.ctrlKey && event.shiftKey && key === 'v') || (event.metaKey && key === 'v')) return false;
    return true;
  });

  const resizeListeners: ((cols: number) => void)[] = [];
  term.onResize(({ cols }) => resizeListeners.forEach((l) => l(cols)));
  const refit = () => {
    if (parent.clientWidth === 0 || parent.clientHeight === 0) return;
    try {
      fit.fit();
    } catch {
      // not laid out yet: the observer calls again
    }
  };
  refit();
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(refit);
  });
  observer.observe(parent);

  return {
    write: (data) => term.write(data),
    get cols() {
      return term.cols;
    },
    connect(session) {
      target = session;
    },
    onResize(listener) {
      resizeListeners.push(listener);
    },
    focus: () => term.focus(),
    reset() {
      term.reset();
      term.clear();
    },
    dispose() {
      observer.disconnect();
      term.dispose();
    },
  };
}
