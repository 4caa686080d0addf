/** Where a command's input comes from and its output goes, inside the shell. */
import type { OutputStream } from './types.ts';
import type { FileSystem } from '../vfs/types.ts';

/** An output file descriptor. */
export interface Sink {
  write(chunk: string): void;
  /** true when this is the terminal (programs see it as isTTY) */
  readonly tty: boolean;
}

/** Standard input with a read position: `read` takes a line, a program takes the rest. */
export interface Input {
  data: string;
  pos: number;
}

export interface Io {
  stdin: Input;
  /** output descriptors by number: 1 stdout, 2 stderr, 3.. opened by redirections */
  fds: (Sink | undefined)[];
}

export const NULL_SINK: Sink = { write() {}, tty: false };

export class Capture implements Sink {
  readonly tty = false;
  private chunks: string[] = [];
  write(chunk: string): void {
    this.chunks.push(chunk);
  }
  text(): string {
    const t = this.chunks.join('');
    this.chunks = [t];
    return t;
  }
}

export function streamSink(out: OutputStream | undefined, tty: boolean): Sink {
  if (!out) return NULL_SINK;
  return { write: (c) => out.write(c), tty };
}

/** Appends each write to a file (the file was created or truncated when opened). */
export function fileSink(fs: FileSystem, path: string): Sink {
  return {
    tty: false,
    write(chunk) {
      try {
        fs.writeFile(path, chunk, { append: true });
      } catch {
        // the file went away or became read-only mid-command: the data is lost, as with a full disk
      }
    },
  };
}

export function input(data: string): Input {
  return { data, pos: 0 };
}

/** The unread rest of the input; taking it consumes it. */
export function takeInput(inp: Input): string {
  const rest = inp.data.slice(inp.pos);
  inp.pos = inp.data.length;
  return rest;
}

/** One line of input (without its newline), or null at the end. */
export function readLine(inp: Input): string | null {
  if (inp.pos >= inp.data.length) return null;
  const nl = inp.data.indexOf('\n', inp.pos);
  const end = nl < 0 ? inp.data.length : nl;
  const line = inp.data.slice(inp.pos, end);
  inp.pos = nl < 0 ? end : nl + 1;
  return line;
}

/** An OutputStream view of a sink, for ProgramContext. */
export function asStream(sink: Sink | undefined): OutputStream {
  return { write: (c: string) => sink?.write(c) };
}
