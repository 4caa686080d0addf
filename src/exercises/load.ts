/**
 * From a file's text to a validated exercise or quiz, or a ContentError
 * naming the file, the line (YAML syntax) or the field (schema). Works in
 * the browser, in the build and in scripts alike (no file system here:
 * callers pass the text).
 */
import type { z } from 'zod';
import { ContentError, issueLines } from './errors.ts';
import { quizSchema, type Quiz } from './quiz/schema.ts';
import { exerciseSchema, type Exercise } from './schema.ts';
import { parseYaml, YamlError, type YamlValue } from './yaml.ts';

function yamlOf(text: string, source: string): YamlValue {
  try {
    return parseYaml(text);
  } catch (e) {
    if (e instanceof YamlError) throw new ContentError(source, [e.message]);
    throw e;
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, source: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ContentError(source, issueLines(result.error));
  return result.data;
}

/** An exercise object (from YAML, frontmatter, or code); throws ContentError. */
export function parseExercise(value: unknown, source: string): Exercise {
  return validate(exerciseSchema, value, source);
}

export function parseQuiz(value: unknown, source: string): Quiz {
  return validate(quizSchema, value, source);
}

/** content/exercises/<id>.yaml: the id must match the file name. */
export function parseExerciseFile(text: string, source: string): Exercise {
  const exercise = parseExercise(yamlOf(text, source), source);
  checkFileName(source, exercise.id);
  return exercise;
}

export function parseQuizFile(text: string, source: string): Quiz {
  const quiz = parseQuiz(yamlOf(text, source), source);
  checkFileName(source, quiz.id);
  return quiz;
}

function checkFileName(source: string, id: string): void {
  const base = source.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
  if (/\.ya?ml$/.test(source) && base !== id) throw new ContentError(source, [`id: "${id}" must be the file name without .yaml ("${base}")`]);
}

/** A lesson's frontmatter (the YAML between the leading "---" lines), or null. */
export function frontmatterOf(mdx: string): string | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(mdx.replace(/^\uFEFF/, ''));
  return m ? m[1] : null;
}

export interface LessonContent {
  /** exercises written in the lesson itself */
  exercises: Exercise[];
  /** ids of exercises in content/exercises/ that the lesson uses */
  exerciseRefs: string[];
  quizzes: Quiz[];
  quizRefs: string[];
}

/**
 * Exercises and quizzes a lesson declares in its frontmatter:
 *
 *   exercises: [persist-mysql-data]          # ids of content/exercises files
 *   exercises: [{ id: ..., title: ..., ... }] # or the exercise itself
 *   quizzes: [storage-basics]
 */
export function lessonContent(mdx: string, source: string): LessonContent {
  const out: LessonContent = { exercises: [], exerciseRefs: [], quizzes: [], quizRefs: [] };
  const fm = frontmatterOf(mdx);
  if (fm === null) return out;
  const data = yamlOf(fm, `${source} (frontmatter)`);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return out;
  const list = (key: 'exercises' | 'quizzes') => {
    const v = data[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new ContentError(`${source} (frontmatter)`, [`${key}: a list of ids or of ${key} objects`]);
    return v;
  };
  list('exercises').forEach((item, i) => {
    if (typeof item === 'string') out.exerciseRefs.push(item);
    else out.exercises.push(parseExercise(item, `${source} (frontmatter exercises[${i}])`));
  });
  list('quizzes').forEach((item, i) => {
    if (typeof item === 'string') out.quizRefs.push(item);
    else out.quizzes.push(parseQuiz(item, `${source} (frontmatter quizzes[${i}])`));
  });
  return out;
}
