import { describe, expect, it } from 'vitest';
import { lessonSetProblems, lessonsOf, parseLessonId, seedFor } from '../../src/site/lessons.ts';

const lab = { images: ['busybox'], setup: [] };
const entry = (id: string, order = 1, l = lab) => ({ id, data: { order, lab: l } });

describe('lesson ids', () => {
  it('splits <locale>/<slug>', () => {
    expect(parseLessonId('ko/volumes')).toEqual({ locale: 'ko', slug: 'volumes' });
    expect(parseLessonId('fr/volumes')).toBeNull();
    expect(parseLessonId('volumes')).toBeNull();
    expect(parseLessonId('en/a/b')).toBeNull();
  });

  it('seeds each lesson the same way in every locale, differently from other lessons', () => {
    expect(seedFor('volumes')).toBe(seedFor('volumes'));
    expect(seedFor('volumes')).not.toBe(seedFor('bridge-networks'));
    expect(seedFor('volumes')).toBeGreaterThan(0);
  });
});

describe('the lesson set', () => {
  it('is complete when every lesson exists in en and ko with the same order and lab', () => {
    expect(lessonSetProblems([entry('en/volumes'), entry('ko/volumes'), entry('en/nets', 2), entry('ko/nets', 2)])).toEqual([]);
  });

  it('names the missing file when a lesson exists in one locale only', () => {
    const problems = lessonSetProblems([entry('en/volumes'), entry('ko/volumes'), entry('en/nets', 2)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('lesson "nets" is missing in ko');
    expect(problems[0]).toContain('content/lessons/ko/nets.mdx does not');
  });

  it('refuses locales that disagree on order or on the starting lab', () => {
    const problems = lessonSetProblems([entry('en/volumes', 1), entry('ko/volumes', 2, { images: [], setup: [] })]);
    expect(problems.join('\n')).toMatch(/order 1 in en\/volumes but 2 in ko\/volumes/);
    expect(problems.join('\n')).toMatch(/different lab/);
  });

  it('refuses files outside a locale folder, reserved slugs and clashing orders', () => {
    expect(lessonSetProblems([entry('volumes')])[0]).toMatch(/not at content\/lessons\/<locale>\/<slug>\.mdx/);
    expect(lessonSetProblems([entry('en/playground'), entry('ko/playground')])[0]).toMatch(/taken by a page/);
    expect(lessonSetProblems([entry('en/a'), entry('ko/a'), entry('en/b'), entry('ko/b')]).join()).toMatch(/both have order 1/);
  });

  it('orders one locale by the order field', () => {
    const all = [entry('en/b', 2), entry('ko/a', 1), entry('en/a', 1)];
    expect(lessonsOf(all, 'en').map((e) => e.id)).toEqual(['en/a', 'en/b']);
  });
});
