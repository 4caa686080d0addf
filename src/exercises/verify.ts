/**
 * What `npm run check:content` proves of each exercise and quiz, beyond
 * its schema: the solution, replayed on the setup in a fresh lab, runs
 * cleanly and passes every check; the setup alone fails at least one check
 * (else there is nothing to do); a command question's example answer
 * passes. Returns problems as lines; empty means sound.
 */
import { evaluate, replay } from './evaluate.ts';
import { gradeCommand } from './quiz/grade.ts';
import type { Quiz } from './quiz/schema.ts';
import type { Exercise } from './schema.ts';

export async function verifyExercise(exercise: Exercise): Promise<string[]> {
  const problems: string[] = [];
  const start = await replay(exercise);
  const before = await evaluate(exercise, start);
  if (before.solved) problems.push('the setup alone already passes every check: there is nothing for the learner to do');
  const solved = await replay(exercise, exercise.solution);
  for (const f of solved.failures) problems.push(`solution line \`${f.line}\` exits with status ${f.exitCode}: ${f.stderr.trim().split('\n')[0] ?? ''}`);
  const after = await evaluate(exercise, solved);
  after.checks.forEach((c, i) => {
    if (!c.pass) problems.push(`checks[${i}] (${c.label.en}) fails after the solution: ${c.found?.en}`);
  });
  return problems;
}

export async function verifyQuiz(quiz: Quiz): Promise<string[]> {
  const problems: string[] = [];
  for (const [i, q] of quiz.questions.entries()) {
    if (q.type !== 'command') continue;
    const right = await gradeCommand(q, q.example);
    if (!right.correct) {
      const failed = (right.checks ?? []).filter((c) => !c.pass).map((c) => `${c.label.en}: ${c.found?.en}`);
      problems.push(`questions[${i}] (${q.id}): the example answer \`${q.example}\` fails: ${failed.join('; ') || right.output?.stderr}`);
    }
    const empty = await gradeCommand(q, 'true');
    if (empty.correct) problems.push(`questions[${i}] (${q.id}): the lab already passes every check before any answer`);
  }
  return problems;
}
