/**
 * <docker-quiz>: a quiz. Each question is answered and checked on its own;
 * the explanation appears after answering, right or wrong. Command answers
 * run in a fresh copy of the question's lab. Answers are kept in the course
 * progress and shown again on the next visit.
 *
 *   data-quiz     JSON: the validated quiz (parseQuiz* output)
 *   data-locale   en | ko
 */
import { type Answer, type Grade, gradeAnswer } from '../../exercises/quiz/grade.ts';
import type { Question, Quiz } from '../../exercises/quiz/schema.ts';
import type { Locale } from '../../exercises/text.ts';
import { escapeHtml, inlineMarkdown } from './markdown.ts';
import { courseProgress } from './progress-client.ts';
import { quizHtml } from './render.ts';
import { ui } from './strings.ts';

export class DockerQuizElement extends HTMLElement {
  private quiz!: Quiz;
  private locale: Locale = 'en';

  connectedCallback(): void {
    if (this.quiz) return;
    this.quiz = JSON.parse(this.dataset.quiz ?? 'null') as Quiz;
    this.locale = this.dataset.locale === 'ko' ? 'ko' : 'en';
    if (!this.querySelector('.quiz')) this.innerHTML = quizHtml(this.quiz, this.locale);
    const saved = courseProgress().get().quizzes[this.quiz.id] ?? {};
    for (const q of this.quiz.questions) {
      const li = this.questionElement(q);
      li.querySelector('[data-check-answer]')?.addEventListener('click', () => void this.check(q, li));
      li.querySelector<HTMLInputElement>('input[type="text"]')?.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') void this.check(q, li);
      });
      const previous = saved[q.id];
      if (previous) {
        this.fill(li, previous.answer);
        void gradeAnswer(q, previous.answer).then((grade) => this.showGrade(li, grade, false));
      }
    }
    this.updateScore();
  }

  private t(key: Parameters<typeof ui>[1], vars?: Record<string, string | number>): string {
    return ui(this.locale, key, vars);
  }

  private questionElement(q: Question): HTMLElement {
    return this.querySelector<HTMLElement>(`[data-question="${CSS.escape(q.id)}"]`)!;
  }

  private answerOf(q: Question, li: HTMLElement): Answer | null {
    const checked = Array.from(li.querySelectorAll<HTMLInputElement>('input:checked')).map((i) => i.value);
    if (q.type === 'single') return checked[0] ? { type: 'single', choice: checked[0] } : null;
    if (q.type === 'multiple') return checked.length ? { type: 'multiple', choices: checked } : null;
    if (q.type === 'truefalse') return checked[0] ? { type: 'truefalse', value: checked[0] === 'true' } : null;
    const line = li.querySelector<HTMLInputElement>('input[type="text"]')?.value.trim() ?? '';
    return line ? { type: 'command', line } : null;
  }

  private fill(li: HTMLElement, answer: Answer): void {
    const values = answer.type === 'single' ? [answer.choice] : answer.type === 'multiple' ? answer.choices : answer.type === 'truefalse' ? [String(answer.value)] : [];
    for (const input of Array.from(li.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]'))) input.checked = values.includes(input.value);
    if (answer.type === 'command') li.querySelector<HTMLInputElement>('input[type="text"]')!.value = answer.line;
  }

  private async check(q: Question, li: HTMLElement): Promise<void> {
    const feedback = li.querySelector<HTMLElement>('[data-feedback]')!;
    const answer = this.answerOf(q, li);
    if (!answer) {
      feedback.textContent = this.t(q.type === 'command' ? 'quiz.typeCommand' : 'quiz.pickOne');
      return;
    }
    const button = li.querySelector<HTMLButtonElement>('[data-check-answer]')!;
    button.disabled = true;
    if (q.type === 'command') feedback.textContent = this.t('quiz.running');
    try {
      const grade = await gradeAnswer(q, answer);
      courseProgress().dispatch({ type: 'quiz/answered', quiz: this.quiz.id, question: q.id, answer, correct: grade.correct });
      this.showGrade(li, grade, true);
      this.updateScore();
    } finally {
      button.disabled = false;
    }
  }

  private showGrade(li: HTMLElement, grade: Grade, announce: boolean): void {
    const feedback = li.querySelector<HTMLElement>('[data-feedback]')!;
    li.dataset.correct = String(grade.correct);
    const parts = [`<p class="quiz-verdict">${grade.correct ? '✓' : '✗'} ${escapeHtml(this.t(grade.correct ? 'quiz.correct' : 'quiz.incorrect'))}</p>`];
    if (grade.checks) {
      parts.push(
        `<ul class="ex-checklist">${grade.checks
          .map((c) => `<li class="ex-check" data-pass="${c.pass}"><span class="ex-mark" aria-hidden="true">${c.pass ? '✓' : '○'}</span> <span class="visually-hidden">${escapeHtml(this.t(c.pass ? 'exercise.pass' : 'exercise.fail'))}: </span>${inlineMarkdown(c.label[this.locale])}${c.found ? `<span class="ex-found">${inlineMarkdown(this.t('exercise.found', { found: c.found[this.locale] }))}</span>` : ''}</li>`)
          .join('')}</ul>`,
      );
      const out = `${grade.output?.stdout ?? ''}${grade.output?.stderr ?? ''}`.trim();
      if (out && !grade.correct) parts.push(`<p>${escapeHtml(this.t('quiz.output'))}</p><pre><code>${escapeHtml(out.slice(0, 600))}</code></pre>`);
      if (grade.example && !grade.correct) parts.push(`<p>${escapeHtml(this.t('quiz.example'))} <code>${escapeHtml(grade.example)}</code></p>`);
    }
    if (grade.correctChoices && !grade.correct) {
      for (const input of Array.from(li.querySelectorAll<HTMLInputElement>('input'))) input.closest('label')?.toggleAttribute('data-right', grade.correctChoices.includes(input.value));
    }
    // replace the live region's content in one go, so it is read once
    if (!announce) feedback.setAttribute('aria-live', 'off');
    feedback.innerHTML = parts.join('');
    if (!announce) feedback.setAttribute('aria-live', 'polite');
    li.querySelector<HTMLElement>('[data-explanation]')!.hidden = false;
  }

  private updateScore(): void {
    const answers = courseProgress().get().quizzes[this.quiz.id] ?? {};
    const total = this.quiz.questions.length;
    const correct = this.quiz.questions.filter((q) => answers[q.id]?.correct).length;
    const score = this.querySelector<HTMLElement>('[data-score]');
    if (score) score.textContent = Object.keys(answers).length ? this.t('quiz.score', { correct, total }) : '';
  }
}

if (!customElements.get('docker-quiz')) customElements.define('docker-quiz', DockerQuizElement);
