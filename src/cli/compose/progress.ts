/**
 * Compose's progress output on stderr (docker/compose pkg/progress).
 * Not a terminal: the plain writer prints each event as it happens,
 * `fmt.Fprintln(out, "", e.ID, e.Text, e.StatusText)` — so a leading space
 * and two spaces before the status (Text is empty):
 *   " Container demo-web-1  Started"
 * A terminal: the tty writer redraws a frame; we print its last frame:
 *   "[+] Running 2/2"
 *   " ✔ Network demo_default    Created      0.1s"
 * (ID padded to the longest, the elapsed time right-aligned to the width).
 */
import type { CliContext } from '../command.ts';

export type EventStatus = 'working' | 'done' | 'error';

export interface ProgressEvent {
  id: string;
  status: EventStatus;
  /** StatusText: "Created", "Started"... */
  text: string;
  /** Text: empty for resources, "Pulling"/"Pulled" for image pulls */
  label: string;
}

export class Progress {
  private readonly order: string[] = [];
  private readonly last = new Map<string, ProgressEvent>();
  private readonly tail: string[] = [];

  constructor(private readonly ctx: CliContext) {}

  event(id: string, text: string, status: EventStatus = 'working', label = ''): void {
    // fmt.Fprintln("", e.ID, e.Text, e.StatusText): operands joined by spaces
    if (!this.ctx.isTTY) this.ctx.stderr.write(` ${id} ${label} ${text}\n`);
    if (!this.last.has(id)) this.order.push(id);
    this.last.set(id, { id, status, text, label });
  }

  /** An image pull's event: the phase is the event's Text, its status text empty (` web Pulling `). */
  pull(service: string, phase: 'Pulling' | 'Pulled' | 'Error', status: EventStatus): void {
    this.event(service, '', status, phase);
  }

  done(id: string, text: string): void {
    this.event(id, text, 'done');
  }

  error(id: string, text: string): void {
    this.event(id, text, 'error');
  }

  /** TailMsgf: printed after the frame on a terminal, as a line of its own otherwise. */
  tailMsg(text: string): void {
    if (!this.ctx.isTTY) this.ctx.stderr.write(` ${text}\n`);
    else this.tail.push(text);
  }

  /** The tty writer's final frame (nothing in plain mode: every event is already out). */
  finish(): void {
    if (!this.ctx.isTTY || this.order.length === 0) return;
    const events = this.order.map((id) => this.last.get(id)!);
    const doneCount = events.filter((e) => e.status === 'done').length;
    const width = Math.max(this.ctx.columns, 40);
    let out = `[+] Running ${doneCount}/${events.length}\n`;
    // statusPadding: the longest "ID Text"; each line pads its own to it
    const head = (e: ProgressEvent) => `${e.id} ${e.label}`;
    const pad = Math.max(...events.map((e) => head(e).length));
    for (const e of events) {
      const mark = e.status === 'done' ? '✔' : e.status === 'error' ? '✘' : '⠿';
      const text = ` ${mark} ${head(e)}${' '.repeat(pad - head(e).length)} ${e.text}`;
      const timer = '0.1s';
      out += `${text.padEnd(width - timer.length - 2)} ${timer}\n`;
    }
    for (const t of this.tail) out += t + '\n';
    this.ctx.stderr.write(out);
  }
}

export const containerId = (name: string) => `Container ${name}`;
export const networkId = (name: string) => `Network ${name}`;
/** created volumes are quoted (`Volume "demo_data"`), removed ones are not */
export const volumeCreateId = (name: string) => `Volume "${name}"`;
export const volumeRemoveId = (name: string) => `Volume ${name}`;
