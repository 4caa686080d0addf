/**
 * The only way the record changes: reduce(record, action) returns a new
 * record and never touches the old one. Times come in with the actions, so
 * the same actions give the same record (tests, replays).
 */
import type { Answer } from '../quiz/answer.ts';
import { type ExerciseProgress, HISTORY_LIMIT, type LessonStatus, type Progress, TYPED_LIMIT } from './schema.ts';

export type ProgressAction =
  | { type: 'lesson/visited'; slug: string; at: string }
  /** sets a status outright (the "mark as done" toggle; "not-started" forgets the lesson) */
  | { type: 'lesson/status'; slug: string; status: LessonStatus; at: string }
  | { type: 'exercise/typed'; id: string; line: string; at: string }
  | { type: 'exercise/hint'; id: string; at: string }
  | { type: 'exercise/solution-shown'; id: string; at: string }
  | { type: 'exercise/solved'; id: string; at: string }
  /** back to the setup: forgets what was typed (solved stays solved) */
  | { type: 'exercise/reset'; id: string; at: string }
  | { type: 'quiz/answered'; quiz: string; question: string; answer: Answer; correct: boolean; at: string }
  | { type: 'quiz/reset'; quiz: string; at: string }
  | { type: 'lab/saved'; labId: string; start: string; snapshot: { version: number } & Record<string, unknown>; history: readonly string[]; at: string }
  | { type: 'lab/cleared'; labId: string; at: string }
  | { type: 'locale'; locale: 'en' | 'ko'; at: string };

const NEW_EXERCISE: ExerciseProgress = { hintsShown: 0, solutionShown: false, typed: [] };

function withExercise(p: Progress, id: string, at: string, change: (e: ExerciseProgress) => ExerciseProgress): Progress {
  const before = p.exercises[id] ?? NEW_EXERCISE;
  const after = change(before);
  if (after === before) return p;
  return { ...p, updatedAt: at, exercises: { ...p.exercises, [id]: after } };
}

function without<T>(map: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...map };
  delete copy[key];
  return copy;
}

export function reduce(p: Progress, action: ProgressAction): Progress {
  const at = action.at;
  switch (action.type) {
    case 'lesson/visited':
      if (p.lessons[action.slug]) return p;
      return { ...p, updatedAt: at, lessons: { ...p.lessons, [action.slug]: 'visited' } };
    case 'lesson/status':
      if (action.status === 'not-started') return p.lessons[action.slug] ? { ...p, updatedAt: at, lessons: without(p.lessons, action.slug) } : p;
      if (p.lessons[action.slug] === action.status) return p;
      return { ...p, updatedAt: at, lessons: { ...p.lessons, [action.slug]: action.status } };
    case 'exercise/typed':
      if (action.line.trim() === '') return p;
      return withExercise(p, action.id, at, (e) => ({ ...e, typed: [...e.typed, action.line].slice(-TYPED_LIMIT) }));
    case 'exercise/hint':
      return withExercise(p, action.id, at, (e) => ({ ...e, hintsShown: e.hintsShown + 1 }));
    case 'exercise/solution-shown':
      return withExercise(p, action.id, at, (e) => (e.solutionShown ? e : { ...e, solutionShown: true }));
    case 'exercise/solved':
      return withExercise(p, action.id, at, (e) => (e.solvedAt ? e : { ...e, solvedAt: at }));
    case 'exercise/reset':
      return withExercise(p, action.id, at, (e) => (e.typed.length === 0 ? e : { ...e, typed: [] }));
    case 'quiz/answered': {
      const answers = { ...(p.quizzes[action.quiz] ?? {}), [action.question]: { answer: action.answer, correct: action.correct, at } };
      return { ...p, updatedAt: at, quizzes: { ...p.quizzes, [action.quiz]: answers } };
    }
    case 'quiz/reset':
      return p.quizzes[action.quiz] ? { ...p, updatedAt: at, quizzes: without(p.quizzes, action.quiz) } : p;
    case 'lab/saved': {
      const lab = { savedAt: at, start: action.start, snapshot: action.snapshot, history: action.history.slice(-HISTORY_LIMIT) };
      return { ...p, updatedAt: at, labs: { ...p.labs, [action.labId]: lab } };
    }
    case 'lab/cleared':
      return p.labs[action.labId] ? { ...p, updatedAt: at, labs: without(p.labs, action.labId) } : p;
    case 'locale':
      return p.locale === action.locale ? p : { ...p, updatedAt: at, locale: action.locale };
  }
}

// Selectors: what the pages ask of the record.

export function lessonStatus(p: Progress, slug: string): LessonStatus {
  return p.lessons[slug] ?? 'not-started';
}

export function exerciseProgress(p: Progress, id: string): ExerciseProgress {
  return p.exercises[id] ?? NEW_EXERCISE;
}

export function isSolved(p: Progress, id: string): boolean {
  return p.exercises[id]?.solvedAt !== undefined;
}

/** The saved lab for a lab id, if it was saved for the same starting lab. */
export function savedLab(p: Progress, labId: string, start: string) {
  const lab = p.labs[labId];
  return lab && lab.start === start ? lab : undefined;
}

/** Labs oldest first: what goes when storage is full. */
export function labsByAge(p: Progress): string[] {
  return Object.entries(p.labs)
    .sort((a, b) => a[1].savedAt.localeCompare(b[1].savedAt))
    .map(([id]) => id);
}
