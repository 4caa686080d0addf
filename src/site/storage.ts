/**
 * Everything the course keeps in the browser, in one module so a later
 * course-wide progress record can replace it:
 *
 *   docker-course:v1:lab:<lesson slug | playground>
 *       { version: 1, savedAt, start, snapshot, history }   one key per lab
 *   docker-course:v1:progress
 *       { version: 1, lessons: { <slug>: "visited" | "done" } }
 *   docker-course:v1:locale
 *       "en" | "ko"   the language the learner chose explicitly
 *
 * Every read is validated with zod; anything unreadable is removed and
 * reported to the caller (which shows a notice), never thrown.
 */
import { z } from 'zod';
import { HISTORY_LIMIT } from '../terminal/history.ts';

export const STORAGE_PREFIX = 'docker-course:v1:';
export const PROGRESS_KEY = `${STORAGE_PREFIX}progress`;
export const LOCALE_KEY = `${STORAGE_PREFIX}locale`;
const LAB_PREFIX = `${STORAGE_PREFIX}lab:`;

export function labKey(labId: string): string {
  return LAB_PREFIX + labId;
}

/** The part of the Web Storage API used here (tests pass a Map-backed one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** localStorage, or null where the browser refuses it (disabled storage, some private modes). */
export function browserStore(): KeyValueStore | null {
  try {
    const store = globalThis.localStorage;
    if (!store) return null;
    store.getItem(PROGRESS_KEY);
    return store;
  } catch {
    return null;
  }
}

export const savedLabSchema = z.object({
  version: z.literal(1),
  savedAt: z.string().describe('ISO time of the save; the oldest labs go first when space runs out'),
  start: z.string().describe('fingerprint of the starting lab (images, setup); a lab saved for another start is dropped'),
  snapshot: z.looseObject({ version: z.number() }).describe('lab.snapshot(): the engine validates the rest when restoring'),
  history: z.array(z.string()).max(HISTORY_LIMIT).describe('the terminal history, oldest first'),
});
export type SavedLab = z.infer<typeof savedLabSchema>;

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'restored'; saved: SavedLab }
  /** something was stored but could not be used: it has been removed */
  | { kind: 'dropped'; reason: string };

export function loadLab(store: KeyValueStore | null, labId: string, start: string): LoadResult {
  if (!store) return { kind: 'empty' };
  let raw: string | null;
  try {
    raw = store.getItem(labKey(labId));
  } catch {
    return { kind: 'empty' };
  }
  if (raw === null) return { kind: 'empty' };
  const drop = (reason: string): LoadResult => {
    clearLab(store, labId);
    return { kind: 'dropped', reason };
  };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return drop('not JSON');
  }
  const parsed = savedLabSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return drop(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (parsed.data.start !== start) return drop('saved for a different starting lab');
  return { kind: 'restored', saved: parsed.data };
}

/** Saves a lab; when the browser is out of space, drops the oldest other labs and tries again. */
export function saveLab(store: KeyValueStore | null, labId: string, lab: Omit<SavedLab, 'version' | 'savedAt'>, now = new Date()): boolean {
  if (!store) return false;
  const value = JSON.stringify({ version: 1, savedAt: now.toISOString(), ...lab } satisfies SavedLab);
  const others = () =>
    allKeys(store)
      .filter((k) => k.startsWith(LAB_PREFIX) && k !== labKey(labId))
      .map((k) => ({ k, at: savedAtOf(store, k) }))
      .sort((a, b) => a.at.localeCompare(b.at));
  for (let attempt = 0; ; attempt++) {
    try {
      store.setItem(labKey(labId), value);
      return true;
    } catch {
      const oldest = attempt < 50 ? others()[0] : undefined;
      if (!oldest) return false;
      store.removeItem(oldest.k);
    }
  }
}

export function clearLab(store: KeyValueStore | null, labId: string): void {
  try {
    store?.removeItem(labKey(labId));
  } catch {
    // nothing to do: the next load treats it as unreadable anyway
  }
}

function allKeys(store: KeyValueStore): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

function savedAtOf(store: KeyValueStore, key: string): string {
  try {
    const value = JSON.parse(store.getItem(key) ?? '{}') as { savedAt?: unknown };
    return typeof value.savedAt === 'string' ? value.savedAt : '';
  } catch {
    return '';
  }
}

export const LESSON_STATUSES = ['not-started', 'visited', 'done'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const progressSchema = z.object({
  version: z.literal(1),
  lessons: z.record(z.string(), z.enum(['visited', 'done'])),
});
export type Progress = z.infer<typeof progressSchema>;

export function loadProgress(store: KeyValueStore | null): Progress {
  const empty: Progress = { version: 1, lessons: {} };
  if (!store) return empty;
  try {
    const raw = store.getItem(PROGRESS_KEY);
    if (raw === null) return empty;
    const parsed = progressSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    store.removeItem(PROGRESS_KEY);
  } catch {
    try {
      store.removeItem(PROGRESS_KEY);
    } catch {
      // storage refuses even that: start over in memory
    }
  }
  return empty;
}

export function lessonStatus(progress: Progress, slug: string): LessonStatus {
  return progress.lessons[slug] ?? 'not-started';
}

/** Records a status; "visited" never replaces "done" unless `force` (un-marking). */
export function setLessonStatus(store: KeyValueStore | null, slug: string, status: LessonStatus, force = false): Progress {
  const progress = loadProgress(store);
  const current = lessonStatus(progress, slug);
  if (status === 'visited' && current === 'done' && !force) return progress;
  if (status === 'not-started') delete progress.lessons[slug];
  else progress.lessons[slug] = status;
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // out of space: progress is a nicety, the lesson still works
  }
  return progress;
}

export function rememberLocale(store: KeyValueStore | null, locale: string): void {
  try {
    store?.setItem(LOCALE_KEY, locale);
  } catch {
    // the root page falls back to the browser's language
  }
}
