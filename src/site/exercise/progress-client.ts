/**
 * The page's one ProgressStore, shared by every island on it (exercise
 * panels, quizzes, the progress buttons, and the lab once the lead
 * switches it over), so they all see each other's changes.
 */
import { ProgressStore } from '../../exercises/progress/index.ts';

const KEY = Symbol.for('docker-course.progress');

export function courseProgress(): ProgressStore {
  const g = globalThis as unknown as Record<symbol, ProgressStore | undefined>;
  return (g[KEY] ??= new ProgressStore());
}
