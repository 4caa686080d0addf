/**
 * The markup of the exercise panel and the quiz, as HTML strings: the
 * Astro components render it at build time (so the goal and the checklist
 * are there without JavaScript) and the custom elements render the same if
 * they are mounted empty. The elements then find their parts by data-*.
 */
import { checkLabel } from '../../exercises/checks/index.ts';
import type { Exercise } from '../../exercises/schema.ts';
import type { Quiz } from '../../exercises/quiz/schema.ts';
import type { Locale } from '../../exercises/text.ts';
import { escapeHtml as esc, inlineMarkdown, markdown } from './markdown.ts';
import { ui } from './strings.ts';

const attr = (s: string) => esc(s);

export function exercisePanelHtml(exercise: Exercise, locale: Locale): string {
  const id = `ex-${exercise.id}`;
  const t = (key: Parameters<typeof ui>[1], vars?: Record<string, string | number>) => esc(ui(locale, key, vars));
  const checks = exercise.checks
    .map(
      (check, i) => `<li class="ex-check" data-check="${i}" data-pass="false">
      <span class="ex-mark" aria-hidden="true" data-mark>○</span>
      <span class="visually-hidden" data-state>${t('exercise.fail')}: </span>
      <span class="ex-label">${inlineMarkdown(checkLabel(check)[locale])}</span>
      <span class="ex-found" data-found hidden></span>
    </li>`,
    )
    .join('\n');
  const hints = exercise.hints.map((h, i) => `<li class="ex-hint" data-hint="${i}" tabindex="-1" hidden><span class="visually-hidden">${t('exercise.hintLabel', { n: i + 1 })}: </span>${markdown(h[locale])}</li>`).join('\n');
  const solution = exercise.solution
    .map((line) => `<li><code>${esc(line)}</code> <button type="button" class="button ex-run" data-run="${attr(line)}" aria-label="${t('exercise.runLine')}: ${attr(line)}">${t('exercise.runLine')}</button></li>`)
    .join('\n');
  const hintButton = exercise.hints.length
    ? `<button type="button" class="button" data-hint-button aria-describedby="${id}-hints">${t('exercise.hint', { n: 1, total: exercise.hints.length })}</button>`
    : '';
  return `<section class="ex-panel" aria-labelledby="${id}-title" data-panel>
  <h2 id="${id}-title" class="ex-title"><span class="ex-kicker">${t('exercise.heading')}</span> ${esc(exercise.title[locale])}</h2>
  <div class="ex-goal">${markdown(exercise.goal[locale])}</div>
  <p class="ex-note" data-solved-before hidden>✓ ${t('exercise.solvedBefore')}</p>
  <h3 id="${id}-checks" class="ex-subtitle">${t('exercise.checklist')}</h3>
  <p class="ex-summary" data-summary>${t('exercise.progress', { passed: 0, total: exercise.checks.length })}</p>
  <ul class="ex-checklist" aria-labelledby="${id}-checks" data-checklist>
${checks}
  </ul>
  <p class="ex-celebration" role="status" aria-live="polite" data-live></p>
  <div class="ex-actions">
    <ol class="ex-hints" id="${id}-hints" data-hints>${hints}</ol>
    ${hintButton}
    <button type="button" class="button" data-solution-button>${t('exercise.showSolution')}</button>
    <div class="ex-confirm" role="group" aria-labelledby="${id}-solution-q" data-solution-confirm hidden>
      <p id="${id}-solution-q">${t('exercise.confirmSolution')}</p>
      <button type="button" class="button" data-solution-yes>${t('exercise.confirmYes')}</button>
      <button type="button" class="button" data-solution-no>${t('exercise.cancel')}</button>
    </div>
    <div class="ex-solution" data-solution hidden>
      <h3 class="ex-subtitle" tabindex="-1" data-solution-title>${t('exercise.solution')}</h3>
      <ol>${solution}</ol>
    </div>
    <button type="button" class="button" data-reset-button>${t('exercise.reset')}</button>
    <div class="ex-confirm" role="group" aria-labelledby="${id}-reset-q" data-reset-confirm hidden>
      <p id="${id}-reset-q">${t('exercise.confirmReset')}</p>
      <button type="button" class="button" data-reset-yes>${t('exercise.confirmResetYes')}</button>
      <button type="button" class="button" data-reset-no>${t('exercise.cancel')}</button>
    </div>
  </div>
</section>`;
}

export function quizHtml(quiz: Quiz, locale: Locale): string {
  const t = (key: Parameters<typeof ui>[1], vars?: Record<string, string | number>) => esc(ui(locale, key, vars));
  const questions = quiz.questions
    .map((q, i) => {
      const qid = `quiz-${quiz.id}-${q.id}`;
      let body = '';
      if (q.type === 'single' || q.type === 'multiple') {
        const input = q.type === 'single' ? 'radio' : 'checkbox';
        body = q.choices
          .map((c) => `<label class="quiz-choice"><input type="${input}" name="${qid}" value="${attr(c.id)}"> <span>${inlineMarkdown(c.text[locale])}</span></label>`)
          .join('\n');
      } else if (q.type === 'truefalse') {
        body = ['true', 'false'].map((v) => `<label class="quiz-choice"><input type="radio" name="${qid}" value="${v}"> <span>${t(v === 'true' ? 'quiz.true' : 'quiz.false')}</span></label>`).join('\n');
      } else {
        body = `<label class="quiz-command" for="${qid}-cmd">${t('quiz.command')}</label>
        <input id="${qid}-cmd" class="quiz-input" type="text" name="${qid}" autocomplete="off" autocapitalize="off" spellcheck="false" aria-describedby="${qid}-cmdhint">
        <p id="${qid}-cmdhint" class="quiz-hint">${t('quiz.commandHint')}</p>`;
      }
      return `<li class="quiz-question" data-question="${attr(q.id)}" data-type="${q.type}">
    <fieldset>
      <legend><span class="quiz-number">${i + 1}.</span> ${markdown(q.prompt[locale]).replace(/^<p>|<\/p>$/g, '')}</legend>
      ${body}
    </fieldset>
    <button type="button" class="button" data-check-answer>${t('quiz.check')}</button>
    <div class="quiz-feedback" role="status" aria-live="polite" data-feedback></div>
    <div class="quiz-explanation" data-explanation hidden>${markdown(q.explanation[locale])}</div>
  </li>`;
    })
    .join('\n');
  return `<section class="quiz" aria-labelledby="quiz-${quiz.id}-title">
  <h2 id="quiz-${quiz.id}-title"><span class="ex-kicker">${t('quiz.heading')}</span> ${esc(quiz.title[locale])}</h2>
  <ol class="quiz-questions">
${questions}
  </ol>
  <p class="quiz-score" data-score></p>
</section>`;
}
