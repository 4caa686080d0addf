/**
 * Compose's log printer (docker/compose cmd/formatter/logs.go): each line
 * prefixed with the container's `service-N` padded to the longest name plus
 * one, then `| `; following until Ctrl+C or until every container exited
 * (`web-1 exited with code 0`).
 */
import { settleSleepers } from '../../engine/containers/lifecycle.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { CliContext } from '../command.ts';
import { type LogEntry, logEntries } from '../container/logs.ts';
import { shortName } from './ops.ts';

export interface LogPrinterOptions {
  prefix: boolean;
  tail: number;
  timestamps: boolean;
}

export class LogPrinter {
  private readonly printed = new Map<string, number>();
  private readonly exited = new Set<string>();
  private readonly width: number;

  constructor(
    private readonly ctx: CliContext,
    private readonly containers: ContainerRecord[],
    private readonly opts: LogPrinterOptions,
  ) {
    this.width = Math.max(0, ...containers.map((c) => shortName(c).length)) + 1;
  }

  private prefix(c: ContainerRecord): string {
    return this.opts.prefix ? `${shortName(c).padEnd(this.width)} | ` : '';
  }

  private line(c: ContainerRecord, e: LogEntry): string {
    const text = e.text.endsWith('\n') ? e.text : e.text + '\n';
    const stamp = this.opts.timestamps ? new Date(e.time).toISOString().replace('Z', '000000Z') + ' ' : '';
    return `${this.prefix(c)}${stamp}${text}`;
  }

  /** Prints the lines not yet shown, across containers in time order. */
  flush(complete: boolean, first = false): void {
    const pending: { c: ContainerRecord; e: LogEntry; order: number }[] = [];
    let order = 0;
    for (const c of this.containers) {
      const entries = logEntries(c, complete && c.State.Running);
      let from = this.printed.get(c.Id) ?? 0;
      if (first && this.opts.tail >= 0) from = Math.max(0, entries.length - this.opts.tail);
      for (let i = from; i < entries.length; i++) pending.push({ c, e: entries[i], order: order++ });
      this.printed.set(c.Id, entries.length);
    }
    pending.sort((a, b) => a.e.time - b.e.time || a.order - b.order);
    for (const { c, e } of pending) (e.stream === 'stdout' ? this.ctx.stdout : this.ctx.stderr).write(this.line(c, e));
  }

  /** `web-1 exited with code 0` for the containers that stopped since the last call; true when all have. */
  reportExits(): boolean {
    settleSleepers(this.ctx.engine.state);
    for (const c of this.containers) {
      if (c.State.Running || this.exited.has(c.Id)) continue;
      this.exited.add(c.Id);
      this.ctx.stdout.write(`${shortName(c)} exited with code ${c.State.ExitCode}\n`);
    }
    return this.exited.size === this.containers.length;
  }

  /** Follows until every container exited (true) or the signal aborts (Interrupted). */
  async follow(untilAllExit: boolean): Promise<void> {
    this.flush(true, true);
    for (;;) {
      if (untilAllExit) {
        this.flush(true);
        if (this.reportExits()) return;
      } else if (this.containers.every((c) => !c.State.Running)) {
        this.flush(false);
        return;
      }
      if (this.ctx.signal.aborted) return;
      await this.ctx.sleep(200);
      this.flush(true);
    }
  }
}
