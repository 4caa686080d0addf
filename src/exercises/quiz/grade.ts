/**
 * Grading quiz answers. Choice and true/false answers are compared with
 * the key; a command answer is run in a fresh copy of the question's lab
 * and graded by its checks, so any command line that gets there passes.
 */
import { createLab, type LabSnapshot } from '../../lab/index.ts';
import { type CheckResult, evaluate } from '../evaluate.ts';
import type { Localized } from '../text.ts';
import type { CommandQuestion, Question, Quiz } from './schema.ts';

export { answerSchema, type Answer } from './answer.ts';
import type { Answer } from './answer.ts';

export interface Grade {
  correct: boolean;
  explanation: Localized;
  /** choice questions: the ids of the right choices */
  correctChoices?: string[];
  /** command questions: each check, and what the command printed */
  checks?: CheckResult[];
  output?: { stdout: string; stderr: string; exitCode: number };
  /** command questions: a right answer to show */
  example?: string;
}

const wrongType = (q: Question): Grade => ({ correct: false, explanation: q.explanation });

/** Grades a choice or true/false answer (synchronous). */
export function gradeChoice(question: Question, answer: Answer): Grade {
  if (question.type === 'truefalse') {
    if (answer.type !== 'truefalse') return wrongType(question);
    return { correct: answer.value === question.answer, explanation: question.explanation };
  }
  if (question.type === 'command') return wrongType(question);
  const right = question.choices.filter((c) => c.correct).map((c) => c.id);
  let picked: string[];
  if (question.type === 'single') {
    if (answer.type !== 'single') return wrongType(question);
    picked = [answer.choice];
  } else {
    if (answer.type !== 'multiple') return wrongType(question);
    picked = [...new Set(answer.choices)];
  }
  const correct = picked.length === right.length && picked.every((p) => right.includes(p));
  return { correct, explanation: question.explanation, correctChoices: right };
}

const starts = new WeakMap<CommandQuestion, Promise<LabSnapshot>>();

/** The question's lab after its setup, built once per question. */
function startOf(question: CommandQuestion): Promise<LabSnapshot> {
  let start = starts.get(question);
  if (!start) {
    start = (async () => {
      const lab = createLab({ seed: question.lab.seed ?? 1, images: question.lab.images });
      for (const line of question.lab.setup) await lab.exec(line, { tty: false });
      return lab.snapshot();
    })();
    starts.set(question, start);
  }
  return start;
}

/** Runs the answer in a fresh copy of the question's lab and evaluates the checks. */
export async function gradeCommand(question: CommandQuestion, line: string): Promise<Grade> {
  const lab = createLab({ snapshot: await startOf(question) });
  const output = line.trim() === '' ? { stdout: '', stderr: '', exitCode: 0 } : await lab.exec(line, { tty: false });
  const result = await evaluate(question, { snapshot: lab.snapshot(), typed: line.trim() ? [line] : [] });
  return { correct: result.solved, explanation: question.explanation, checks: result.checks, output, example: question.example };
}

export async function gradeAnswer(question: Question, answer: Answer): Promise<Grade> {
  if (question.type === 'command') return answer.type === 'command' ? gradeCommand(question, answer.line) : wrongType(question);
  return gradeChoice(question, answer);
}

/** How many questions a set of grades got right, by question id. */
export function quizScore(quiz: Quiz, correctById: Record<string, boolean>): { correct: number; total: number } {
  return { correct: quiz.questions.filter((q) => correctById[q.id] === true).length, total: quiz.questions.length };
}
