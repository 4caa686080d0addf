/**
 * The site's first storage (src/site/storage.ts) kept one key per lab and a
 * small progress record:
 *
 *   docker-course:v1:progress   { version: 1, lessons: { slug: "visited" | "done" } }
 *   docker-course:v1:lab:<id>   { version: 1, savedAt, start, snapshot, history }
 *   docker-course:v1:locale     "en" | "ko"
 *
 * absorbLegacy() folds those into the course record the first time the new
 * store finds no record of its own. It only reads: the old keys are left
 * for the old code until the site has switched (removeLegacy()).
 */
import { z } from 'zod';
import { reduce } from './reducer.ts';
import { type Progress, savedLabSchema } from './schema.ts';
import type { KeyValueStore } from './storage.ts';

export const LEGACY_PREFIX = 'docker-course:v1:';

const legacyProgress = z.object({ version: z.literal(1), lessons: z.record(z.string(), z.enum(['visited', 'done'])) });
const legacyLab = savedLabSchema.extend({ version: z.literal(1) }).strip();

function keys(store: KeyValueStore): string[] {
  const out: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k !== null) out.push(k);
  }
  return out;
}

function read(store: KeyValueStore, key: string): unknown {
  try {
    const raw = store.getItem(key);
    return raw === null ? undefined : JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The old keys folded into `into`, or null when there is nothing to absorb. Unreadable entries are skipped. */
export function absorbLegacy(store: KeyValueStore, into: Progress): Progress | null {
  let record = into;
  let found = false;
  const at = into.updatedAt;
  const progress = legacyProgress.safeParse(read(store, `${LEGACY_PREFIX}progress`));
  if (progress.success) {
    found = true;
    for (const [slug, status] of Object.entries(progress.data.lessons)) record = reduce(record, { type: 'lesson/status', slug, status, at });
  }
  for (const key of keys(store).filter((k) => k.startsWith(`${LEGACY_PREFIX}lab:`))) {
    const lab = legacyLab.safeParse(read(store, key));
    if (!lab.success) continue;
    found = true;
    const labId = key.slice(`${LEGACY_PREFIX}lab:`.length);
    record = { ...record, labs: { ...record.labs, [labId]: { savedAt: lab.data.savedAt, start: lab.data.start, snapshot: lab.data.snapshot, history: lab.data.history } } };
  }
  try {
    const locale = store.getItem(`${LEGACY_PREFIX}locale`);
    if (locale === 'en' || locale === 'ko') {
      found = true;
      record = reduce(record, { type: 'locale', locale, at });
    }
  } catch {
    // no locale then
  }
  return found ? record : null;
}

/** Removes the old keys (once the site reads and writes only the course record). */
export function removeLegacy(store: KeyValueStore): void {
  for (const key of keys(store).filter((k) => k.startsWith(LEGACY_PREFIX))) {
    try {
      store.removeItem(key);
    } catch {
      // left behind: harmless, never read again
    }
  }
}
