/**
 * BUILD TIME ONLY (Astro frontmatter, never a client script): exercises and
 * quizzes from content/exercises and content/quizzes, validated, by id.
 * Reads the files with node:fs from the project root (where astro build
 * and astro dev run). A broken file fails the build with the file and the
 * field named.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseExerciseFile, parseQuizFile, type Exercise, type Quiz } from '../../exercises/index.ts';

function load<T>(dir: string, parse: (text: string, source: string) => T & { id: string }): Map<string, T> {
  const root = join(process.cwd(), dir);
  const out = new Map<string, T>();
  if (!existsSync(root)) return out;
  for (const name of readdirSync(root).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const item = parse(readFileSync(join(root, name), 'utf8'), `${dir}/${name}`);
    out.set(item.id, item);
  }
  return out;
}

let exercises: Map<string, Exercise> | undefined;
let quizzes: Map<string, Quiz> | undefined;

export function exerciseById(id: string): Exercise {
  exercises ??= load('content/exercises', parseExerciseFile);
  const found = exercises.get(id);
  if (!found) throw new Error(`no exercise with the id "${id}" in content/exercises (there are: ${[...exercises.keys()].join(', ')})`);
  return found;
}

export function quizById(id: string): Quiz {
  quizzes ??= load('content/quizzes', parseQuizFile);
  const found = quizzes.get(id);
  if (!found) throw new Error(`no quiz with the id "${id}" in content/quizzes (there are: ${[...quizzes.keys()].join(', ')})`);
  return found;
}
