import { describe, expect, it } from 'vitest';
import { groupByPart } from '../../src/site/parts.ts';

const lesson = (order: number) => ({ data: { order }, slug: `l${order}` });

describe('the course index parts', () => {
  it('groups lessons by their order and numbers them through the whole course', () => {
    const groups = groupByPart([1, 2, 6, 7, 15, 16, 17].map(lesson));
    expect(groups.map((g) => [g.part.id, g.lessons.map((l) => `${l.number}:${l.lesson.slug}`)])).toEqual([
      ['storage', ['1:l1', '2:l2', '3:l6']],
      ['networking', ['4:l7', '5:l15']],
      ['together', ['6:l16', '7:l17']],
    ]);
  });

  it('leaves out a part without lessons', () => {
    expect(groupByPart([lesson(8), lesson(9)]).map((g) => g.part.id)).toEqual(['networking']);
  });
});
