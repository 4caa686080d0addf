/**
 * The course record: pure changes, storage with a memory fallback and a
 * full-disk policy, migration, export/import that refuses bad input and
 * changes nothing, and absorbing the site's first storage keys.
 */
import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  MIGRATIONS,
  PROGRESS_STORAGE_KEY,
  ProgressStore,
  emptyProgress,
  exerciseProgress,
  isSolved,
  lessonStatus,
  migrateRaw,
  parseProgress,
  reduce,
  removeLegacy,
  savedLab,
} from '../../src/exercises/progress/index.ts';

const T0 = '2025-01-01T00:00:00.000Z';
const T1 = '2025-01-02T00:00:00.000Z';

function memoryStore(quota = Infinity): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const before = map.get(k);
      map.set(k, v);
      if (used() > quota) {
        if (before === undefined) map.delete(k);
        else map.set(k, before);
        throw new DOMException('full', 'QuotaExceededError');
      }
    },
    removeItem: (k) => void map.delete(k),
  };
}

const snapshot = (n: number) => ({ version: 1, filler: 'x'.repeat(n) });

describe('reduce', () => {
  it('never changes the record it is given, and returns it unchanged when nothing changes', () => {
    const a = emptyProgress(T0);
    const frozen = JSON.stringify(a);
    const b = reduce(a, { type: 'lesson/visited', slug: 'volumes', at: T1 });
    expect(JSON.stringify(a)).toBe(frozen);
    expect(lessonStatus(b, 'volumes')).toBe('visited');
    expect(b.updatedAt).toBe(T1);
    expect(reduce(b, { type: 'lesson/visited', slug: 'volumes', at: T1 })).toBe(b);
  });

  it('visiting never undoes done; a status can be set outright', () => {
    let p = reduce(emptyProgress(T0), { type: 'lesson/status', slug: 'volumes', status: 'done', at: T1 });
    p = reduce(p, { type: 'lesson/visited', slug: 'volumes', at: T1 });
    expect(lessonStatus(p, 'volumes')).toBe('done');
    p = reduce(p, { type: 'lesson/status', slug: 'volumes', status: 'not-started', at: T1 });
    expect(lessonStatus(p, 'volumes')).toBe('not-started');
  });

  it('exercises: typed lines, hints, solution, solved once, reset forgets typed lines only', () => {
    let p = emptyProgress(T0);
    p = reduce(p, { type: 'exercise/typed', id: 'ex', line: 'docker ps', at: T0 });
    p = reduce(p, { type: 'exercise/typed', id: 'ex', line: '   ', at: T0 });
    p = reduce(p, { type: 'exercise/hint', id: 'ex', at: T0 });
    p = reduce(p, { type: 'exercise/solved', id: 'ex', at: T0 });
    p = reduce(p, { type: 'exercise/solved', id: 'ex', at: T1 });
    p = reduce(p, { type: 'exercise/solution-shown', id: 'ex', at: T1 });
    expect(exerciseProgress(p, 'ex')).toEqual({ typed: ['docker ps'], hintsShown: 1, solvedAt: T0, solutionShown: true });
    p = reduce(p, { type: 'exercise/reset', id: 'ex', at: T1 });
    expect(exerciseProgress(p, 'ex')).toEqual({ typed: [], hintsShown: 1, solvedAt: T0, solutionShown: true });
    expect(isSolved(p, 'ex')).toBe(true);
    expect(exerciseProgress(p, 'other')).toEqual({ typed: [], hintsShown: 0, solutionShown: false });
  });

  it('quiz answers and saved labs', () => {
    let p = reduce(emptyProgress(T0), { type: 'quiz/answered', quiz: 'basics', question: 'q1', answer: { type: 'truefalse', value: false }, correct: true, at: T0 });
    expect(p.quizzes.basics.q1).toEqual({ answer: { type: 'truefalse', value: false }, correct: true, at: T0 });
    p = reduce(p, { type: 'lab/saved', labId: 'volumes', start: 'abc', snapshot: snapshot(1), history: ['docker ps'], at: T1 });
    expect(savedLab(p, 'volumes', 'abc')?.history).toEqual(['docker ps']);
    expect(savedLab(p, 'volumes', 'other start')).toBeUndefined();
    p = reduce(p, { type: 'lab/cleared', labId: 'volumes', at: T1 });
    expect(p.labs).toEqual({});
  });
});

describe('ProgressStore', () => {
  it('keeps the record in localStorage-like storage and tells listeners', () => {
    const store = memoryStore();
    const progress = new ProgressStore(store, () => T0);
    expect(progress.notice.kind).toBe('fresh');
    const seen: string[] = [];
    progress.subscribe((r) => seen.push(lessonStatus(r, 'volumes')));
    progress.dispatch({ type: 'lesson/visited', slug: 'volumes' });
    expect(seen).toEqual(['visited']);
    const again = new ProgressStore(store, () => T1);
    expect(again.notice.kind).toBe('loaded');
    expect(lessonStatus(again.get(), 'volumes')).toBe('visited');
  });

  it('reloads what another tab saved, so its next change does not write over it', () => {
    const store = memoryStore();
    const tabA = new ProgressStore(store, () => T0);
    const tabB = new ProgressStore(store, () => T0);
    tabA.dispatch({ type: 'lesson/status', slug: 'volumes', status: 'done' });
    const seen: string[] = [];
    tabB.subscribe((r) => seen.push(lessonStatus(r, 'volumes')));
    tabB.reload();
    expect(seen).toEqual(['done']);
    tabB.dispatch({ type: 'lesson/visited', slug: 'bridge-networks' });
    expect(new ProgressStore(store).get().lessons).toEqual({ volumes: 'done', 'bridge-networks': 'visited' });
    store.setItem('docker-course:progress', '{broken');
    expect(tabB.reload().lessons).toEqual({ volumes: 'done', 'bridge-networks': 'visited' });
  });

  it('works in memory when there is no storage', () => {
    const progress = new ProgressStore(null, () => T0);
    progress.dispatch({ type: 'exercise/solved', id: 'ex' });
    expect(isSolved(progress.get(), 'ex')).toBe(true);
    expect(progress.persistent).toBe(false);
  });

  it('drops the oldest saved labs when storage is full, never the rest of the progress', () => {
    const store = memoryStore(9000);
    let clock = 0;
    const progress = new ProgressStore(store, () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString());
    progress.dispatch({ type: 'exercise/solved', id: 'ex' });
    for (const id of ['a', 'b', 'c', 'd']) progress.dispatch({ type: 'lab/saved', labId: id, start: 's', snapshot: snapshot(2500), history: [] });
    expect(Object.keys(progress.get().labs)).toEqual(['b', 'c', 'd']);
    expect(isSolved(progress.get(), 'ex')).toBe(true);
    expect(progress.persistent).toBe(true);
    expect(JSON.parse(store.map.get(PROGRESS_STORAGE_KEY)!).labs.a).toBeUndefined();
  });

  it('starts over, with a reason, when the stored record is unreadable', () => {
    const store = memoryStore();
    store.setItem(PROGRESS_STORAGE_KEY, '{"format":"docker-course-progress","version":1,"lessons":7}');
    const progress = new ProgressStore(store, () => T0);
    expect(progress.notice.kind).toBe('dropped');
    expect(progress.notice.reason?.en).toMatch(/^the progress record is damaged \(/);
    expect(store.map.has(PROGRESS_STORAGE_KEY)).toBe(false);
  });
});

describe('export and import', () => {
  it('round-trips the record', () => {
    const a = new ProgressStore(memoryStore(), () => T0);
    a.dispatch({ type: 'lesson/status', slug: 'volumes', status: 'done' });
    a.dispatch({ type: 'lab/saved', labId: 'volumes', start: 's', snapshot: snapshot(10), history: ['ls'] });
    const file = a.exportText();
    expect(file.fileName).toBe('docker-course-progress-2025-01-01.json');
    const b = new ProgressStore(memoryStore(), () => T1);
    const result = b.importText(file.text);
    expect(result.ok).toBe(true);
    expect(b.get()).toEqual(a.get());
  });

  it('refuses corrupt or foreign input with a message, and changes nothing', () => {
    const b = new ProgressStore(memoryStore(), () => T0);
    b.dispatch({ type: 'lesson/visited', slug: 'volumes' });
    const before = JSON.stringify(b.get());
    const cases: [string, string, string][] = [
      ['not json {', 'the file is not a progress export (it is not JSON)', '진행 기록 파일이 아닙니다 (JSON 형식이 아님)'],
      ['{"name":"some other app"}', 'this is not a progress file of this course', '이 강좌의 진행 기록 파일이 아닙니다'],
      ['{"format":"docker-course-progress","version":99}', 'the progress record was made by a newer version of the course (version 99)', '더 새로운 버전의 강좌에서 만든 진행 기록입니다 (버전 99)'],
      [
        JSON.stringify({ ...emptyProgress(T0), lessons: { volumes: 'finished' } }),
        'the progress record is damaged (lessons.volumes: Invalid option: expected one of "visited"|"done")',
        '진행 기록이 손상되었습니다 (lessons.volumes: Invalid option: expected one of "visited"|"done")',
      ],
    ];
    for (const [text, en, ko] of cases) {
      const result = b.importText(text);
      expect(result).toEqual({ ok: false, reason: { en, ko } });
      expect(JSON.stringify(b.get())).toBe(before);
    }
  });
});

describe('migration', () => {
  type Raw = Record<string, unknown> & { version: number };
  const steps = {
    1: (r: Raw) => ({ ...r, version: 2, visited: undefined, lessons: Object.fromEntries((r.visited as string[]).map((s) => [s, 'visited'])) }),
    2: (r: Raw) => ({ ...r, version: 3, exercises: {} }),
  };

  it('runs each step, in order, from the stored version to the current one', () => {
    const old = { format: 'docker-course-progress', version: 1, visited: ['volumes'] };
    const result = migrateRaw(old, steps, 3);
    expect(result).toEqual({ ok: true, from: 1, record: { format: 'docker-course-progress', version: 3, visited: undefined, lessons: { volumes: 'visited' }, exercises: {} } });
    expect(Object.keys(MIGRATIONS)).toEqual([]); // version 1 is the first: nothing to migrate yet
  });

  it('refuses a version it cannot migrate from, or one from the future', () => {
    expect(migrateRaw({ format: 'docker-course-progress', version: 1 }, {}, 3)).toEqual({
      ok: false,
      reason: { en: 'there is no way to update a version 1 record', ko: '버전 1 진행 기록을 갱신할 방법이 없습니다' },
    });
    expect(parseProgress({ format: 'docker-course-progress', version: 2 })).toEqual({
      ok: false,
      reason: { en: 'the progress record was made by a newer version of the course (version 2)', ko: '더 새로운 버전의 강좌에서 만든 진행 기록입니다 (버전 2)' },
    });
  });
});

describe('the site\'s first storage keys', () => {
  it('are absorbed into the record the first time, and can be removed afterwards', () => {
    const store = memoryStore();
    store.setItem('docker-course:v1:progress', JSON.stringify({ version: 1, lessons: { volumes: 'done', 'bridge-networks': 'visited' } }));
    store.setItem('docker-course:v1:lab:volumes', JSON.stringify({ version: 1, savedAt: T0, start: 'f00', snapshot: { version: 1, x: 1 }, history: ['docker ps'] }));
    store.setItem('docker-course:v1:lab:broken', '{not json');
    store.setItem('docker-course:v1:locale', 'ko');
    const progress = new ProgressStore(store, () => T1);
    expect(progress.notice.kind).toBe('absorbed');
    const r = progress.get();
    expect(r.lessons).toEqual({ volumes: 'done', 'bridge-networks': 'visited' });
    expect(r.labs).toEqual({ volumes: { savedAt: T0, start: 'f00', snapshot: { version: 1, x: 1 }, history: ['docker ps'] } });
    expect(r.locale).toBe('ko');
    expect(store.map.has(PROGRESS_STORAGE_KEY)).toBe(true);
    removeLegacy(store);
    expect([...store.map.keys()]).toEqual([PROGRESS_STORAGE_KEY]);
  });
});
