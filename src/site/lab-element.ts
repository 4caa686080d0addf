/**
 * <docker-lab>: the terminal island of lesson and playground pages. It
 * starts the lab (restored from this browser's storage, or fresh from the
 * lesson's images and setup), opens the terminal, saves the lab and the
 * history after every command, and answers the page's "run" and "reset lab"
 * buttons. Everything it needs comes from data attributes (serializable).
 *
 *   data-lab-id     storage id: the lesson slug, or "playground"
 *   data-seed       the lab's seed
 *   data-images     JSON string[]: images pulled before the learner starts
 *   data-setup      JSON string[]: command lines run before the learner starts
 *   data-strings    JSON: the notices in the page's language
 */
import { createLab, type Lab, type LabSnapshot } from '../lab/index.ts';
import { History } from '../terminal/history.ts';
import { TerminalSession } from '../terminal/session.ts';
import { openXterm, type XtermTerminal } from '../terminal/xterm-adapter.ts';
import { seedFor } from './lessons.ts';
import { savedLab } from '../exercises/progress/index.ts';
import { courseProgress } from './exercise/progress-client.ts';

performance.mark('lab-script');

interface LabStrings {
  label: string;
  ready: string;
  dropped: string;
  restored: string;
  saveFailed: string;
  resetDone: string;
}

function jsonAttr<T>(el: HTMLElement, name: string, fallback: T): T {
  try {
    const value = el.getAttribute(name);
    return value === null ? fallback : (JSON.parse(value) as T);
  } catch {
    return fallback;
  }
}

export class DockerLabElement extends HTMLElement {
  private lab: Lab | null = null;
  private session: TerminalSession | null = null;
  private xterm: XtermTerminal | null = null;
  private history = new History();
  private queue: string[] = [];
  private saveWarned = false;
  private resetting = false;

  private get labId(): string {
    return this.dataset.labId ?? 'playground';
  }
  private get images(): string[] {
    return jsonAttr(this, 'data-images', []);
  }
  private get setup(): string[] {
    return jsonAttr(this, 'data-setup', []);
  }
  private get seed(): number {
    return Number(this.dataset.seed) || 1;
  }
  private get strings(): LabStrings {
    return jsonAttr(this, 'data-strings', {} as LabStrings);
  }
  /** what the saved lab must have started from to be restored */
  private get start(): string {
    return seedFor(JSON.stringify([this.seed, this.images, this.setup])).toString(16);
  }

  connectedCallback(): void {
    if (this.xterm) return;
    void this.boot().catch((e: unknown) => {
      this.notice(`${e instanceof Error ? e.message : String(e)}`);
    });
  }

  /** Types a command into the terminal as if typed and Enter pressed (the "run" buttons). */
  run(command: string): void {
    if (!this.session || this.resetting) {
      this.queue.push(command);
      return;
    }
    this.session.type(command);
  }

  /** Back to the lesson's starting state: a fresh lab, an empty screen; the history stays. */
  async reset(): Promise<void> {
    if (!this.xterm || this.resetting) return;
    this.resetting = true;
    try {
      if (this.session?.busy) {
        const idle = new Promise<void>((resolve) => this.session!.onStateChange((s) => s === 'idle' && resolve()));
        this.session.handleData('\x03');
        await idle;
      }
      courseProgress().dispatch({ type: 'lab/cleared', labId: this.labId });
      const lab = await this.freshLab();
      this.xterm.reset();
      this.attach(lab);
      this.say(this.strings.resetDone);
    } finally {
      this.resetting = false;
    }
    this.dispatchEvent(new CustomEvent('lab:reset', { bubbles: true }));
    this.flushQueue();
  }

  private async boot(): Promise<void> {
    const screen = this.querySelector<HTMLElement>('[data-screen]') ?? this;
    this.querySelector('[data-placeholder]')?.remove();
    const hint = this.querySelector<HTMLElement>('[data-hint]');
    this.xterm = openXterm(screen, { label: this.strings.label ?? 'Terminal', describedBy: hint?.id });
    performance.mark('lab-xterm');

    const progress = courseProgress();
    const stored = progress.get().labs[this.labId];
    const saved = savedLab(progress.get(), this.labId, this.start);
    let lab: Lab | null = null;
    let dropped = false;
    if (saved) {
      try {
        lab = createLab({ snapshot: saved.snapshot as unknown as LabSnapshot, clock: 'realtime' });
        this.history = new History(saved.history);
        this.notice(this.strings.restored, 'info');
      } catch {
        progress.dispatch({ type: 'lab/cleared', labId: this.labId });
        this.notice(this.strings.dropped);
        dropped = true;
      }
    } else if (stored) {
      // saved for another starting lab (the lesson's setup changed): start fresh
      progress.dispatch({ type: 'lab/cleared', labId: this.labId });
      this.notice(this.strings.dropped);
      dropped = true;
    } else if (progress.notice.kind === 'dropped') {
      this.notice(this.strings.dropped); // the whole record was unreadable and started over
    }
    lab ??= await this.freshLab();
    performance.mark('lab-created');
    this.attach(lab);

    this.xterm.onResize((cols) => this.lab?.setColumns(cols));
    this.querySelector('[data-reset]')?.addEventListener('click', () => void this.reset());
    document.addEventListener('click', (event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('[data-run]');
      if (!button || !button.dataset.run) return;
      this.run(button.dataset.run);
      this.bringIntoView();
    });

    this.dataset.ready = 'true';
    performance.mark('lab-ready');
    // a panel may have read the saved lab before it was dropped: it starts over with the lab
    if (dropped) this.dispatchEvent(new CustomEvent('lab:reset', { bubbles: true }));
    this.say(this.strings.ready);
    this.flushQueue();
  }

  private async freshLab(): Promise<Lab> {
    const lab = createLab({ seed: this.seed, images: this.images, clock: 'realtime' });
    for (const line of this.setup) await lab.exec(line);
    return lab;
  }

  private attach(lab: Lab): void {
    const xterm = this.xterm!;
    this.lab = lab;
    lab.setColumns(xterm.cols);
    const session = new TerminalSession(this.lab, xterm, this.history, (line, exitCode) => this.afterCommand(lab, line, exitCode));
    session.onStateChange((state) => {
      this.toggleAttribute('data-busy', state === 'running');
      const running = this.querySelector<HTMLElement>('[data-running]');
      if (running) running.hidden = state !== 'running';
    });
    this.session = session;
    xterm.connect(session);
    session.start();
  }

  /** Saves the lab in the course record, then tells the page (the exercise panel re-evaluates). */
  private afterCommand(lab: Lab, line: string, exitCode: number): void {
    if (this.lab !== lab) return;
    const snapshot = lab.snapshot();
    const progress = courseProgress();
    progress.dispatch({ type: 'lab/saved', labId: this.labId, start: this.start, snapshot: snapshot as unknown as { version: number }, history: this.history.toJSON() });
    if (!progress.persistent && !this.saveWarned) {
      this.saveWarned = true;
      this.notice(this.strings.saveFailed);
    }
    const detail = { line, exitCode, snapshot };
    this.dispatchEvent(new CustomEvent('lab:command', { bubbles: true, detail }));
  }

  private flushQueue(): void {
    const queued = this.queue;
    this.queue = [];
    for (const command of queued) this.session?.type(command);
  }

  /** On a phone the terminal is below the text: scroll it into view when a run button used it unseen. */
  private bringIntoView(): void {
    const rect = this.getBoundingClientRect();
    if (rect.top >= window.innerHeight || rect.bottom <= 0) this.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  /** A visible notice above the terminal (restored, dropped, could not save). */
  private notice(text: string, kind: 'info' | 'warning' = 'warning'): void {
    const el = this.querySelector<HTMLElement>('[data-notice]');
    if (!el || !text) return;
    el.textContent = text;
    el.dataset.kind = kind;
    el.hidden = false;
  }

  /** Announces to screen readers without showing anything. */
  private say(text: string): void {
    const el = this.querySelector<HTMLElement>('[data-status]');
    if (el && text) el.textContent = text;
  }
}

if (!customElements.get('docker-lab')) customElements.define('docker-lab', DockerLabElement);
