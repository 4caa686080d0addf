/**
 * Every lesson, as the site would load it: its frontmatter passes the
 * schema, it exists in every locale with the same commands, and every shell
 * block replays in a lab started the way the page starts it, succeeding
 * (or failing where the lesson says it fails, ```sh fails).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/ui.ts';
import { parseExerciseFile, parseQuizFile } from '../../src/exercises/index.ts';
import { createLab } from '../../src/lab/index.ts';
import { lessonSchema } from '../../src/site/lesson-schema.ts';
import { lessonSetProblems, seedFor } from '../../src/site/lessons.ts';
import { SHELL_LANGUAGES, commandOf } from '../../src/site/rehype-run.ts';

const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const ROOT = join(import.meta.dirname, '..', '..', 'content', 'lessons');

interface Block {
  command: string;
  meta: string;
}

function readLesson(locale: string, file: string) {
  const text = readFileSync(join(ROOT, locale, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${locale}/${file}: no frontmatter`);
  const data = lessonSchema.parse(yaml.load(m[1]));
  const blocks: Block[] = [];
  for (const b of m[2].matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```\s*$/gm)) {
    if (!SHELL_LANGUAGES.includes(b[1]) || /\bnorun\b/.test(b[2])) continue;
    blocks.push({ command: commandOf(b[3]), meta: b[2].trim() });
  }
  // the page's skeleton: its section headings' levels and the diagrams it draws, in order
  const body = m[2].replace(/^```[\s\S]*?^```\s*$/gm, '');
  const headings = [...body.matchAll(/^(#{2,4}) /gm)].map((h) => h[1].length);
  const diagrams = [...body.matchAll(/<([A-Z]\w*)\s+lang="(\w+)"/g)].map((d) => ({ name: d[1], lang: d[2] }));
  return { id: `${locale}/${file.replace(/\.mdx$/, '')}`, slug: file.replace(/\.mdx$/, ''), locale, data, blocks, headings, diagrams };
}

const lessons = LOCALES.flatMap((locale) => readdirSync(join(ROOT, locale)).filter((f) => f.endsWith('.mdx')).map((f) => readLesson(locale, f)));

describe('lessons', () => {
  it('exist in every locale with the same order and lab', () => {
    expect(lessonSetProblems(lessons)).toEqual([]);
    expect(lessons.length).toBeGreaterThanOrEqual(2 * LOCALES.length);
  });

  it('start their lab from their exercise, and name exercises and quizzes that exist', () => {
    const content = join(ROOT, '..');
    for (const lesson of lessons) {
      const exercises = lesson.data.exercises.map((e) => (typeof e === 'string' ? parseExerciseFile(readFileSync(join(content, 'exercises', `${e}.yaml`), 'utf8'), `${e}.yaml`) : null));
      for (const q of lesson.data.quizzes) if (typeof q === 'string') parseQuizFile(readFileSync(join(content, 'quizzes', `${q}.yaml`), 'utf8'), `${q}.yaml`);
      const first = exercises[0];
      if (first) expect(lesson.data.lab, `${lesson.id}: lab vs exercise ${first.id}`).toEqual({ images: first.images, setup: first.setup });
    }
  });

  it('each have an exercise and at least three quiz questions', () => {
    const content = join(ROOT, '..');
    for (const lesson of lessons) {
      expect(lesson.data.exercises.length, lesson.id).toBeGreaterThan(0);
      const questions = lesson.data.quizzes
        .map((q) => (typeof q === 'string' ? parseQuizFile(readFileSync(join(content, 'quizzes', `${q}.yaml`), 'utf8'), `${q}.yaml`) : null))
        .reduce((n, quiz) => n + (quiz?.questions.length ?? 0), 0);
      expect(questions, lesson.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('have the same sections and diagrams in every locale, each diagram drawn in the page\'s language', () => {
    for (const lesson of lessons) {
      for (const d of lesson.diagrams) expect(d.lang, `${lesson.id}: <${d.name} lang="${d.lang}">`).toBe(lesson.locale);
    }
    for (const lesson of lessons.filter((l) => l.id.startsWith(`${LOCALES[0]}/`))) {
      for (const locale of LOCALES.slice(1)) {
        const other = lessons.find((l) => l.id === `${locale}/${lesson.slug}`);
        if (!other) continue; // reported by the lesson-set test
        expect(other.headings, `${other.id} vs ${lesson.id}: section headings`).toEqual(lesson.headings);
        expect(other.diagrams.map((d) => d.name), `${other.id} vs ${lesson.id}: diagrams`).toEqual(lesson.diagrams.map((d) => d.name));
      }
    }
  });

  it('show the same commands in every locale', () => {
    for (const lesson of lessons.filter((l) => l.id.startsWith(`${LOCALES[0]}/`))) {
      for (const locale of LOCALES.slice(1)) {
        const other = lessons.find((l) => l.id === `${locale}/${lesson.slug}`);
        if (!other) continue; // reported by the lesson-set test
        expect(other.blocks, `${other.id} vs ${lesson.id}`).toEqual(lesson.blocks);
      }
    }
  });

  for (const lesson of lessons.filter((l) => l.id.startsWith(`${LOCALES[0]}/`))) {
    it(`${lesson.slug}: every command runs in the lab as the lesson says`, async () => {
      const lab = createLab({ seed: seedFor(lesson.slug), images: lesson.data.lab.images });
      for (const line of lesson.data.lab.setup) expect((await lab.exec(line)).exitCode, `setup: ${line}`).toBe(0);
      expect(lesson.blocks.length).toBeGreaterThan(0);
      for (const block of lesson.blocks) {
        const { stdout, stderr, exitCode } = await lab.exec(block.command);
        const said = `$ ${block.command}\n${stdout}${stderr}(exit ${exitCode})`;
        expect(stderr, said).not.toMatch(/not simulated|unknown command|internal error|command not found/);
        if (/\bfails\b/.test(block.meta)) expect(exitCode, said).not.toBe(0);
        else if (/\binterrupt\b/.test(block.meta)) expect(exitCode, said).toBe(130);
        else expect(exitCode, said).toBe(0);
      }
    });
  }
});
