/**
 * npm test runs the content check too: every exercise and quiz file is
 * valid, every solution replayed on its setup passes every check, every
 * setup alone fails at least one, every command question's example passes.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check-content.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('course content (npm run check:content)', () => {
  it('has no problems', async () => {
    const report = await checkContent(root);
    expect(report.problems).toEqual([]);
    expect(report.exercises.length).toBeGreaterThanOrEqual(4);
    expect(report.quizzes.length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('has a quiz with every question type', async () => {
    const report = await checkContent(root);
    const types = new Set(report.quizzes.flatMap((q) => q.quiz.questions.map((x) => x.type)));
    expect([...types].sort()).toEqual(['command', 'multiple', 'single', 'truefalse']);
  }, 120_000);
});
