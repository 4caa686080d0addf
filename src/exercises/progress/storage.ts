/**
 * Where the record lives: one localStorage key, or memory where the browser
 * refuses storage (private modes, disabled storage, tests). Every change
 * goes through dispatch(action) -> reduce -> save -> listeners. Export and
 * import use the same JSON; a refused import changes nothing.
 */
import { type Localized, text } from '../text.ts';
import { absorbLegacy } from './legacy.ts';
import { parseProgressText } from './migrate.ts';
import { type ProgressAction, labsByAge, reduce } from './reducer.ts';
import { emptyProgress, type Progress } from './schema.ts';

export const PROGRESS_STORAGE_KEY = 'docker-course:progress';

/** The part of the Web Storage API used (a Map-backed stand-in works). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** localStorage when it works, else null (then the store keeps the record in memory). */
export function browserStorage(): KeyValueStore | null {
  try {
    const store = globalThis.localStorage;
    if (!store) return null;
    store.getItem(PROGRESS_STORAGE_KEY);
    return store;
  } catch {
    return null;
  }
}

export type ImportResult = { ok: true; record: Progress } | { ok: false; reason: Localized };

export interface LoadNotice {
  /** what happened when loading, for a notice on the page */
  kind: 'fresh' | 'loaded' | 'migrated' | 'absorbed' | 'dropped';
  reason?: Localized;
}

export class ProgressStore {
  private record: Progress;
  private readonly listeners = new Set<(record: Progress) => void>();
  /** false once a save failed even after dropping old labs: the record lives in memory only */
  persistent: boolean;
  readonly notice: LoadNotice;

  constructor(
    private readonly store: KeyValueStore | null = browserStorage(),
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.persistent = store !== null;
    const loaded = this.load();
    this.record = loaded.record;
    this.notice = loaded.notice;
  }

  private load(): { record: Progress; notice: LoadNotice } {
    let raw: string | null = null;
    try {
      raw = this.store?.getItem(PROGRESS_STORAGE_KEY) ?? null;
    } catch {
      raw = null;
    }
    if (raw === null) {
      const absorbed = this.store ? absorbLegacy(this.store, emptyProgress(this.now())) : null;
      if (absorbed) {
        this.write(absorbed);
        return { record: absorbed, notice: { kind: 'absorbed' } };
      }
      return { record: emptyProgress(this.now()), notice: { kind: 'fresh' } };
    }
    const parsed = parseProgressText(raw);
    if (!parsed.ok) {
      // unreadable: start over rather than break every page (the notice says why)
      try {
        this.store?.removeItem(PROGRESS_STORAGE_KEY);
      } catch {
        // nothing more to do
      }
      return { record: emptyProgress(this.now()), notice: { kind: 'dropped', reason: parsed.reason } };
    }
    if (parsed.migratedFrom !== undefined) {
      this.write(parsed.record);
      return { record: parsed.record, notice: { kind: 'migrated' } };
    }
    return { record: parsed.record, notice: { kind: 'loaded' } };
  }

  get(): Progress {
    return this.record;
  }

  /**
   * Reads the stored record again: another tab changed it (the browser's
   * `storage` event). Without this, the next change here would write this
   * tab's older copy over the other tab's work. An unreadable or missing
   * value is ignored: this tab's record stays and is written on its next change.
   */
  reload(): Progress {
    let raw: string | null = null;
    try {
      raw = this.store?.getItem(PROGRESS_STORAGE_KEY) ?? null;
    } catch {
      return this.record;
    }
    if (raw === null) return this.record;
    const parsed = parseProgressText(raw);
    if (!parsed.ok || JSON.stringify(parsed.record) === JSON.stringify(this.record)) return this.record;
    this.record = parsed.record;
    for (const l of this.listeners) l(this.record);
    return this.record;
  }

  /** Applies an action (its `at` filled in when omitted), saves, tells the listeners. */
  dispatch(action: DistributiveOmit<ProgressAction, 'at'> & { at?: string }): Progress {
    const next = reduce(this.record, { ...action, at: action.at ?? this.now() } as ProgressAction);
    if (next === this.record) return next;
    this.record = this.write(next);
    for (const l of this.listeners) l(this.record);
    return this.record;
  }

  subscribe(listener: (record: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The record as a file's text (JSON), and a file name for it. */
  exportText(): { fileName: string; text: string } {
    return { fileName: `docker-course-progress-${this.now().slice(0, 10)}.json`, text: JSON.stringify(this.record, null, 1) };
  }

  /** Replaces the record with an exported one; refused input changes nothing. */
  importText(json: string): ImportResult {
    const parsed = parseProgressText(json);
    if (!parsed.ok) return parsed;
    this.record = this.write(parsed.record);
    for (const l of this.listeners) l(this.record);
    return { ok: true, record: this.record };
  }

  /**
   * Saves; when storage is full, drops the oldest saved labs (never other
   * progress) until it fits. Returns the record as kept.
   */
  private write(record: Progress): Progress {
    if (!this.store) return record;
    let current = record;
    for (;;) {
      try {
        this.store.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(current));
        this.persistent = true;
        return current;
      } catch {
        const oldest = labsByAge(current)[0];
        if (oldest === undefined) {
          this.persistent = false;
          return current;
        }
        current = reduce(current, { type: 'lab/cleared', labId: oldest, at: current.updatedAt });
      }
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Messages the progress UI shows, in both languages. */
export const PROGRESS_MESSAGES = {
  imported: text('Your progress was imported.', '진행 기록을 가져왔습니다.'),
  importRefused: (reason: Localized): Localized => text(`Nothing was changed: ${reason.en}.`, `아무것도 바뀌지 않았습니다: ${reason.ko}.`),
  dropped: (reason: Localized): Localized => text(`Your saved progress could not be read and was reset (${reason.en}).`, `저장된 진행 기록을 읽을 수 없어 초기화했습니다 (${reason.ko}).`),
  memoryOnly: text('This browser would not let progress be saved; it will be lost when you close the page.', '이 브라우저에서는 진행 기록을 저장할 수 없어, 페이지를 닫으면 사라집니다.'),
};
