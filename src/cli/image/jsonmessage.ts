/**
 * moby pkg/jsonmessage DisplayJSONMessagesStream, for the pull events of
 * engine/images/pull-progress.ts. Without a terminal every event is a line.
 * On a terminal each layer owns one line: the first message of a layer adds
 * a line ("\n"), every message of a layer moves the cursor up to its line
 * (ESC[nA), erases it (ESC[2K), writes "\r<id>: <status> <progress>\r" and
 * moves back down (ESC[nB); any message without a layer id is printed as a
 * plain line and makes docker forget the layer lines above.
 */
import type { PullEvent } from '../../engine/images/pull-progress.ts';
import type { OutputStream } from '../../shell/types.ts';

export class JsonMessageDisplay {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly streams: { stdout: OutputStream; stderr: OutputStream },
    private readonly isTerminal: boolean,
  ) {}

  show(e: PullEvent): void {
    const out = e.stream === 'stdout' ? this.streams.stdout : this.streams.stderr;
    if (!this.isTerminal || e.line === undefined) {
      this.ids.clear();
      out.write(e.text + '\n');
      return;
    }
    let line = this.ids.get(e.line);
    let text = '';
    if (line === undefined) {
      line = this.ids.size;
      this.ids.set(e.line, line);
      text += '\n';
    }
    const diff = this.ids.size - line;
    // cursorUp, clearLine, "\r", the message, "\r", cursorDown (aec.Up/Down write nothing for 0)
    text += `\x1b[${diff}A\x1b[2K\r${e.text}\r\x1b[${diff}B`;
    out.write(text);
  }
}
