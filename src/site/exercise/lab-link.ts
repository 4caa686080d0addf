/**
 * How an exercise panel follows the terminal beside it.
 *
 * The contract (for <docker-lab>): after every command line it dispatches
 *
 *   new CustomEvent('lab:command', { bubbles: true, detail: { line, exitCode, snapshot } })
 *
 * and after "reset lab" `new CustomEvent('lab:reset', { bubbles: true })`.
 * Until it does, the panel falls back on what the lab already does: its
 * `data-busy` attribute goes away when a command ends, right after the lab
 * was saved, so the panel reads the saved snapshot and the last history
 * line from the course record. (<docker-lab> in src/site/lab-element.ts
 * dispatches both events.)
 */
import type { LabSnapshot } from '../../lab/index.ts';
import { courseProgress } from './progress-client.ts';

export const LAB_COMMAND_EVENT = 'lab:command';
export const LAB_RESET_EVENT = 'lab:reset';

export interface LabCommandDetail {
  line: string;
  exitCode?: number;
  snapshot: LabSnapshot;
}

/** What the panel uses of <docker-lab>: its public reset() and run(). */
export interface LabElementLike extends HTMLElement {
  reset?(): Promise<void>;
  run?(command: string): void;
}

export function findLabElement(labId: string): LabElementLike | null {
  return document.querySelector<LabElementLike>(`docker-lab[data-lab-id="${CSS.escape(labId)}"]`) ?? document.querySelector<LabElementLike>('docker-lab');
}

/** The lab as last saved in the course record (the site's first per-lab keys are absorbed into it). */
export function savedLabState(labId: string): { snapshot: LabSnapshot; history: string[] } | null {
  const saved = courseProgress().get().labs[labId];
  return saved ? { snapshot: saved.snapshot as LabSnapshot, history: saved.history } : null;
}

/** Calls onCommand after every command typed in the lab; returns a function that stops listening. */
export function followLab(lab: LabElementLike, labId: string, onCommand: (detail: LabCommandDetail) => void, onReset: () => void): () => void {
  let hasEvents = false;
  const onEvent = (e: Event) => {
    hasEvents = true;
    onCommand((e as CustomEvent<LabCommandDetail>).detail);
  };
  lab.addEventListener(LAB_COMMAND_EVENT, onEvent);
  lab.addEventListener(LAB_RESET_EVENT, onReset);
  const observer = new MutationObserver(() => {
    if (hasEvents || lab.hasAttribute('data-busy')) return;
    // the lab saves right after the command ends; read it once that has happened
    setTimeout(() => {
      if (hasEvents) return;
      const saved = savedLabState(labId);
      const line = saved?.history[saved.history.length - 1];
      if (saved && line !== undefined) onCommand({ line, snapshot: saved.snapshot });
    }, 0);
  });
  observer.observe(lab, { attributes: true, attributeFilter: ['data-busy'] });
  return () => {
    observer.disconnect();
    lab.removeEventListener(LAB_COMMAND_EVENT, onEvent);
    lab.removeEventListener(LAB_RESET_EVENT, onReset);
  };
}
