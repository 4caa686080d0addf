/**
 * The course's three parts, as the course index groups the lessons: by the
 * lessons' `order`, so a new lesson joins a part by its place in the course.
 */
export interface Part {
  id: 'storage' | 'networking' | 'together';
  /** the first lesson order of the part; it runs until the next part's */
  from: number;
}

export const PARTS: readonly Part[] = [
  { id: 'storage', from: 1 },
  { id: 'networking', from: 7 },
  { id: 'together', from: 16 },
];

/** Lessons (in course order) grouped by part, with each lesson's number in the whole course; empty parts left out. */
export function groupByPart<T extends { data: { order: number } }>(lessons: T[]): { part: Part; lessons: { lesson: T; number: number }[] }[] {
  return PARTS.map((part, i) => {
    const until = PARTS[i + 1]?.from ?? Infinity;
    return {
      part,
      lessons: lessons.map((lesson, n) => ({ lesson, number: n + 1 })).filter(({ lesson }) => lesson.data.order >= part.from && lesson.data.order < until),
    };
  }).filter((g) => g.lessons.length > 0);
}
