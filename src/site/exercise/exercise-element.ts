/**
 * <docker-exercise>: the exercise panel beside the terminal. It shows the
 * goal and the checklist, re-evaluates the checklist after every command
 * typed in the lab (a check turns green the moment it holds, and back if
 * the learner breaks it), reveals hints one at a time, shows the solution
 * after confirmation, resets the exercise to its setup, and marks it solved
 * in the course progress with a short announcement.
 *
 *   data-exercise   JSON: the validated exercise (parseExercise* output)
 *   data-locale     en | ko
 *   data-lab-id     the <docker-lab> to follow (its data-lab-id; default: the page's lab)
 *
 * Its markup comes from exercisePanelHtml (rendered by ExercisePanel.astro);
 * mounted empty, it renders that itself.
 */
import { evaluate, replay, type Evaluation } from '../../exercises/evaluate.ts';
import { exerciseProgress } from '../../exercises/progress/index.ts';
import type { Exercise } from '../../exercises/schema.ts';
import type { Locale } from '../../exercises/text.ts';
import type { LabSnapshot } from '../../lab/index.ts';
import { type LabElementLike, findLabElement, followLab, savedLabState } from './lab-link.ts';
import { inlineMarkdown } from './markdown.ts';
import { courseProgress } from './progress-client.ts';
import { exercisePanelHtml } from './render.ts';
import { ui } from './strings.ts';

export class DockerExerciseElement extends HTMLElement {
  private exercise!: Exercise;
  private locale: Locale = 'en';
  private lab: LabElementLike | null = null;
  private unfollow: (() => void) | null = null;
  private latest: LabSnapshot | null = null;
  private evaluating = false;
  private pending = false;
  private solved: boolean | null = null;
  /** the last evaluation (tests and the lead's page scripts may read it) */
  evaluation: Evaluation | null = null;

  private el<T extends HTMLElement = HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`[${name}]`);
  }

  private get labId(): string {
    return this.dataset.labId ?? this.lab?.dataset.labId ?? 'playground';
  }

  connectedCallback(): void {
    if (this.unfollow) return;
    this.exercise = JSON.parse(this.dataset.exercise ?? 'null') as Exercise;
    this.locale = this.dataset.locale === 'ko' ? 'ko' : 'en';
    if (!this.querySelector('[data-panel]')) this.innerHTML = exercisePanelHtml(this.exercise, this.locale);
    this.lab = findLabElement(this.dataset.labId ?? '');
    this.restoreReveals();
    this.wire();
    if (this.lab) this.unfollow = followLab(this.lab, this.labId, (d) => this.onCommand(d.line, d.snapshot), () => void this.onLabReset());
    const saved = savedLabState(this.labId);
    if (saved) this.schedule(saved.snapshot);
    else void this.startSnapshot().then((s) => this.schedule(s));
  }

  disconnectedCallback(): void {
    this.unfollow?.();
    this.unfollow = null;
  }

  private t(key: Parameters<typeof ui>[1], vars?: Record<string, string | number>): string {
    return ui(this.locale, key, vars);
  }

  private progress() {
    return exerciseProgress(courseProgress().get(), this.exercise.id);
  }

  private async startSnapshot(): Promise<LabSnapshot> {
    return (await replay(this.exercise)).snapshot;
  }

  private onCommand(line: string, snapshot: LabSnapshot): void {
    courseProgress().dispatch({ type: 'exercise/typed', id: this.exercise.id, line });
    this.schedule(snapshot);
  }

  /** Evaluates the newest snapshot; commands typed while evaluating coalesce into one more run. */
  private schedule(snapshot: LabSnapshot): void {
    this.latest = snapshot;
    if (this.evaluating) {
      this.pending = true;
      return;
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.evaluating = true;
    this.setAttribute('aria-busy', 'true');
    try {
      do {
        this.pending = false;
        const snapshot = this.latest!;
        const result = await evaluate(this.exercise, { snapshot, typed: this.progress().typed });
        if (!this.pending) this.show(result);
      } while (this.pending);
    } finally {
      this.evaluating = false;
      this.removeAttribute('aria-busy');
    }
  }

  private show(result: Evaluation): void {
    this.evaluation = result;
    result.checks.forEach((check, i) => {
      const li = this.querySelector<HTMLElement>(`[data-check="${i}"]`);
      if (!li) return;
      li.dataset.pass = String(check.pass);
      li.querySelector('[data-mark]')!.textContent = check.pass ? '✓' : '○';
      li.querySelector('[data-state]')!.textContent = `${this.t(check.pass ? 'exercise.pass' : 'exercise.fail')}: `;
      const found = li.querySelector<HTMLElement>('[data-found]')!;
      found.hidden = check.pass || !check.found;
      found.innerHTML = check.found ? inlineMarkdown(this.t('exercise.found', { found: check.found[this.locale] })) : '';
    });
    const summary = this.el('data-summary');
    if (summary) summary.textContent = this.t('exercise.progress', { passed: result.passed, total: result.total });
    this.toggleAttribute('data-solved', result.solved);
    const first = this.solved === null;
    if (result.solved && this.solved === false) this.celebrate();
    else if (first && result.solved) courseProgress().dispatch({ type: 'exercise/solved', id: this.exercise.id });
    this.solved = result.solved;
    this.dispatchEvent(new CustomEvent('exercise:evaluated', { bubbles: true, detail: result }));
  }

  private celebrate(): void {
    courseProgress().dispatch({ type: 'exercise/solved', id: this.exercise.id });
    const live = this.el('data-live');
    if (live) live.textContent = `🎉 ${this.t('exercise.solved')}`;
    this.classList.add('ex-celebrating');
    setTimeout(() => this.classList.remove('ex-celebrating'), 2500);
    this.dispatchEvent(new CustomEvent('exercise:solved', { bubbles: true, detail: { id: this.exercise.id } }));
  }

  private restoreReveals(): void {
    const p = this.progress();
    for (let i = 0; i < Math.min(p.hintsShown, this.exercise.hints.length); i++) this.revealHint(i, false);
    if (p.solutionShown) this.el('data-solution')!.hidden = false;
    if (p.solvedAt) this.el('data-solved-before')!.hidden = false;
    this.updateHintButton();
  }

  private revealHint(i: number, focus: boolean): void {
    const li = this.querySelector<HTMLElement>(`[data-hint="${i}"]`);
    if (!li) return;
    li.hidden = false;
    if (focus) li.focus();
  }

  private updateHintButton(): void {
    const button = this.el<HTMLButtonElement>('data-hint-button');
    if (!button) return;
    const shown = Math.min(this.progress().hintsShown, this.exercise.hints.length);
    const done = shown >= this.exercise.hints.length;
    button.disabled = done;
    button.textContent = done ? this.t('exercise.noMoreHints') : this.t('exercise.hint', { n: shown + 1, total: this.exercise.hints.length });
  }

  private wire(): void {
    const on = (name: string, fn: () => void) => this.el(name)?.addEventListener('click', fn);
    on('data-hint-button', () => {
      const shown = this.progress().hintsShown;
      if (shown >= this.exercise.hints.length) return;
      courseProgress().dispatch({ type: 'exercise/hint', id: this.exercise.id });
      this.revealHint(shown, true);
      this.updateHintButton();
    });
    this.confirmPair('data-solution-button', 'data-solution-confirm', 'data-solution-yes', 'data-solution-no', () => {
      courseProgress().dispatch({ type: 'exercise/solution-shown', id: this.exercise.id });
      this.el('data-solution')!.hidden = false;
      this.el('data-solution-title')?.focus();
    });
    this.confirmPair('data-reset-button', 'data-reset-confirm', 'data-reset-yes', 'data-reset-no', () => void this.resetExercise());
  }

  /** A button that opens an inline "are you sure?" group; focus goes to its first button, and back on cancel. */
  private confirmPair(open: string, group: string, yes: string, no: string, action: () => void): void {
    const button = this.el<HTMLButtonElement>(open);
    const box = this.el(group);
    if (!button || !box) return;
    button.addEventListener('click', () => {
      box.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      this.el<HTMLButtonElement>(yes)?.focus();
    });
    const close = () => {
      box.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    };
    this.el(no)?.addEventListener('click', () => {
      close();
      button.focus();
    });
    this.el(yes)?.addEventListener('click', () => {
      close();
      action();
    });
  }

  private async resetExercise(): Promise<void> {
    courseProgress().dispatch({ type: 'exercise/reset', id: this.exercise.id });
    if (this.lab?.reset) await this.lab.reset();
    await this.onLabReset();
    const live = this.el('data-live');
    if (live) live.textContent = this.t('exercise.resetDone');
  }

  private async onLabReset(): Promise<void> {
    courseProgress().dispatch({ type: 'exercise/reset', id: this.exercise.id });
    this.solved = null;
    this.schedule(await this.startSnapshot());
  }
}

if (!customElements.get('docker-exercise')) customElements.define('docker-exercise', DockerExerciseElement);
