/**
 * npm run check:content: validates every exercise (content/exercises/*.yaml)
 * and quiz (content/quizzes/*.yaml), and those written in lessons'
 * frontmatter (content/lessons/**\/*.mdx); replays every exercise's
 * solution in a fresh lab and sees every check pass, sees the setup alone
 * fail at least one, and grades every command question's example answer.
 * Prints one line per problem, naming the file; exits 1 if there is any.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, lessonContent, parseExerciseFile, parseQuizFile, type Exercise, type Quiz } from '../src/exercises/index.ts';
import { verifyExercise, verifyQuiz } from '../src/exercises/verify.ts';

export interface ContentReport {
  exercises: { source: string; exercise: Exercise }[];
  quizzes: { source: string; quiz: Quiz }[];
  problems: string[];
}

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
    })
    .sort();
}

/** Checks everything under `root` (the repository); never throws for content problems. */
export async function checkContent(root: string): Promise<ContentReport> {
  const report: ContentReport = { exercises: [], quizzes: [], problems: [] };
  const rel = (p: string) => relative(root, p);
  const collect = (source: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ContentError) report.problems.push(...e.problems.map((p) => `${e.source}: ${p}`));
      else report.problems.push(`${source}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  for (const path of files(join(root, 'content/exercises'), /\.ya?ml$/)) {
    collect(rel(path), () => report.exercises.push({ source: rel(path), exercise: parseExerciseFile(readFileSync(path, 'utf8'), rel(path)) }));
  }
  for (const path of files(join(root, 'content/quizzes'), /\.ya?ml$/)) {
    collect(rel(path), () => report.quizzes.push({ source: rel(path), quiz: parseQuizFile(readFileSync(path, 'utf8'), rel(path)) }));
  }
  const refs: { source: string; kind: 'exercise' | 'quiz'; id: string }[] = [];
  for (const path of files(join(root, 'content/lessons'), /\.mdx?$/)) {
    collect(rel(path), () => {
      const found = lessonContent(readFileSync(path, 'utf8'), rel(path));
      found.exercises.forEach((exercise) => report.exercises.push({ source: `${rel(path)} (frontmatter)`, exercise }));
      found.quizzes.forEach((quiz) => report.quizzes.push({ source: `${rel(path)} (frontmatter)`, quiz }));
      refs.push(...found.exerciseRefs.map((id) => ({ source: rel(path), kind: 'exercise' as const, id })), ...found.quizRefs.map((id) => ({ source: rel(path), kind: 'quiz' as const, id })));
    });
  }
  const ids = new Map<string, string>();
  for (const { source, exercise } of report.exercises) {
    const other = ids.get(exercise.id);
    if (other && !(source.endsWith('(frontmatter)') && other.endsWith('(frontmatter)') && source.replace(/\/(en|ko)\//, '/') === other.replace(/\/(en|ko)\//, '/'))) {
      report.problems.push(`${source}: id: "${exercise.id}" is also the id of ${other}`);
    }
    ids.set(exercise.id, source);
  }
  for (const ref of refs) {
    const known = ref.kind === 'exercise' ? report.exercises.some((e) => e.exercise.id === ref.id) : report.quizzes.some((q) => q.quiz.id === ref.id);
    if (!known) report.problems.push(`${ref.source}: ${ref.kind === 'exercise' ? 'exercises' : 'quizzes'}: no ${ref.kind} has the id "${ref.id}"`);
  }
  for (const { source, exercise } of report.exercises) {
    for (const p of await verifyExercise(exercise)) report.problems.push(`${source}: ${p}`);
  }
  for (const { source, quiz } of report.quizzes) {
    for (const p of await verifyQuiz(quiz)) report.problems.push(`${source}: ${p}`);
  }
  return report;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const report = await checkContent(root);
  for (const p of report.problems) console.error(p);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : word.endsWith("z") ? "zes" : "s"}`;
  const summary = `${plural(report.exercises.length, "exercise")} and ${plural(report.quizzes.length, "quiz")} checked`;
  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}; ${summary}`);
    process.exit(1);
  }
  console.log(`content ok: ${summary} (every solution passes, every setup fails a check)`);
}
