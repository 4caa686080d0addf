/**
 * Turning what xterm.js hands us (onData strings: typed text, pastes, escape
 * sequences) into key events the line editor understands.
 */

export type Key =
  | { kind: 'text'; text: string }
  | { kind: 'enter' }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'left' }
  | { kind: 'right' }
  | { kind: 'up' }
  | { kind: 'down' }
  | { kind: 'home' }
  | { kind: 'end' }
  | { kind: 'wordLeft' }
  | { kind: 'wordRight' }
  | { kind: 'tab' }
  | { kind: 'interrupt' } // Ctrl+C
  | { kind: 'eof' } // Ctrl+D
  | { kind: 'clear' } // Ctrl+L
  | { kind: 'killBefore' } // Ctrl+U
  | { kind: 'killAfter' } // Ctrl+K
  | { kind: 'killWord' } // Ctrl+W
  | { kind: 'reverseSearch' }; // Ctrl+R (not implemented: ignored by the editor)

const SEQUENCES: Record<string, Key> = {
  '\x1b[A': { kind: 'up' },
  '\x1b[B': { kind: 'down' },
  '\x1b[C': { kind: 'right' },
  '\x1b[D': { kind: 'left' },
  '\x1bOA': { kind: 'up' },
  '\x1bOB': { kind: 'down' },
  '\x1bOC': { kind: 'right' },
  '\x1bOD': { kind: 'left' },
  '\x1b[H': { kind: 'home' },
  '\x1b[F': { kind: 'end' },
  '\x1bOH': { kind: 'home' },
  '\x1bOF': { kind: 'end' },
  '\x1b[1~': { kind: 'home' },
  '\x1b[4~': { kind: 'end' },
  '\x1b[7~': { kind: 'home' },
  '\x1b[8~': { kind: 'end' },
  '\x1b[3~': { kind: 'delete' },
  '\x1b[1;5D': { kind: 'wordLeft' },
  '\x1b[1;5C': { kind: 'wordRight' },
  '\x1bb': { kind: 'wordLeft' },
  '\x1bf': { kind: 'wordRight' },
};

const CONTROLS: Record<string, Key> = {
  '\r': { kind: 'enter' },
  '\n': { kind: 'enter' },
  '\x7f': { kind: 'backspace' },
  '\b': { kind: 'backspace' },
  '\t': { kind: 'tab' },
  '\x01': { kind: 'home' },
  '\x05': { kind: 'end' },
  '\x02': { kind: 'left' },
  '\x06': { kind: 'right' },
  '\x03': { kind: 'interrupt' },
  '\x04': { kind: 'eof' },
  '\x0c': { kind: 'clear' },
  '\x15': { kind: 'killBefore' },
  '\x0b': { kind: 'killAfter' },
  '\x17': { kind: 'killWord' },
  '\x10': { kind: 'up' },
  '\x0e': { kind: 'down' },
  '\x12': { kind: 'reverseSearch' },
};

const BRACKETED_START = '\x1b[200~';
const BRACKETED_END = '\x1b[201~';

/**
 * Splits one onData chunk into keys. Printable runs stay together (a paste is
 * one text key, newlines in it become enter keys so pasted lines run one by
 * one, as in bash); unknown escape sequences are dropped.
 */
export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text) keys.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < data.length) {
    if (data.startsWith(BRACKETED_START, i) || data.startsWith(BRACKETED_END, i)) {
      i += BRACKETED_START.length;
      continue;
    }
    const ch = data[i];
    if (ch === '\x1b') {
      flush();
      const seq = Object.keys(SEQUENCES).find((s) => data.startsWith(s, i));
      if (seq) {
        keys.push(SEQUENCES[seq]);
        i += seq.length;
        continue;
      }
      // skip an unknown CSI sequence: ESC [ params final-byte
      const m = /^\x1b\[[0-9;?]*[ -\/]*[@-~]/.exec(data.slice(i)) ?? /^\x1b[O]?./.exec(data.slice(i));
      i += m ? m[0].length : 1;
      continue;
    }
    if (ch === '\r' && data[i + 1] === '\n') {
      flush();
      keys.push({ kind: 'enter' });
      i += 2;
      continue;
    }
    const control = CONTROLS[ch];
    if (control) {
      flush();
      keys.push(control);
      i++;
      continue;
    }
    if (ch < ' ') {
      i++; // other control characters do nothing
      continue;
    }
    text += ch;
    i++;
  }
  flush();
  return keys;
}
