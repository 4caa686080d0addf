/**
 * A page for the panel's browser test: a stand-in <docker-lab> driven by a
 * real lab (it dispatches the documented lab:command / lab:reset events),
 * the exercise panel and the quiz, mounted empty so they render themselves.
 */
import { createLab, type Lab } from '../../../src/lab/index.ts';
import { parseExercise, parseQuiz } from '../../../src/exercises/index.ts';
import '../../../src/site/exercise/exercise-element.ts';
import '../../../src/site/exercise/quiz-element.ts';

declare const EXERCISE: unknown;
declare const QUIZ: unknown;

class FakeLab extends HTMLElement {
  lab!: Lab;
  exercise = parseExercise(EXERCISE, 'harness');
  async start(): Promise<void> {
    this.lab = createLab({ seed: 1, images: this.exercise.images });
    for (const line of this.exercise.setup) await this.lab.exec(line);
  }
  async run(line: string): Promise<void> {
    const r = await this.lab.exec(line);
    this.dispatchEvent(new CustomEvent('lab:command', { bubbles: true, detail: { line, exitCode: r.exitCode, snapshot: this.lab.snapshot() } }));
  }
  async reset(): Promise<void> {
    await this.start();
  }
}
customElements.define('docker-lab', FakeLab);

const lab = document.createElement('docker-lab') as FakeLab;
lab.dataset.labId = 'harness';
document.body.append(lab);
await lab.start();
const panel = document.createElement('docker-exercise');
panel.dataset.exercise = JSON.stringify(lab.exercise);
panel.dataset.locale = new URL(location.href).searchParams.get('locale') ?? 'en';
panel.dataset.labId = 'harness';
document.body.append(panel);
const quiz = document.createElement('docker-quiz');
quiz.dataset.quiz = JSON.stringify(parseQuiz(QUIZ, 'harness'));
quiz.dataset.locale = panel.dataset.locale;
document.body.append(quiz);
(window as unknown as { harness: unknown }).harness = { lab };
document.body.dataset.ready = 'true';
