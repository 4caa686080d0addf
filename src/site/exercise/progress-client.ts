/**
 * The page's one ProgressStore, shared by every island on it (exercise
 * panels, quizzes, the progress buttons, the lab, "mark as done"), so
 * they all see each other's changes. The site's first storage keys
 * (docker-course:v1:*) are absorbed into the record when it is created and
 * removed once the record is saved: nothing reads them any more (the root
 * and index pages' inline scripts only fall back on them before this runs).
 */
import { PROGRESS_STORAGE_KEY, ProgressStore, browserStorage, removeLegacy } from '../../exercises/progress/index.ts';

const KEY = Symbol.for('docker-course.progress');

export function courseProgress(): ProgressStore {
  const g = globalThis as unknown as Record<symbol, ProgressStore | undefined>;
  let store = g[KEY];
  if (!store) {
    store = g[KEY] = new ProgressStore();
    const storage = browserStorage();
    if (storage && store.persistent) removeLegacy(storage);
    // another tab saved (a lab, an answer, an import): take its record before writing ours
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key === PROGRESS_STORAGE_KEY || event.key === null) store!.reload();
    });
  }
  return store;
}
