/**
 * The learner's whole course record, one JSON value kept in localStorage:
 * lessons visited or done, exercises (solved, hints shown, what was typed),
 * quiz answers, and saved labs (snapshot and terminal history per lesson).
 * Versioned: a record from an older version is migrated (migrate.ts), one
 * from a newer version or another program is refused.
 */
import { z } from 'zod';
import { answerSchema } from '../quiz/answer.ts';

export const PROGRESS_FORMAT = 'docker-course-progress';
export const PROGRESS_VERSION = 1;

/** Lines of terminal history kept per lab (the terminal keeps 500). */
export const HISTORY_LIMIT = 500;
/** Lines remembered per exercise for `typed` checks. */
export const TYPED_LIMIT = 200;

const iso = z.string().min(1).describe('an ISO 8601 time');

export const savedLabSchema = z.strictObject({
  savedAt: iso.describe('when it was saved; the oldest labs are dropped first when space runs out'),
  start: z.string().describe('fingerprint of the starting lab (seed, images, setup): a lab saved for another start is not restored'),
  snapshot: z.looseObject({ version: z.number() }).describe('lab.snapshot(); the lab validates the rest when it restores it'),
  history: z.array(z.string()).max(HISTORY_LIMIT).describe('the terminal history, oldest first'),
});
export type SavedLab = z.infer<typeof savedLabSchema>;

export const exerciseProgressSchema = z.strictObject({
  solvedAt: iso.optional().describe('first time every check passed'),
  hintsShown: z.number().int().nonnegative().default(0).describe('how many hints are revealed'),
  solutionShown: z.boolean().default(false).describe('the learner chose to see the solution'),
  typed: z.array(z.string()).max(TYPED_LIMIT).default([]).describe('lines typed since the exercise (re)started, for typed checks'),
});
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;

export const quizAnswerSchema = z.strictObject({
  answer: answerSchema,
  correct: z.boolean(),
  at: iso,
});
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;

export const LESSON_STATUSES = ['not-started', 'visited', 'done'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const progressSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT).describe('marks a course progress record (an export file too)'),
  version: z.literal(PROGRESS_VERSION),
  updatedAt: iso,
  locale: z.enum(['en', 'ko']).optional().describe('the language the learner chose explicitly'),
  lessons: z.record(z.string(), z.enum(['visited', 'done'])).describe('by lesson slug'),
  exercises: z.record(z.string(), exerciseProgressSchema).describe('by exercise id'),
  quizzes: z.record(z.string(), z.record(z.string(), quizAnswerSchema)).describe('by quiz id, then question id: the last answer'),
  labs: z.record(z.string(), savedLabSchema).describe('by lab id (lesson slug, or "playground")'),
});
export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(now: string): Progress {
  return { format: PROGRESS_FORMAT, version: PROGRESS_VERSION, updatedAt: now, lessons: {}, exercises: {}, quizzes: {}, labs: {} };
}
