import { describe, expect, it } from 'vitest';
import {
  type KeyValueStore,
  LOCALE_KEY,
  PROGRESS_KEY,
  clearLab,
  labKey,
  lessonStatus,
  loadLab,
  loadProgress,
  rememberLocale,
  saveLab,
  setLessonStatus,
} from '../../src/site/storage.ts';

/** A Web Storage stand-in with an optional quota in characters. */
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

const snapshot = { version: 1, containers: {} };

describe('saved labs', () => {
  it('round-trips the snapshot and the history under one versioned key per lab', () => {
    const store = memoryStore();
    expect(saveLab(store, 'volumes', { start: 'abc', snapshot, history: ['docker volume ls'] }, new Date('2026-01-02T03:04:05Z'))).toBe(true);
    expect([...store.map.keys()]).toEqual(['docker-course:v1:lab:volumes']);
    const loaded = loadLab(store, 'volumes', 'abc');
    expect(loaded).toEqual({
      kind: 'restored',
      saved: { version: 1, savedAt: '2026-01-02T03:04:05.000Z', start: 'abc', snapshot, history: ['docker volume ls'] },
    });
  });

  it('is empty when nothing was saved or storage is unavailable', () => {
    expect(loadLab(memoryStore(), 'volumes', 'abc')).toEqual({ kind: 'empty' });
    expect(loadLab(null, 'volumes', 'abc')).toEqual({ kind: 'empty' });
    expect(saveLab(null, 'volumes', { start: 'abc', snapshot, history: [] })).toBe(false);
  });

  it.each([
    ['not JSON', '{oops'],
    ['an old version', JSON.stringify({ version: 0, savedAt: '', start: 'abc', snapshot, history: [] })],
    ['history of numbers', JSON.stringify({ version: 1, savedAt: '', start: 'abc', snapshot, history: [1, 2] })],
    ['no snapshot', JSON.stringify({ version: 1, savedAt: '', start: 'abc', history: [] })],
    ['null', 'null'],
  ])('drops %s and removes it', (_, raw) => {
    const store = memoryStore();
    store.setItem(labKey('volumes'), raw);
    const loaded = loadLab(store, 'volumes', 'abc');
    expect(loaded.kind).toBe('dropped');
    expect(store.getItem(labKey('volumes'))).toBeNull();
  });

  it('drops a lab saved for another starting state (the lesson changed)', () => {
    const store = memoryStore();
    saveLab(store, 'volumes', { start: 'old', snapshot, history: [] });
    expect(loadLab(store, 'volumes', 'new')).toMatchObject({ kind: 'dropped', reason: 'saved for a different starting lab' });
  });

  it('makes room by dropping the oldest other labs when storage is full', () => {
    const big = { version: 1, blob: 'x'.repeat(400) };
    const store = memoryStore(1500);
    saveLab(store, 'a', { start: 's', snapshot: big, history: [] }, new Date('2026-01-01'));
    saveLab(store, 'b', { start: 's', snapshot: big, history: [] }, new Date('2026-01-02'));
    expect(saveLab(store, 'c', { start: 's', snapshot: big, history: [] }, new Date('2026-01-03'))).toBe(true);
    expect(store.getItem(labKey('a'))).toBeNull();
    expect(store.getItem(labKey('b'))).not.toBeNull();
    expect(saveLab(store, 'd', { start: 's', snapshot: { version: 1, blob: 'x'.repeat(5000) }, history: [] })).toBe(false);
  });

  it('clears one lab', () => {
    const store = memoryStore();
    saveLab(store, 'a', { start: 's', snapshot, history: [] });
    clearLab(store, 'a');
    expect(store.length).toBe(0);
  });
});

describe('progress', () => {
  it('starts with every lesson not started', () => {
    expect(lessonStatus(loadProgress(memoryStore()), 'volumes')).toBe('not-started');
  });

  it('records visited and done, and visiting again does not undo done', () => {
    const store = memoryStore();
    setLessonStatus(store, 'volumes', 'visited');
    expect(lessonStatus(loadProgress(store), 'volumes')).toBe('visited');
    setLessonStatus(store, 'volumes', 'done');
    setLessonStatus(store, 'volumes', 'visited');
    expect(lessonStatus(loadProgress(store), 'volumes')).toBe('done');
    setLessonStatus(store, 'volumes', 'visited', true);
    expect(JSON.parse(store.getItem(PROGRESS_KEY)!)).toEqual({ version: 1, lessons: { volumes: 'visited' } });
  });

  it('starts over from an unreadable progress record', () => {
    const store = memoryStore();
    store.setItem(PROGRESS_KEY, '{"version":1,"lessons":{"volumes":"finished"}}');
    expect(loadProgress(store)).toEqual({ version: 1, lessons: {} });
    expect(store.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('remembers the chosen language', () => {
    const store = memoryStore();
    rememberLocale(store, 'ko');
    expect(store.getItem(LOCALE_KEY)).toBe('ko');
  });
});
